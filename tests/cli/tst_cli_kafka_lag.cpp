// `mqkit kafka lag` and `kafka groups` against the real Kafka of tests/rig, checked number for
// number against Kafka's own kafka-consumer-groups --describe on the same groups.

#include "TestSupport.h"
#include "lag/LagHistory.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryFile>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <tuple>

namespace {

// topic, partition -> current offset, log-end offset, lag, consumer id ("-" where Kafka prints it)
using LagRows = std::map<std::pair<QString, int>, std::tuple<QString, QString, QString, QString>>;

QString bootstrap() {
    return rigKafkaBootstrap();
}

void resetOffsets(const QString& group, const QString& topicSpec, int offset) {
    requireSuccess(runKafkaTool({"consumer-groups", "--bootstrap-server", bootstrap(), "--group", group, "--topic",
                                 topicSpec, "--reset-offsets", "--to-offset", QString::number(offset), "--execute"}),
                   "kafka-consumer-groups --reset-offsets");
}

// Parses kafka-consumer-groups --describe: GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID ...
LagRows kafkaToolLag(const QString& group) {
    const auto r = runKafkaTool({"consumer-groups", "--bootstrap-server", bootstrap(), "--describe", "--group", group});
    requireSuccess(r, "kafka-consumer-groups --describe");
    LagRows rows;
    for (const QByteArray& line : r.out.split('\n')) {
        const QStringList cells = QString::fromUtf8(line).simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (cells.size() < 7 || cells.at(0) != group)
            continue;
        rows[{cells.at(1), cells.at(2).toInt()}] = {cells.at(3), cells.at(4), cells.at(5), cells.at(6)};
    }
    return rows;
}

QJsonObject mqkitLagJson(const QStringList& groups) {
    const auto r = runCli(QStringList{"kafka", "lag", "-b", bootstrap(), "-o", "json"} + groups, {}, 60000);
    if (r.exitCode != 0)
        qFatal("mqkit kafka lag failed (%d): %s", r.exitCode, r.err.constData());
    return QJsonDocument::fromJson(r.out).object();
}

QJsonObject groupIn(const QJsonObject& report, const QString& group) {
    for (const auto& g : report.value("groups").toArray())
        if (g.toObject().value("group").toString() == group)
            return g.toObject();
    return {};
}

QString dashIfNull(const QJsonValue& v) {
    return v.isNull() || v.isUndefined() ? QStringLiteral("-") : QString::number(v.toInteger());
}

LagRows mqkitLag(const QJsonObject& group) {
    LagRows rows;
    for (const auto& p : group.value("partitions").toArray()) {
        const QJsonObject o = p.toObject();
        const QString consumer = o.value("consumer_id").toString();
        rows[{o.value("topic").toString(), o.value("partition").toInt()}] = {
            dashIfNull(o.value("committed")), dashIfNull(o.value("log_end")), dashIfNull(o.value("lag")),
            consumer.isEmpty() ? QStringLiteral("-") : consumer};
    }
    return rows;
}

QJsonObject partitionIn(const QJsonObject& group, const QString& topic, int partition) {
    for (const auto& p : group.value("partitions").toArray()) {
        const QJsonObject o = p.toObject();
        if (o.value("topic").toString() == topic && o.value("partition").toInt() == partition)
            return o;
    }
    return {};
}

} // namespace

class TestCliKafkaLag : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void lagEqualsKafkaConsumerGroupsDescribe_data();
    void lagEqualsKafkaConsumerGroupsDescribe();
    void flagsMarkMissingCommitsAndOffsetsBelowLogStart();
    void totalsAddUpPerTopicAndGroup();
    void everyGroupIsReportedWhenNoneIsNamed();
    void unknownGroupExitsOneNamingIt();
    void groupsListAndDescribeShowTheLiveMember();
    void timeLagIsTheAgeOfTheNextUnreadRecordAndZeroWhenCaughtUp();
    void watchJudgesAStoppedGroupAndStoresEverySample();

