// What the bridge's spool costs per message, without brokers: each record committed in its own
// transaction (as the bridge's arrival path does before the broker is acknowledged), then deleted
// in chunks of 1,000 (as Kafka's acknowledgements come back), with synchronous=NORMAL and FULL.
//   bench_bridge_spool [RECORDS] [PAYLOAD_BYTES] [DIR]
// Prints microseconds per commit and per delete for each mode. DIR (default: a temporary
// directory) should be on the disk the spool will live on: FULL's fsync is the cost measured.

#include "bridge/BridgeSpool.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace mqkit;

namespace {

void measure(const QString& path, SpoolSync sync, int records, int payloadBytes) {
    SpoolOptions options;
    options.sync = sync;
    BridgeSpool spool(path, options);
    KafkaRecord r;
    r.topic = QStringLiteral("telemetry");
    r.key = QByteArray("dev042");
    r.value = QByteArray(payloadBytes, 'x');
    r.headers = {{QStringLiteral("mqtt.topic"), QByteArray("t/tenant1/d/dev042/telemetry")},
                 {QStringLiteral("mqtt.qos"), QByteArray("1")},
                 {QStringLiteral("mqtt.retain"), QByteArray("0")}};
    std::vector<std::int64_t> ids;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < records; ++i)
        ids.push_back(spool.append({r}, i).front());
    const double appendUs = static_cast<double>(timer.nsecsElapsed()) / 1e3 / records;
    timer.restart();
    for (std::size_t i = 0; i < ids.size(); i += 1000)
        spool.remove(std::vector<std::int64_t>(ids.begin() + static_cast<std::ptrdiff_t>(i),
                                               ids.begin() + static_cast<std::ptrdiff_t>(std::min(ids.size(), i + 1000))));
    const double removeUs = static_cast<double>(timer.nsecsElapsed()) / 1e3 / records;
    std::printf("spool %s: %d records of %d bytes: %.0f us per commit (one per transaction), %.1f us per delete (1,000 per "
                "transaction)\n",
                sync == SpoolSync::Full ? "full  " : "normal", records, payloadBytes, appendUs, removeUs);
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int records = args.size() > 1 ? args.at(1).toInt() : 20000;
    const int payloadBytes = args.size() > 2 ? args.at(2).toInt() : 200;
    QTemporaryDir dir(args.size() > 3 ? args.at(3) + QStringLiteral("/spool-bench-XXXXXX") : QDir::tempPath() + QStringLiteral("/spool-bench-XXXXXX"));
    measure(dir.filePath(QStringLiteral("normal.db")), SpoolSync::Normal, records, payloadBytes);
    measure(dir.filePath(QStringLiteral("full.db")), SpoolSync::Full, records, payloadBytes);
    return 0;
}
