// The Bridge tab (app/views/bridge) driven as a user would, against the rig: started from the
// panel, it bridges what mosquitto_pub publishes into Kafka; the panel's counters reach the number
// published and kcat (the referee) reads that many records, keyed by device; Stop stops it
// without blocking the GUI. A bad routes file is one clear message and nothing starts; a spool
// file that is not a spool stops the bridge with one clear message; a Kafka nobody listens on is one
// clear message while the bridge keeps the message in its spool; the default spool follows the
// client id, and a second tab cannot start a bridge on a spool file the first one runs on.

#include "TestSupport.h"
#include "backend/MqttConnection.h"
#include "views/bridge/BridgeView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMap>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mqkit;

namespace {
constexpr int kDevices = 3;
constexpr int kPerDevice = 20;

MqttConnectOptions rigOptions() {
    MqttConnectOptions o;
    o.url = BrokerUrl::parse(rigMqttPlainUrl());
    return o;
}

// Record keys in the topic so far, counted, read with kcat.
QMap<QString, int> keysInTopic(const QString& topic) {
    const ProcessResult r = runProcess(QStringLiteral("kcat"),
                                       {QStringLiteral("-C"), QStringLiteral("-b"), rigKafkaBootstrap(), QStringLiteral("-t"), topic,
                                        QStringLiteral("-e"), QStringLiteral("-q"), QStringLiteral("-f"), QStringLiteral("%k\n")},
                                       60000);
    QMap<QString, int> keys;
    for (const QByteArray& line : r.out.split('\n'))
        if (!line.isEmpty())
            ++keys[QString::fromUtf8(line)];
    return keys;
}

// kPerDevice QoS 1 messages per device with mosquitto_pub -l (one message per line).
void publishTelemetry(const QString& base) {
    for (int d = 0; d < kDevices; ++d) {
        QByteArray lines;
        for (int seq = 1; seq <= kPerDevice; ++seq)
            lines += QStringLiteral("{\"deviceId\":\"d%1\",\"seq\":%2}\n").arg(d).arg(seq).toUtf8();
        QStringList args = rigMosquittoPlainArgs();
        args << QStringLiteral("-t") << QStringLiteral("%1/d/d%2/telemetry").arg(base).arg(d) << QStringLiteral("-q")
             << QStringLiteral("1") << QStringLiteral("-l");
        requireSuccess(runProcess(QStringLiteral("mosquitto_pub"), args, 60000, lines), "mosquitto_pub -l");
    }
}
} // namespace

class TestBridgeView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void bridgesPublishedMessagesKeyedByDeviceUntilStop();
    void badRoutesFileIsOneMessageAndNothingStarts();
    void spoolThatIsNotASpoolStopsWithAMessage();
    void unreachableKafkaIsOneMessageWhileItRuns();
    void twoBridgesOfThisProcessNeverShareASpool();

private:
    // The fields every test fills: Kafka, a client id of its own, a spool file of its own.
    void fillCommonFields(BridgeView& view, const QString& name);

    QTemporaryDir m_dir;
    MqttConnection* m_connection = nullptr;
};

void TestBridgeView::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    qputenv("MQKIT_DATA_DIR", m_dir.filePath("data").toUtf8());
    m_connection = new MqttConnection(this);
    QSignalSpy connected(m_connection, &MqttConnection::connected);
    m_connection->open(rigOptions(), {QStringLiteral("nothing-here/#")});
    QVERIFY(connected.wait(10000));
}

void TestBridgeView::fillCommonFields(BridgeView& view, const QString& name) {
    view.kafkaClusterBox()->setEditText(rigKafkaBootstrap());
    view.clientIdEdit()->setText(name);
    view.spoolEdit()->setText(m_dir.filePath(name + ".spool"));
}

