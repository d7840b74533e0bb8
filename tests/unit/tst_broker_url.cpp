#include "TestSupport.h"
#include "common/Error.h"
#include "mqtt/BrokerUrl.h"

#include <QTest>

using mqkit::BrokerUrl;

class TestBrokerUrl : public QObject {
    Q_OBJECT
private slots:
    void parsesValidUrls_data();
    void parsesValidUrls();
    void rejectsMalformedUrlsWithUsageError_data();
    void rejectsMalformedUrlsWithUsageError();
    void mapsToPahoSchemes();
    void canonicalFormKeepsPercentInHost_data();
    void canonicalFormKeepsPercentInHost();
};

void TestBrokerUrl::parsesValidUrls_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<QString>("username");
    QTest::newRow("mqtt with port") << "mqtt://127.0.0.1:1884" << "mqtt://127.0.0.1:1884" << "";
    QTest::newRow("mqtt default port") << "mqtt://broker.local" << "mqtt://broker.local:1883" << "";
    QTest::newRow("mqtts default port") << "mqtts://broker" << "mqtts://broker:8883" << "";
    QTest::newRow("bare host:port means mqtt") << "localhost:2000" << "mqtt://localhost:2000" << "";
    QTest::newRow("paho tcp alias") << "tcp://h:1" << "mqtt://h:1" << "";
    QTest::newRow("paho ssl alias") << "ssl://h:2" << "mqtts://h:2" << "";
    QTest::newRow("websocket path kept") << "ws://h:9001/mqtt" << "ws://h:9001/mqtt" << "";
    QTest::newRow("wss default port") << "wss://h/mqtt" << "wss://h:443/mqtt" << "";
    QTest::newRow("user in url") << "mqtt://alice@h:1883" << "mqtt://h:1883" << "alice";
    QTest::newRow("ipv6") << "mqtt://[::1]:1883" << "mqtt://[::1]:1883" << "";
    QTest::newRow("upper-case scheme") << "MQTT://h:5" << "mqtt://h:5" << "";
}

void TestBrokerUrl::parsesValidUrls() {
    QFETCH(QString, input);
    QFETCH(QString, canonical);
    QFETCH(QString, username);
    const BrokerUrl url = BrokerUrl::parse(input);
    QCOMPARE(url.toString(), canonical);
    QCOMPARE(url.username, username);
}

void TestBrokerUrl::rejectsMalformedUrlsWithUsageError_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << "" << "empty";
    QTest::newRow("unknown scheme") << "http://h:80" << "unknown scheme";
    QTest::newRow("port not a number") << "mqtt://h:abc" << "port";
    QTest::newRow("port out of range") << "mqtt://h:70000" << "port";
    QTest::newRow("port zero") << "mqtt://h:0" << "port";
    QTest::newRow("empty port") << "mqtt://h:" << "empty port";
    QTest::newRow("missing host") << "mqtt://:1883" << "missing host";
    QTest::newRow("password in url") << "mqtt://u:secret@h" << "passwords do not belong";
    QTest::newRow("path on mqtt") << "mqtt://h:1/x" << "path";
    QTest::newRow("no scheme with path") << "h/x" << "missing scheme";
    QTest::newRow("space in host") << "mqtt://bad host:1" << "invalid host";
}

void TestBrokerUrl::rejectsMalformedUrlsWithUsageError() {
    QFETCH(QString, input);
    QFETCH(QString, reason);
    try {
        BrokerUrl::parse(input);
        QFAIL("accepted a malformed URL");
    } catch (const mqkit::Error& e) {
        QCOMPARE(e.kind(), mqkit::ErrorKind::Usage);
        QVERIFY2(e.message().contains(reason), qPrintable(e.message()));
        QVERIFY(!e.message().contains(QLatin1Char('\n')));
    }
}

void TestBrokerUrl::mapsToPahoSchemes() {
    QCOMPARE(BrokerUrl::parse("mqtt://h:1").toPahoUri(), QStringLiteral("tcp://h:1"));
    QCOMPARE(BrokerUrl::parse("mqtts://h:2").toPahoUri(), QStringLiteral("ssl://h:2"));
    QCOMPARE(BrokerUrl::parse("wss://h:3/mqtt").toPahoUri(), QStringLiteral("wss://h:3/mqtt"));
    QVERIFY(BrokerUrl::parse("wss://h").isTls());
    QVERIFY(!BrokerUrl::parse("ws://h").isTls());
}

void TestBrokerUrl::canonicalFormKeepsPercentInHost_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<QString>("paho");
    // Found by tests/fuzz (fuzz_broker_url, corpus/fuzz_broker_url/crash-ws-percent-host): chained
    // QString::arg() replaced the "%4" in the host with the path, "ws://h/:80/".
    QTest::newRow("ws, %4 in the host") << "ws://h%4/" << "ws://h%4:80/" << "ws://h%4:80/";
    QTest::newRow("IPv6 zone id") << "mqtt://[fe80::1%2]:1883" << "mqtt://[fe80::1%2]:1883" << "tcp://[fe80::1%2]:1883";
    QTest::newRow("%1 in the host") << "mqtts://a%1b" << "mqtts://a%1b:8883" << "ssl://a%1b:8883";
}

void TestBrokerUrl::canonicalFormKeepsPercentInHost() {
    QFETCH(QString, input);
    QFETCH(QString, canonical);
    QFETCH(QString, paho);
    const mqkit::BrokerUrl url = mqkit::BrokerUrl::parse(input);
    QCOMPARE(url.toString(), canonical);
    QCOMPARE(url.toPahoUri(), paho);
    QCOMPARE(mqkit::BrokerUrl::parse(url.toString()).toString(), canonical); // a fixed point
}

QTEST_GUILESS_MAIN(TestBrokerUrl)
#include "tst_broker_url.moc"