private:
    QString m_topic;
    QString m_idleGroup;    // committed offsets on partitions 0 and 1, no members
    QString m_liveGroup;    // one kcat member owning every partition, never committing
    QString m_retentionGroup; // committed below the log start of partition 2
    QString m_clientId;
    QProcess m_member;
    qint64 m_producedAtMs = 0;
};

void TestCliKafkaLag::initTestCase() {
    m_topic = uniqueName("lag");
    m_idleGroup = uniqueName("idle");
    m_liveGroup = uniqueName("live");
    m_retentionGroup = uniqueName("retention");
    m_clientId = uniqueName("lag-client");
    createKafkaTopic(m_topic, 3);
    m_producedAtMs = QDateTime::currentMSecsSinceEpoch();
    kcatProduce(m_topic, 0, 10);
    kcatProduce(m_topic, 1, 20);
    kcatProduce(m_topic, 2, 30);
    resetOffsets(m_idleGroup, m_topic + ":0,1", 3);
    resetOffsets(m_retentionGroup, m_topic + ":2", 2);
    // Retention at work: everything before offset 5 of partition 2 is gone.
    QTemporaryFile spec;
    QVERIFY(spec.open());
    spec.write(QStringLiteral(R"({"partitions":[{"topic":"%1","partition":2,"offset":5}],"version":1})")
                   .arg(m_topic)
                   .toUtf8());
    spec.flush();
    requireSuccess(runKafkaTool({"run-class", "org.apache.kafka.tools.DeleteRecordsCommand", "--bootstrap-server",
                           bootstrap(), "--offset-json-file", spec.fileName()}),
                "kafka-delete-records");

    // A live member that owns every partition and never commits.
    m_member.start("kcat", {"-b", bootstrap(), "-G", m_liveGroup, "-q", "-X", "enable.auto.commit=false", "-X",
                            "client.id=" + m_clientId, m_topic});
    QVERIFY(m_member.waitForStarted());
    QElapsedTimer clock;
    clock.start();
    while (true) {
        const auto r = runCli({"kafka", "groups", "describe", "-b", bootstrap(), m_liveGroup, "-o", "json"});
        const QJsonArray groups = QJsonDocument::fromJson(r.out).array();
        if (r.exitCode == 0 && !groups.isEmpty() && groups.at(0).toObject().value("state").toString() == "Stable" &&
            !groups.at(0).toObject().value("members").toArray().isEmpty())
            break;
        QVERIFY2(clock.elapsed() < 60000, "the kcat member did not join its group within 60 s");
        QTest::qWait(500);
    }
}

void TestCliKafkaLag::cleanupTestCase() {
    if (m_member.state() != QProcess::NotRunning) {
        m_member.terminate();
        if (!m_member.waitForFinished(10000))
            m_member.kill();
    }
}

void TestCliKafkaLag::lagEqualsKafkaConsumerGroupsDescribe_data() {
    QTest::addColumn<int>("which");
    QTest::newRow("idle group with committed offsets") << 0;
    QTest::newRow("live member without commits") << 1;
    QTest::newRow("committed below log start") << 2;
}

void TestCliKafkaLag::lagEqualsKafkaConsumerGroupsDescribe() {
    QFETCH(int, which);
    const QString group = QStringList{m_idleGroup, m_liveGroup, m_retentionGroup}.at(which);
    const LagRows theirs = kafkaToolLag(group);
    const LagRows ours = mqkitLag(groupIn(mqkitLagJson({group}), group));
    QVERIFY2(!theirs.empty(), "kafka-consumer-groups printed no rows");
    QCOMPARE(ours.size(), theirs.size());
    for (const auto& [tp, row] : theirs) {
        QVERIFY2(ours.count(tp), qPrintable(QStringLiteral("mqkit has no row for %1:%2").arg(tp.first).arg(tp.second)));
        const auto& mine = ours.at(tp);
        QCOMPARE(std::get<0>(mine), std::get<0>(row)); // current offset
        QCOMPARE(std::get<1>(mine), std::get<1>(row)); // log-end offset
        QCOMPARE(std::get<2>(mine), std::get<2>(row)); // lag
        QCOMPARE(std::get<3>(mine), std::get<3>(row)); // consumer id
    }
}

