// The pipeline end to end on the rig: `mqkit sim` (50 devices over 5 connections, QoS 1, reboots)
// publishes through the real `mqkit bridge` into a 3-partition Kafka topic; `mqkit verify
// --summary` finds every message once and in order, and its counts equal the summary's and
// kcat's. Records produced with kcat with a seq missing, a duplicate or two seqs swapped make
// verify exit 3 and name them; an unknown topic is exit 1 with one line.

#include "TestSupport.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Records in the topic, counted by kcat (the referee).
int kcatCount(const QString& topic) {
    const ProcessResult r = runProcess(QStringLiteral("kcat"), {QStringLiteral("-C"), QStringLiteral("-b"), rigKafkaBootstrap(),
                                                                QStringLiteral("-t"), topic, QStringLiteral("-e"), QStringLiteral("-q")},
                                       60000);
    requireSuccess(r, "kcat -C");
    return static_cast<int>(r.out.count('\n'));
}

// Produces one record per line "key<TAB>value" with kcat, in order, into partition 0.
void kcatProduceLines(const QString& topic, const QByteArray& lines) {
    const ProcessResult r = runProcess(QStringLiteral("kcat"), {QStringLiteral("-P"), QStringLiteral("-b"), rigKafkaBootstrap(),
                                                                QStringLiteral("-t"), topic, QStringLiteral("-p"), QStringLiteral("0"),
                                                                QStringLiteral("-K"), QStringLiteral("\t")},
                                       60000, lines);
    requireSuccess(r, "kcat -P");
}

QByteArray telemetryLine(int seq) {
    return QStringLiteral("d1\t{\"deviceId\":\"d1\",\"bootId\":\"b1\",\"seq\":%1,\"sentAt\":%2}\n")
        .arg(seq)
        .arg(QDateTime::currentMSecsSinceEpoch())
        .toUtf8();
}

QJsonObject jsonOf(const ProcessResult& r) {
    return QJsonDocument::fromJson(r.out).object();
}

// The bridge running in the background until stop(); its JSON metrics lines come on stderr.
class BridgeRun {
public:
    BridgeRun(const QString& dataDir, const QStringList& args) { startCli(m_process, args, dataDir); }
    ~BridgeRun() {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }
    // Until the latest metrics line has `key` >= value (or timeoutMs passed).
    bool waitFor(const char* key, qint64 value, int timeoutMs) {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < timeoutMs && m_process.state() != QProcess::NotRunning) {
            m_process.waitForReadyRead(200);
            m_err += m_process.readAllStandardError();
            const QList<QByteArray> lines = m_err.split('\n');
            for (auto it = lines.rbegin(); it != lines.rend(); ++it) {
                const QJsonObject o = QJsonDocument::fromJson(*it).object();
                if (o.isEmpty())
                    continue;
                if (o.value(QLatin1String(key)).toInteger() >= value)
                    return true;
                break;
            }
        }
        return false;
    }
    int stop() {
        m_process.terminate();
        m_process.waitForFinished(30000);
        m_err += m_process.readAllStandardError();
        return m_process.exitCode();
    }
    QByteArray err() const { return m_err; }

private:
    QProcess m_process;
    QByteArray m_err;
};

} // namespace

class TestSimBridgeVerify : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void simulatedFleetThroughTheBridgeVerifiesComplete() {
        const QString topic = uniqueName(QStringLiteral("sim-telemetry"));
        createKafkaTopic(topic, 3);
        createKafkaTopic(topic + QStringLiteral(".dlq"), 1);
        // A topic tree of its own, so bridges of other tests on the rig never see these devices.
        const QString tree = uniqueName(QStringLiteral("simtree"));
        const QString templ = tree + QStringLiteral("/{tenant}/d/{deviceId}/telemetry");
        BridgeRun bridge(m_dir.path(), {QStringLiteral("bridge"), QStringLiteral("-L"), rigMqttPlainUrl(), QStringLiteral("-b"),
                                        rigKafkaBootstrap(), QStringLiteral("--from"), templ, QStringLiteral("--to"), topic,
                                        QStringLiteral("--kafka-key"), QStringLiteral("{deviceId}"), QStringLiteral("--require-json"),
                                        QStringLiteral("-q"), QStringLiteral("1"), QStringLiteral("-i"), uniqueName(QStringLiteral("simbridge")),
                                        QStringLiteral("--spool"), m_dir.filePath(QStringLiteral("spool.db")),
                                        QStringLiteral("--metrics"), QStringLiteral("json")});
        QVERIFY2(bridge.waitFor("in", 0, 30000), bridge.err().constData()); // connected: metrics flow

        const QString summary = m_dir.filePath(QStringLiteral("summary.json"));
        const ProcessResult sim = runCli({QStringLiteral("sim"), QStringLiteral("-L"), rigMqttPlainUrl(), QStringLiteral("--devices"),
                                          QStringLiteral("50"), QStringLiteral("--connections"), QStringLiteral("5"),
                                          QStringLiteral("--tenants"), QStringLiteral("3"), QStringLiteral("-t"), templ,
                                          QStringLiteral("-r"), QStringLiteral("20"), QStringLiteral("-C"), QStringLiteral("30"),
                                          QStringLiteral("-q"), QStringLiteral("1"), QStringLiteral("--reboot-rate"), QStringLiteral("0.05"),
                                          QStringLiteral("--size"), QStringLiteral("200"), QStringLiteral("--summary"), summary,
                                          QStringLiteral("-o"), QStringLiteral("json")},
                                         m_dir.path(), 60000);
        QVERIFY2(sim.exitCode == 0, sim.err.constData());
        const QJsonObject simOut = jsonOf(sim);
        QCOMPARE(simOut.value(QStringLiteral("sent")).toInteger(), 1500);
        QVERIFY(simOut.value(QStringLiteral("acknowledged")).toBool());
        QVERIFY2(simOut.value(QStringLiteral("reboots")).toInteger() > 0, sim.out.constData()); // 1,500 draws at 5 %

