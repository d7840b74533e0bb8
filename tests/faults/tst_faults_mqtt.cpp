// Fault tests of the long-running MQTT commands (issue 13): the broker under `mqtt sub`,
// `mqtt record` and `mqtt replay` is killed (-9), restarted, made to hang (SIGSTOP, SIGCONT) and
// made to refuse (stopped: its port closed). Each command recovers as the README's "Failure
// behaviour" table says, or exits 1 with one line within its timeout; a recording is never
// corrupted (sqlite3's PRAGMA integrity_check) and loses nothing the broker delivered.
// Each test runs its own Mosquitto (PrivateMosquitto), so the shared rig is never disturbed.

#include "FaultSupport.h"

#include <QTemporaryDir>

namespace {

const QStringList kFastReconnect{"--reconnect-delay", "0.2", "--reconnect-max-delay", "1"};

// Publishes `count` messages "<prefix>0".. at QoS 1 with mosquitto_pub (one connection).
void publish(const PrivateMosquitto& broker, const QString& topic, const QString& prefix, int count) {
    QByteArray lines;
    for (int i = 0; i < count; ++i)
        lines += prefix.toUtf8() + QByteArray::number(i) + '\n';
    const auto r = runProcess("mosquitto_pub", {"-h", "127.0.0.1", "-p", QString::number(broker.port()), "-q", "1", "-t",
                                                topic, "-l"},
                              30000, lines);
    requireSuccess(r, "mosquitto_pub -l");
}

bool waitForCount(const QString& file, qint64 n, int timeoutMs = 20000) {
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        if (QFile::exists(file) && messagesInRecording(file) >= n)
            return true;
        QTest::qWait(100);
    }
    return false;
}

} // namespace

class TestFaultsMqtt : public QObject {
    Q_OBJECT
private slots:
    void init();
    void subRecoversFromBrokerKill();
    void subRecoversFromHungBroker();
    void subExitsOneWhenBrokerRefuses();
    void subWithoutReconnectExitsOneWhenBrokerHangs();
    void recordKeepsEveryMessageAcrossKillAndHang();
    void recordKilledDuringOutageLeavesIntactFile();
    void recordExitsOneWhenBrokerRefuses();
    void replayExitsOneWhenBrokerGoesAway_data();
    void replayExitsOneWhenBrokerGoesAway();
    void replayExitsOneWhenBrokerRefuses();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path(const QString& name) const { return m_dir->filePath(name); }
};

void TestFaultsMqtt::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestFaultsMqtt::subRecoversFromBrokerKill() {
    PrivateMosquitto broker(m_dir->path());
    QVERIFY(broker.start());
    RunningCli sub(QStringList{"mqtt", "sub", "-L", broker.url(), "-t", "f/kill", "-q", "1", "-C", "2", "-W", "60"} +
                       kFastReconnect,
                   m_dir->path());
    QTest::qWait(1000);
    publish(broker, "f/kill", "before", 1);
    QVERIFY2(sub.waitFor("before0", 10000, true), sub.err().constData());
    broker.kill();
    QVERIFY2(sub.waitFor("connection lost", 10000), sub.err().constData());
    QVERIFY(broker.start());
    QVERIFY2(sub.waitFor("subscribed again", 20000), sub.err().constData());
    publish(broker, "f/kill", "after", 1);
    QCOMPARE(sub.waitForExit(15000), 0);
    QCOMPARE(sub.out(), QByteArray("before0\nafter0\n"));
}

// A hung broker keeps the TCP connection open: only the keepalive notices (-k 5: within ~2 periods).
void TestFaultsMqtt::subRecoversFromHungBroker() {
    PrivateMosquitto broker(m_dir->path());
    QVERIFY(broker.start());
    RunningCli sub(QStringList{"mqtt", "sub", "-L", broker.url(), "-t", "f/hang", "-q", "1", "-C", "2", "-W", "80", "-k",
                               "5", "--connect-timeout", "2"} +
                       kFastReconnect,
                   m_dir->path());
    QTest::qWait(1000);
    publish(broker, "f/hang", "before", 1);
    QVERIFY2(sub.waitFor("before0", 10000, true), sub.err().constData());
    broker.pause();
    QVERIFY2(sub.waitFor("connection lost", 25000), sub.err().constData());
    QTest::qWait(2000); // a reconnect attempt or two time out against the hung broker
    broker.resume();
    QVERIFY2(sub.waitFor("subscribed again", 25000), sub.err().constData());
    publish(broker, "f/hang", "after", 1);
    QCOMPARE(sub.waitForExit(15000), 0);
    QCOMPARE(sub.out(), QByteArray("before0\nafter0\n"));
}

