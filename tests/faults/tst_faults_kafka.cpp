// Fault tests of the long-running Kafka commands (issue 13): the broker under `kafka consume`
// and `kafka lag --watch` is killed (-9), restarted, made to hang (SIGSTOP, SIGCONT) and made to
// refuse (stopped: its port closed). `consume` rides out an outage shorter than --timeout and
// exits 1 with one line after a longer one; `lag --watch` ends at the first sample the cluster
// does not answer within --timeout (exit 1, one line), its store intact.
// `kafka copy` ends with one line when the cluster goes away and `--resume` then completes it
// with nothing missing; `bridge` keeps taking MQTT messages into its spool while Kafka is killed
// or hung and drains them, in each device's order, when Kafka is back.
// The test starts a rig of its own (tests/rig/rig.sh in a temporary directory), because it stops
// and hangs that rig's Kafka: the shared rig of the other tests is never touched.

#include "FaultSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <algorithm>
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
    void copyExitsOneWhenClusterGoesAwayAndResumeCompletesIt();
    void bridgeSpoolsThroughKafkaOutageAndDrainsInOrder_data();
    void bridgeSpoolsThroughKafkaOutageAndDrainsInOrder();

private:
    void rig(const QString& command);
    QString rigValue(const QByteArray& key) const;
    void createTopic(const QString& topic, int partitions);
    qint64 recordsIn(const QString& topic) const;
    bool waitForRecords(const QString& topic, qint64 count, int timeoutMs) const;
    void produce(const QString& topic, const QByteArray& lines);
    void fault(const QString& which); // kill | stop | pause, then back with restore(which)
    void restore(const QString& which);
    PrivateRig m_rig;
    QString m_bootstrap;
    std::unique_ptr<QTemporaryDir> m_data;
};

void TestFaultsKafka::rig(const QString& command) {
    m_rig.run(command);
}

void TestFaultsKafka::initTestCase() {
    rig("start");
    m_bootstrap = rigValue("MQKIT_RIG_KAFKA_PLAIN");
    QVERIFY(!m_bootstrap.isEmpty());
}

QString TestFaultsKafka::rigValue(const QByteArray& key) const {
    return m_rig.value(key);
}

void TestFaultsKafka::createTopic(const QString& topic, int partitions) {
    m_rig.createTopic(topic, partitions);
}

qint64 TestFaultsKafka::recordsIn(const QString& topic) const {
    return m_rig.recordsIn(topic);
}

bool TestFaultsKafka::waitForRecords(const QString& topic, qint64 count, int timeoutMs) const {
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        if (recordsIn(topic) >= count)
            return true;
        QTest::qWait(1000);
    }
    return false;
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

// The copy runs at a bounded rate (30 s for all), so the cluster goes away mid-copy: one line, exit 1, within
// about twice --timeout (5 s here; the wait allows for a loaded machine), whether or not records are in flight; the checkpoint holds what the target acknowledged, and --resume copies the
// rest (duplicates only for what was in flight, which verify counts apart from missing).
void TestFaultsKafka::copyExitsOneWhenClusterGoesAwayAndResumeCompletesIt() {
    const QString source = uniqueName("faults-copy-src");
    const QString target = uniqueName("faults-copy-dst");
    QByteArray records;
    for (int i = 0; i < 30000; ++i)
        records += "c" + QByteArray::number(i) + '\n';
    produce(source, records);
    createTopic(target, 1);
    const QString checkpoint = m_data->filePath("copy.json");
    const QStringList copyArgs{"kafka", "copy", source, target, "-b", m_bootstrap, "--checkpoint", checkpoint, "--timeout", "5"};
    RunningCli copy(copyArgs + QStringList{"--max-rate", "1000"}, m_data->path());
    QElapsedTimer started;
    started.start();
    while (!QFile::exists(checkpoint) && started.elapsed() < 20000)
        QTest::qWait(100); // written after the first deliveries the target acknowledged
    QVERIFY2(QFile::exists(checkpoint), copy.err().constData());
    fault("kill");
    const int code = copy.waitForExit(40000);
    restore("kill");
    QVERIFY2(code == 1, qPrintable(QString("exit %1; out: %2; err: %3").arg(code).arg(QString::fromUtf8(copy.out()), QString::fromUtf8(copy.err()))));
    QVERIFY2(lines(copy.err()).last().startsWith("mqkit: "), copy.err().constData());

    const ProcessResult resumed = runCli(copyArgs + QStringList{"--resume"}, m_data->path(), 120000);
    QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
    const ProcessResult v = runCli({"kafka", "verify", source, target, "-b", m_bootstrap, "-o", "json"}, m_data->path(), 60000);
    const QJsonObject total = QJsonDocument::fromJson(v.out).object().value("total").toObject();
    QCOMPARE(total.value("missing").toInteger(), 0);
    QCOMPARE(total.value("extra").toInteger(), 0);
    QCOMPARE(total.value("source").toInteger(), 30000);
}

