// The JSON shape of a Kafka record: the hand-written line writer (the consume hot path) must
// produce exactly what the QJsonObject form describes, for every kind of byte.

#include "TestSupport.h"
#include "common/Error.h"
#include "kafka/KafkaConsumer.h"
#include "common/JsonWriter.h"
#include "kafka/KafkaRecordJson.h"

#include <QJsonDocument>
#include <QTest>

using namespace mqkit;

Q_DECLARE_METATYPE(mqkit::KafkaRecord)

namespace {

KafkaRecord base() {
    KafkaRecord r;
    r.topic = QStringLiteral("telemetry");
    r.partition = 2;
    r.offset = 123456789012;
    r.timestamp = 1763900000123;
    r.timestampType = KafkaTimestampType::CreateTime;
    r.key = QByteArray("dev-1");
    r.value = QByteArray("{\"t\":21.5}");
    return r;
}

QByteArray allControlCharacters() {
    QByteArray b;
    for (int c = 0; c < 0x20; ++c)
        b.append(static_cast<char>(c));
    return b + "\"\\/\x7f";
}

} // namespace

class TstKafkaRecordJson : public QObject {
    Q_OBJECT
private slots:
    void lineWriterMatchesTheJsonObject_data();
    void lineWriterMatchesTheJsonObject();
    void textStaysTextAndBinaryIsBase64();
    void nullIsNotEmpty();
    void controlCharactersAreEscaped();
    void malformedFieldsAreUsageErrors();
    void startPositionsParseAsKcat_data();
    void startPositionsParseAsKcat();
};

void TstKafkaRecordJson::lineWriterMatchesTheJsonObject_data() {
    QTest::addColumn<KafkaRecord>("record");
    QTest::newRow("text key and value") << base();
    KafkaRecord r = base();
    r.value = allControlCharacters();
    QTest::newRow("control characters, quotes and backslashes") << r;
    r = base();
    r.value = QByteArray("Grüße, 温度, 🌡");
    r.key = QByteArray("ключ");
    r.topic = QStringLiteral("plant/ü \"quoted\"");
    QTest::newRow("multi-byte UTF-8") << r;
    r = base();
    r.value = QByteArray("\x00\xff\xfe\x80 raw", 7);
    r.key = QByteArray("\xc0\xaf", 2); // overlong: not UTF-8
    QTest::newRow("binary key and value") << r;
    r = base();
    r.key.reset();
    r.value.reset();
    r.timestampType = KafkaTimestampType::NotAvailable;
    r.timestamp = -1;
    QTest::newRow("null key, null value, no timestamp") << r;
    r = base();
    r.key = QByteArray("");
    r.value = QByteArray("");
    r.timestampType = KafkaTimestampType::LogAppendTime;
    QTest::newRow("empty key and value, log append time") << r;
    r = base();
    r.headers = {{QStringLiteral("trace"), QByteArray("abc")},
                 {QStringLiteral("trace"), QByteArray("def")},
                 {QStringLiteral("null"), std::nullopt},
                 {QStringLiteral("empty"), QByteArray("")},
                 {QStringLiteral("bin\n"), QByteArray("\x01\xff", 2)}};
    QTest::newRow("headers: repeated, null, empty, binary") << r;
    r = base();
    r.value = QByteArray(5000, 'x') + "\xe2\x82" + QByteArray(10, 'y'); // truncated UTF-8 sequence after a long ASCII run
    QTest::newRow("long ASCII then broken UTF-8") << r;
}

void TstKafkaRecordJson::lineWriterMatchesTheJsonObject() {
    QFETCH(KafkaRecord, record);
    QByteArray line;
    appendRecordJsonLine(line, record);
    QVERIFY(line.endsWith('\n'));
    QCOMPARE(line.count('\n'), 1); // one record, one line, whatever the bytes
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + ": " + line));
    QCOMPARE(doc.object(), recordToJson(record));
    // And back to the same record, byte for byte.
    QCOMPARE(recordFromJson(doc.object()), record);
}

