#include "bridge/BridgeSpool.h"

#include "common/CoreTr.h"
#include "common/Error.h"
#include "store/SqliteDb.h"

#include <QDataStream>
#include <QIODevice>

#include <tuple>

namespace mqkit {

namespace {

// Schema version 1. AUTOINCREMENT: ids never go back, even when the spool empties, so the
// produce order is the id order across restarts.
const char* kSchemaV1 = R"(
CREATE TABLE spool (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    spooled_at INTEGER NOT NULL,
    topic TEXT NOT NULL,
    partition INTEGER NOT NULL,
    timestamp INTEGER NOT NULL,
    key BLOB,
    value BLOB,
    headers BLOB,
    bytes INTEGER NOT NULL
);
CREATE TABLE spool_info (name TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO spool_info VALUES ('format', 'mqkit-bridge-spool');
)";

QByteArray encodeHeaders(const std::vector<KafkaHeader>& headers) {
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_6_4);
    s << quint32(headers.size());
    for (const auto& h : headers)
        s << h.name << bool(h.value) << h.value.value_or(QByteArray());
    return out;
}

std::vector<KafkaHeader> decodeHeaders(const QByteArray& data) {
    std::vector<KafkaHeader> out;
    QDataStream s(data);
    s.setVersion(QDataStream::Qt_6_4);
    quint32 count = 0;
    s >> count;
    for (quint32 i = 0; i < count && s.status() == QDataStream::Ok; ++i) {
        KafkaHeader h;
        bool hasValue = false;
        QByteArray value;
        s >> h.name >> hasValue >> value;
        if (hasValue)
            h.value = value;
        out.push_back(std::move(h));
    }
    return out;
}

void bindOptional(SqliteStatement& stmt, int index, const std::optional<QByteArray>& value) {
    if (value)
        stmt.bind(index, *value);
    else
        stmt.bindNull(index);
}

} // namespace

