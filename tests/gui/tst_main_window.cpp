// MainWindow against the real rig: MQTT messages reach the topic tree through the worker
// thread (retained ones marked) and the Kafka tab lists the broker's topics.

#include "MainWindow.h"
#include "TestSupport.h"
#include "models/KafkaTopicsModel.h"
#include "models/TopicTreeModel.h"
#include "mqtt/MqttSession.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace mqkit;

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void liveAndRetainedMessagesAppearInTopicTree();
    void kafkaTabListsTopics();
    void unreachableBrokerShowsErrorInStatus();

private:
    QTemporaryDir m_data;
};

void TestMainWindow::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    qputenv("MQKIT_DATA_DIR", m_data.path().toUtf8());
}

void TestMainWindow::liveAndRetainedMessagesAppearInTopicTree() {
    const RigEnv& rig = RigEnv::get();
    const QString base = uniqueName("gui");
    MqttConnectOptions o;
    o.url = BrokerUrl::parse(QStringLiteral("mqtt://127.0.0.1:%1").arg(rig.port("MQKIT_RIG_MQTT_PLAIN_PORT")));
    {
        MqttSession pub(o);
        pub.connect();
        pub.publish(base + "/state", "retained-on", 1, true);
    }
    MainWindow w;
    w.show();
    w.openMqtt(o, {base + "/#"});
    QTRY_VERIFY_WITH_TIMEOUT(w.topicModel()->indexForTopic(base + "/state").isValid(), 10000);
    QCOMPARE(w.topicModel()->indexForTopic(base + "/state").data(TopicTreeModel::RetainedRole).toBool(), true);
    QVERIFY2(w.mqttStatusText().contains("connected"), qPrintable(w.mqttStatusText()));

    MqttSession pub(o);
    pub.connect();
    for (int i = 0; i < 200; ++i)
        pub.publish(QStringLiteral("%1/live/%2").arg(base).arg(i % 20), QByteArray::number(i), 0, false);
    pub.publish(base + "/live/done", "x", 1, false);
    QTRY_VERIFY_WITH_TIMEOUT(w.topicModel()->indexForTopic(base + "/live/done").isValid(), 10000);
    QCOMPARE(w.topicModel()->indexForTopic(base + "/live/5").data(TopicTreeModel::RetainedRole).toBool(), false);
    // 201 messages arrived in far fewer batches than messages.
    QVERIFY2(w.topicModel()->batchesApplied() < 100, qPrintable(QString::number(w.topicModel()->batchesApplied())));
    pub.publish(base + "/state", QByteArray(), 1, true);
}

void TestMainWindow::kafkaTabListsTopics() {
    const RigEnv& rig = RigEnv::get();
    const QString topic = uniqueName("gui-kafka");
    QCOMPARE(runProcess("kcat", {"-b", rig.value("MQKIT_RIG_KAFKA_PLAIN"), "-P", "-t", topic}, 60000, "x\n").exitCode, 0);
    MainWindow w;
    KafkaClientConfig c;
    c.bootstrap = rig.value("MQKIT_RIG_KAFKA_PLAIN");
    w.openKafka(c);
    auto hasTopic = [&] {
        for (int r = 0; r < w.kafkaModel()->rowCount(); ++r)
            if (w.kafkaModel()->index(r, KafkaTopicsModel::NameColumn).data().toString() == topic)
                return true;
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(hasTopic(), 20000);
    QVERIFY2(w.kafkaStatusText().contains(c.bootstrap), qPrintable(w.kafkaStatusText()));
}

void TestMainWindow::unreachableBrokerShowsErrorInStatus() {
    MainWindow w;
    MqttConnectOptions o;
    o.url = BrokerUrl::parse("mqtt://127.0.0.1:1");
    o.connectTimeout = std::chrono::milliseconds(2000);
    w.openMqtt(o, {"#"});
    // The GUI thread stays responsive while the worker fails: the event loop keeps turning.
    QTRY_VERIFY_WITH_TIMEOUT(w.mqttStatusText().contains("cannot connect"), 8000);
}

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
