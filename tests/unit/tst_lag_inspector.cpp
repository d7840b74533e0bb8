// LagInspector's logic on an in-memory cluster (FakeKafkaAdmin): every edge case of a lag row.
// The numbers against a real broker and kafka-consumer-groups are in tests/cli/tst_cli_kafka_lag.

#include "FakeKafkaAdmin.h"
#include "TestSupport.h"
#include "lag/LagInspector.h"

#include <QTest>

using namespace mqkit;

namespace {

KafkaGroupMember member(const QString& id, std::vector<KafkaTopicPartition> assignment) {
    KafkaGroupMember m;
    m.consumerId = id;
    m.clientId = id + QStringLiteral("-client");
    m.host = QStringLiteral("/10.0.0.1");
    m.assignment = std::move(assignment);
    return m;
}

const PartitionLag* row(const GroupLag& g, const QString& topic, int partition) {
    for (const auto& p : g.partitions)
        if (p.topic == topic && p.partition == partition)
            return &p;
    return nullptr;
}

} // namespace

class TestLagInspector : public QObject {
    Q_OBJECT
private slots:
    void init();
    void lagIsLogEndMinusCommittedPerPartitionTopicAndGroup();
    void assignedPartitionWithoutCommitHasNoLag();
    void commitBelowLogStartIsFlagged();
    void idleCaughtUpPartitionHasZeroTimeLag();
    void emptyGroupHasNoRows();
    void partitionWhoseOffsetsFailCarriesTheErrorAndNoLag();
    void groupWhoseOffsetsFailCarriesTheError();
    void namedUnknownOrDeadGroupIsNotFound();
    void noGroupNamedMeansEveryGroupSorted();
    void timeLagTakesTheNextAndNewestRecordTimes();

private:
    FakeKafkaAdmin m_admin;
};

void TestLagInspector::init() {
    m_admin = FakeKafkaAdmin();
    m_admin.addTopic("orders", {{0, 100}, {50, 80}});
}

void TestLagInspector::lagIsLogEndMinusCommittedPerPartitionTopicAndGroup() {
    m_admin.addGroup("billing", "Stable").members = {member("c1", {{"orders", 0}, {"orders", 1}})};
    m_admin.committed["billing"] = {{{"orders", 0}, 90}, {{"orders", 1}, 80}};
    const LagReport r = LagInspector(m_admin).inspect({"billing"});
    QCOMPARE(r.groups.size(), std::size_t(1));
    const GroupLag& g = r.groups.front();
    QCOMPARE(g.state, QStringLiteral("Stable"));
    QCOMPARE(g.members, 1);
    QCOMPARE(*row(g, "orders", 0)->lag, std::int64_t(10));
    QCOMPARE(*row(g, "orders", 1)->lag, std::int64_t(0));
    QCOMPARE(row(g, "orders", 0)->consumerId, QStringLiteral("c1"));
    QCOMPARE(g.lagByTopic.at("orders"), std::int64_t(10));
    QCOMPARE(g.totalLag, std::int64_t(10));
}

void TestLagInspector::assignedPartitionWithoutCommitHasNoLag() {
    m_admin.addGroup("fresh", "Stable").members = {member("c1", {{"orders", 1}})};
    const GroupLag g = LagInspector(m_admin).inspect({"fresh"}).groups.front();
    const PartitionLag* p = row(g, "orders", 1);
    QVERIFY(p);
    QVERIFY(p->noCommittedOffset());
    QVERIFY(!p->lag);
    QCOMPARE(p->logEnd, std::int64_t(80));
    QCOMPARE(g.totalLag, std::int64_t(0));
}

void TestLagInspector::commitBelowLogStartIsFlagged() {
    m_admin.addGroup("slow");
    m_admin.committed["slow"] = {{{"orders", 1}, 20}}; // retention deleted 20..49 unread
    const GroupLag g = LagInspector(m_admin).inspect({"slow"}).groups.front();
    QVERIFY(row(g, "orders", 1)->committedBelowLogStart());
    QCOMPARE(*row(g, "orders", 1)->lag, std::int64_t(60));
    QVERIFY(row(g, "orders", 1)->consumerId.isEmpty());
}

