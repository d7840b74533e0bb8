// `mqkit bridge --metrics-port`: while a bridge runs on the rig, curl scrapes its Prometheus
// endpoint and the counters match what was bridged, with kcat's count of the topic as the referee;
// a port another process holds makes the bridge exit 1 with one line naming the address.

#include "TestSupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

// The value of one sample line (`name value`) of a Prometheus text, or -1.
double sample(const QByteArray& text, const QByteArray& name) {
    for (const QByteArray& line : text.split('\n'))
        if (line.startsWith(name + ' '))
            return line.mid(name.size() + 1).toDouble();
    return -1;
}

QByteArray scrape(const QString& url) {
    const ProcessResult r = runProcess(QStringLiteral("curl"), {QStringLiteral("-sf"), QStringLiteral("-m"), QStringLiteral("5"), url});
    return r.exitCode == 0 ? r.out : QByteArray();
}

qint64 recordsIn(const QString& topic) {
    const ProcessResult r = runProcess(QStringLiteral("kcat"), {QStringLiteral("-C"), QStringLiteral("-b"), rigKafkaBootstrap(), QStringLiteral("-t"), topic,
                                                                QStringLiteral("-e"), QStringLiteral("-q"), QStringLiteral("-f"), QStringLiteral("x\n")},
                                       60000);
    return r.exitCode == 0 ? r.out.count('\n') : -1;
}

} // namespace

class TestCliBridgeMetrics : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QStringList bridgeArgs(const QString& topic) const {
        return {QStringLiteral("bridge"), QStringLiteral("-L"), rigMqttPlainUrl(), QStringLiteral("-b"), rigKafkaBootstrap(),
                QStringLiteral("--from"), QStringLiteral("m/{deviceId}/telemetry"), QStringLiteral("--to"), topic,
                QStringLiteral("--kafka-key"), QStringLiteral("{deviceId}"), QStringLiteral("--require-json"), QStringLiteral("-q"),
                QStringLiteral("1"), QStringLiteral("-i"), uniqueName(QStringLiteral("bridge-metrics-id")), QStringLiteral("--spool"),
                m_dir.filePath(uniqueName(QStringLiteral("spool")) + QStringLiteral(".db"))};
    }

