#include "TestSupport.h"
#include "common/Error.h"
#include "common/JsonWriter.h"
#include "mqtt/MqttMessageJson.h"

#include <QJsonDocument>
#include <QTest>

using namespace mqkit;

Q_DECLARE_METATYPE(mqkit::MqttMessage)

class TstMqttMessageJson : public QObject {
    Q_OBJECT
private slots:
    void everyFieldSurvivesTheRoundTrip();
    void binaryPayloadIsBase64AndTextStaysText();
    void streamedJsonHasTheSameFieldsAsTheObject_data();
    void streamedJsonHasTheSameFieldsAsTheObject();
    void malformedFieldsAreUsageErrors_data();
    void malformedFieldsAreUsageErrors();
};

void TstMqttMessageJson::everyFieldSurvivesTheRoundTrip() {
    MqttMessage m;
    m.topic = QStringLiteral("plant/ü/line 1");
    m.payload = QByteArray("\x00\xff\xfe raw", 7);
    m.qos = 2;
    m.retained = true;
    m.receivedAtMs = 1763900000123;
    m.properties.user = {{QStringLiteral("k"), QStringLiteral("v1")}, {QStringLiteral("k"), QStringLiteral("v2")}};
    m.properties.contentType = QStringLiteral("application/octet-stream");
    m.properties.payloadFormat = 0;
    m.properties.messageExpirySeconds = 3600;
    m.properties.responseTopic = QStringLiteral("reply/here");
    m.properties.correlationData = QByteArray("\x01\x02\x00", 3);
    m.properties.subscriptionIds = {7, 9};

    const QByteArray line = QJsonDocument(messageToJson(m)).toJson(QJsonDocument::Compact);
    const MqttMessage back = messageFromJson(QJsonDocument::fromJson(line).object());
    QCOMPARE(back.topic, m.topic);
    QCOMPARE(back.payload, m.payload);
    QCOMPARE(back.qos, m.qos);
    QCOMPARE(back.retained, m.retained);
    QCOMPARE(back.receivedAtMs, m.receivedAtMs);
    QVERIFY(back.properties == m.properties);
}

void TstMqttMessageJson::binaryPayloadIsBase64AndTextStaysText() {
    MqttMessage m;
    m.topic = QStringLiteral("t");
    m.payload = QByteArray("\xc3\x28", 2); // invalid UTF-8
    QCOMPARE(messageToJson(m).value("encoding").toString(), QStringLiteral("base64"));
    m.payload = QByteArray("{\"tempC\": 21.5}");
    const QJsonObject o = messageToJson(m);
    QCOMPARE(o.value("encoding").toString(), QStringLiteral("utf8"));
    QCOMPARE(o.value("payload").toString(), QStringLiteral("{\"tempC\": 21.5}"));
    QVERIFY(!o.contains("properties")); // MQTT 3.1.1 messages carry none
}

void TstMqttMessageJson::streamedJsonHasTheSameFieldsAsTheObject_data() {
    QTest::addColumn<MqttMessage>("message");
    MqttMessage plain;
    plain.topic = QStringLiteral("plant/line \"1\"");
    plain.payload = QByteArray("{\"tempC\": 21.5}");
    QTest::newRow("text, no time, no properties") << plain;
    MqttMessage full = plain;
    full.payload = QByteArray("\x00\xff\xfe raw", 7);
    full.qos = 2;
    full.retained = true;
    full.receivedAtMs = 1763900000123;
    full.properties.user = {{QStringLiteral("k"), QStringLiteral("v1")}, {QStringLiteral("k"), QStringLiteral("v2")}};
    full.properties.contentType = QStringLiteral("application/octet-stream");
    full.properties.payloadFormat = 0;
    full.properties.messageExpirySeconds = 3600;
    full.properties.responseTopic = QStringLiteral("reply/here");
    full.properties.correlationData = QByteArray("\x01\x02\x00", 3);
    full.properties.subscriptionIds = {7, 9};
    QTest::newRow("binary, time, every property") << full;
}

void TstMqttMessageJson::streamedJsonHasTheSameFieldsAsTheObject() {
    QFETCH(MqttMessage, message);
    QByteArray out;
    JsonWriter w(out);
    writeMessageJson(w, message);
    w.endLine();
    QVERIFY(out.endsWith('\n'));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.object(), messageToJson(message));
}

void TstMqttMessageJson::malformedFieldsAreUsageErrors_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("no topic") << QByteArray(R"({"payload":"x"})");
    QTest::newRow("bad base64 payload") << QByteArray(R"({"topic":"t","payload":"***","encoding":"base64"})");
    QTest::newRow("unknown encoding") << QByteArray(R"({"topic":"t","payload":"x","encoding":"rot13"})");
    QTest::newRow("qos 3") << QByteArray(R"({"topic":"t","qos":3})");
    QTest::newRow("bad time") << QByteArray(R"({"topic":"t","received_at":"yesterday"})");
    QTest::newRow("bad user property") << QByteArray(R"({"topic":"t","properties":{"user_properties":[["k"]]}})");
}

void TstMqttMessageJson::malformedFieldsAreUsageErrors() {
    QFETCH(QByteArray, json);
    try {
        messageFromJson(QJsonDocument::fromJson(json).object());
        QFAIL("no error for malformed JSON");
    } catch (const Error& e) {
        QCOMPARE(e.kind(), ErrorKind::Usage);
        QVERIFY2(e.message().startsWith(QStringLiteral("malformed message JSON: ")), qPrintable(e.message()));
    }
}

QTEST_GUILESS_MAIN(TstMqttMessageJson)
#include "tst_mqtt_message_json.moc"
