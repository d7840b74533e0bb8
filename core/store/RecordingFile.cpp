#include "store/RecordingFile.h"

#include "common/CoreTr.h"
#include "common/Error.h"
#include "common/Version.h"

#include <QFile>
#include <QFileInfo>

#include <vector>

namespace mqkit::recordingfile {

namespace {

const std::vector<const char*>& migrations() {
    static const std::vector<const char*> m = {
        // v1
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
        "CREATE TABLE runs (id INTEGER PRIMARY KEY, started_at_ms INTEGER NOT NULL, ended_at_ms INTEGER,"
        "  broker_url TEXT NOT NULL, filters TEXT NOT NULL, qos INTEGER NOT NULL, protocol INTEGER NOT NULL,"
        "  mqkit_version TEXT NOT NULL);"
        "CREATE TABLE messages (id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL REFERENCES runs(id),"
        "  received_at_ms INTEGER NOT NULL, topic TEXT NOT NULL, payload BLOB, qos INTEGER NOT NULL,"
        "  retain INTEGER NOT NULL, properties TEXT);",
        // v2: Kafka records (the kafka_* columns are NULL on MQTT messages). Applied only when Kafka
        // records are first written into a file (enableKafka), so an MQTT recording stays format 1
        // and opens in an older mqkit.
        "ALTER TABLE runs ADD COLUMN system TEXT NOT NULL DEFAULT 'mqtt';"
        "ALTER TABLE messages ADD COLUMN kafka_partition INTEGER;"
        "ALTER TABLE messages ADD COLUMN kafka_offset INTEGER;"
        "ALTER TABLE messages ADD COLUMN kafka_timestamp INTEGER;"
        "ALTER TABLE messages ADD COLUMN kafka_timestamp_type INTEGER;"
        "ALTER TABLE messages ADD COLUMN kafka_key BLOB;"
        "ALTER TABLE messages ADD COLUMN kafka_headers BLOB;",
    };
    return m;
}

void configure(SqliteDb& db) {
    db.exec("PRAGMA journal_mode = WAL");
    db.exec("PRAGMA synchronous = NORMAL");
    db.exec("PRAGMA foreign_keys = OFF"); // run_id is ours to keep right; skip the per-row check
}

void requireRecording(SqliteDb& db, const QString& path) {
    bool isRecording = false;
    try {
        auto stmt = db.prepare("SELECT value FROM meta WHERE key = 'format'");
        isRecording = stmt.step() && stmt.text(0) == QLatin1String(kFormat);
    } catch (const Error&) {
        isRecording = false;
    }
    if (!isRecording)
        throw Error(ErrorKind::Usage, QStringLiteral("%1 is not an mqkit recording").arg(path));
}

// An optional table within format 1 (no version bump: an older mqkit still reads the file and
// ignores it); created by every writer, absent from files written before it existed.
void addGapsTable(SqliteDb& db) {
    db.exec("CREATE TABLE IF NOT EXISTS gaps (id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL REFERENCES runs(id),"
            "  lost_at_ms INTEGER NOT NULL, resumed_at_ms INTEGER, reason TEXT NOT NULL)");
}

// SQLite's own answer to a damaged file is "file is not a database" whatever happened to it, so
// the header is read first: its magic string, page size and page count say what is wrong.
void requireIntactSqliteFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorKind::Usage, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(100);
    if (!header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        if (header.isEmpty())
            throw Error(ErrorKind::Usage, QStringLiteral("%1 is empty, not an mqkit recording").arg(path));
        throw Error(ErrorKind::Usage, QStringLiteral("%1 is not an mqkit recording (not an SQLite database)").arg(path));
    }
    auto byteAt = [&](int i) { return static_cast<quint32>(static_cast<quint8>(header.at(i))); };
    const bool wholeHeader = header.size() == 100;
    const quint32 rawPageSize = wholeHeader ? (byteAt(16) << 8 | byteAt(17)) : 0;
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    const qint64 pageCount =
        wholeHeader ? static_cast<qint64>(byteAt(28) << 24 | byteAt(29) << 16 | byteAt(30) << 8 | byteAt(31)) : 0;
    if (!wholeHeader || pageSize < 512 || file.size() < pageSize * pageCount)
        throw Error(ErrorKind::Usage, QStringLiteral("%1 is truncated or damaged: %2 bytes, where its SQLite header "
                                                     "promises %3")
                                          .arg(path)
                                          .arg(file.size())
                                          .arg(wholeHeader ? QString::number(pageSize * pageCount)
                                                           : QStringLiteral("at least 100")));
}

// Reading a WAL database creates its -wal and -shm files beside it: the directory must be writable.
[[noreturn]] void failOpening(const QString& path, const Error& e) {
    const QFileInfo dir(QFileInfo(path).absolutePath());
    if (!dir.isWritable())
        throw Error(ErrorKind::Io, QStringLiteral("cannot open the recording %1: its directory %2 is not writable "
                                                  "(SQLite creates its -wal and -shm files beside a recording)")
                                       .arg(path, dir.filePath()));
    throw Error(ErrorKind::Io, QStringLiteral("cannot open the recording %1 (truncated or damaged?): %2")
                                   .arg(path, e.message()));
}

void appendInt32(QByteArray& out, qint32 v) {
    const auto u = static_cast<quint32>(v);
    const char bytes[4] = {static_cast<char>(u >> 24), static_cast<char>(u >> 16), static_cast<char>(u >> 8),
                           static_cast<char>(u)};
    out.append(bytes, 4);
}

qint32 readInt32(const QByteArray& in, qsizetype& at) {
    if (at + 4 > in.size())
        throw Error(ErrorKind::Usage, CoreTr::tr("malformed Kafka headers in the recording"));
    auto byte = [&](qsizetype i) { return static_cast<quint32>(static_cast<quint8>(in.at(at + i))); };
    const quint32 u = byte(0) << 24 | byte(1) << 16 | byte(2) << 8 | byte(3);
    at += 4;
    return static_cast<qint32>(u);
}

QByteArray readBytes(const QByteArray& in, qsizetype& at, qint32 size) {
    if (size < 0 || at + size > in.size())
        throw Error(ErrorKind::Usage, CoreTr::tr("malformed Kafka headers in the recording"));
    const QByteArray out = in.mid(at, size);
    at += size;
    return out;
}

} // namespace

