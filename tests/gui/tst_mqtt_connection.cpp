// MqttConnection (app/backend) against the real rig: batches a previous broker's session had
// already sent on their way are dropped once another broker is opened.

#include "MainWindow.h"
#include "TestSupport.h"
#include "backend/MqttConnection.h"
#include "models/TopicTreeModel.h"
#include "widgets/PayloadPane.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTreeView>

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
    void initTestCase();
    void batchesOfPreviousBrokerAreDropped();
    void mainWindowStartsAnEmptyTreeForAnotherBroker();
    void taskPublishesOnItsOwnSessionAndReportsItsResult();
    void cancelledTaskStopsAndTaskWithoutBrokerFails();

private:
    QTemporaryDir m_data;
};

void TestMqttConnection::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    qputenv("MQKIT_DATA_DIR", m_data.path().toUtf8());
}

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

void TestMqttConnection::mainWindowStartsAnEmptyTreeForAnotherBroker() {
    const QString base = uniqueName("gui-switch");
    MqttConnectOptions o;
    o.url = BrokerUrl::parse(rigMqttPlainUrl());
    MainWindow w;
    w.show();
    w.openMqtt(o, {base + "/a/#"});
    QTRY_VERIFY_WITH_TIMEOUT(w.mqttStatusText().contains("connected"), 10000);
    MqttSession pub(o);
    pub.connect();
    pub.publish(base + "/a/1", "x", 1, false);
    QTRY_VERIFY_WITH_TIMEOUT(w.topicModel()->indexForTopic(base + "/a/1").isValid(), 10000);
    w.topicView()->setCurrentIndex(w.topicModel()->indexForTopic(base + "/a/1"));

    w.openMqtt(o, {base + "/b/#"});
    QVERIFY(!w.topicModel()->indexForTopic(base + "/a/1").isValid());
    QCOMPARE(w.topicModel()->rowCount(), 0);
    QCOMPARE(w.payloadPane()->payloadText(), QString());
    QTRY_VERIFY_WITH_TIMEOUT(w.mqttStatusText().contains("connected"), 10000);
    pub.publish(base + "/b/1", "y", 1, false);
    QTRY_VERIFY_WITH_TIMEOUT(w.topicModel()->indexForTopic(base + "/b/1").isValid(), 10000);
    QVERIFY(!w.topicModel()->indexForTopic(base + "/a/1").isValid());
}


// A task (publish pane, retained clear, record, replay) runs beside the live subscription on a
// session of its own: what it publishes arrives through the subscription, its result in the GUI thread.
void TestMqttConnection::taskPublishesOnItsOwnSessionAndReportsItsResult() {
    const QString base = uniqueName("gui-task");
    MqttConnectOptions o;
    o.url = BrokerUrl::parse(rigMqttPlainUrl());
    MqttConnection connection;
    QSignalSpy connected(&connection, &MqttConnection::connected);
    QSignalSpy batches(&connection, &MqttConnection::batchReady);
    QSignalSpy finished(&connection, &MqttConnection::taskFinished);
    connection.open(o, {base + "/#"});
    QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 10000);

    int result = 0;
    Qt::HANDLE resultThread = nullptr;
    connection.runTask<int>(
        "publishing", [base](MqttSession& s, MqttTaskControl&) {
            s.publish(base + "/from-task", "x", 1, false);
            return 42;
        },
        this, [&](const int& r) {
            result = r;
            resultThread = QThread::currentThreadId();
        });
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(result, 42);
    QCOMPARE(resultThread, QThread::currentThreadId());
    QTRY_VERIFY_WITH_TIMEOUT(anyTopicStartsWith(batches, 0, base + "/from-task"), 10000);
}

void TestMqttConnection::cancelledTaskStopsAndTaskWithoutBrokerFails() {
    MqttConnection closed;
    QSignalSpy failedClosed(&closed, &MqttConnection::taskFailed);
    closed.runTask<int>("x", [](MqttSession&, MqttTaskControl&) { return 1; }, this, [](const int&) {});
    QTRY_COMPARE_WITH_TIMEOUT(failedClosed.count(), 1, 5000);

    MqttConnectOptions o;
    o.url = BrokerUrl::parse(rigMqttPlainUrl());
    MqttConnection connection;
    connection.open(o, {uniqueName("gui-cancel") + "/#"});
    QSignalSpy progress(&connection, &MqttConnection::taskProgress);
    QSignalSpy finished(&connection, &MqttConnection::taskFinished);
    qint64 loops = 0;
    MqttTaskControlPtr task = connection.runTask<qint64>(
        "waiting", [](MqttSession&, MqttTaskControl& c) {
            qint64 n = 0;
            while (!c.cancelled()) {
                c.progress(++n, -1);
                QThread::msleep(20);
            }
            return n;
        },
        this, [&](const qint64& n) { loops = n; });
    QTRY_VERIFY_WITH_TIMEOUT(progress.count() >= 3, 10000);
    QCOMPARE(finished.count(), 0);
    task->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
    QVERIFY(loops >= 3);
}

QTEST_MAIN(TestMqttConnection)
#include "tst_mqtt_connection.moc"