void TestCliKafkaLag::flagsMarkMissingCommitsAndOffsetsBelowLogStart() {
    const QJsonObject report = mqkitLagJson({m_liveGroup, m_retentionGroup});
    const QJsonArray live = groupIn(report, m_liveGroup).value("partitions").toArray();
    QCOMPARE(live.size(), 3);
    for (const auto& p : live) {
        QVERIFY(p.toObject().value("no_committed_offset").toBool());
        QVERIFY(p.toObject().value("lag").isNull());
        QCOMPARE(p.toObject().value("client_id").toString(), m_clientId);
    }
    const QJsonObject truncated = partitionIn(groupIn(report, m_retentionGroup), m_topic, 2);
    QCOMPARE(truncated.value("log_start").toInteger(), 5);
    QCOMPARE(truncated.value("committed").toInteger(), 2);
    QCOMPARE(truncated.value("lag").toInteger(), 28);
    QVERIFY(truncated.value("committed_below_log_start").toBool());
    QVERIFY(!truncated.value("no_committed_offset").toBool());

    // The text table says the same in its FLAGS column.
    const auto text = runCli({"kafka", "lag", "-b", bootstrap(), m_retentionGroup, m_liveGroup});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("below-log-start"));
    QVERIFY(text.out.contains("no-commit"));
}

void TestCliKafkaLag::totalsAddUpPerTopicAndGroup() {
    const QJsonObject idle = groupIn(mqkitLagJson({m_idleGroup}), m_idleGroup);
    // Partition 0: 10 - 3, partition 1: 20 - 3; partition 2 was never committed.
    QCOMPARE(idle.value("total_lag").toInteger(), 24);
    QCOMPARE(idle.value("lag_by_topic").toObject().value(m_topic).toInteger(), 24);
    QCOMPARE(idle.value("state").toString(), QStringLiteral("Empty"));
    QCOMPARE(idle.value("members").toInt(), 0);
}

void TestCliKafkaLag::everyGroupIsReportedWhenNoneIsNamed() {
    const QJsonObject all = mqkitLagJson({});
    for (const QString& g : {m_idleGroup, m_liveGroup, m_retentionGroup})
        QVERIFY2(!groupIn(all, g).isEmpty(), qPrintable(g));
}

void TestCliKafkaLag::unknownGroupExitsOneNamingIt() {
    const QString missing = uniqueName("no-such-group");
    const auto r = runCli({"kafka", "lag", "-b", bootstrap(), missing});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.err.contains(missing.toUtf8()) && r.err.contains("does not exist"), r.err.constData());
}

