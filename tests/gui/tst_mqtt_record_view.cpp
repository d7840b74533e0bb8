// The record/replay view (app/views/mqttrecord) driven as a user would, against the rig: what it
// records is what `mqtt replay --dry-run` reads back; what it replays with a topic map arrives at a
// subscriber on the mapped topics; Cancel stops a slow replay early.

#include "TestSupport.h"
#include "backend/MqttConnection.h"
#include "store/RecordingReader.h"
#include "views/mqttrecord/MqttRecordView.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mqkit;

namespace {
constexpr int kMessages = 40;

MqttConnectOptions rigOptions() {
    MqttConnectOptions o;
    o.url = BrokerUrl::parse(rigMqttPlainUrl());
    return o;
}

void publishNumbered(const QString& base, int count) {
    MqttSession pub(rigOptions());
    pub.connect();
    for (int i = 0; i < count; ++i)
        pub.publish(QStringLiteral("%1/src/%2").arg(base).arg(i % 4), QByteArray::number(i), 1, false);
    pub.disconnect();
}
} // namespace

class TestMqttRecordView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void recordsTheSubscriptionUntilStop();
    void replaysAtMaxRateOnMappedTopics();
    void cancelStopsASlowReplayEarly();

private:
    // A recording of kMessages messages under base/src, made through the view.
    QString recordThroughView(MqttRecordView& view, const QString& base);

    QTemporaryDir m_dir;
    MqttConnection* m_connection = nullptr;
};

void TestMqttRecordView::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    qputenv("MQKIT_DATA_DIR", m_dir.filePath("data").toUtf8());
    m_connection = new MqttConnection(this);
    QSignalSpy connected(m_connection, &MqttConnection::connected);
    m_connection->open(rigOptions(), {QStringLiteral("nothing-here/#")});
    QVERIFY(connected.wait(10000));
}

QString TestMqttRecordView::recordThroughView(MqttRecordView& view, const QString& base) {
    const QString file = m_dir.filePath(base + ".db");
    view.recordFilterEdit()->setText(base + "/src/#");
    view.recordFileEdit()->setText(file);
    QTest::mouseClick(view.recordButton(), Qt::LeftButton);
    if (!view.isRecording())
        qFatal("recording did not start: %s", qPrintable(view.recordStatus()->text()));
    // The file appears once the broker took the subscription: from then on nothing is missed.
    if (!QTest::qWaitFor([&] { return QFile::exists(file); }, 10000))
        qFatal("no recording file: %s", qPrintable(view.recordStatus()->text()));
    publishNumbered(base, kMessages);
    if (!QTest::qWaitFor([&] { return view.recordStatus()->text().contains(QStringLiteral("%1 message").arg(kMessages)); }, 10000))
        qFatal("live count never reached %d: %s", kMessages, qPrintable(view.recordStatus()->text()));
    QTest::mouseClick(view.stopButton(), Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return !view.isRecording(); }, 10000))
        qFatal("recording did not stop");
    return file;
}

void TestMqttRecordView::recordsTheSubscriptionUntilStop() {
    MqttRecordView view(m_connection);
    view.show();
    const QString base = uniqueName("grec");
    const QString file = recordThroughView(view, base);
    QVERIFY2(view.recordStatus()->text().contains(QString::number(kMessages)), qPrintable(view.recordStatus()->text()));
    QVERIFY(!view.stopButton()->isEnabled());

    RecordingReader reader(file);
    QCOMPARE(reader.info().messages, qint64(kMessages));
    const ProcessResult dry = runCli({"mqtt", "replay", file, "--dry-run", "-o", "json"});
    QCOMPARE(dry.exitCode, 0);
    QCOMPARE(dry.out.count('\n'), qsizetype(kMessages));

    // Recording again into the same file is refused, as the CLI refuses it without --append.
    QSignalSpy failed(m_connection, &MqttConnection::taskFailed);
    QTest::mouseClick(view.recordButton(), Qt::LeftButton);
    QVERIFY(failed.wait(10000));
    QVERIFY2(view.recordStatus()->text().contains("exists"), qPrintable(view.recordStatus()->text()));
    QCOMPARE(RecordingReader(file).info().messages, qint64(kMessages));
}

void TestMqttRecordView::replaysAtMaxRateOnMappedTopics() {
    MqttRecordView view(m_connection);
    view.show();
    const QString base = uniqueName("grep");
    const QString file = recordThroughView(view, base);

    view.replayFileEdit()->setText(file);
    emit view.replayFileEdit()->editingFinished();
    QTRY_VERIFY_WITH_TIMEOUT(view.replaySummary()->text().contains(QStringLiteral("%1 message(s) on 4 topic(s)").arg(kMessages)),
                             10000);
    view.timingBox()->setCurrentIndex(1);
    view.maxRateBox()->setValue(5000);
    view.topicMapEdit()->setPlainText(base + "/src/#=" + base + "/mapped/#");

    MqttSession sub(rigOptions());
    sub.connect();
    sub.subscribe({base + "/#"}, 1);
    QTest::mouseClick(view.replayButton(), Qt::LeftButton);
    const MqttBatch got = collectMessages(sub, kMessages, 15000);
    QCOMPARE(int(got.size()), kMessages);
    for (int i = 0; i < kMessages; ++i) {
        QVERIFY2(got[std::size_t(i)].topic == QStringLiteral("%1/mapped/%2").arg(base).arg(i % 4), qPrintable(got[std::size_t(i)].topic));
        QCOMPARE(got[std::size_t(i)].payload, QByteArray::number(i));
    }
    QTRY_VERIFY_WITH_TIMEOUT(!view.isReplaying(), 10000);
    QVERIFY2(view.replayStatus()->text().contains(QStringLiteral("Replayed %1 of %1").arg(kMessages)), qPrintable(view.replayStatus()->text()));
    QCOMPARE(view.replayProgress()->value(), kMessages);
}

void TestMqttRecordView::cancelStopsASlowReplayEarly() {
    MqttRecordView view(m_connection);
    view.show();
    const QString base = uniqueName("gcan");
    const QString file = recordThroughView(view, base);
    view.replayFileEdit()->setText(file);
    view.timingBox()->setCurrentIndex(1);
    view.maxRateBox()->setValue(4); // 40 messages: 10 s
    view.topicMapEdit()->setPlainText(base + "/src/#=" + base + "/slow/#");
    QSignalSpy progress(m_connection, &MqttConnection::taskProgress);
    QTest::mouseClick(view.replayButton(), Qt::LeftButton);
    QVERIFY(view.isReplaying());
    QVERIFY(view.cancelButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(view.replayProgress()->value() > 0, 10000);
    QTest::mouseClick(view.cancelButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!view.isReplaying(), 5000);
    QVERIFY2(view.replayStatus()->text().startsWith("Cancelled after"), qPrintable(view.replayStatus()->text()));
    QVERIFY(view.replayProgress()->value() < kMessages);
}

QTEST_MAIN(TestMqttRecordView)
#include "tst_mqtt_record_view.moc"