void TestFaultsMqtt::subExitsOneWhenBrokerRefuses() {
    PrivateMosquitto broker(m_dir->path()); // never started: its port refuses
    RunningCli sub({"mqtt", "sub", "-L", broker.url(), "-t", "f/refused", "--connect-timeout", "5"}, m_dir->path());
    QCOMPARE(sub.waitForExit(10000), 1);
    QCOMPARE(lines(sub.err()).size(), 1);
    QVERIFY2(sub.err().startsWith("mqkit: cannot connect to " + broker.url().toUtf8()), sub.err().constData());
}

void TestFaultsMqtt::subWithoutReconnectExitsOneWhenBrokerHangs() {
    PrivateMosquitto broker(m_dir->path());
    QVERIFY(broker.start());
    RunningCli sub({"mqtt", "sub", "-L", broker.url(), "-t", "f/hang1", "-k", "5", "--no-reconnect"}, m_dir->path());
    QTest::qWait(1000);
    broker.pause();
    QCOMPARE(sub.waitForExit(25000), 1); // keepalive 5 s: noticed within about two periods
    broker.resume();
    QCOMPARE(lines(sub.err()).size(), 1);
    QVERIFY2(sub.err().startsWith("mqkit: connection to " + broker.url().toUtf8() + " lost"), sub.err().constData());
}

// Every message the broker delivered is in the file; the kill is a gap of the run; a short hang
// (shorter than the keepalive) is not even noticed.
void TestFaultsMqtt::recordKeepsEveryMessageAcrossKillAndHang() {
    PrivateMosquitto broker(m_dir->path());
    QVERIFY(broker.start());
    const QString file = path("faults.db");
    RunningCli rec(QStringList{"mqtt", "record", "-L", broker.url(), "f/rec/#", "--to", file} + kFastReconnect,
                   m_dir->path());
    QVERIFY2(rec.waitFor("(Ctrl-C stops)", 15000), rec.err().constData());
    publish(broker, "f/rec/a", "one-", 100);
    QVERIFY2(waitForCount(file, 100), rec.err().constData());
    broker.kill();
    QVERIFY2(rec.waitFor("connection lost", 10000), rec.err().constData());
    QCOMPARE(integrityOf(file), QByteArray("ok")); // readable during the outage
    QVERIFY(broker.start());
    QVERIFY2(rec.waitFor("subscribed again", 20000), rec.err().constData());
    publish(broker, "f/rec/b", "two-", 100);
    QVERIFY2(waitForCount(file, 200), rec.err().constData());
    broker.pause();
    QTest::qWait(3000);
    broker.resume();
    publish(broker, "f/rec/c", "three-", 100);
    QVERIFY2(waitForCount(file, 300), rec.err().constData());
    QCOMPARE(rec.terminate(), 0);
    QCOMPARE(integrityOf(file), QByteArray("ok"));
    QCOMPARE(messagesInRecording(file), qint64(300));
    QCOMPARE(sqlite(file, "SELECT count(*) FROM gaps WHERE resumed_at_ms IS NOT NULL"), QByteArray("1"));
}

