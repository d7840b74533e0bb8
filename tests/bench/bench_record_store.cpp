// How fast MessageRecorder writes into SQLite, without a broker: the recorder's own ceiling,
// to read next to tests/bench/mqtt_record.sh (where the broker usually is the limit).
//   bench_record_store [MESSAGES] [PAYLOAD_BYTES] [BATCH]
// Prints msgs/s and MB/s; every 10th message carries MQTT 5 properties (stored as JSON).

#include "store/MessageRecorder.h"
#include "store/RecordingReader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace mqkit;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qint64 total = args.size() > 1 ? args.at(1).toLongLong() : 1000000;
    const int payloadBytes = args.size() > 2 ? args.at(2).toInt() : 64;
    const qint64 batchSize = args.size() > 3 ? args.at(3).toLongLong() : 5000;
    QTemporaryDir dir;
    const QString path = dir.filePath("bench.db");
    MessageRecorder recorder(path, RecordingRunInfo{"mqtt://bench", {"bench/#"}, 1, 5});
    MqttBatch batch;
    QElapsedTimer timer;
    timer.start();
    qint64 made = 0;
    while (made < total) {
        batch.clear();
        for (qint64 i = 0; i < batchSize && made < total; ++i, ++made) {
            MqttMessage m;
            m.topic = QStringLiteral("bench/line%1/dev%2/telemetry").arg(made % 10).arg(made % 100);
            m.payload = QByteArray(payloadBytes, static_cast<char>('a' + made % 26));
            m.qos = 1;
            m.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
            if (made % 10 == 0)
                m.properties.user = {{QStringLiteral("seq"), QString::number(made)}};
            batch.push_back(std::move(m));
        }
        recorder.write(batch);
    }
    recorder.finish();
    const double secs = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    RecordingReader reader(path);
    const qint64 stored = reader.count({});
    std::printf("store: %lld messages of %d bytes in batches of %lld: %.0f msgs/s, %.1f MB/s payload, %lld stored%s\n",
                static_cast<long long>(total), payloadBytes, static_cast<long long>(batchSize),
                static_cast<double>(total) / secs, static_cast<double>(total) * payloadBytes / secs / 1e6,
                static_cast<long long>(stored), stored == total ? "" : "  LOST MESSAGES");
    return stored == total ? 0 : 1;
}
