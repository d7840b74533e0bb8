// The pure rules of `kafka copy` and `kafka verify`: partition rules, range bounds, the checkpoint
// file and its acknowledged prefix, and how record sequences compare.

#include "TestSupport.h"
#include "kafka/KafkaCopyRules.h"
#include "kafka/TopicVerify.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mqkit;

class TestKafkaCopyRules : public QObject {
    Q_OBJECT
private slots:
    void partitionRulesParse();
    void badPartitionRulesAreUsageErrors_data();
    void badPartitionRulesAreUsageErrors();
    void boundsParseOffsetsPerPartitionAndTimes();
    void checkpointMovesOnlyOverTheAcknowledgedPrefix();
    void checkpointSurvivesARoundTripAndCountsInFlight();
    void nullAndEmptyHashDifferently();
    void comparisonCountsMissingExtraDuplicatesAndOrder();
};

void TestKafkaCopyRules::partitionRulesParse() {
    QCOMPARE(KafkaPartitionRule::parse("preserve").mode, KafkaPartitionRule::Mode::Preserve);
    QCOMPARE(KafkaPartitionRule::parse("key").mode, KafkaPartitionRule::Mode::Key);
    const auto map = KafkaPartitionRule::parse("0=1,1=0,2=2");
    QCOMPARE(map.mode, KafkaPartitionRule::Mode::Map);
    QCOMPARE(map.map.at(0), 1);
    QCOMPARE(map.map.at(1), 0);
    QCOMPARE(map.describe(), QString("0=1,1=0,2=2"));
}

void TestKafkaCopyRules::badPartitionRulesAreUsageErrors_data() {
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("word") << "random";
    QTest::newRow("negative") << "0=-1";
    QTest::newRow("twice") << "0=1,0=2";
    QTest::newRow("no target") << "0=";
}

void TestKafkaCopyRules::badPartitionRulesAreUsageErrors() {
    QFETCH(QString, text);
    try {
        KafkaPartitionRule::parse(text);
        QFAIL("accepted");
    } catch (const Error& e) {
        QCOMPARE(e.kind(), ErrorKind::Usage);
    }
}

void TestKafkaCopyRules::boundsParseOffsetsPerPartitionAndTimes() {
    QCOMPARE(KafkaCopyBound::parse("beginning").kind, KafkaCopyBound::Kind::Beginning);
    QCOMPARE(KafkaCopyBound::parse("end").kind, KafkaCopyBound::Kind::End);
    const auto all = KafkaCopyBound::parse("100");
    QCOMPARE(all.offsetFor(7).value(), 100);
    const auto each = KafkaCopyBound::parse("0:100,1:200");
    QCOMPARE(each.offsetFor(0).value(), 100);
    QCOMPARE(each.offsetFor(1).value(), 200);
    QVERIFY(!each.offsetFor(2));
    const auto time = KafkaCopyBound::parse("2026-11-23T10:00:00Z");
    QCOMPARE(time.kind, KafkaCopyBound::Kind::Timestamp);
    QCOMPARE(time.timestampMs, std::int64_t{1795428000000});
    QVERIFY_THROWS_EXCEPTION(Error, KafkaCopyBound::parse("yesterday"));
    QVERIFY_THROWS_EXCEPTION(Error, KafkaCopyBound::parse("-5"));
}

void TestKafkaCopyRules::checkpointMovesOnlyOverTheAcknowledgedPrefix() {
    KafkaAckTracker acks(10);
    QCOMPARE(acks.next(), 10);
    for (std::int64_t o : {10, 11, 13, 14}) // 12 is gone (compaction): never sent
        acks.sent(o);
    acks.acknowledged(11); // out of order (another target partition)
    QCOMPARE(acks.next(), 10);
    acks.acknowledged(10);
    QCOMPARE(acks.next(), 13);
    acks.acknowledged(14);
    QCOMPARE(acks.next(), 13);
    acks.acknowledged(13);
    QCOMPARE(acks.next(), 15);
    QCOMPARE(acks.pending(), std::size_t{0});
    acks.skipTo(20);
    QCOMPARE(acks.next(), 20);
}