void TestCliKafkaLag::groupsListAndDescribeShowTheLiveMember() {
    const auto list = runCli({"kafka", "groups", "list", "-b", bootstrap(), "-o", "json"});
    QCOMPARE(list.exitCode, 0);
    bool seen = false;
    for (const auto& g : QJsonDocument::fromJson(list.out).array()) {
        const QJsonObject o = g.toObject();
        if (o.value("group").toString() != m_liveGroup)
            continue;
        seen = true;
        QCOMPARE(o.value("state").toString(), QStringLiteral("Stable"));
        QCOMPARE(o.value("protocol_type").toString(), QStringLiteral("consumer"));
        QCOMPARE(o.value("members").toInt(), 1);
    }
    QVERIFY(seen);

    const auto describe = runCli({"kafka", "groups", "describe", "-b", bootstrap(), m_liveGroup, "-o", "json"});
    QCOMPARE(describe.exitCode, 0);
    const QJsonObject member =
        QJsonDocument::fromJson(describe.out).array().at(0).toObject().value("members").toArray().at(0).toObject();
    QCOMPARE(member.value("client_id").toString(), m_clientId);
    QCOMPARE(member.value("assignment").toArray().size(), 3);

    const auto missing = runCli({"kafka", "groups", "describe", "-b", bootstrap(), uniqueName("nope")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains("does not exist"));
}

void TestCliKafkaLag::timeLagIsTheAgeOfTheNextUnreadRecordAndZeroWhenCaughtUp() {
    const QString caughtUp = uniqueName("caught-up");
    resetOffsets(caughtUp, m_topic + ":1", 20); // partition 1's log end: nothing to read
    QTest::qWait(1500);                         // so the unread records are measurably old
    const auto r = runCli({"kafka", "lag", "-b", bootstrap(), m_idleGroup, caughtUp, "--time-lag", "-o", "json"}, {}, 60000);
    QCOMPARE(r.exitCode, 0);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QJsonObject report = QJsonDocument::fromJson(r.out).object();

    // The idle group's next unread record on partition 0 (offset 3) was produced in initTestCase.
    const QJsonObject behind = partitionIn(groupIn(report, m_idleGroup), m_topic, 0);
    QVERIFY2(!behind.value("time_lag_ms").isNull(), r.out.constData());
    const qint64 timeLag = behind.value("time_lag_ms").toInteger();
    QVERIFY2(timeLag >= 1500 && timeLag <= now - m_producedAtMs + 1000, qPrintable(QString::number(timeLag)));
    // All of partition 0 was produced in one burst: the next record is close behind the newest.
    QVERIFY2(behind.value("behind_newest_ms").toInteger() < 5000, r.out.constData());

    const QJsonObject caught = partitionIn(groupIn(report, caughtUp), m_topic, 1);
    QCOMPARE(caught.value("lag").toInteger(), 0);
    QCOMPARE(caught.value("time_lag_ms").toInteger(), 0);

    // Without --time-lag nothing is fetched and no time fields appear.
    const QJsonObject plain = partitionIn(groupIn(mqkitLagJson({m_idleGroup}), m_idleGroup), m_topic, 0);
    QVERIFY(!plain.contains("time_lag_ms"));
}

void TestCliKafkaLag::watchJudgesAStoppedGroupAndStoresEverySample() {
    QTemporaryDir dir;
    const QString store = dir.filePath("lag.db");
    const auto r = runCli({"kafka", "lag", "-b", bootstrap(), m_idleGroup, m_liveGroup, "--watch", "0.3", "--iterations",
                           "3", "--store", store, "-o", "json"},
                          {}, 60000);
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3); // one JSON object per sample
    const QJsonObject last = QJsonDocument::fromJson(lines.last()).object();
    // Nobody consumes the idle group and its lag stays: STOP. The live member owns every partition
    // but has no committed offsets to judge: OK.
    QCOMPARE(groupIn(last, m_idleGroup).value("status").toString(), QStringLiteral("STOP"));
    QCOMPARE(groupIn(last, m_liveGroup).value("status").toString(), QStringLiteral("OK"));
    // The first sample alone is no trend.
    QCOMPARE(groupIn(QJsonDocument::fromJson(lines.first()).object(), m_idleGroup).value("status").toString(),
             QStringLiteral("OK"));

    mqkit::LagHistory history(store);
    QCOMPARE(history.window(m_idleGroup, {m_topic, 0}, 10).size(), 3u);
    QCOMPARE(history.totalLagSeries(m_idleGroup, 0).back().second, 24);

    const auto misuse = runCli({"kafka", "lag", "-b", bootstrap(), "--iterations", "2"});
    QCOMPARE(misuse.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliKafkaLag)
#include "tst_cli_kafka_lag.moc"