void TestFaultsKafka::bridgeSpoolsThroughKafkaOutageAndDrainsInOrder_data() {
    QTest::addColumn<QString>("fault");
    QTest::newRow("killed") << "kill";
    QTest::newRow("hung") << "pause";
}

// 5 devices x 60 messages before the outage, 5 x 60 during it (the bridge keeps acknowledging
// MQTT into its spool), then Kafka comes back: all 600 arrive, each device's first occurrences
// in its order, and the spool is an intact database afterwards.
void TestFaultsKafka::bridgeSpoolsThroughKafkaOutageAndDrainsInOrder() {
    QFETCH(QString, fault);
    const QString topic = uniqueName("faults-bridge");
    createTopic(topic, 3);
    const QString mqttPort = rigValue("MQKIT_RIG_MQTT_PLAIN_PORT");
    const QString spool = m_data->filePath("spool.db");
    RunningCli bridge({"bridge", "-L", "mqtt://127.0.0.1:" + mqttPort, "-b", m_bootstrap, "--from",
                       "t/{tenant}/d/{deviceId}/telemetry", "--to", topic, "--kafka-key", "{deviceId}", "-q", "1", "-i",
                       uniqueName("faults-bridge-id"), "--spool", spool, "--metrics", "json"},
                      m_data->path());
    QVERIFY2(bridge.waitFor("\"mqtt\":\"connected\"", 30000), bridge.err().constData());
    const auto publish = [&](int from, int to) {
        for (int device = 0; device < 5; ++device) {
            QByteArray payloads;
            for (int seq = from; seq <= to; ++seq)
                payloads += QStringLiteral("{\"deviceId\":\"d%1\",\"seq\":%2}\n").arg(device).arg(seq).toUtf8();
            requireSuccess(runProcess("mosquitto_pub", {"-h", "127.0.0.1", "-p", mqttPort, "-q", "1", "-l", "-t",
                                                        QStringLiteral("t/acme/d/d%1/telemetry").arg(device)},
                                      60000, payloads),
                           "mosquitto_pub -l");
        }
    };
    publish(1, 60);
    QVERIFY2(waitForRecords(topic, 300, 60000), bridge.err().right(2000).constData());
    this->fault(fault);
    publish(61, 120); // taken into the spool while Kafka is away
    QTest::qWait(3000);
    QVERIFY2(bridge.running(), bridge.err().right(2000).constData());
    restore(fault);
    QVERIFY2(waitForRecords(topic, 600, 120000), bridge.err().right(2000).constData());
    QCOMPARE(bridge.terminate(60000), 0);
    QCOMPARE(integrityOf(spool), QByteArray("ok"));

    const ProcessResult r = runProcess("kcat", {"-C", "-b", m_bootstrap, "-t", topic, "-e", "-q", "-f", "%k %s\n"}, 60000);
    QMap<QByteArray, QList<int>> firstSeen; // per device, each seq where it first appeared
    for (const QByteArray& line : lines(r.out)) {
        const QByteArray key = line.left(line.indexOf(' '));
        const int seq = QJsonDocument::fromJson(line.mid(line.indexOf(' ') + 1)).object().value("seq").toInt();
        if (!firstSeen[key].contains(seq))
            firstSeen[key] << seq;
    }
    QCOMPARE(firstSeen.size(), 5);
    for (auto it = firstSeen.cbegin(); it != firstSeen.cend(); ++it) {
        QCOMPARE(it.value().size(), 120);
        QVERIFY2(std::is_sorted(it.value().begin(), it.value().end()), it.key().constData());
    }
}

QTEST_GUILESS_MAIN(TestFaultsKafka)
#include "tst_faults_kafka.moc"
