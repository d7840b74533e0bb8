// Fault tests of the long-running Kafka commands (issue 13): the broker under `kafka consume`
// and `kafka lag --watch` is killed (-9), restarted, made to hang (SIGSTOP, SIGCONT) and made to
// refuse (stopped: its port closed). `consume` rides out an outage shorter than --timeout and
// exits 1 with one line after a longer one; `lag --watch` ends at the first sample the cluster
// does not answer within --timeout (exit 1, one line), its store intact.
// The test starts a rig of its own (tests/rig/rig.sh in a temporary directory), because it stops
// and hangs that rig's Kafka: the shared rig of the other tests is never touched.

#include "FaultSupport.h"

#include <QFile>
#include <QTemporaryDir>

class TestFaultsKafka : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void consumeRecoversFromBrokerRestart();
    void consumeRecoversFromHungBroker();
    void consumeExitsOneWhenClusterStaysAway_data();
    void consumeExitsOneWhenClusterStaysAway();
    void lagWatchExitsOneWhenClusterGoesAway_data();
    void lagWatchExitsOneWhenClusterGoesAway();

private:
    void rig(const QString& command);
    void produce(const QString& topic, const QByteArray& lines);
    void fault(const QString& which); // kill | stop | pause, then back with restore(which)
    void restore(const QString& which);
    QTemporaryDir m_rigDir;
    QString m_bootstrap;
    std::unique_ptr<QTemporaryDir> m_data;
};

void TestFaultsKafka::rig(const QString& command) {
    const QString script = qEnvironmentVariable("MQKIT_RIG_SCRIPT");
    QVERIFY2(!script.isEmpty(), "MQKIT_RIG_SCRIPT is not set (tests/CMakeLists.txt sets it)");
    requireSuccess(runProcess(script, {command, m_rigDir.path()}, 240000), qPrintable("rig.sh " + command));
}

void TestFaultsKafka::initTestCase() {
    QVERIFY(m_rigDir.isValid());
    rig("start");
    QFile env(m_rigDir.filePath("rig.env"));
    QVERIFY(env.open(QIODevice::ReadOnly));
    for (const QByteArray& line : env.readAll().split('\n'))
        if (line.startsWith("MQKIT_RIG_KAFKA_PLAIN="))
            m_bootstrap = QString::fromUtf8(line.mid(line.indexOf('=') + 1));
    QVERIFY(!m_bootstrap.isEmpty());
}

void TestFaultsKafka::cleanupTestCase() {
    rig("stop");
}

void TestFaultsKafka::init() {
    m_data = std::make_unique<QTemporaryDir>();
}

void TestFaultsKafka::produce(const QString& topic, const QByteArray& lines) {
    requireSuccess(runProcess("kcat", {"-P", "-b", m_bootstrap, "-t", topic, "-p", "0"}, 60000, lines), "kcat -P");
}

void TestFaultsKafka::fault(const QString& which) {
    rig("kafka-" + which);
}

void TestFaultsKafka::restore(const QString& which) {
    rig(which == "pause" ? "kafka-resume" : "kafka-start");
}

void TestFaultsKafka::consumeRecoversFromBrokerRestart() {
    const QString topic = uniqueName("faults-restart");
    produce(topic, "r0\nr1\n");
    RunningCli consume({"kafka", "consume", topic, "-b", m_bootstrap, "-o", "beginning", "--timeout", "60"},
                       m_data->path());
    QVERIFY2(consume.waitFor("r0\nr1\n", 20000, true), consume.err().constData());
    fault("kill");
    QTest::qWait(1000);
    restore("kill"); // returns once Kafka answers again (about 15 s)
    produce(topic, "r2\n");
    QVERIFY2(consume.waitFor("r2\n", 40000, true), consume.err().constData());
    QCOMPARE(consume.terminate(), 0);
    QCOMPARE(consume.out(), QByteArray("r0\nr1\nr2\n"));
}

void TestFaultsKafka::consumeRecoversFromHungBroker() {
    const QString topic = uniqueName("faults-hang");
    produce(topic, "h0\n");
    RunningCli consume({"kafka", "consume", topic, "-b", m_bootstrap, "-o", "beginning", "--timeout", "30"},
                       m_data->path());
    QVERIFY2(consume.waitFor("h0\n", 20000, true), consume.err().constData());
    fault("pause");
    QTest::qWait(5000);
    restore("pause");
    produce(topic, "h1\n");
    QVERIFY2(consume.waitFor("h1\n", 30000, true), consume.err().constData());
    QCOMPARE(consume.terminate(), 0);
    QCOMPARE(consume.out(), QByteArray("h0\nh1\n"));
}

void TestFaultsKafka::consumeExitsOneWhenClusterStaysAway_data() {
    QTest::addColumn<QString>("fault");
    QTest::newRow("killed") << "kill";
    QTest::newRow("stopped") << "stop";
    QTest::newRow("hung") << "pause";
}

// --timeout 5: the outage is noticed within a request timeout and confirmed for --timeout more.
void TestFaultsKafka::consumeExitsOneWhenClusterStaysAway() {
    QFETCH(QString, fault);
    const QString topic = uniqueName("faults-away");
    produce(topic, "a0\n");
    RunningCli consume({"kafka", "consume", topic, "-b", m_bootstrap, "-o", "beginning", "--timeout", "5"},
                       m_data->path());
    QVERIFY2(consume.waitFor("a0\n", 20000, true), consume.err().constData());
    this->fault(fault);
    const int code = consume.waitForExit(30000);
    restore(fault);
    QCOMPARE(code, 1);
    QCOMPARE(lines(consume.err()).size(), 1);
    QVERIFY2(consume.err().startsWith("mqkit: cannot reach Kafka at " + m_bootstrap.toUtf8()), consume.err().constData());
}

void TestFaultsKafka::lagWatchExitsOneWhenClusterGoesAway_data() {
    QTest::addColumn<QString>("fault");
    QTest::newRow("killed") << "kill";
    QTest::newRow("stopped") << "stop";
    QTest::newRow("hung") << "pause";
}

void TestFaultsKafka::lagWatchExitsOneWhenClusterGoesAway() {
    QFETCH(QString, fault);
    const QString store = m_data->filePath("lag.db");
    RunningCli lag({"kafka", "lag", "-b", m_bootstrap, "--watch", "1", "--timeout", "5", "--store", store},
                   m_data->path());
    QVERIFY2(lag.waitFor("# ", 20000, true), lag.err().constData()); // the first sample
    this->fault(fault);
    const int code = lag.waitForExit(20000);
    restore(fault);
    QCOMPARE(code, 1);
    const QList<QByteArray> err = lines(lag.err());
    QCOMPARE(err.size(), 2); // "sampling every 1 s into ...", then the one line that says why it ended
    QVERIFY2(err.at(0).startsWith("mqkit: sampling every"), lag.err().constData());
    QVERIFY2(err.at(1).startsWith("mqkit: ") && err.at(1).contains(m_bootstrap.toUtf8()), lag.err().constData());
    QCOMPARE(integrityOf(store), QByteArray("ok"));
}

QTEST_GUILESS_MAIN(TestFaultsKafka)
#include "tst_faults_kafka.moc"
