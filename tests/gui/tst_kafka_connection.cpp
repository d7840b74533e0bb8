// KafkaConnection (app/backend) against the real rig: requests run concurrently on one shared
// admin, off the GUI thread, and a result that is no longer current (a previous cluster's, or a
// superseded request's) never reaches the views.

#include "MainWindow.h"
#include "TestSupport.h"
#include "backend/KafkaConnection.h"
#include "models/KafkaTopicsModel.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace mqkit;

namespace {
// A cluster nobody listens on: its requests fail after the timeout.
KafkaClientConfig unreachableCluster() {
    KafkaClientConfig c;
    c.bootstrap = QStringLiteral("127.0.0.1:%1").arg(freeLoopbackPort());
    c.timeout = std::chrono::milliseconds(3000);
    return c;
}

bool spyHasRequest(const QSignalSpy& spy, const KafkaRequest& request) {
    for (const auto& args : spy)
        if (args.at(0).value<KafkaRequest>().id == request.id)
            return true;
    return false;
}
} // namespace

class TestKafkaConnection : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void resultOfPreviousClusterIsDropped();
    void mainWindowNeverShowsAPreviousClustersTopics();
    void newerRequestSupersedesOlderOne();
    void slowRequestDoesNotBlockTopicList();
    void lagOfAGroupArrivesAsOneReport();

private:
    QTemporaryDir m_data;
};

void TestKafkaConnection::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    qputenv("MQKIT_DATA_DIR", m_data.path().toUtf8());
}

