// planConfigAlter's merge on an in-memory cluster (FakeKafkaAdmin): the whole dynamic set is sent,
// so every other dynamic key must survive; sensitive keys Kafka hides must never be lost silently.
// Agreement with kafka-configs on a real broker is in tests/cli/tst_cli_kafka_configs.

#include "FakeKafkaAdmin.h"
#include "TestSupport.h"
#include "kafka/KafkaConfigAlter.h"

#include <QTest>

using namespace mqkit;

namespace {

KafkaConfigEntry entry(const QString& name, std::optional<QString> value, KafkaConfigSource source,
                       bool sensitive = false, bool readOnly = false) {
    KafkaConfigEntry e;
    e.name = name;
    e.value = std::move(value);
    e.source = source;
    e.sensitive = sensitive;
    e.readOnly = readOnly;
    return e;
}

const KafkaConfigResource kTopic{KafkaConfigResourceType::Topic, QStringLiteral("orders")};
const KafkaConfigResource kBroker{KafkaConfigResourceType::Broker, QStringLiteral("1")};

std::pair<ErrorKind, QString> alterError(FakeKafkaAdmin& admin, const KafkaConfigResource& r,
                                         const KafkaConfigAlterRequest& request) {
    try {
        planConfigAlter(admin, r, request);
    } catch (const Error& e) {
        return {e.kind(), e.message()};
    }
    return {ErrorKind::Io, QStringLiteral("no error")};
}

} // namespace

class TestConfigAlter : public QObject {
    Q_OBJECT
private slots:
    void init();
    void setKeepsTheOtherDynamicKeys();
    void deleteRemovesOnlyThatKey();
    void deletingAKeyThatIsNotSetIsRefused();
    void settingAndDeletingOneKeyIsRefused();
    void unknownTopicKeyIsRefusedEvenWhenAllowed();
    void unknownBrokerKeyIsRefusedUnlessAllowed();
    void listenerPrefixedBrokerKeyOfAKnownKeyIsKnown();
    void readOnlyTopicKeyIsRefused();
    void hiddenSensitiveKeyIsRefusedUnlessSetAgain();
    void planShowsEachChangeAndHidesSensitiveValues();

private:
    FakeKafkaAdmin m_admin;
};

void TestConfigAlter::init() {
    m_admin = FakeKafkaAdmin();
    m_admin.configs[kTopic.describe()] = {
        entry("cleanup.policy", QStringLiteral("delete"), KafkaConfigSource::Default),
        entry("retention.ms", QStringLiteral("300000"), KafkaConfigSource::DynamicTopic),
        entry("segment.bytes", QStringLiteral("20971520"), KafkaConfigSource::DynamicTopic),
        entry("message.format.version", QStringLiteral("3.0"), KafkaConfigSource::Default, false, true),
    };
    m_admin.configs[kBroker.describe()] = {
        entry("log.cleaner.threads", QStringLiteral("1"), KafkaConfigSource::Default),
        entry("log.cleaner.backoff.ms", QStringLiteral("15001"), KafkaConfigSource::DynamicBroker),
        entry("ssl.keystore.location", std::nullopt, KafkaConfigSource::Default),
        entry("broker.id", QStringLiteral("1"), KafkaConfigSource::StaticBroker, false, true),
    };
}

void TestConfigAlter::setKeepsTheOtherDynamicKeys() {
    const auto plan = planConfigAlter(m_admin, kTopic, {{{"cleanup.policy", "compact"}}, {}, false});
    const std::map<QString, QString> after{
        {"cleanup.policy", "compact"}, {"retention.ms", "300000"}, {"segment.bytes", "20971520"}};
    QCOMPARE(plan.dynamicAfter, after);
    QCOMPARE(plan.dynamicBefore.size(), std::size_t(2));
    QCOMPARE(plan.changes.size(), std::size_t(1));
    QCOMPARE(plan.changes[0].key, QStringLiteral("cleanup.policy"));
    QVERIFY(!plan.changes[0].oldValue);
}

void TestConfigAlter::deleteRemovesOnlyThatKey() {
    const auto plan = planConfigAlter(m_admin, kTopic, {{{"retention.ms", "400000"}}, {"segment.bytes"}, false});
    const std::map<QString, QString> after{{"retention.ms", "400000"}};
    QCOMPARE(plan.dynamicAfter, after);
    QCOMPARE(plan.changes.size(), std::size_t(2));
}

void TestConfigAlter::deletingAKeyThatIsNotSetIsRefused() {
    const auto [kind, message] = alterError(m_admin, kTopic, {{}, {"cleanup.policy"}, false});
    QCOMPARE(kind, ErrorKind::Usage);
    QVERIFY2(message.contains("not set dynamically"), qPrintable(message));
}