void TestBridgeView::bridgesPublishedMessagesKeyedByDeviceUntilStop() {
    const QString name = uniqueName(QStringLiteral("bridgeview"));
    const QString topic = name + QStringLiteral("-telemetry");
    createKafkaTopic(topic, 3);
    BridgeView view(m_connection);
    view.show();
    fillCommonFields(view, name);
    view.qosBox()->setCurrentIndex(view.qosBox()->findData(1));
    view.fromEdit()->setText(name + QStringLiteral("/d/{deviceId}/telemetry"));
    view.toEdit()->setText(topic);
    view.keyEdit()->setText(QStringLiteral("{deviceId}"));
    view.requireJsonBox()->setChecked(true);
    QTest::mouseClick(view.startButton(), Qt::LeftButton);
    QVERIFY2(view.isRunning(), qPrintable(view.messageLabel()->text()));
    QVERIFY(!view.startButton()->isEnabled());
    QVERIFY(!view.toEdit()->isEnabled() || !view.toEdit()->isEnabledTo(&view));
    QVERIFY2(QTest::qWaitFor([&] { return view.mqttStateLabel()->text() == QStringLiteral("connected"); }, 20000),
             qPrintable(view.messageLabel()->text()));

    publishTelemetry(name);
    const QString total = QLocale().toString(kDevices * kPerDevice);
    QVERIFY2(QTest::qWaitFor([&] { return view.outLabel()->text() == total; }, 30000),
             qPrintable(view.outLabel()->text() + QStringLiteral(" / ") + view.messageLabel()->text()));
    QCOMPARE(view.inLabel()->text(), total);
    QCOMPARE(view.deadLetterLabel()->text(), QStringLiteral("0"));
    QCOMPARE(view.kafkaStateLabel()->text(), QStringLiteral("ok"));

    QMap<QString, int> expected;
    for (int d = 0; d < kDevices; ++d)
        expected.insert(QStringLiteral("d%1").arg(d), kPerDevice);
    QCOMPARE(keysInTopic(topic), expected);

    QTest::mouseClick(view.stopButton(), Qt::LeftButton);
    QVERIFY(!view.stopButton()->isEnabled());
    QVERIFY(QTest::qWaitFor([&] { return !view.isRunning(); }, 20000));
    QVERIFY2(view.messageLabel()->text().startsWith(QStringLiteral("Stopped")), qPrintable(view.messageLabel()->text()));
    QVERIFY(view.startButton()->isEnabled());
    QCOMPARE(view.lastStatus()->spool.records, 0);
}

void TestBridgeView::badRoutesFileIsOneMessageAndNothingStarts() {
    const QString name = uniqueName(QStringLiteral("bridgeview-bad"));
    const QString routes = m_dir.filePath(name + ".yaml");
    QFile file(routes);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("routes:\n  - from: 'a/{x}/b'\n    to: somewhere\n    partition: 3\n");
    file.close();
    BridgeView view(m_connection);
    fillCommonFields(view, name);
    view.routesFileButton()->setChecked(true);
    QVERIFY(!view.fromEdit()->isEnabledTo(&view));
    view.routesFileEdit()->setText(routes);
    QTest::mouseClick(view.startButton(), Qt::LeftButton);
    QVERIFY(!view.isRunning());
    const QString message = view.messageLabel()->text();
    QVERIFY2(message.startsWith(QStringLiteral("Not started")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("partition")) && message.contains(name + QStringLiteral(".yaml:4")), qPrintable(message));
    QVERIFY(!QFile::exists(m_dir.filePath(name + ".spool"))); // nothing was opened
    QVERIFY(view.startButton()->isEnabled());
}

void TestBridgeView::spoolThatIsNotASpoolStopsWithAMessage() {
    const QString name = uniqueName(QStringLiteral("bridgeview-spool"));
    BridgeView view(m_connection);
    fillCommonFields(view, name);
    QFile spool(view.spoolEdit()->text());
    QVERIFY(spool.open(QIODevice::WriteOnly));
    spool.write("these are my notes, not a spool\n");
    spool.close();
    view.fromEdit()->setText(name + QStringLiteral("/#"));
    view.toEdit()->setText(name);
    QTest::mouseClick(view.startButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !view.isRunning(); }, 20000));
    const QString message = view.messageLabel()->text();
    QVERIFY2(message.startsWith(QStringLiteral("The bridge stopped: ")) && message.contains(name + QStringLiteral(".spool")),
             qPrintable(message));
    QVERIFY(view.startButton()->isEnabled());
    spool.open(QIODevice::ReadOnly);
    QCOMPARE(spool.readAll(), QByteArray("these are my notes, not a spool\n")); // left as it was
}

