// The Kafka provisioning planner and applier (core/provision/KafkaProvisionPlan) on an in-memory
// cluster (FakeKafkaAdmin: planning logic only; the real cluster is in tests/cli/tst_cli_provision).

#include "FakeKafkaAdmin.h"
#include "TestSupport.h"
#include "provision/KafkaProvisionPlan.h"

#include <QTest>

using namespace mqkit;
using namespace mqkit::provision;

namespace {

ProvisionSpec spec(const QByteArray& yaml) {
    return parseProvisionSpec(yaml, QStringLiteral("spec.yaml"), [](const QString&) { return std::nullopt; });
}

// A topic as a broker reports it: two configs at their default, one set on the topic.
void addLiveTopic(FakeKafkaAdmin& admin, const QString& name, int partitions) {
    admin.topics[name] = partitions;
    admin.setTopicConfig(name, "retention.ms", "604800000", KafkaConfigSource::Default);
    admin.setTopicConfig(name, "cleanup.policy", "delete", KafkaConfigSource::Default);
    admin.setTopicConfig(name, "min.insync.replicas", "1", KafkaConfigSource::StaticBroker);
}

QStringList targets(const Plan& plan) {
    QStringList out;
    for (const auto& i : plan.items())
        out << planActionSymbol(i.action) + QLatin1Char(' ') + i.target;
    return out;
}

const QByteArray kSpec = R"(managed: {topics: [app.], principals: ["User:app-"]}
kafka:
  topics:
    - {name: app.orders, partitions: 3, configs: {retention.ms: 86400000}}
    - {name: app.audit, partitions: 1, configs: {cleanup.policy: delete}}
  acls:
    - {principal: "User:app-writer", producer: [app.orders]}
)";

} // namespace

class TestKafkaProvisionPlan : public QObject {
    Q_OBJECT
private slots:
    void emptyClusterPlansCreatesAndApplyLeavesNoChanges();
    void brokerDefaultsNeverShowOnlyNamedKeysCompare();
    void managedTopicResetsItsUnnamedDynamicKeys();
    void partitionIncreaseIsAnUpdate();
    void partitionDecreaseIsRefusedUnlessRecreateAllowed();
    void deletesOnlyUnderManagedPrefixes();
    void aclsAreSetsAndOnlyManagedPrincipalsLoseAcls();
    void firstFailureStopsAndTheNextPlanResumes();
    void readsTheClusterInAFixedNumberOfRequests();
    void configsDescribedEarlyGiveTheSamePlanAndAFailedEarlyDescribeIsRepeated();
};

void TestKafkaProvisionPlan::emptyClusterPlansCreatesAndApplyLeavesNoChanges() {
    FakeKafkaAdmin admin;
    auto planned = planKafka(admin, spec(kSpec));
    QCOMPARE(targets(planned.plan), (QStringList{"+ topic app.orders", "+ topic app.audit",
                                                 "+ acl User:app-writer Allow Write on Topic:app.orders (Literal, host *)",
                                                 "+ acl User:app-writer Allow Describe on Topic:app.orders (Literal, host *)",
                                                 "+ acl User:app-writer Allow Create on Topic:app.orders (Literal, host *)"}));
    QCOMPARE(applyKafkaPlan(admin, planned.plan), std::size_t(5));
    QCOMPARE(admin.topics.at("app.orders"), 3);
    QCOMPARE(admin.acls.size(), std::size_t(3));
    const auto again = planKafka(admin, spec(kSpec));
    QVERIFY2(!again.plan.hasChanges(), qPrintable(targets(again.plan).join('\n')));
}

void TestKafkaProvisionPlan::brokerDefaultsNeverShowOnlyNamedKeysCompare() {
    FakeKafkaAdmin admin;
    addLiveTopic(admin, "other", 1);
    // cleanup.policy=delete is the broker default: equal, whatever its source; the other defaults
    // are not named, so never compared (the topic is not managed)
    const auto planned = planKafka(admin, spec("kafka:\n  topics:\n    - {name: other, configs: {cleanup.policy: delete, "
                                               "retention.ms: 1000}}\n"));
    QCOMPARE(targets(planned.plan), QStringList{"~ topic other config retention.ms"});
    QCOMPARE(planned.plan.items()[0].before, std::optional<QString>("604800000"));
    QCOMPARE(planned.plan.items()[0].after, std::optional<QString>("1000"));
}

