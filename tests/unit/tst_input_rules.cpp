// The naming and size rules core checks before anything is sent: MQTT topic names and filters
// (MQTT 3.1.1/5 section 4.7), MQTT field lengths, Kafka topic names (Kafka's Topic.validate).

#include "common/Error.h"
#include "kafka/KafkaNames.h"
#include "mqtt/MqttLimits.h"

#include <QTest>

using namespace mqkit;

class TestInputRules : public QObject {
    Q_OBJECT
private slots:
    void topicFilters_data();
    void topicFilters();
    void topicNames_data();
    void topicNames();
    void fieldLengths();
    void kafkaTopicNames_data();
    void kafkaTopicNames();
};

namespace {
bool accepted(const std::function<void()>& check) {
    try {
        check();
        return true;
    } catch (const Error& e) {
        if (e.kind() != ErrorKind::Usage)
            qFatal("not a usage error: %s", e.what());
        return false;
    }
}
} // namespace

void TestInputRules::topicFilters_data() {
    QTest::addColumn<QString>("filter");
    QTest::addColumn<bool>("valid");
    QTest::newRow("#") << "#" << true;
    QTest::newRow("+") << "+" << true;
    QTest::newRow("a/+/b/#") << "a/+/b/#" << true;
    QTest::newRow("+/+") << "+/+" << true;
    QTest::newRow("/a//") << "/a//" << true;
    QTest::newRow("shared") << "$share/g/a/#" << true;
    QTest::newRow("64 KiB - 1") << QString(65535, QLatin1Char('t')) << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("a/#/b") << "a/#/b" << false;
    QTest::newRow("a#") << "a#" << false;
    QTest::newRow("a+") << "a+" << false;
    QTest::newRow("a/b+/c") << "a/b+/c" << false;
    QTest::newRow("NUL") << QStringLiteral("a") + QChar(0) << false;
    QTest::newRow("65,536 bytes") << QString(65536, QLatin1Char('t')) << false;
    QTest::newRow("UTF-8 bytes, not characters") << QString(30000, QChar(0x00e9)) << true;
    QTest::newRow("UTF-8 over the limit") << QString(40000, QChar(0x00e9)) << false;
}

void TestInputRules::topicFilters() {
    QFETCH(QString, filter);
    QFETCH(bool, valid);
    QCOMPARE(accepted([&] { checkTopicFilter(filter); }), valid);
}

void TestInputRules::topicNames_data() {
    QTest::addColumn<QString>("topic");
    QTest::addColumn<bool>("valid");
    QTest::newRow("a/b") << "a/b" << true;
    QTest::newRow("/") << "/" << true;
    QTest::newRow("$SYS/x") << "$SYS/x" << true;
    QTest::newRow("wildcard +") << "a/+" << false;
    QTest::newRow("wildcard #") << "a/#" << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("70,000 bytes") << QString(70000, QLatin1Char('t')) << false;
}

void TestInputRules::topicNames() {
    QFETCH(QString, topic);
    QFETCH(bool, valid);
    QCOMPARE(accepted([&] { checkTopicName(topic); }), valid);
}

void TestInputRules::fieldLengths() {
    MqttMessage m;
    m.topic = QStringLiteral("a");
    QVERIFY(accepted([&] { checkPublishable(m); }));
    m.properties.correlationData = QByteArray(65535, 'c');
    QVERIFY(accepted([&] { checkPublishable(m); }));
    m.properties.correlationData = QByteArray(65536, 'c');
    QVERIFY(!accepted([&] { checkPublishable(m); }));
    m.properties.correlationData.clear();
    m.properties.user.emplace_back(QStringLiteral("k"), QString(65536, QLatin1Char('v')));
    QVERIFY(!accepted([&] { checkPublishable(m); }));
    m.properties.user.clear();
    m.properties.responseTopic = QStringLiteral("reply/+");
    QVERIFY(!accepted([&] { checkPublishable(m); }));
    m.properties.responseTopic.clear();
    m.payload = QByteArray(kMqttMaxPacketBytes - 100, '\0');
    QVERIFY(accepted([&] { checkPublishable(m); }));
    m.payload = QByteArray(kMqttMaxPacketBytes, '\0');
    QVERIFY(!accepted([&] { checkPublishable(m); }));
}

void TestInputRules::kafkaTopicNames_data() {
    QTest::addColumn<QString>("topic");
    QTest::addColumn<bool>("valid");
    QTest::newRow("orders") << "orders" << true;
    QTest::newRow("a.b_c-D9") << "a.b_c-D9" << true;
    QTest::newRow("249 chars") << QString(249, QLatin1Char('t')) << true;
    QTest::newRow("250 chars") << QString(250, QLatin1Char('t')) << false;
    QTest::newRow("100,000 chars") << QString(100000, QLatin1Char('t')) << false;
    QTest::newRow(".") << "." << false;
    QTest::newRow("..") << ".." << false;
    QTest::newRow("...") << "..." << true;
    QTest::newRow("slash") << "a/b" << false;
    QTest::newRow("space") << "a b" << false;
    QTest::newRow("non-ASCII") << QStringLiteral("caf\u00e9") << false;
    QTest::newRow("empty") << "" << false;
}

void TestInputRules::kafkaTopicNames() {
    QFETCH(QString, topic);
    QFETCH(bool, valid);
    QCOMPARE(accepted([&] { checkKafkaTopicName(topic); }), valid);
}

QTEST_GUILESS_MAIN(TestInputRules)
#include "tst_input_rules.moc"