        QFile file(summary);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject summaryJson = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(summaryJson.value(QStringLiteral("sent")).toInteger(), 1500);
        QCOMPARE(summaryJson.value(QStringLiteral("devices")).toArray().size(), 50);

        QVERIFY2(bridge.waitFor("out", 1500, 60000), bridge.err().constData());
        QCOMPARE(bridge.stop(), 0);

        const ProcessResult verify = runCli({QStringLiteral("verify"), topic, QStringLiteral("-b"), rigKafkaBootstrap(),
                                             QStringLiteral("--summary"), summary, QStringLiteral("--dlq"), topic + QStringLiteral(".dlq"),
                                             QStringLiteral("-o"), QStringLiteral("json")},
                                            m_dir.path(), 60000);
        QVERIFY2(verify.exitCode == 0, verify.out.constData());
        const QJsonObject report = jsonOf(verify);
        const int kcat = kcatCount(topic);
        QCOMPARE(kcat, 1500);
        QCOMPARE(report.value(QStringLiteral("expected")).toInteger(), 1500);
        QCOMPARE(report.value(QStringLiteral("received")).toInteger(), qint64(kcat));
        QCOMPARE(report.value(QStringLiteral("unique")).toInteger(), 1500);
        QCOMPARE(report.value(QStringLiteral("missing")).toInteger(), 0);
        QCOMPARE(report.value(QStringLiteral("out_of_order")).toInteger(), 0);
        QCOMPARE(report.value(QStringLiteral("devices")).toInteger(), 50);
        QCOMPARE(report.value(QStringLiteral("dead_letters")).toInteger(), 0);
        QCOMPARE(report.value(QStringLiteral("latency_ms")).toObject().value(QStringLiteral("samples")).toInteger(), 1500);
        qint64 boots = 0;
        for (const QJsonValue& d : summaryJson.value(QStringLiteral("devices")).toArray())
            boots += d.toObject().value(QStringLiteral("boots")).toArray().size();
        QCOMPARE(report.value(QStringLiteral("boots")).toArray().size(), boots);
        QVERIFY(boots > 50);
    }

    void aGapAndADuplicateAreFoundAndFail() {
        const QString topic = uniqueName(QStringLiteral("verify-gap"));
        createKafkaTopic(topic, 1);
        QByteArray lines;
        for (int seq : {1, 2, 2, 4, 5}) // 3 missing, 2 twice
            lines += telemetryLine(seq);
        kcatProduceLines(topic, lines);
        const ProcessResult r = runCli({QStringLiteral("verify"), topic, QStringLiteral("-b"), rigKafkaBootstrap(),
                                        QStringLiteral("-o"), QStringLiteral("json")},
                                       m_dir.path(), 60000);
        QVERIFY2(r.exitCode == 3, r.err.constData());
        const QJsonObject report = jsonOf(r);
        QCOMPARE(report.value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(report.value(QStringLiteral("missing")).toInteger(), 1);
        QCOMPARE(report.value(QStringLiteral("duplicates")).toInteger(), 1);
        QCOMPARE(report.value(QStringLiteral("received")).toInteger(), 5);
        const QJsonObject boot = report.value(QStringLiteral("boots")).toArray().at(0).toObject();
        QCOMPARE(boot.value(QStringLiteral("missing_ranges")).toArray(), (QJsonArray{QJsonValue(QJsonArray{3, 3})}));

        const ProcessResult text = runCli({QStringLiteral("verify"), topic, QStringLiteral("-b"), rigKafkaBootstrap()}, m_dir.path(), 60000);
        QCOMPARE(text.exitCode, 3);
        QVERIFY2(text.out.contains("FAILED") && text.out.contains("d1"), text.out.constData());
    }

    void aSwapWithinThePartitionIsOutOfOrder() {
        const QString topic = uniqueName(QStringLiteral("verify-order"));
        createKafkaTopic(topic, 1);
        QByteArray lines;
        for (int seq : {1, 3, 2, 4})
            lines += telemetryLine(seq);
        kcatProduceLines(topic, lines);
        const ProcessResult r = runCli({QStringLiteral("verify"), topic, QStringLiteral("-b"), rigKafkaBootstrap(),
                                        QStringLiteral("-o"), QStringLiteral("json")},
                                       m_dir.path(), 60000);
        QVERIFY2(r.exitCode == 3, r.err.constData());
        QCOMPARE(jsonOf(r).value(QStringLiteral("out_of_order")).toInteger(), 1);
        QCOMPARE(jsonOf(r).value(QStringLiteral("missing")).toInteger(), 0);
    }

    void anUnknownTopicIsOneLineAndExitOne() {
        const QString topic = uniqueName(QStringLiteral("no-such-topic"));
        const ProcessResult r = runCli({QStringLiteral("verify"), topic, QStringLiteral("-b"), rigKafkaBootstrap()}, m_dir.path(), 60000);
        QVERIFY2(r.exitCode == 1, r.err.constData());
        QVERIFY2(r.err.contains(topic.toUtf8()), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSimBridgeVerify)
#include "tst_sim_bridge_verify.moc"
