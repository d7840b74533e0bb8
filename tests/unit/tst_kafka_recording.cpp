// The recording format with Kafka records: every field survives a write and a read (null key,
// empty key, null value, headers in order with duplicates and null values, timestamp types), a
// format 1 file opens (migrated) and reads as before, and the MQTT topic template of Kafka records.

#include "common/Error.h"
#include "kafka/KafkaToMqtt.h"
#include "kafka/RecordTopicTemplate.h"
#include "store/MessageRecorder.h"
#include "store/RecordingReader.h"
#include "store/SqliteDb.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mqkit;

class TestKafkaRecording : public QObject {
    Q_OBJECT
private slots:
    void kafkaRecordsSurviveTheRoundTrip();
    void formatOneFileOpensAndReadsAsBefore();
    void infoCountsKafkaPartitions();
    void topicTemplateFillsPlaceholders_data();
    void topicTemplateFillsPlaceholders();
    void topicTemplateRefusesBadSyntax();
    void headersBecomeUserProperties();
};

namespace {

std::vector<KafkaRecord> sampleRecords() {
    KafkaRecord a;
    a.topic = "t";
    a.partition = 2;
    a.offset = 41;
    a.timestamp = 1700000000123;
    a.timestampType = KafkaTimestampType::CreateTime;
    a.key = QByteArray("k1");
    a.value = QByteArray("v\0x", 3);
    a.headers = {{"h", QByteArray("1")}, {"h", QByteArray("2")}, {"n", std::nullopt}, {"e", QByteArray("")}};
    KafkaRecord b;
    b.topic = "t";
    b.partition = 0;
    b.offset = 7;
    b.timestamp = 1700000000999;
    b.timestampType = KafkaTimestampType::LogAppendTime;
    b.key = QByteArray("");
    KafkaRecord c = b;
    c.offset = 8;
    c.key.reset();
    c.value = QByteArray("");
    c.timestampType = KafkaTimestampType::NotAvailable;
    c.timestamp = -1;
    return {a, b, c};
}

std::vector<RecordedMessage> readAll(const QString& path) {
    RecordingReader reader(path);
    std::vector<RecordedMessage> out;
    reader.forEachRecorded({}, [&](const RecordedMessage& m) {
        out.push_back(m);
        return true;
    });
    return out;
}

} // namespace

void TestKafkaRecording::kafkaRecordsSurviveTheRoundTrip() {
    QTemporaryDir dir;
    const QString path = dir.filePath("k.db");
    const auto records = sampleRecords();
    {
        MessageRecorder rec(path, RecordingRunInfo::kafka("h:9092", {"t"}));
        rec.write(records, 1234);
    }
    const auto read = readAll(path);
    QCOMPARE(read.size(), records.size());
    for (std::size_t i = 0; i < records.size(); ++i) {
        QVERIFY(read[i].kafka.has_value());
        QCOMPARE(*read[i].kafka, records[i]);
        QCOMPARE(read[i].message.receivedAtMs, 1234);
    }
    QCOMPARE(read[0].originalTimeMs(), 1700000000123);
    QCOMPARE(read[2].originalTimeMs(), 1234); // no timestamp: the receive time
}

void TestKafkaRecording::formatOneFileOpensAndReadsAsBefore() {
    QTemporaryDir dir;
    const QString path = dir.filePath("v1.db");
    {
        SqliteDb db(path);
        db.exec("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
                "CREATE TABLE runs (id INTEGER PRIMARY KEY, started_at_ms INTEGER NOT NULL, ended_at_ms INTEGER,"
                "  broker_url TEXT NOT NULL, filters TEXT NOT NULL, qos INTEGER NOT NULL, protocol INTEGER NOT NULL,"
                "  mqkit_version TEXT NOT NULL);"
                "CREATE TABLE messages (id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL REFERENCES runs(id),"
                "  received_at_ms INTEGER NOT NULL, topic TEXT NOT NULL, payload BLOB, qos INTEGER NOT NULL,"
                "  retain INTEGER NOT NULL, properties TEXT);"
                "INSERT INTO meta VALUES ('format', 'mqkit-recording');"
                "INSERT INTO runs VALUES (1, 10, 20, 'mqtt://h:1883', '[\"a/#\"]', 1, 4, '0.1.0');"
                "INSERT INTO messages VALUES (1, 1, 15, 'a/b', x'6869', 1, 1, NULL);"
                "PRAGMA user_version = 1;");
    }
    const auto read = readAll(path);
    QCOMPARE(read.size(), std::size_t(1));
    QVERIFY(!read[0].kafka);
    QCOMPARE(read[0].message.topic, QStringLiteral("a/b"));
    QCOMPARE(read[0].message.payload, QByteArray("hi"));
    QVERIFY(read[0].message.retained);
    RecordingReader reader(path);
    const RecordingInfo info = reader.info();
    QCOMPARE(info.runs.at(0).system, QStringLiteral("mqtt"));
    QCOMPARE(info.kafkaRecords, 0);
    SqliteDb db(path);
    QCOMPARE(db.userVersion(), 1); // reading never migrates
    {
        MessageRecorder kafka(path, RecordingRunInfo::kafka("h:9092", {"t"}), true);
        kafka.write(sampleRecords(), 99);
    }
    QCOMPARE(db.userVersion(), 2); // Kafka records added: format 2, the MQTT message unchanged
    const auto both = readAll(path);
    QCOMPARE(both.size(), std::size_t(4));
    QCOMPARE(both[0].message.payload, QByteArray("hi"));
    QVERIFY(!both[0].kafka);
    QVERIFY(both[3].kafka);
}

