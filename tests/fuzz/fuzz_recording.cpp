// Recording files (mqtt replay / record info): the input is written as a file and opened with
// RecordingReader; info, count and forEach run over it. A corrupted SQLite file or a database
// that is not a recording must be refused with mqkit::Error, never crash.
#include "FuzzSupport.h"
#include "mqtt/MqttMessage.h"
#include "store/RecordingReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <unistd.h>

namespace {

// On tmpfs when there is one: SQLite syncs its WAL, and a disk makes that the cost of every run.
QString scratchPath() {
    static const QString dir = QFileInfo(QStringLiteral("/dev/shm")).isWritable() ? QStringLiteral("/dev/shm") : QDir::tempPath();
    static const QString path = dir + QStringLiteral("/mqkit-fuzz-recording-%1.db").arg(::getpid());
    return path;
}

void writeInput(const QString& path, const QByteArray& input) {
    for (const QString& p : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm"),
                             path + QStringLiteral("-journal")})
        QFile::remove(p);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(input);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QString path = scratchPath();
    writeInput(path, fuzz::bytes(data, size));
    fuzz::refusalAllowed([&] {
        mqkit::RecordingReader reader(path);
        (void)reader.info();
        (void)reader.firstReceivedAtMs();
        mqkit::RecordingSelection selection;
        selection.topicFilters = {QStringLiteral("a/+/#")};
        selection.fromMs = 0;
        (void)reader.count(selection);
        std::int64_t seen = 0;
        reader.forEach(mqkit::RecordingSelection(), [&](const mqkit::MqttMessage&) { return ++seen < 10000; });
    });
    return 0;
}