BridgeSpool::BridgeSpool(const QString& path, SpoolOptions options) : m_options(options) {
    m_db = std::make_unique<SqliteDb>(path);
    {
        auto tables = m_db->prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'spool'");
        tables.step();
        const bool isSpool = tables.integer(0) > 0;
        auto any = m_db->prepare("SELECT count(*) FROM sqlite_master");
        any.step();
        if (!isSpool && any.integer(0) > 0)
            throw Error(ErrorKind::Usage,
                        CoreTr::tr("%1 is an SQLite file but not a bridge spool; give a new file or a spool").arg(path));
    }
    m_db->exec("PRAGMA journal_mode = WAL");
    m_db->exec(m_options.sync == SpoolSync::Full ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL");
    m_db->migrate({kSchemaV1});
    m_insert = std::make_unique<SqliteStatement>(
        m_db->prepare("INSERT INTO spool (spooled_at, topic, partition, timestamp, key, value, headers, bytes) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    auto totals = m_db->prepare("SELECT count(*), coalesce(sum(bytes), 0) FROM spool");
    totals.step();
    m_records = totals.integer(0);
    m_bytes = totals.integer(1);
    refreshOldestLocked();
}

BridgeSpool::~BridgeSpool() {
    m_insert.reset(); // finalized before the connection closes
}

QString BridgeSpool::path() const {
    return m_db->path();
}

std::int64_t BridgeSpool::sizeOf(const KafkaRecord& r) {
    std::int64_t bytes = r.key.value_or(QByteArray()).size() + r.value.value_or(QByteArray()).size() + r.topic.size();
    for (const auto& h : r.headers)
        bytes += h.name.size() + h.value.value_or(QByteArray()).size();
    return bytes;
}

std::int64_t BridgeSpool::insertLocked(const KafkaRecord& r, std::int64_t nowMs) {
    SqliteStatement& s = *m_insert;
    const std::int64_t bytes = sizeOf(r);
    s.bind(1, nowMs).bind(2, r.topic).bind(3, std::int64_t(r.partition)).bind(4, r.timestamp);
    bindOptional(s, 5, r.key);
    bindOptional(s, 6, r.value);
    if (r.headers.empty())
        s.bindNull(7);
    else
        s.bind(7, encodeHeaders(r.headers));
    s.bind(8, bytes);
    if (!s.step())
        m_db->fail("insert");
    const std::int64_t id = s.integer(0);
    while (s.step()) {
    }
    s.reset();
    ++m_records;
    m_bytes += bytes;
    if (!m_oldestMs)
        m_oldestMs = nowMs;
    return id;
}

std::vector<std::int64_t> BridgeSpool::append(const std::vector<KafkaRecord>& records, std::int64_t nowMs) {
    std::lock_guard lock(m_mutex);
    std::vector<std::int64_t> ids;
    ids.reserve(records.size());
    const auto before = std::make_tuple(m_records, m_bytes, m_oldestMs);
    try {
        m_db->transaction([&] {
            for (const auto& r : records)
                ids.push_back(insertLocked(r, nowMs));
        });
    } catch (...) {
        m_insert->reset();
        std::tie(m_records, m_bytes, m_oldestMs) = before;
        throw;
    }
    return ids;
}

void BridgeSpool::removeLocked(const std::vector<std::int64_t>& ids) {
    auto del = m_db->prepare("DELETE FROM spool WHERE id = ? RETURNING bytes");
    for (const std::int64_t id : ids) {
        del.bind(1, id);
        if (del.step()) {
            m_bytes -= del.integer(0);
            --m_records;
            while (del.step()) {
            }
        }
        del.reset();
    }
}

void BridgeSpool::remove(const std::vector<std::int64_t>& ids) {
    if (ids.empty())
        return;
    std::lock_guard lock(m_mutex);
    const auto before = std::make_tuple(m_records, m_bytes);
    try {
        m_db->transaction([&] { removeLocked(ids); });
    } catch (...) {
        std::tie(m_records, m_bytes) = before;
        throw;
    }
    refreshOldestLocked();
}

std::int64_t BridgeSpool::replace(std::int64_t id, const KafkaRecord& deadLetter, std::int64_t nowMs) {
    std::lock_guard lock(m_mutex);
    const auto before = std::make_tuple(m_records, m_bytes, m_oldestMs);
    std::int64_t newId = 0;
    try {
        m_db->transaction([&] {
            newId = insertLocked(deadLetter, nowMs);
            removeLocked({id});
        });
    } catch (...) {
        m_insert->reset();
        std::tie(m_records, m_bytes, m_oldestMs) = before;
        throw;
    }
    refreshOldestLocked();
    return newId;
}

std::vector<SpooledRecord> BridgeSpool::after(std::int64_t afterId, std::size_t limit) {
    std::lock_guard lock(m_mutex);
    auto s = m_db->prepare("SELECT id, spooled_at, topic, partition, timestamp, key, value, headers FROM spool "
                           "WHERE id > ? ORDER BY id LIMIT ?");
    s.bind(1, afterId).bind(2, static_cast<std::int64_t>(limit));
    std::vector<SpooledRecord> out;
    while (s.step()) {
        SpooledRecord sr;
        sr.id = s.integer(0);
        sr.spooledAtMs = s.integer(1);
        KafkaRecord& r = sr.record;
        r.topic = s.text(2);
        r.partition = static_cast<int>(s.integer(3));
        r.timestamp = s.integer(4);
        if (!s.isNull(5))
            r.key = s.blob(5);
        if (!s.isNull(6))
            r.value = s.blob(6);
        if (!s.isNull(7))
            r.headers = decodeHeaders(s.blob(7));
        out.push_back(std::move(sr));
    }
    return out;
}

void BridgeSpool::refreshOldestLocked() {
    auto s = m_db->prepare("SELECT spooled_at FROM spool ORDER BY id LIMIT 1");
    m_oldestMs = s.step() ? std::optional<std::int64_t>(s.integer(0)) : std::nullopt;
}

SpoolStats BridgeSpool::stats() const {
    std::lock_guard lock(m_mutex);
    return {m_records, m_bytes, m_oldestMs};
}

std::optional<QString> BridgeSpool::overBound(std::int64_t nowMs) const {
    const SpoolStats s = stats();
    if (s.bytes >= m_options.maxBytes)
        return CoreTr::tr("the spool holds %1 bytes, its bound is %2").arg(s.bytes).arg(m_options.maxBytes);
    const std::int64_t maxAgeMs = std::chrono::duration_cast<std::chrono::milliseconds>(m_options.maxAge).count();
    if (s.oldestSpooledAtMs && nowMs - *s.oldestSpooledAtMs >= maxAgeMs)
        return CoreTr::tr("the oldest record has waited %1 s in the spool, its bound is %2 s")
            .arg((nowMs - *s.oldestSpooledAtMs) / 1000)
            .arg(m_options.maxAge.count());
    return std::nullopt;
}

bool BridgeSpool::belowResumeMark(std::int64_t nowMs) const {
    const SpoolStats s = stats();
    const std::int64_t maxAgeMs = std::chrono::duration_cast<std::chrono::milliseconds>(m_options.maxAge).count();
    return s.bytes * 10 < m_options.maxBytes * 9 &&
           (!s.oldestSpooledAtMs || (nowMs - *s.oldestSpooledAtMs) * 10 < maxAgeMs * 9);
}

QString BridgeSpool::integrityCheck() {
    std::lock_guard lock(m_mutex);
    auto s = m_db->prepare("PRAGMA integrity_check");
    QStringList lines;
    while (s.step())
        lines << s.text(0);
    return lines.join(QLatin1Char('\n'));
}

} // namespace mqkit
