#include "TestSupport.h"
#include "common/Error.h"
#include "mqtt/MessageFormat.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cstdlib>

using namespace mqkit;

namespace {

MqttMessage sample() {
    MqttMessage m;
    m.topic = QStringLiteral("plant/küche/t");
    m.payload = QByteArray("21.5");
    m.qos = 1;
    m.retained = true;
    m.receivedAtMs = 1763918482123; // 2025-11-23T17:21:22.123Z
    return m;
}

MqttMessage withProperties() {
    MqttMessage m = sample();
    m.properties.user = {{QStringLiteral("unit"), QStringLiteral("C")}, {QStringLiteral("unit"), QStringLiteral("K")}};
    m.properties.contentType = QStringLiteral("text/plain");
    m.properties.payloadFormat = 1;
    m.properties.messageExpirySeconds = 60;
    m.properties.responseTopic = QStringLiteral("reply/here");
    m.properties.correlationData = QByteArray("\x01\xab", 2);
    m.properties.subscriptionIds = {3, 7};
    return m;
}

} // namespace

class TstMessageFormat : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        qputenv("TZ", "UTC"); // @H etc. use local time
        tzset();
    }
    void everyCodeRendersItsField_data();
    void everyCodeRendersItsField();
    void binaryPayloadIsCopiedByteForByteAndHexed();
    void absentPropertiesRenderEmpty();
    void jsonCodeIsTheJsonOutputShape();
    void verboseShowsPropertiesBetweenTopicAndPayloadOnlyWhenPresent();
    void badSequencesAreUsageErrors_data();
    void badSequencesAreUsageErrors();
};

void TstMessageFormat::everyCodeRendersItsField_data() {
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("topic") << "%t" << QByteArray("plant/küche/t");
    QTest::newRow("payload") << "%p" << QByteArray("21.5");
    QTest::newRow("qos") << "%q" << QByteArray("1");
    QTest::newRow("retain") << "%r" << QByteArray("1");
    QTest::newRow("length") << "%l" << QByteArray("4");
    QTest::newRow("hex lower") << "%x" << QByteArray("32312e35");
    QTest::newRow("hex upper") << "%X" << QByteArray("32312E35");
    QTest::newRow("iso time utc with ms") << "%I" << QByteArray("2025-11-23T17:21:22.123Z");
    QTest::newRow("unix time with fraction") << "%U" << QByteArray("1763918482.123");
    QTest::newRow("user properties in order with duplicates") << "%P" << QByteArray("unit:C unit:K");
    QTest::newRow("content type") << "%C" << QByteArray("text/plain");
    QTest::newRow("message expiry") << "%E" << QByteArray("60");
    QTest::newRow("payload format") << "%F" << QByteArray("1");
    QTest::newRow("response topic") << "%R" << QByteArray("reply/here");
    QTest::newRow("correlation data raw") << "%D" << QByteArray("\x01\xab", 2);
    QTest::newRow("subscription ids") << "%S" << QByteArray("3,7");
    QTest::newRow("literal percent") << "100%%" << QByteArray("100%");
    QTest::newRow("escapes") << "a\\tb\\nc\\\\d\\re" << QByteArray("a\tb\nc\\d\re");
    QTest::newRow("nul and escape char") << "%t\\0%p\\e" << QByteArray("plant/küche/t\0" "21.5\x1b", 20);
    QTest::newRow("bell") << "\\a" << QByteArray("\a");
    QTest::newRow("strftime hour minute") << "@H:@M:@S" << QByteArray("17:21:22");
    QTest::newRow("nanoseconds") << "@N" << QByteArray("123000000");
    QTest::newRow("literal at") << "a@@b" << QByteArray("a@b");
    QTest::newRow("mixed text") << "[%q%r] %t = %p (%l B)" << QByteArray("[11] plant/küche/t = 21.5 (4 B)");
    QTest::newRow("width right aligned") << "%6l|" << QByteArray("     4|");
    QTest::newRow("width zero padded number") << "%06l" << QByteArray("000004");
    QTest::newRow("zero ignored for text") << "%07p|" << QByteArray("   21.5|");
    QTest::newRow("left aligned") << "%-6p|" << QByteArray("21.5  |");
    QTest::newRow("left wins over zero") << "%-05l|" << QByteArray("4    |");
    QTest::newRow("maximum width truncates") << "%5.5t|" << QByteArray("plant|");
    QTest::newRow("no format codes") << "plain" << QByteArray("plain");
}

