// The load harness's topic patterns: %i names the publisher, %n spreads its messages over
// --topics topics (a tree that grows), and both are whole levels the subscribers match with +.

#include "common/Error.h"
#include "mqtt/MqttBench.h"

#include <QTest>

using namespace mqkit;

class TestMqttBenchOptions : public QObject {
    Q_OBJECT
private slots:
    void sequenceCyclesThroughTopicsPerPublisher();
    void subscribersMatchEveryGeneratedTopic();
    void partialLevelPlaceholderIsRefused();
};

void TestMqttBenchOptions::sequenceCyclesThroughTopicsPerPublisher() {
    MqttBenchOptions o;
    o.topic = "dev/%n/%i/telemetry";
    o.topics = 3;
    QCOMPARE(o.topicFor(7, 0), QString("dev/0/7/telemetry"));
    QCOMPARE(o.topicFor(7, 4), QString("dev/1/7/telemetry"));
    QCOMPARE(o.topicFor(2, 5), QString("dev/2/2/telemetry"));
}

void TestMqttBenchOptions::subscribersMatchEveryGeneratedTopic() {
    MqttBenchOptions o;
    o.topic = "dev/%n/%i/telemetry";
    QCOMPARE(o.subscribeFilter(), QString("dev/+/+/telemetry"));
}

void TestMqttBenchOptions::partialLevelPlaceholderIsRefused() {
    MqttBenchOptions o;
    o.connection.url = BrokerUrl::parse("mqtt://127.0.0.1:1883");
    o.topic = "dev/x%n/telemetry";
    QVERIFY_THROWS_EXCEPTION(Error, o.validate());
    o.topic = "dev/%n/telemetry";
    o.topics = 0;
    QVERIFY_THROWS_EXCEPTION(Error, o.validate());
    o.topics = 10;
    o.validate();
}

QTEST_GUILESS_MAIN(TestMqttBenchOptions)
#include "tst_mqtt_bench_options.moc"
