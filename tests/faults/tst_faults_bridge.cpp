// Faults under `mqkit bridge` on a rig of the test's own (Mosquitto with persistence on):
// - the spool filled to its bound (Kafka stopped, --overflow stop): the bridge stops consuming
//   with the spool over its size bound by at most one message, says it is full, and after Kafka
//   returns `mqkit verify` finds nothing missing of what `mqkit sim` sent;
// - Mosquitto restarted (clean stop, persistence on): what was queued for the bridge's persistent
//   session while the bridge was away survives the restart, and a bridge running through a
//   restart reconnects and resubscribes by itself: every message arrives, each device in order.

#include "FaultSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <algorithm>
#include <functional>
#include <memory>

namespace {

// The last JSON metrics line of a bridge's stderr (--metrics json).
QJsonObject lastMetrics(const QByteArray& err) {
    const QList<QByteArray> all = err.split('\n');
    for (auto it = all.crbegin(); it != all.crend(); ++it)
        if (const QJsonObject o = QJsonDocument::fromJson(*it).object(); !o.isEmpty())
            return o;
    return {};
}

bool waitForMetrics(RunningCli& bridge, const std::function<bool(const QJsonObject&)>& test, int timeoutMs) {
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        bridge.waitFor("\n\n", 500); // collects what came (never matches: metrics lines are single)
        if (test(lastMetrics(bridge.err())))
            return true;
        if (!bridge.running())
            return false;
    }
    return false;
}

QJsonObject spoolOf(const QJsonObject& metrics) {
    return metrics.value(QStringLiteral("spool")).toObject();
}

} // namespace

class TestFaultsBridge : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void spoolFilledToItsBoundStopsWithinOneMessageAndLosesNothing();
    void mosquittoRestartKeepsTheQueuedMessagesAndTheBridgeReconnects();

private:
    QStringList bridgeArgs(const QString& topic, const QString& clientId, const QString& spool) const;
    void publish(int device, int from, int to);
    QMap<QByteArray, QList<int>> firstSeenPerDevice(const QString& topic) const;
    std::unique_ptr<PrivateRig> m_rig;
    std::unique_ptr<QTemporaryDir> m_data;
};

void TestFaultsBridge::initTestCase() {
    m_rig = std::make_unique<PrivateRig>(QHash<QString, QString>{{QStringLiteral("MQKIT_RIG_MQTT_PERSISTENCE"), QStringLiteral("1")}});
    m_rig->run(QStringLiteral("start"));
}

void TestFaultsBridge::init() {
    m_data = std::make_unique<QTemporaryDir>();
}

QStringList TestFaultsBridge::bridgeArgs(const QString& topic, const QString& clientId, const QString& spool) const {
    return {QStringLiteral("bridge"), QStringLiteral("-L"), m_rig->mqttUrl(), QStringLiteral("-b"), m_rig->kafka(), QStringLiteral("--from"),
            QStringLiteral("t/{tenant}/d/{deviceId}/telemetry"), QStringLiteral("--to"), topic, QStringLiteral("--kafka-key"),
            QStringLiteral("{deviceId}"), QStringLiteral("-q"), QStringLiteral("1"), QStringLiteral("-i"), clientId, QStringLiteral("--spool"),
            spool, QStringLiteral("--metrics"), QStringLiteral("json")};
}

void TestFaultsBridge::publish(int device, int from, int to) {
    QByteArray payloads;
    for (int seq = from; seq <= to; ++seq)
        payloads += QStringLiteral("{\"deviceId\":\"d%1\",\"seq\":%2}\n").arg(device).arg(seq).toUtf8();
    requireSuccess(runProcess(QStringLiteral("mosquitto_pub"),
                              {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), m_rig->mqttPort(), QStringLiteral("-q"),
                               QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("-t"), QStringLiteral("t/acme/d/d%1/telemetry").arg(device)},
                              60000, payloads),
                   "mosquitto_pub -l");
}