void TestBridgeView::unreachableKafkaIsOneMessageWhileItRuns() {
    const QString name = uniqueName(QStringLiteral("bridgeview-nokafka"));
    BridgeView view(m_connection);
    fillCommonFields(view, name);
    view.kafkaClusterBox()->setEditText(QStringLiteral("127.0.0.1:%1").arg(freeLoopbackPort()));
    view.fromEdit()->setText(name + QStringLiteral("/#"));
    view.toEdit()->setText(name);
    QTest::mouseClick(view.startButton(), Qt::LeftButton);
    QVERIFY2(QTest::qWaitFor([&] { return view.mqttStateLabel()->text() == QStringLiteral("connected"); }, 20000),
             qPrintable(view.messageLabel()->text()));
    QStringList args = rigMosquittoPlainArgs();
    args << QStringLiteral("-t") << name + QStringLiteral("/x") << QStringLiteral("-q") << QStringLiteral("1") << QStringLiteral("-m")
         << QStringLiteral("waits");
    requireSuccess(runProcess(QStringLiteral("mosquitto_pub"), args), "mosquitto_pub");
    QVERIFY2(QTest::qWaitFor([&] { return view.messageLabel()->text().startsWith(QStringLiteral("Kafka cannot be reached: ")); }, 30000),
             qPrintable(view.messageLabel()->text()));
    QVERIFY(view.kafkaStateLabel()->text().startsWith(QStringLiteral("cannot be reached")));
    QVERIFY(QTest::qWaitFor([&] { return view.lastStatus() && view.lastStatus()->spool.records == 1; }, 10000));
    QCOMPARE(view.outLabel()->text(), QStringLiteral("0"));
    QTest::mouseClick(view.stopButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !view.isRunning(); }, 20000));
    QVERIFY2(view.messageLabel()->text().startsWith(QStringLiteral("Stopped; 1 record(s) wait in the spool")),
             qPrintable(view.messageLabel()->text()));
}

void TestBridgeView::twoBridgesOfThisProcessNeverShareASpool() {
    const QString name = uniqueName(QStringLiteral("bridgeview-two"));
    BridgeView first(m_connection);
    BridgeView second(m_connection);
    // The default spool is named after the client id, and follows it while the user types one.
    second.clientIdEdit()->clear();
    QTest::keyClicks(second.clientIdEdit(), name + QStringLiteral("-b"));
    QVERIFY2(second.spoolEdit()->text().endsWith(QStringLiteral("/%1-b.spool").arg(name)), qPrintable(second.spoolEdit()->text()));
    fillCommonFields(first, name);
    first.fromEdit()->setText(name + QStringLiteral("/#"));
    first.toEdit()->setText(name);
    QTest::mouseClick(first.startButton(), Qt::LeftButton);
    QVERIFY(first.isRunning());
    second.kafkaClusterBox()->setEditText(rigKafkaBootstrap());
    second.spoolEdit()->setText(first.spoolEdit()->text());
    second.fromEdit()->setText(name + QStringLiteral("/#"));
    second.toEdit()->setText(name);
    QTest::mouseClick(second.startButton(), Qt::LeftButton);
    QVERIFY(!second.isRunning());
    QVERIFY2(second.messageLabel()->text().contains(QStringLiteral("in use by a bridge running in another workspace")),
             qPrintable(second.messageLabel()->text()));
    QTest::mouseClick(first.stopButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !first.isRunning(); }, 20000));
    QTest::mouseClick(second.startButton(), Qt::LeftButton); // free again once the first stopped
    QVERIFY2(second.isRunning(), qPrintable(second.messageLabel()->text()));
    QTest::mouseClick(second.stopButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !second.isRunning(); }, 20000));
    QVERIFY2(second.messageLabel()->text().startsWith(QStringLiteral("Stopped")), qPrintable(second.messageLabel()->text()));
}

QTEST_MAIN(TestBridgeView)
#include "tst_bridge_view.moc"
