// MqttConnection (app/backend) against the real rig: batches a previous broker's session had
// already sent on their way are dropped once another broker is opened.

#include "TestSupport.h"
#include "backend/MqttConnection.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace mqkit;

namespace {
bool anyTopicStartsWith(const QSignalSpy& spy, int fromIndex, const QString& prefix) {
    for (int i = fromIndex; i < spy.count(); ++i)
        for (const MqttMessage& m : *spy.at(i).at(0).value<MqttBatchPtr>())
            if (m.topic.startsWith(prefix))
                return true;
    return false;
}
} // namespace

class TestMqttConnection : public QObject {
    Q_OBJECT
private slots:
    void batchesOfPreviousBrokerAreDropped();
};

void TestMqttConnection::batchesOfPreviousBrokerAreDropped() {
    const QString base = uniqueName("gui-conn");
    MqttConnectOptions o;
    o.url = BrokerUrl::parse(rigMqttPlainUrl());
    MqttConnection connection;
    QSignalSpy connected(&connection, &MqttConnection::connected);
    QSignalSpy batches(&connection, &MqttConnection::batchReady);
    connection.open(o, {base + "/a/#"});
    QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 10000);

    MqttSession pub(o);
    pub.connect();
    pub.publish(base + "/a/first", "x", 1, false);
    QTRY_VERIFY_WITH_TIMEOUT(anyTopicStartsWith(batches, 0, base + "/a/"), 10000);
    for (int i = 0; i < 50; ++i)
        pub.publish(QStringLiteral("%1/a/%2").arg(base).arg(i), "x", 1, false);
    // Without turning the event loop: the I/O thread drains these and queues them to us.
    QThread::msleep(800);
    const int before = static_cast<int>(batches.count());
    connection.open(o, {base + "/b/#"}); // "another broker": a new generation
    QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 2, 10000);
    pub.publish(base + "/b/after", "y", 1, false);
    QTRY_VERIFY_WITH_TIMEOUT(anyTopicStartsWith(batches, before, base + "/b/"), 10000);
    QVERIFY(!anyTopicStartsWith(batches, before, base + "/a/"));
}

QTEST_MAIN(TestMqttConnection)
#include "tst_mqtt_connection.moc"