QMap<QByteArray, QList<int>> TestFaultsBridge::firstSeenPerDevice(const QString& topic) const {
    const ProcessResult r = runProcess(QStringLiteral("kcat"), {QStringLiteral("-C"), QStringLiteral("-b"), m_rig->kafka(), QStringLiteral("-t"), topic,
                                                                QStringLiteral("-e"), QStringLiteral("-q"), QStringLiteral("-f"), QStringLiteral("%k %s\n")},
                                       60000);
    QMap<QByteArray, QList<int>> firstSeen;
    for (const QByteArray& line : lines(r.out)) {
        const QByteArray key = line.left(line.indexOf(' '));
        const int seq = QJsonDocument::fromJson(line.mid(line.indexOf(' ') + 1)).object().value(QStringLiteral("seq")).toInt();
        if (!firstSeen[key].contains(seq))
            firstSeen[key] << seq;
    }
    return firstSeen;
}

// Kafka stopped; 10 devices x 40 messages of 200 bytes from `mqkit sim` at QoS 1 against a spool
// bound of 0.02 MiB (about 70 records). Every record has the same size s, so "over the bound by at
// most one message" is exact: (records - 1) * s < bound. The broker holds the rest for the
// persistent session; Kafka back, the bridge drains, reconnects, and verify finds nothing missing.
void TestFaultsBridge::spoolFilledToItsBoundStopsWithinOneMessageAndLosesNothing() {
    const QString topic = uniqueName(QStringLiteral("faults-bound"));
    m_rig->createTopic(topic, 3);
    m_rig->createTopic(topic + QStringLiteral(".dlq"), 1);
    m_rig->run(QStringLiteral("kafka-stop"));
    const QString spool = m_data->filePath(QStringLiteral("spool.db"));
    const qint64 bound = qint64(0.02 * 1024 * 1024);
    RunningCli bridge(bridgeArgs(topic, uniqueName(QStringLiteral("faults-bound-id")), spool) +
                          QStringList{QStringLiteral("--spool-max-mb"), QStringLiteral("0.02")},
                      m_data->path());
    QVERIFY2(bridge.waitFor("\"mqtt\":\"connected\"", 30000), bridge.err().constData());
    const QString summary = m_data->filePath(QStringLiteral("sent.json"));
    const ProcessResult sim = runCli({QStringLiteral("sim"), QStringLiteral("-L"), m_rig->mqttUrl(), QStringLiteral("--devices"), QStringLiteral("10"),
                                      QStringLiteral("--connections"), QStringLiteral("2"), QStringLiteral("-t"),
                                      QStringLiteral("t/{tenant}/d/{deviceId}/telemetry"), QStringLiteral("-C"), QStringLiteral("40"),
                                      QStringLiteral("-r"), QStringLiteral("0"), QStringLiteral("-q"), QStringLiteral("1"), QStringLiteral("--size"),
                                      QStringLiteral("200"), QStringLiteral("--summary"), summary},
                                     m_data->path(), 120000);
    QCOMPARE(sim.exitCode, 0);
    QVERIFY2(waitForMetrics(bridge, [](const QJsonObject& o) { return o.value(QStringLiteral("mqtt")).toString() == QStringLiteral("paused"); }, 30000),
             bridge.err().right(2000).constData());
    QTest::qWait(3000); // nothing more may come in while paused
    const QJsonObject paused = lastMetrics(bridge.err());
    const qint64 records = spoolOf(paused).value(QStringLiteral("records")).toInteger();
    const qint64 bytes = spoolOf(paused).value(QStringLiteral("bytes")).toInteger();
    QVERIFY2(records > 0 && bytes % records == 0, qPrintable(QStringLiteral("%1 records, %2 bytes").arg(records).arg(bytes)));
    const qint64 recordSize = bytes / records;
    QVERIFY2(bytes >= bound && (records - 1) * recordSize < bound,
             qPrintable(QStringLiteral("%1 records of %2 bytes against a bound of %3").arg(records).arg(recordSize).arg(bound)));
    QCOMPARE(paused.value(QStringLiteral("in")).toInteger(), records); // all it took is in the spool
    QVERIFY(spoolOf(paused).value(QStringLiteral("full")).isString());

    m_rig->run(QStringLiteral("kafka-start"));
    QVERIFY2(waitForMetrics(bridge, [](const QJsonObject& o) {
                 return o.value(QStringLiteral("mqtt")).toString() == QStringLiteral("connected") &&
                        o.value(QStringLiteral("out")).toInteger() >= 400 && spoolOf(o).value(QStringLiteral("records")).toInteger() == 0;
             }, 120000),
             bridge.err().right(2000).constData());
    QCOMPARE(bridge.terminate(60000), 0);
    QCOMPARE(integrityOf(spool), QByteArray("ok"));
    const ProcessResult verify = runCli({QStringLiteral("verify"), topic, QStringLiteral("-b"), m_rig->kafka(), QStringLiteral("--summary"), summary,
                                         QStringLiteral("-o"), QStringLiteral("json")},
                                        m_data->path(), 120000);
    QCOMPARE(verify.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(verify.out).object();
    QCOMPARE(report.value(QStringLiteral("missing")).toInteger(), 0);
    QCOMPARE(report.value(QStringLiteral("out_of_order")).toInteger(), 0);
    qInfo("paused at %lld records of %lld bytes (bound %lld); %lld duplicates after the resume", records, recordSize, bound,
          report.value(QStringLiteral("duplicates")).toInteger());
}

// d0 1..100 bridged live; the bridge stops, 101..200 are queued by the broker for its session;
// Mosquitto is restarted (clean stop: persistence saved); the bridge comes back and gets them.
// Then Mosquitto is restarted under the running bridge and 201..300 are published after it is
// back: the bridge reconnected and resubscribed by itself. All 300, in order.
void TestFaultsBridge::mosquittoRestartKeepsTheQueuedMessagesAndTheBridgeReconnects() {
    const QString topic = uniqueName(QStringLiteral("faults-mqtt-restart"));
    m_rig->createTopic(topic, 3);
    const QStringList args = bridgeArgs(topic, uniqueName(QStringLiteral("faults-restart-id")), m_data->filePath(QStringLiteral("spool.db")));
    auto bridge = std::make_unique<RunningCli>(args, m_data->path());
    QVERIFY2(bridge->waitFor("\"mqtt\":\"connected\"", 30000), bridge->err().constData());
    publish(0, 1, 100);
    QVERIFY2(waitForMetrics(*bridge, [](const QJsonObject& o) { return o.value(QStringLiteral("out")).toInteger() >= 100; }, 60000),
             bridge->err().right(2000).constData());
    QCOMPARE(bridge->terminate(60000), 0);

    publish(0, 101, 200); // queued by the broker for the bridge's session
    m_rig->run(QStringLiteral("mqtt-stop"));
    m_rig->run(QStringLiteral("mqtt-start"));
    bridge = std::make_unique<RunningCli>(args, m_data->path());
    QVERIFY2(waitForMetrics(*bridge, [](const QJsonObject& o) { return o.value(QStringLiteral("out")).toInteger() >= 100; }, 60000),
             bridge->err().right(2000).constData());

    m_rig->run(QStringLiteral("mqtt-stop"));
    m_rig->run(QStringLiteral("mqtt-start"));
    QVERIFY2(bridge->running(), bridge->err().right(2000).constData());
    // Connected again (the metrics say so once a second) before the next messages are published.
    QVERIFY2(waitForMetrics(*bridge, [](const QJsonObject& o) { return o.value(QStringLiteral("mqtt")).toString() == QStringLiteral("connected"); }, 60000),
             bridge->err().right(2000).constData());
    publish(0, 201, 300);
    QVERIFY2(waitForMetrics(*bridge, [](const QJsonObject& o) { return o.value(QStringLiteral("out")).toInteger() >= 200; }, 60000),
             bridge->err().right(2000).constData());
    QCOMPARE(bridge->terminate(60000), 0);

    const auto firstSeen = firstSeenPerDevice(topic);
    QCOMPARE(firstSeen.size(), 1);
    QList<int> expected;
    for (int seq = 1; seq <= 300; ++seq)
        expected << seq;
    QCOMPARE(firstSeen.value("d0"), expected);
    qInfo("%lld records in Kafka for 300 messages", m_rig->recordsIn(topic));
}

QTEST_GUILESS_MAIN(TestFaultsBridge)
#include "tst_faults_bridge.moc"