void TestKafkaRecording::infoCountsKafkaPartitions() {
    QTemporaryDir dir;
    const QString path = dir.filePath("k.db");
    {
        MessageRecorder rec(path, RecordingRunInfo::kafka("h:9092", {"t"}));
        rec.write(sampleRecords(), 1234);
    }
    RecordingReader reader(path);
    const RecordingInfo info = reader.info();
    QCOMPARE(info.kafkaRecords, 3);
    QCOMPARE(info.runs.at(0).system, QStringLiteral("kafka"));
    QCOMPARE(info.kafkaPartitions.size(), std::size_t(2));
    const auto& p0 = info.kafkaPartitions[0];
    QCOMPARE(p0.partition, 0);
    QCOMPARE(p0.records, 2);
    QCOMPARE(p0.firstOffset, 7);
    QCOMPARE(p0.lastOffset, 8);
    QCOMPARE(p0.nullValues, 1);
    QCOMPARE(*p0.firstTimestampMs, 1700000000999); // the record without a timestamp is not counted
    QCOMPARE(info.kafkaPartitions[1].withHeaders, 1);
}

void TestKafkaRecording::topicTemplateFillsPlaceholders_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // empty: no topic for this record
    QTest::newRow("key") << "d/{key}/cmd" << "d/dev-1/cmd";
    QTest::newRow("partition and topic") << "{topic}/{partition}" << "cmds/3";
    QTest::newRow("first header") << "x/{header:site}" << "x/berlin";
    QTest::newRow("json string") << "j/{json:$.device.id}" << "j/abc";
    QTest::newRow("json number without $") << "n/{json:n}" << "n/42";
    QTest::newRow("literal braces") << "a{{b}}" << "a{b}";
    QTest::newRow("missing header") << "x/{header:nope}" << "";
    QTest::newRow("null header value") << "x/{header:empty}" << "";
    QTest::newRow("path selects nothing") << "j/{json:$.missing}" << "";
    QTest::newRow("wildcard from a value") << "w/{header:wild}" << "";
}

void TestKafkaRecording::topicTemplateFillsPlaceholders() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    KafkaRecord r;
    r.topic = "cmds";
    r.partition = 3;
    r.key = QByteArray("dev-1");
    r.value = QByteArray(R"({"device":{"id":"abc"},"n":42})");
    r.headers = {{"site", QByteArray("berlin")}, {"site", QByteArray("paris")}, {"empty", std::nullopt},
                 {"wild", QByteArray("a/+")}};
    QString why;
    const auto topic = RecordTopicTemplate::parse(text).render(r, &why);
    if (expected.isEmpty()) {
        QVERIFY(!topic);
        QVERIFY(!why.isEmpty());
    } else {
        QCOMPARE(topic.value_or(QStringLiteral("(none: %1)").arg(why)), expected);
    }
}

void TestKafkaRecording::topicTemplateRefusesBadSyntax() {
    for (const char* bad : {"d/{nope}", "d/{key", "d/}", "d/{json:$.[}"})
        QVERIFY_THROWS_EXCEPTION(Error, RecordTopicTemplate::parse(QString::fromLatin1(bad)));
    KafkaRecord noKey;
    QVERIFY(!RecordTopicTemplate::parse("d/{key}").render(noKey));
}

void TestKafkaRecording::headersBecomeUserProperties() {
    KafkaRecord r = sampleRecords()[0];
    const auto m = KafkaToMqtt::toMqtt(r, RecordTopicTemplate::parse("d/{key}"), 1, false, true);
    QVERIFY(m);
    QCOMPARE(m->topic, QStringLiteral("d/k1"));
    QCOMPARE(m->payload, *r.value);
    QCOMPARE(m->qos, 1);
    const std::vector<std::pair<QString, QString>> expected{{"h", "1"}, {"h", "2"}, {"n", ""}, {"e", ""}};
    QCOMPARE(m->properties.user, expected);
    QVERIFY(KafkaToMqtt::toMqtt(r, RecordTopicTemplate::parse("d/{key}"), 1, false, false)->properties.isEmpty());
}

QTEST_GUILESS_MAIN(TestKafkaRecording)
#include "tst_kafka_recording.moc"
