// MainWindow's MQTT status follows the connection: a broker that goes away and comes back is
// shown as lost, reconnecting and reconnected, and messages flow again afterwards.

#include "MainWindow.h"
#include "TestSupport.h"
#include "models/TopicTreeModel.h"
#include "mqtt/MqttSession.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mqkit;

class TestMainWindowConnection : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void statusShowsLostReconnectingAndReconnected();

private:
    QTemporaryDir m_data;
};

void TestMainWindowConnection::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    qputenv("MQKIT_DATA_DIR", m_data.path().toUtf8());
}

void TestMainWindowConnection::statusShowsLostReconnectingAndReconnected() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    PrivateMosquitto broker(dir.path());
    QVERIFY(broker.start());
    MqttConnectOptions o;
    o.url = BrokerUrl::parse(broker.url());

    MainWindow w;
    w.show();
    w.openMqtt(o, {"gui/#"});
    QTRY_VERIFY_WITH_TIMEOUT(w.mqttStatusText().contains("connected"), 10000);

    broker.stop();
    QTRY_VERIFY_WITH_TIMEOUT(w.mqttStatusText().contains("reconnect"), 10000); // "reconnecting in ..." or "... failed"
    QVERIFY(broker.start());
    QTRY_VERIFY_WITH_TIMEOUT(w.mqttStatusText().contains("subscribed again"), 30000);

    MqttSession pub(o);
    pub.connect();
    pub.publish("gui/after-restart", "x", 1, false);
    QTRY_VERIFY_WITH_TIMEOUT(w.topicModel()->indexForTopic("gui/after-restart").isValid(), 10000);
}

QTEST_MAIN(TestMainWindowConnection)
#include "tst_main_window_connection.moc"