// The recorder itself killed (-9) while its broker is down and while it hangs: the file opens,
// passes the integrity check and holds what was recorded before.
void TestFaultsMqtt::recordKilledDuringOutageLeavesIntactFile() {
    PrivateMosquitto broker(m_dir->path());
    QVERIFY(broker.start());
    for (const bool hang : {false, true}) {
        const QString file = path(hang ? "hang.db" : "down.db");
        RunningCli rec(QStringList{"mqtt", "record", "-L", broker.url(), "f/out/#", "--to", file, "-k", "5"} +
                           kFastReconnect,
                       m_dir->path());
        QVERIFY2(rec.waitFor("(Ctrl-C stops)", 15000), rec.err().constData());
        publish(broker, "f/out/a", "m", 50);
        QVERIFY2(waitForCount(file, 50), rec.err().constData());
        if (hang) {
            broker.pause();
            QVERIFY2(rec.waitFor("connection lost", 25000), rec.err().constData());
        } else {
            broker.kill();
            QVERIFY2(rec.waitFor("reconnecting in", 10000), rec.err().constData());
        }
        rec.kill();
        QCOMPARE(integrityOf(file), QByteArray("ok"));
        QCOMPARE(messagesInRecording(file), qint64(50));
        const auto info = runCli({"mqtt", "record", "info", file, "-o", "json"}, m_dir->path());
        QVERIFY2(info.exitCode == 0, info.err.constData());
        if (hang)
            broker.resume();
        else
            QVERIFY(broker.start());
    }
}

void TestFaultsMqtt::recordExitsOneWhenBrokerRefuses() {
    PrivateMosquitto broker(m_dir->path()); // never started
    const QString file = path("refused.db");
    RunningCli rec({"mqtt", "record", "-L", broker.url(), "f/#", "--to", file}, m_dir->path());
    QCOMPARE(rec.waitForExit(10000), 1);
    QCOMPARE(lines(rec.err()).size(), 1);
    QVERIFY2(rec.err().contains("cannot connect"), rec.err().constData());
    QVERIFY(!QFile::exists(file)); // a recording is created only once the broker took the subscription
}

void TestFaultsMqtt::replayExitsOneWhenBrokerGoesAway_data() {
    QTest::addColumn<QString>("fault");
    QTest::newRow("killed") << "kill";
    QTest::newRow("hung") << "pause";
    QTest::newRow("stopped") << "stop";
}

// replay does not reconnect: a publish the broker does not acknowledge ends it with exit 1 and one
// line within its publish timeout; the recording it reads is untouched.
void TestFaultsMqtt::replayExitsOneWhenBrokerGoesAway() {
    QFETCH(QString, fault);
    PrivateMosquitto broker(m_dir->path());
    QVERIFY(broker.start());
    const QString file = path("source.db");
    {
        RunningCli rec({"mqtt", "record", "-L", broker.url(), "f/src/#", "--to", file, "-C", "300"}, m_dir->path());
        QVERIFY2(rec.waitFor("(Ctrl-C stops)", 15000), rec.err().constData());
        publish(broker, "f/src/a", "m", 300);
        QCOMPARE(rec.waitForExit(20000), 0);
    }
    RunningCli replay({"mqtt", "replay", file, "-L", broker.url(), "--max-rate", "50", "-q", "1", "--quiet"},
                      m_dir->path());
    QTest::qWait(2000);
    if (fault == "kill")
        broker.kill();
    else if (fault == "pause")
        broker.pause();
    else
        broker.stop();
    QCOMPARE(replay.waitForExit(30000), 1);
    broker.resume();
    QCOMPARE(lines(replay.err()).size(), 1);
    QVERIFY2(replay.err().startsWith("mqkit: "), replay.err().constData());
    QCOMPARE(integrityOf(file), QByteArray("ok"));
    QCOMPARE(messagesInRecording(file), qint64(300));
}

void TestFaultsMqtt::replayExitsOneWhenBrokerRefuses() {
    PrivateMosquitto broker(m_dir->path());
    QVERIFY(broker.start());
    const QString file = path("source.db");
    {
        RunningCli rec({"mqtt", "record", "-L", broker.url(), "f/src/#", "--to", file, "-C", "1"}, m_dir->path());
        QVERIFY2(rec.waitFor("(Ctrl-C stops)", 15000), rec.err().constData());
        publish(broker, "f/src/a", "m", 1);
        QCOMPARE(rec.waitForExit(20000), 0);
    }
    broker.stop();
    RunningCli replay({"mqtt", "replay", file, "-L", broker.url(), "--quiet"}, m_dir->path());
    QCOMPARE(replay.waitForExit(15000), 1);
    QCOMPARE(lines(replay.err()).size(), 1);
    QVERIFY2(replay.err().startsWith("mqkit: cannot connect to " + broker.url().toUtf8()), replay.err().constData());
}

QTEST_GUILESS_MAIN(TestFaultsMqtt)
#include "tst_faults_mqtt.moc"