void TestConfigAlter::settingAndDeletingOneKeyIsRefused() {
    QCOMPARE(alterError(m_admin, kTopic, {{{"retention.ms", "1"}}, {"retention.ms"}, false}).first, ErrorKind::Usage);
    QCOMPARE(m_admin.calls.load(), 0); // refused before asking the cluster
}

void TestConfigAlter::unknownTopicKeyIsRefusedEvenWhenAllowed() {
    for (const bool allow : {false, true}) {
        const auto [kind, message] = alterError(m_admin, kTopic, {{{"no.such.key", "1"}}, {}, allow});
        QCOMPARE(kind, ErrorKind::Usage);
        QVERIFY2(message.contains("no.such.key"), qPrintable(message));
    }
}

void TestConfigAlter::unknownBrokerKeyIsRefusedUnlessAllowed() {
    const auto [kind, message] = alterError(m_admin, kBroker, {{{"log.cleaner.thread", "2"}}, {}, false});
    QCOMPARE(kind, ErrorKind::Usage);
    QVERIFY2(message.contains("log.cleaner.thread") && message.contains("broker 1"), qPrintable(message));
    const auto plan = planConfigAlter(m_admin, kBroker, {{{"log.cleaner.thread", "2"}}, {}, true});
    QCOMPARE(plan.dynamicAfter.at("log.cleaner.thread"), QStringLiteral("2"));
    QCOMPARE(plan.dynamicAfter.at("log.cleaner.backoff.ms"), QStringLiteral("15001"));
}

void TestConfigAlter::listenerPrefixedBrokerKeyOfAKnownKeyIsKnown() {
    const auto plan = planConfigAlter(
        m_admin, kBroker, {{{"listener.name.internal.ssl.keystore.location", "/etc/k.jks"}}, {}, false});
    QCOMPARE(plan.changes.size(), std::size_t(1));
    QCOMPARE(alterError(m_admin, kBroker, {{{"listener.name.internal.no.such", "1"}}, {}, false}).first, ErrorKind::Usage);
}

void TestConfigAlter::readOnlyTopicKeyIsRefused() {
    const auto [kind, message] = alterError(m_admin, kTopic, {{{"message.format.version", "2.8"}}, {}, false});
    QCOMPARE(kind, ErrorKind::Usage);
    QVERIFY2(message.contains("read-only"), qPrintable(message));
}

void TestConfigAlter::hiddenSensitiveKeyIsRefusedUnlessSetAgain() {
    m_admin.configs[kBroker.describe()].push_back(
        entry("log.cleaner.thread", std::nullopt, KafkaConfigSource::DynamicBroker, true));
    const auto [kind, message] = alterError(m_admin, kBroker, {{{"log.cleaner.backoff.ms", "16000"}}, {}, false});
    QCOMPARE(kind, ErrorKind::Usage);
    QVERIFY2(message.contains("sensitive") && message.contains("log.cleaner.thread"), qPrintable(message));
    // Deleting it (or setting it again) is how out of that state.
    const auto plan = planConfigAlter(m_admin, kBroker, {{}, {"log.cleaner.thread"}, false});
    QVERIFY(!plan.dynamicAfter.count("log.cleaner.thread"));
    QCOMPARE(plan.changes.size(), std::size_t(1));
    QVERIFY(plan.changes[0].sensitive);
}

void TestConfigAlter::planShowsEachChangeAndHidesSensitiveValues() {
    m_admin.configs[kTopic.describe()].push_back(
        entry("sasl.secret", std::nullopt, KafkaConfigSource::DynamicTopic, true));
    const auto merged = planConfigAlter(m_admin, kTopic,
                                        {{{"cleanup.policy", "compact"}, {"sasl.secret", "s3cret"}}, {"segment.bytes"}, false});
    const Plan plan = configChangePlan(merged);
    const QStringList expected{"cleanup.policy: (not set) -> compact", "sasl.secret: (sensitive) -> (sensitive)",
                               "segment.bytes: 20971520 -> (deleted)"};
    QCOMPARE(plan.diffLines(), expected);
    QCOMPARE(plan.items()[0].action, PlanAction::Create);
    QCOMPARE(plan.items()[1].action, PlanAction::Update);
    QVERIFY(plan.items()[1].hidden);
    QVERIFY(plan.items()[1].detail("new").isNull());
    QCOMPARE(plan.items()[2].action, PlanAction::Delete);
    QVERIFY(!plan.diffLines().join('\n').contains("s3cret"));
}

QTEST_GUILESS_MAIN(TestConfigAlter)
#include "tst_config_alter.moc"