void TestLagInspector::idleCaughtUpPartitionHasZeroTimeLag() {
    m_admin.addGroup("idle");
    m_admin.committed["idle"] = {{{"orders", 0}, 100}};
    LagOptions options;
    options.timeLag = true;
    const LagReport r = LagInspector(m_admin).inspect({"idle"}, options);
    const PartitionLag* p = row(r.groups.front(), "orders", 0);
    QCOMPARE(*p->lag, std::int64_t(0));
    QCOMPARE(p->timeLagMs(r.takenAtMs).value_or(-1), std::int64_t(0));
    QVERIFY(!p->nextRecordTimeMs); // nothing to fetch for a caught-up partition
}

void TestLagInspector::emptyGroupHasNoRows() {
    m_admin.addGroup("empty");
    const GroupLag g = LagInspector(m_admin).inspect({"empty"}).groups.front();
    QCOMPARE(g.state, QStringLiteral("Empty"));
    QVERIFY(g.partitions.empty());
    QCOMPARE(g.totalLag, std::int64_t(0));
    QVERIFY(g.error.isEmpty());
}

void TestLagInspector::partitionWhoseOffsetsFailCarriesTheErrorAndNoLag() {
    m_admin.addGroup("g");
    m_admin.committed["g"] = {{{"orders", 0}, 90}, {{"gone", 0}, 5}}; // "gone" has no watermarks
    const GroupLag g = LagInspector(m_admin).inspect({"g"}).groups.front();
    QVERIFY(row(g, "gone", 0)->error.contains("UNKNOWN_TOPIC_OR_PART"));
    QVERIFY(!row(g, "gone", 0)->lag);
    QCOMPARE(g.totalLag, std::int64_t(10));
}

void TestLagInspector::groupWhoseOffsetsFailCarriesTheError() {
    m_admin.addGroup("locked");
    m_admin.committedErrors["locked"] = QStringLiteral("GROUP_AUTHORIZATION_FAILED");
    const GroupLag g = LagInspector(m_admin).inspect({"locked"}).groups.front();
    QCOMPARE(g.error, QStringLiteral("GROUP_AUTHORIZATION_FAILED"));
}

void TestLagInspector::namedUnknownOrDeadGroupIsNotFound() {
    m_admin.addGroup("dead", "Dead");
    for (const QString& id : {QStringLiteral("nobody"), QStringLiteral("dead")}) {
        try {
            LagInspector(m_admin).inspect({id});
            QFAIL("no error");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), ErrorKind::NotFound);
            QVERIFY(e.message().contains(id));
        }
    }
}

void TestLagInspector::noGroupNamedMeansEveryGroupSorted() {
    m_admin.addGroup("zeta");
    m_admin.addGroup("alpha");
    const LagReport r = LagInspector(m_admin).inspect();
    QCOMPARE(r.groups.size(), std::size_t(2));
    QCOMPARE(r.groups[0].groupId, QStringLiteral("alpha"));
    QCOMPARE(r.groups[1].groupId, QStringLiteral("zeta"));
    FakeKafkaAdmin none;
    QVERIFY(LagInspector(none).inspect().groups.empty());
}

void TestLagInspector::timeLagTakesTheNextAndNewestRecordTimes() {
    m_admin.addGroup("behind");
    m_admin.committed["behind"] = {{{"orders", 0}, 90}};
    m_admin.recordTimes[{"orders", 0}] = {{90, 1000}, {99, 61000}};
    LagOptions options;
    options.timeLag = true;
    const PartitionLag p = *row(LagInspector(m_admin).inspect({"behind"}, options).groups.front(), "orders", 0);
    QCOMPARE(p.nextRecordTimeMs.value_or(-1), std::int64_t(1000));
    QCOMPARE(p.newestRecordTimeMs.value_or(-1), std::int64_t(61000));
    QCOMPARE(p.behindNewestMs().value_or(-1), std::int64_t(60000));
}

QTEST_GUILESS_MAIN(TestLagInspector)
#include "tst_lag_inspector.moc"