void TestKafkaProvisionPlan::managedTopicResetsItsUnnamedDynamicKeys() {
    FakeKafkaAdmin admin;
    addLiveTopic(admin, "app.orders", 3);
    addLiveTopic(admin, "loose", 1);
    admin.setTopicConfig("app.orders", "retention.ms", "86400000", KafkaConfigSource::DynamicTopic);
    admin.setTopicConfig("app.orders", "max.message.bytes", "2000000", KafkaConfigSource::DynamicTopic);
    admin.setTopicConfig("loose", "max.message.bytes", "2000000", KafkaConfigSource::DynamicTopic);
    auto planned = planKafka(admin, spec("managed: {topics: [app.]}\nkafka:\n  topics:\n"
                                         "    - {name: app.orders, configs: {retention.ms: 86400000}}\n    - {name: loose}\n"));
    QCOMPARE(targets(planned.plan), QStringList{"~ topic app.orders config max.message.bytes"});
    QVERIFY(!planned.plan.items()[0].after);
    applyKafkaPlan(admin, planned.plan);
    QCOMPARE(planned.plan.items()[0].outcome, PlanOutcome::Applied);
    // the merge kept retention.ms (librdkafka's AlterConfigs replaces the whole set)
    const auto cfg = admin.describeTopicConfigs({"app.orders"}).at("app.orders");
    QVERIFY(std::any_of(cfg.begin(), cfg.end(), [](const auto& e) {
        return e.name == "retention.ms" && e.value == QStringLiteral("86400000") && e.source == KafkaConfigSource::DynamicTopic;
    }));
    QVERIFY(!planKafka(admin, spec("managed: {topics: [app.]}\nkafka:\n  topics:\n"
                                   "    - {name: app.orders, configs: {retention.ms: 86400000}}\n")).plan.hasChanges());
}

void TestKafkaProvisionPlan::partitionIncreaseIsAnUpdate() {
    FakeKafkaAdmin admin;
    addLiveTopic(admin, "t", 2);
    auto planned = planKafka(admin, spec("kafka:\n  topics:\n    - {name: t, partitions: 4}\n"));
    QCOMPARE(targets(planned.plan), QStringList{"~ topic t partitions"});
    QCOMPARE(applyKafkaPlan(admin, planned.plan), std::size_t(1));
    QCOMPARE(admin.topics.at("t"), 4);
}

void TestKafkaProvisionPlan::partitionDecreaseIsRefusedUnlessRecreateAllowed() {
    FakeKafkaAdmin admin;
    addLiveTopic(admin, "t", 4);
    const QByteArray yaml = "kafka:\n  topics:\n    - {name: t, partitions: 2, replication_factor: 1}\n";
    const auto refused = planKafka(admin, spec(yaml));
    QVERIFY(!refused.plan.hasChanges());
    QCOMPARE(refused.refusals.size(), 1);
    QVERIFY2(refused.refusals[0].contains("partitions 4 -> 2"), qPrintable(refused.refusals[0]));
    auto recreate = planKafka(admin, spec(yaml), {true});
    QCOMPARE(targets(recreate.plan), (QStringList{"- topic t", "+ topic t"}));
    QVERIFY(kafkaDeletesNotAllowed(recreate.plan, false, false).isEmpty()); // the recreate flag is enough
    applyKafkaPlan(admin, recreate.plan);
    QCOMPARE(admin.topics.at("t"), 2);
}

void TestKafkaProvisionPlan::deletesOnlyUnderManagedPrefixes() {
    FakeKafkaAdmin admin;
    addLiveTopic(admin, "app.old", 1);
    addLiveTopic(admin, "other.old", 1);
    const auto planned = planKafka(admin, spec("managed: {topics: [app.]}\nkafka:\n  topics: []\n"));
    QCOMPARE(targets(planned.plan), QStringList{"- topic app.old"});
    QCOMPARE(kafkaDeletesNotAllowed(planned.plan, false, false), QStringList{"1 topic(s) (app.old)"});
    QVERIFY(kafkaDeletesNotAllowed(planned.plan, true, false).isEmpty());
    // no managed section: nothing is ever deleted
    QVERIFY(!planKafka(admin, spec("kafka:\n  topics: []\n")).plan.hasChanges());
}

