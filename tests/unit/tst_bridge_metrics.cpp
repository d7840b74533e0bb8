// The bridge's Prometheus endpoint: the text exposition of a status (HELP, TYPE, values) and the
// HTTP responder in core (POSIX sockets), asked with curl as the referee: GET /metrics 200 with
// the latest status (503 before the first), other paths 404, other methods 405, a taken port an
// Error naming the address.

#include "TestSupport.h"

#include "bridge/BridgeMetrics.h"
#include "common/Error.h"

#include <QTest>

using namespace mqkit;

namespace {

struct Answer {
    int status = 0;
    QByteArray body;
};

Answer curl(const QString& url, const QStringList& extra = {}) {
    const ProcessResult r = runProcess(QStringLiteral("curl"),
                                       QStringList{QStringLiteral("-s"), QStringLiteral("-m"), QStringLiteral("5"),
                                                   QStringLiteral("-w"), QStringLiteral("\n%{http_code}")} +
                                           extra + QStringList{url});
    const qsizetype cut = r.out.lastIndexOf('\n');
    return {r.out.mid(cut + 1).toInt(), r.out.left(cut)};
}

BridgeStatus sampleStatus() {
    BridgeStatus s;
    s.atMs = 1'000'000;
    s.counters.received = 1200;
    s.counters.duplicates = 3;
    s.counters.delivered = 1150;
    s.counters.deadLettered = 7;
    s.spool.records = 43;
    s.spool.bytes = 9000;
    s.spool.oldestSpooledAtMs = 1'000'000 - 2500;
    s.inFlight = 40;
    s.mqttConnected = true;
    s.consuming = true;
    s.kafkaProblem = QStringLiteral("broker down");
    return s;
}

} // namespace

class TestBridgeMetrics : public QObject {
    Q_OBJECT
private slots:
    void exposesCountersAndGaugesWithHelpAndType() {
        const QByteArray text = bridgeStatusPrometheus(sampleStatus());
        QVERIFY(text.contains("# HELP mqkit_bridge_messages_in_total "));
        QVERIFY(text.contains("# TYPE mqkit_bridge_messages_in_total counter\nmqkit_bridge_messages_in_total 1200\n"));
        QVERIFY(text.contains("\nmqkit_bridge_messages_out_total 1150\n"));
        QVERIFY(text.contains("\nmqkit_bridge_messages_dlq_total 7\n"));
        QVERIFY(text.contains("\nmqkit_bridge_messages_duplicates_total 3\n"));
        QVERIFY(text.contains("# TYPE mqkit_bridge_spool_records gauge\nmqkit_bridge_spool_records 43\n"));
        QVERIFY(text.contains("\nmqkit_bridge_spool_bytes 9000\n"));
        QVERIFY(text.contains("\nmqkit_bridge_spool_oldest_age_seconds 2.500\n"));
        QVERIFY(text.contains("\nmqkit_bridge_in_flight 40\n"));
        QVERIFY(text.contains("\nmqkit_bridge_mqtt_connected 1\n"));
        QVERIFY(text.contains("\nmqkit_bridge_kafka_ok 0\n"));
        QVERIFY(text.contains("\nmqkit_bridge_consuming 1\n"));
        // Every sample line follows its HELP and TYPE lines.
        const QList<QByteArray> lines = text.trimmed().split('\n');
        QCOMPARE(lines.size() % 3, 0);
        for (qsizetype i = 0; i < lines.size(); i += 3) {
            const QByteArray name = lines[i + 2].left(lines[i + 2].indexOf(' '));
            QVERIFY2(lines[i].startsWith("# HELP " + name + ' '), lines[i].constData());
            QVERIFY2(lines[i + 1] == "# TYPE " + name + " counter" || lines[i + 1] == "# TYPE " + name + " gauge",
                     lines[i + 1].constData());
        }
    }

    void servesTheLatestStatusAtMetricsOnly() {
        BridgeMetricsEndpoint endpoint(QStringLiteral("127.0.0.1"), 0);
        const QString url = endpoint.url();
        QVERIFY2(url.startsWith(QStringLiteral("http://127.0.0.1:")) && url.endsWith(QStringLiteral("/metrics")), qPrintable(url));
        QCOMPARE(curl(url).status, 503); // no status published yet
        endpoint.publish(sampleStatus());
        const Answer first = curl(url);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.body, bridgeStatusPrometheus(sampleStatus()));
        BridgeStatus later = sampleStatus();
        later.counters.received = 1300;
        endpoint.publish(later);
        QVERIFY(curl(url).body.contains("\nmqkit_bridge_messages_in_total 1300\n"));
        QString other = url;
        other.replace(QStringLiteral("/metrics"), QStringLiteral("/other"));
        QCOMPARE(curl(other).status, 404);
        QCOMPARE(curl(url, {QStringLiteral("-X"), QStringLiteral("POST")}).status, 405);
        QCOMPARE(curl(url + QStringLiteral("?x=1")).status, 200);
    }

    void aTakenPortIsAnErrorNamingTheAddress() {
        BridgeMetricsEndpoint first(QStringLiteral("127.0.0.1"), 0);
        const QString port = first.url().section(QLatin1Char(':'), 2).section(QLatin1Char('/'), 0, 0);
        try {
            BridgeMetricsEndpoint second(QStringLiteral("127.0.0.1"), static_cast<std::uint16_t>(port.toUInt()));
            QFAIL("a second endpoint on the same port started");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), ErrorKind::Connection);
            QVERIFY2(e.message().contains(QStringLiteral("127.0.0.1:") + port), qPrintable(e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestBridgeMetrics)
#include "tst_bridge_metrics.moc"