void TstMessageFormat::everyCodeRendersItsField() {
    QFETCH(QString, format);
    QFETCH(QByteArray, expected);
    QCOMPARE(MessageFormat::parse(format).format(withProperties()), expected);
}

void TstMessageFormat::binaryPayloadIsCopiedByteForByteAndHexed() {
    MqttMessage m = sample();
    m.payload = QByteArray("\x00\xff\n\x80", 4);
    QCOMPARE(MessageFormat::parse("%p").format(m), m.payload);
    QCOMPARE(MessageFormat::parse("%x").format(m), QByteArray("00ff0a80"));
    QCOMPARE(MessageFormat::parse("%l").format(m), QByteArray("4"));
    QCOMPARE(MessageFormat::payloadOnly().format(m), m.payload);
}

void TstMessageFormat::absentPropertiesRenderEmpty() {
    QCOMPARE(MessageFormat::parse("<%P|%C|%E|%F|%R|%D|%S>").format(sample()), QByteArray("<||||||>"));
}

void TstMessageFormat::jsonCodeIsTheJsonOutputShape() {
    MqttMessage m = withProperties();
    m.payload = QByteArray("\xff\x01", 2);
    const QByteArray line = MessageFormat::parse("%j").format(m);
    QVERIFY(!line.contains('\n'));
    const QJsonObject o = QJsonDocument::fromJson(line).object();
    QCOMPARE(o.value("topic").toString(), m.topic);
    QCOMPARE(o.value("encoding").toString(), QStringLiteral("base64"));
    QCOMPARE(o.value("payload").toString(), QStringLiteral("/wE="));
    QCOMPARE(o.value("qos").toInt(), 1);
    QCOMPARE(o.value("retain").toBool(), true);
    QCOMPARE(o.value("received_at").toString(), QStringLiteral("2025-11-23T17:21:22.123Z"));
    QCOMPARE(o.value("properties").toObject().value("content_type").toString(), QStringLiteral("text/plain"));
}

void TstMessageFormat::verboseShowsPropertiesBetweenTopicAndPayloadOnlyWhenPresent() {
    QCOMPARE(MessageFormat::verbose().format(sample()), QByteArray("plant/küche/t 21.5"));
    QCOMPARE(MessageFormat::verbose().format(withProperties()),
             QByteArray("plant/küche/t [content-type=text/plain payload-format=1 expiry=60 response-topic=reply/here "
                        "correlation-data=01ab sub-id=3,7 user:unit=C user:unit=K] 21.5"));
}

void TstMessageFormat::badSequencesAreUsageErrors_data() {
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("named");
    QTest::newRow("unknown code") << "%t %Z" << "%Z";
    QTest::newRow("packet id not available") << "%m" << "%m";
    QTest::newRow("topic alias not available") << "%A" << "%A";
    QTest::newRow("unquoted json not supported") << "%J" << "%J";
    QTest::newRow("trailing percent") << "%t %" << "%";
    QTest::newRow("trailing width") << "%10" << "%10";
    QTest::newRow("flags on a code without width") << "%5q" << "%q";
    QTest::newRow("unknown escape") << "\\q" << "\\q";
    QTest::newRow("trailing backslash") << "%t\\" << "\\";
    QTest::newRow("unknown time sequence") << "@1" << "@1";
    QTest::newRow("trailing at") << "%t@" << "@";
}

void TstMessageFormat::badSequencesAreUsageErrors() {
    QFETCH(QString, format);
    QFETCH(QString, named);
    try {
        MessageFormat::parse(format);
        QFAIL("no error");
    } catch (const Error& e) {
        QCOMPARE(e.kind(), ErrorKind::Usage);
        QVERIFY2(e.message().contains(named), qPrintable(e.message()));
        QVERIFY(!e.message().contains('\n'));
    }
}

QTEST_GUILESS_MAIN(TstMessageFormat)
#include "tst_message_format.moc"