private slots:
    // 300 good messages and 20 that are not JSON: the endpoint counts 320 in, 300 out, 20 to the
    // dead-letter topic, an empty spool, both brokers connected; kcat finds 300 and 20.
    void countersMatchWhatKafkaHolds() {
        const QString topic = uniqueName(QStringLiteral("bridge-metrics"));
        createKafkaTopic(topic, 3);
        createKafkaTopic(topic + QStringLiteral(".dlq"), 1);
        QProcess bridge;
        startCli(bridge, bridgeArgs(topic) + QStringList{QStringLiteral("--metrics-port"), QStringLiteral("0")}, m_dir.path());
        QByteArray err;
        QString url;
        QElapsedTimer clock;
        clock.start();
        const QRegularExpression announced(QStringLiteral("metrics on (http://\\S+/metrics)"));
        while (url.isEmpty() && clock.elapsed() < 30000 && bridge.state() != QProcess::NotRunning) {
            bridge.waitForReadyRead(200);
            err += bridge.readAllStandardError();
            if (const auto m = announced.match(QString::fromUtf8(err)); m.hasMatch())
                url = m.captured(1);
        }
        QVERIFY2(!url.isEmpty(), err.constData());
        QVERIFY2(url.startsWith(QStringLiteral("http://127.0.0.1:")), qPrintable(url));
        // Connected before anything is published (the broker keeps nothing for a new session).
        QByteArray text;
        while (clock.elapsed() < 30000 && sample(text = scrape(url), "mqkit_bridge_mqtt_connected") != 1)
            QTest::qWait(200);
        QVERIFY2(sample(text, "mqkit_bridge_mqtt_connected") == 1, text.constData());

        QByteArray good;
        for (int seq = 1; seq <= 300; ++seq)
            good += QStringLiteral("{\"deviceId\":\"m1\",\"seq\":%1}\n").arg(seq).toUtf8();
        QByteArray bad;
        for (int i = 1; i <= 20; ++i)
            bad += "not json " + QByteArray::number(i) + '\n';
        for (const QByteArray& lines : {good, bad}) {
            QStringList args = rigMosquittoPlainArgs();
            args << QStringLiteral("-t") << QStringLiteral("m/m1/telemetry") << QStringLiteral("-q") << QStringLiteral("1") << QStringLiteral("-l");
            requireSuccess(runProcess(QStringLiteral("mosquitto_pub"), args, 60000, lines), "mosquitto_pub -l");
        }
        while (clock.elapsed() < 90000 && !(sample(text = scrape(url), "mqkit_bridge_messages_out_total") >= 300 &&
                                              sample(text, "mqkit_bridge_messages_dlq_total") >= 20 &&
                                              sample(text, "mqkit_bridge_spool_records") == 0))
            QTest::qWait(300);
        QCOMPARE(sample(text, "mqkit_bridge_messages_in_total"), 320.0);
        QCOMPARE(sample(text, "mqkit_bridge_messages_out_total"), 300.0);
        QCOMPARE(sample(text, "mqkit_bridge_messages_dlq_total"), 20.0);
        QCOMPARE(sample(text, "mqkit_bridge_spool_records"), 0.0);
        QCOMPARE(sample(text, "mqkit_bridge_spool_bytes"), 0.0);
        QCOMPARE(sample(text, "mqkit_bridge_in_flight"), 0.0);
        QCOMPARE(sample(text, "mqkit_bridge_kafka_ok"), 1.0);
        QCOMPARE(sample(text, "mqkit_bridge_consuming"), 1.0);
        QCOMPARE(recordsIn(topic), qint64(sample(text, "mqkit_bridge_messages_out_total")));
        QCOMPARE(recordsIn(topic + QStringLiteral(".dlq")), qint64(sample(text, "mqkit_bridge_messages_dlq_total")));
        bridge.terminate();
        QVERIFY(bridge.waitForFinished(30000));
        QCOMPARE(bridge.exitCode(), 0);
        QCOMPARE(runProcess(QStringLiteral("curl"), {QStringLiteral("-sf"), QStringLiteral("-m"), QStringLiteral("2"), url}).exitCode == 0, false);
    }

    // The port is taken: exit 1 before connecting to anything, one line naming where.
    void aTakenPortEndsTheBridgeWithOneLine() {
        QProcess holder; // a bridge holding a port
        startCli(holder, bridgeArgs(uniqueName(QStringLiteral("bridge-metrics-held"))) + QStringList{QStringLiteral("--metrics-port"), QStringLiteral("0")},
                 m_dir.path());
        QByteArray err;
        const QRegularExpression announced(QStringLiteral("metrics on http://127.0.0.1:(\\d+)/metrics"));
        QString port;
        QElapsedTimer clock;
        clock.start();
        while (port.isEmpty() && clock.elapsed() < 30000 && holder.state() != QProcess::NotRunning) {
            holder.waitForReadyRead(200);
            err += holder.readAllStandardError();
            if (const auto m = announced.match(QString::fromUtf8(err)); m.hasMatch())
                port = m.captured(1);
        }
        QVERIFY2(!port.isEmpty(), err.constData());
        const ProcessResult second = runCli(bridgeArgs(uniqueName(QStringLiteral("bridge-metrics-second"))) +
                                                QStringList{QStringLiteral("--metrics-port"), port},
                                            m_dir.path());
        holder.terminate();
        holder.waitForFinished(30000);
        QCOMPARE(second.exitCode, 1);
        const QList<QByteArray> lines = second.err.trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines[0].contains("127.0.0.1:" + port.toUtf8()) && lines[0].contains("in use"), second.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliBridgeMetrics)
#include "tst_cli_bridge_metrics.moc"