void TestKafkaProvisionPlan::aclsAreSetsAndOnlyManagedPrincipalsLoseAcls() {
    FakeKafkaAdmin admin;
    addLiveTopic(admin, "app.orders", 3);
    addLiveTopic(admin, "app.audit", 1);
    admin.setTopicConfig("app.orders", "retention.ms", "86400000", KafkaConfigSource::DynamicTopic);
    admin.setTopicConfig("app.audit", "cleanup.policy", "delete", KafkaConfigSource::DynamicTopic);
    const KafkaAcl keep{"Topic", "app.orders", "Literal", "User:app-writer", "*", "Write", "Allow"};
    const KafkaAcl stale{"Topic", "app.orders", "Literal", "User:app-writer", "*", "Read", "Allow"};
    const KafkaAcl foreign{"Topic", "app.orders", "Literal", "User:someone", "*", "Read", "Allow"};
    admin.acls = {keep, stale, foreign};
    auto planned = planKafka(admin, spec(kSpec));
    QCOMPARE(targets(planned.plan),
             (QStringList{"+ acl User:app-writer Allow Describe on Topic:app.orders (Literal, host *)",
                          "+ acl User:app-writer Allow Create on Topic:app.orders (Literal, host *)",
                          "- acl User:app-writer Allow Read on Topic:app.orders (Literal, host *)"}));
    QCOMPARE(kafkaDeletesNotAllowed(planned.plan, true, false), QStringList{"1 ACL(s)"});
    applyKafkaPlan(admin, planned.plan);
    QVERIFY(std::find(admin.acls.begin(), admin.acls.end(), foreign) != admin.acls.end());
    QVERIFY(std::find(admin.acls.begin(), admin.acls.end(), stale) == admin.acls.end());
    QVERIFY(!planKafka(admin, spec(kSpec)).plan.hasChanges());
}

void TestKafkaProvisionPlan::firstFailureStopsAndTheNextPlanResumes() {
    FakeKafkaAdmin admin;
    admin.failCreateTopic = "app.audit";
    auto planned = planKafka(admin, spec(kSpec));
    QCOMPARE(applyKafkaPlan(admin, planned.plan), std::size_t(1));
    const auto& items = planned.plan.items();
    QCOMPARE(items[0].outcome, PlanOutcome::Applied);
    QCOMPARE(items[1].outcome, PlanOutcome::Failed);
    QVERIFY2(items[1].error.contains("POLICY_VIOLATION"), qPrintable(items[1].error));
    QCOMPARE(items[2].outcome, PlanOutcome::Skipped);
    QCOMPARE(planned.plan.count(PlanOutcome::Skipped), std::size_t(3));
    admin.failCreateTopic.clear();
    auto resumed = planKafka(admin, spec(kSpec));
    QCOMPARE(resumed.plan.changes(), std::size_t(4)); // app.audit and the three ACLs
    QCOMPARE(applyKafkaPlan(admin, resumed.plan), std::size_t(4));
}

void TestKafkaProvisionPlan::readsTheClusterInAFixedNumberOfRequests() {
    FakeKafkaAdmin admin;
    QByteArray yaml = "kafka:\n  topics:\n";
    for (int i = 0; i < 300; ++i) {
        addLiveTopic(admin, QStringLiteral("t%1").arg(i), 1);
        yaml += QStringLiteral("    - {name: t%1, configs: {cleanup.policy: delete}}\n").arg(i).toUtf8();
    }
    QVERIFY(!planKafka(admin, spec(yaml)).plan.hasChanges());
    QCOMPARE(admin.describeConfigRequests, 1);
    QCOMPARE(admin.aclRequests.load(), 1);
}

// provision plan describes the configs of the topics the spec's text mentions before the spec is
// parsed (KafkaLiveRead with a predicate): the plan is the same; an early describe that failed is not
// the plan's error, the topics are described again and only a second failure is.
void TestKafkaProvisionPlan::configsDescribedEarlyGiveTheSamePlanAndAFailedEarlyDescribeIsRepeated() {
    FakeKafkaAdmin admin;
    addLiveTopic(admin, "app.orders", 1);
    addLiveTopic(admin, "app.old", 1);
    admin.setTopicConfig("app.old", "retention.ms", "1000", KafkaConfigSource::DynamicTopic);
    addLiveTopic(admin, "other", 1);
    const ProvisionSpec s = spec(kSpec);
    const auto mentioned = [](const QString& topic) { return topic.startsWith(QLatin1String("app.")); };
    QStringList early;
    {
        KafkaLiveRead live(admin, mentioned);
        early = targets(planKafka(live, s).plan);
    }
    QCOMPARE(admin.describeConfigRequests, 1); // app.orders was described early, nothing after
    QCOMPARE(early, targets(planKafka(admin, s).plan));
    QVERIFY2(early.contains("~ topic app.orders partitions"), qPrintable(early.join('\n')));

    admin.failTopicConfigs = 1;
    admin.describeConfigRequests = 0;
    {
        KafkaLiveRead live(admin, mentioned);
        QCOMPARE(targets(planKafka(live, s).plan), early);
    }
    QCOMPARE(admin.describeConfigRequests, 2);

    admin.failTopicConfigs = 2;
    KafkaLiveRead live(admin, mentioned);
    QVERIFY_THROWS_EXCEPTION(Error, planKafka(live, s));
}

QTEST_GUILESS_MAIN(TestKafkaProvisionPlan)
#include "tst_kafka_provision_plan.moc"