int formatVersion() {
    return static_cast<int>(migrations().size());
}

bool hasKafkaColumns(SqliteDb& db) {
    return db.userVersion() >= kKafkaFormat;
}

void enableKafka(SqliteDb& db) {
    db.migrate(migrations());
}

QByteArray encodeKafkaHeaders(const std::vector<KafkaHeader>& headers) {
    QByteArray out;
    for (const KafkaHeader& h : headers) {
        const QByteArray name = h.name.toUtf8();
        appendInt32(out, static_cast<qint32>(name.size()));
        out.append(name);
        appendInt32(out, h.value ? static_cast<qint32>(h.value->size()) : -1);
        if (h.value)
            out.append(*h.value);
    }
    return out;
}

std::vector<KafkaHeader> decodeKafkaHeaders(const QByteArray& encoded) {
    std::vector<KafkaHeader> out;
    qsizetype at = 0;
    while (at < encoded.size()) {
        KafkaHeader& h = out.emplace_back();
        h.name = QString::fromUtf8(readBytes(encoded, at, readInt32(encoded, at)));
        const qint32 size = readInt32(encoded, at);
        if (size >= 0)
            h.value = readBytes(encoded, at, size);
    }
    return out;
}

bool hasGapsTable(SqliteDb& db) {
    auto stmt = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'gaps'");
    return stmt.step();
}

std::unique_ptr<SqliteDb> openExisting(const QString& path) {
    const QFileInfo info(path);
    if (!info.exists())
        throw Error(ErrorKind::Usage, QStringLiteral("no such recording: %1").arg(path));
    if (!info.isFile() || !info.isReadable())
        throw Error(ErrorKind::Usage, QStringLiteral("%1 is not a readable file").arg(path));
    requireIntactSqliteFile(path);
    auto db = std::make_unique<SqliteDb>(path);
    int version = 0;
    try {
        version = db->userVersion(); // the first read
    } catch (const Error& e) {
        failOpening(path, e);
    }
    if (version < 0) // no mqkit writes it: a damaged header, and no migration may be indexed with it
        throw Error(ErrorKind::Io, QStringLiteral("cannot open the recording %1 (truncated or damaged?): its format "
                                                  "version is %2")
                                       .arg(path, QString::number(version)));
    if (version > static_cast<int>(migrations().size()))
        throw Error(ErrorKind::Usage, QStringLiteral("%1 is a recording of a newer format (%2) than this mqkit "
                                                     "understands (%3); upgrade mqkit")
                                          .arg(path, QString::number(version), QString::number(migrations().size())));
    requireRecording(*db, path);
    configure(*db);
    return db;
}

std::unique_ptr<SqliteDb> openForWriting(const QString& path, bool append) {
    const QFileInfo info(path);
    if (info.exists()) {
        if (!append)
            throw Error(ErrorKind::Usage, QStringLiteral("%1 exists; give --append to add to it (a recording is never "
                                                         "overwritten)")
                                              .arg(path));
        auto db = openExisting(path);
        addGapsTable(*db);
        return db;
    }
    auto db = std::make_unique<SqliteDb>(path);
    configure(*db);
    db->migrate({migrations().front()}); // format 1; enableKafka() takes it further
    db->transaction([&] {
        auto put = db->prepare("INSERT INTO meta (key, value) VALUES (?, ?)");
        put.bind(1, QStringLiteral("format")).bind(2, QString::fromLatin1(kFormat));
        put.step();
        put.reset();
        put.bind(1, QStringLiteral("created_by")).bind(2, QStringLiteral("mqkit " MQKIT_VERSION));
        put.step();
    });
    addGapsTable(*db);
    return db;
}

} // namespace mqkit::recordingfile
