#include "TestSupport.h"
#include "common/Error.h"
#include "kafka/KafkaAdmin.h"
#include "kafka/KafkaClientConfig.h"

#include <QElapsedTimer>
#include <QTest>

using namespace mqkit;

class TestKafkaConfig : public QObject {
    Q_OBJECT
private slots:
    void rejectsMalformedBootstrapLists_data();
    void rejectsMalformedBootstrapLists();
    void rejectsPropertiesLibrdkafkaRejects();
    void acceptsValidConfig();
    void parsesKeyValueProperties();
    void laterSetReplacesEarlierValue();
    void unreachableClusterFailsWithinTimeout();
};

void TestKafkaConfig::rejectsMalformedBootstrapLists_data() {
    QTest::addColumn<QString>("bootstrap");
    QTest::newRow("empty") << "";
    QTest::newRow("no port") << "localhost";
    QTest::newRow("port not a number") << "localhost:x";
    QTest::newRow("port too big") << "h:99999";
    QTest::newRow("one bad among good") << "h:9092,bad";
}

void TestKafkaConfig::rejectsMalformedBootstrapLists() {
    QFETCH(QString, bootstrap);
    KafkaClientConfig c;
    c.bootstrap = bootstrap;
    try {
        c.validate();
        QFAIL("accepted a malformed bootstrap list");
    } catch (const Error& e) {
        QCOMPARE(e.kind(), ErrorKind::Usage);
    }
}

void TestKafkaConfig::rejectsPropertiesLibrdkafkaRejects() {
    KafkaClientConfig c;
    c.bootstrap = "h:9092";
    c.set("no.such.property", "1");
    try {
        c.validate();
        QFAIL("accepted an unknown property");
    } catch (const Error& e) {
        QCOMPARE(e.kind(), ErrorKind::Usage);
        QVERIFY(e.message().contains("no.such.property"));
    }
    KafkaClientConfig bad;
    bad.bootstrap = "h:9092";
    bad.set("security.protocol", "CARRIER_PIGEON");
    QVERIFY_THROWS_EXCEPTION(Error, bad.validate());
}

void TestKafkaConfig::acceptsValidConfig() {
    KafkaClientConfig c;
    c.bootstrap = "a:9092, b:9093";
    c.set("security.protocol", "SASL_PLAINTEXT");
    c.set("sasl.mechanisms", "SCRAM-SHA-256");
    c.validate();
}

void TestKafkaConfig::parsesKeyValueProperties() {
    const auto [k, v] = KafkaClientConfig::parseProperty("sasl.jaas=a=b");
    QCOMPARE(k, QStringLiteral("sasl.jaas"));
    QCOMPARE(v, QStringLiteral("a=b"));
    QVERIFY_THROWS_EXCEPTION(Error, KafkaClientConfig::parseProperty("novalue"));
    QVERIFY_THROWS_EXCEPTION(Error, KafkaClientConfig::parseProperty("=x"));
}

void TestKafkaConfig::laterSetReplacesEarlierValue() {
    KafkaClientConfig c;
    c.set("a", "1");
    c.set("a", "2");
    QCOMPARE(c.properties.size(), 1u);
    QCOMPARE(c.get("a"), QStringLiteral("2"));
}

void TestKafkaConfig::unreachableClusterFailsWithinTimeout() {
    // Port 1 on loopback: privileged and unused, so the connection is refused.
    KafkaClientConfig c;
    c.bootstrap = QStringLiteral("127.0.0.1:1");
    c.timeout = std::chrono::milliseconds(2000);
    QElapsedTimer clock;
    clock.start();
    try {
        KafkaAdmin admin(c);
        admin.listTopics();
        QFAIL("listed topics of a cluster that is not there");
    } catch (const Error& e) {
        QCOMPARE(e.kind(), ErrorKind::Connection);
        QVERIFY2(e.message().contains(c.bootstrap), qPrintable(e.message()));
    }
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
}

QTEST_GUILESS_MAIN(TestKafkaConfig)
#include "tst_kafka_config.moc"