void TestKafkaCopyRules::checkpointSurvivesARoundTripAndCountsInFlight() {
    QTemporaryDir dir;
    const QString path = dir.filePath("sub/cp.json");
    QVERIFY(!KafkaCopyCheckpoint::load(path));
    KafkaCopyCheckpoint c;
    c.sourceCluster = "a:9092";
    c.sourceTopic = "orders";
    c.targetCluster = "b:9092";
    c.targetTopic = "orders-copy";
    c.partitions = {{0, 100, 500, 150}, {1, 500, 500, 520}};
    c.save(path);
    c.partitions[0].next = 120;
    c.save(path); // replaces the earlier one
    const auto loaded = KafkaCopyCheckpoint::load(path);
    QVERIFY(loaded);
    QCOMPARE(loaded->targetTopic, QString("orders-copy"));
    QCOMPARE(loaded->partitions.size(), std::size_t{2});
    QCOMPARE(loaded->partitions[0].next, 120);
    QCOMPARE(loaded->inFlight(), 30); // 120..149; partition 1 is done
    QVERIFY(!QFile::exists(path + ".tmp"));
    QFile torn(path);
    QVERIFY(torn.open(QIODevice::WriteOnly));
    torn.write("{\"partitions\": [");
    torn.close();
    QVERIFY_THROWS_EXCEPTION(Error, KafkaCopyCheckpoint::load(path));
}

void TestKafkaCopyRules::nullAndEmptyHashDifferently() {
    KafkaRecord a;
    a.key = QByteArray("k");
    KafkaRecord b = a;
    b.value = QByteArray("");
    QVERIFY(recordContentHash(a, false, {}) != recordContentHash(b, false, {}));
    KafkaRecord h1 = a, h2 = a;
    h1.headers = {{"x", std::nullopt}};
    h2.headers = {{"x", QByteArray("")}};
    QVERIFY(recordContentHash(h1, false, {}) != recordContentHash(h2, false, {}));
    KafkaRecord p = a;
    p.headers = {{"mqkit.source.offset", QByteArray("7")}};
    QCOMPARE(recordContentHash(p, false, "mqkit.source."), recordContentHash(a, false, "mqkit.source."));
    KafkaRecord t = a;
    t.timestamp = 5;
    QVERIFY(recordContentHash(t, false, {}) != recordContentHash(a, false, {}));
    QCOMPARE(recordContentHash(t, true, {}), recordContentHash(a, true, {}));
}

void TestKafkaCopyRules::comparisonCountsMissingExtraDuplicatesAndOrder() {
    const auto same = compareRecordHashes({1, 2, 3}, {1, 2, 3});
    QVERIFY(same.matches());
    QCOMPARE(same.sourceHash, same.targetHash);
    const auto resumed = compareRecordHashes({1, 2, 3, 4}, {1, 2, 3, 2, 3, 4}); // a resume repeated 2 and 3
    QCOMPARE(resumed.duplicates, 2);
    QCOMPARE(resumed.missing, 0);
    QVERIFY(resumed.orderKept);
    QVERIFY(!resumed.matches());
    const auto lossy = compareRecordHashes({1, 2, 3, 4}, {1, 3, 9});
    QCOMPARE(lossy.missing, 2);
    QCOMPARE(lossy.extra, 1);
    QCOMPARE(lossy.matched, 2);
    const auto swapped = compareRecordHashes({1, 2}, {2, 1});
    QVERIFY(!swapped.orderKept);
    QCOMPARE(swapped.missing, 0);
}

QTEST_GUILESS_MAIN(TestKafkaCopyRules)
#include "tst_kafka_copy_rules.moc"