void TstKafkaRecordJson::textStaysTextAndBinaryIsBase64() {
    KafkaRecord r = base();
    r.value = QByteArray("\xff\x01", 2);
    const QJsonObject o = recordToJson(r);
    QCOMPARE(o.value("payload").toString(), QStringLiteral("/wE="));
    QCOMPARE(o.value("encoding").toString(), QStringLiteral("base64"));
    QCOMPARE(o.value("key").toString(), QStringLiteral("dev-1"));
    QCOMPARE(o.value("key_encoding").toString(), QStringLiteral("utf8"));
    QCOMPARE(o.value("timestamp_type").toString(), QStringLiteral("create"));
    QCOMPARE(o.value("offset").toInteger(), 123456789012);
}

void TstKafkaRecordJson::nullIsNotEmpty() {
    KafkaRecord r = base();
    r.value.reset();
    QVERIFY(recordToJson(r).value("payload").isNull());
    QVERIFY(!recordToJson(r).contains("encoding"));
    r.value = QByteArray();
    QVERIFY(recordToJson(r).value("payload").isString());
    QCOMPARE(recordToJson(r).value("payload").toString(), QString());
}

void TstKafkaRecordJson::controlCharactersAreEscaped() {
    QByteArray out;
    const QByteArray text("a\"b\\c\nd\te\x01\x1f", 11);
    appendJsonString(out, text.constData(), text.size());
    const QByteArray expected = "\"a\\\"b\\\\c\\nd\\te\\u0001\\u001f\"";
    QCOMPARE(out, expected);
}

void TstKafkaRecordJson::malformedFieldsAreUsageErrors() {
    auto kind = [](const QJsonObject& o) {
        try {
            recordFromJson(o);
        } catch (const Error& e) {
            return e.kind();
        }
        return ErrorKind::Broker;
    };
    QCOMPARE(kind(QJsonObject{{"payload", "!!"}, {"encoding", "base64"}}), ErrorKind::Usage);
    QCOMPARE(kind(QJsonObject{{"payload", "x"}, {"encoding", "rot13"}}), ErrorKind::Usage);
    QCOMPARE(kind(QJsonObject{{"payload", 5}}), ErrorKind::Usage);
    QCOMPARE(kind(QJsonObject{{"headers", "a=b"}}), ErrorKind::Usage);
}

void TstKafkaRecordJson::startPositionsParseAsKcat_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind"); // -1: usage error
    QTest::addColumn<qint64>("value");
    using K = KafkaStartPosition::Kind;
    QTest::newRow("beginning") << "beginning" << int(K::Beginning) << qint64(0);
    QTest::newRow("end") << "end" << int(K::End) << qint64(0);
    QTest::newRow("stored") << "stored" << int(K::Stored) << qint64(0);
    QTest::newRow("absolute") << "42" << int(K::Offset) << qint64(42);
    QTest::newRow("from the end") << "-10" << int(K::FromEnd) << qint64(10);
    QTest::newRow("timestamp") << "s@1763900000123" << int(K::Timestamp) << qint64(1763900000123);
    QTest::newRow("word") << "yesterday" << -1 << qint64(0);
    QTest::newRow("empty timestamp") << "s@" << -1 << qint64(0);
    QTest::newRow("negative timestamp") << "s@-5" << -1 << qint64(0);
    QTest::newRow("trailing junk") << "12x" << -1 << qint64(0);
    QTest::newRow("end timestamp is not supported") << "e@1763900000123" << -1 << qint64(0);
}

void TstKafkaRecordJson::startPositionsParseAsKcat() {
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(qint64, value);
    try {
        const auto p = KafkaStartPosition::parse(text);
        QCOMPARE(int(p.kind), kind);
        QCOMPARE(qint64(p.value), value);
    } catch (const Error& e) {
        QCOMPARE(kind, -1);
        QCOMPARE(e.kind(), ErrorKind::Usage);
        QVERIFY(e.message().contains(text));
    }
}

QTEST_GUILESS_MAIN(TstKafkaRecordJson)
#include "tst_kafka_record_json.moc"