void TestKafkaConnection::resultOfPreviousClusterIsDropped() {
    KafkaConnection connection;
    QSignalSpy listed(&connection, &KafkaConnection::topicsListed);
    QSignalSpy failed(&connection, &KafkaConnection::requestFailed);
    QSignalSpy dropped(&connection, &KafkaConnection::requestDropped);
    connection.open(rigKafkaPlainConfig());
    const KafkaRequest onRig = connection.listTopics();
    const KafkaClientConfig other = unreachableCluster();
    connection.open(other); // before the rig's answer can arrive: it is queued to this thread
    const KafkaRequest onOther = connection.listTopics();
    QVERIFY(onOther.generation > onRig.generation);
    QCOMPARE(onOther.cluster, other.bootstrap);

    QTRY_VERIFY_WITH_TIMEOUT(spyHasRequest(dropped, onRig), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
    QCOMPARE(failed.at(0).at(0).value<KafkaRequest>().id, onOther.id);
    QCOMPARE(listed.count(), 0); // the rig's topics never arrived under the other cluster
}

void TestKafkaConnection::mainWindowNeverShowsAPreviousClustersTopics() {
    const QString topic = uniqueName("gui-stale");
    kcatProduce(topic, 0, 1);
    MainWindow w;
    w.openKafka(rigKafkaPlainConfig()); // its topic listing is on its way when the next cluster replaces it
    QSignalSpy dropped(w.kafkaConnection(), &KafkaConnection::requestDropped);
    QSignalSpy failed(w.kafkaConnection(), &KafkaConnection::requestFailed);
    const KafkaClientConfig other = unreachableCluster();
    w.openKafka(other, MainWindow::OpenIn::CurrentConnection); // same connection and workspace
    QTRY_COMPARE_WITH_TIMEOUT(dropped.count(), 1, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
    QCOMPARE(w.kafkaModel()->rowCount(), 0);
    QVERIFY2(!w.kafkaStatusText().contains(rigKafkaBootstrap()), qPrintable(w.kafkaStatusText()));

    w.openKafka(rigKafkaPlainConfig(), MainWindow::OpenIn::CurrentConnection); // and back: the rig's topics, under the rig
    auto hasTopic = [&] {
        for (int r = 0; r < w.kafkaModel()->rowCount(); ++r)
            if (w.kafkaModel()->index(r, KafkaTopicsModel::NameColumn).data().toString() == topic)
                return true;
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(hasTopic(), 20000);
    QVERIFY2(w.kafkaStatusText().contains(rigKafkaBootstrap()), qPrintable(w.kafkaStatusText()));
}

void TestKafkaConnection::newerRequestSupersedesOlderOne() {
    KafkaConnection connection;
    QSignalSpy listed(&connection, &KafkaConnection::topicsListed);
    QSignalSpy dropped(&connection, &KafkaConnection::requestDropped);
    connection.open(rigKafkaPlainConfig());
    const KafkaRequest first = connection.listTopics();
    const KafkaRequest second = connection.listTopics();
    QTRY_COMPARE_WITH_TIMEOUT(listed.count(), 1, 20000);
    QCOMPARE(listed.at(0).at(0).value<KafkaRequest>().id, second.id);
    QTRY_VERIFY_WITH_TIMEOUT(spyHasRequest(dropped, first), 20000);
    QTest::qWait(200);
    QCOMPARE(listed.count(), 1);
}

// A time-lag measurement that waits for a record which never comes (the offset after the last
// one) holds its worker for its whole budget; a topic list asked after it still answers at once.
void TestKafkaConnection::slowRequestDoesNotBlockTopicList() {
    const QString topic = uniqueName("gui-slow");
    kcatProduce(topic, 0, 1);
    KafkaConnection connection;
    QSignalSpy listed(&connection, &KafkaConnection::topicsListed);
    QSignalSpy failed(&connection, &KafkaConnection::requestFailed);
    connection.open(rigKafkaPlainConfig());
    std::atomic<QThread*> slowThread = nullptr;
    bool slowDone = false;
    const std::map<KafkaTopicPartition, std::int64_t> afterLast{{{topic, 0}, 1}};
    QElapsedTimer clock;
    clock.start();
    connection.request<qint64>(
        QStringLiteral("slow"), KafkaConnection::Lane::OffsetsConsumer, QStringLiteral("waiting for a record"),
        [&slowThread, afterLast](KafkaAdmin& admin) {
            slowThread = QThread::currentThread();
            admin.recordTimestamps(afterLast, std::chrono::milliseconds(6000));
            return qint64(0);
        },
        this, [&slowDone](const KafkaRequest&, const qint64&) { slowDone = true; });
    connection.listTopics();

    QTRY_COMPARE_WITH_TIMEOUT(listed.count(), 1, 20000);
    QVERIFY2(!slowDone, qPrintable(QStringLiteral("topic list came after %1 ms, behind the slow request").arg(clock.elapsed())));
    QTRY_VERIFY_WITH_TIMEOUT(slowDone, 30000);
    QVERIFY2(clock.elapsed() >= 5500, qPrintable(QString::number(clock.elapsed()))); // it really was slow
    QVERIFY(slowThread != nullptr && slowThread != QThread::currentThread());
    QCOMPARE(failed.count(), 0);
}

void TestKafkaConnection::lagOfAGroupArrivesAsOneReport() {
    const QString topic = uniqueName("gui-lag");
    const QString group = uniqueName("gui-lag-group");
    kcatProduce(topic, 0, 5);
    KafkaConnection connection;
    QSignalSpy lag(&connection, &KafkaConnection::lagInspected);
    QSignalSpy failed(&connection, &KafkaConnection::requestFailed);
    connection.open(rigKafkaPlainConfig());
    bool committed = false;
    connection.request<bool>(
        QStringLiteral("commit"), KafkaConnection::Lane::Admin, QStringLiteral("committing"),
        [topic, group](KafkaAdmin& admin) {
            admin.alterCommittedOffsets(group, {{{topic, 0}, 2}});
            return true;
        },
        this, [&committed](const KafkaRequest&, const bool& ok) { committed = ok; });
    QTRY_VERIFY_WITH_TIMEOUT(committed || !failed.isEmpty(), 20000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));

    const KafkaRequest request = connection.inspectLag({group}, {});
    QTRY_COMPARE_WITH_TIMEOUT(lag.count(), 1, 20000);
    QCOMPARE(lag.at(0).at(0).value<KafkaRequest>().id, request.id);
    const LagReport report = lag.at(0).at(1).value<LagReport>();
    QCOMPARE(report.groups.size(), 1u);
    QCOMPARE(report.groups.front().groupId, group);
    QCOMPARE(report.groups.front().totalLag, 3); // log end 5, committed 2
}

QTEST_MAIN(TestKafkaConnection)
#include "tst_kafka_connection.moc"
