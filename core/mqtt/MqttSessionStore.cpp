#include "mqtt/MqttSessionStore.h"

#include "common/Error.h"
#include "store/SqliteDb.h"

namespace mqkit {

namespace {

// No user_version migration: the file's schema version belongs to its owner (the bridge's spool).
const char* kSchema = R"(
CREATE TABLE IF NOT EXISTS mqtt_session (
    client_id TEXT NOT NULL,
    key TEXT NOT NULL,
    value BLOB NOT NULL,
    PRIMARY KEY (client_id, key)
) WITHOUT ROWID;
)";

// Paho's keys for an inbound QoS 2 PUBLISH (MQTTPersistence.h: PERSISTENCE_PUBLISH_RECEIVED and
// PERSISTENCE_V5_PUBLISH_RECEIVED).
bool isInboundKey(const QString& key) {
    return key.startsWith(QLatin1String("r-")) || key.startsWith(QLatin1String("r5-"));
}

const char* kCountInbound = "SELECT count(*) FROM mqtt_session WHERE client_id = ? AND "
                            "(substr(key, 1, 2) = 'r-' OR substr(key, 1, 3) = 'r5-')";

} // namespace

MqttSessionStore::MqttSessionStore(const QString& path, Sync sync) : m_db(std::make_unique<SqliteDb>(path)) {
    m_db->exec("PRAGMA journal_mode = WAL");
    m_db->exec(sync == Sync::Full ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL");
    m_db->exec(kSchema);
}

MqttSessionStore::~MqttSessionStore() = default;

QString MqttSessionStore::path() const {
    return m_db->path();
}

void MqttSessionStore::open(const QString& clientId) {
    std::lock_guard lock(m_mutex);
    m_clientId = clientId;
    m_restoredAtOpen = heldInboundLocked(clientId);
}

void MqttSessionStore::close() {
    std::lock_guard lock(m_mutex);
    m_clientId.clear();
}

void MqttSessionStore::put(const QString& key, const std::vector<QByteArrayView>& parts) {
    QByteArray value;
    qsizetype size = 0;
    for (const auto& part : parts)
        size += part.size();
    value.reserve(size);
    for (const auto& part : parts)
        value.append(part);
    std::lock_guard lock(m_mutex);
    auto s = m_db->prepare("INSERT OR REPLACE INTO mqtt_session (client_id, key, value) VALUES (?, ?, ?)");
    s.bind(1, m_clientId).bind(2, key).bind(3, value);
    s.step();
    if (isInboundKey(key))
        ++m_inboundWrites;
}

std::optional<QByteArray> MqttSessionStore::get(const QString& key) const {
    std::lock_guard lock(m_mutex);
    auto s = m_db->prepare("SELECT value FROM mqtt_session WHERE client_id = ? AND key = ?");
    s.bind(1, m_clientId).bind(2, key);
    if (!s.step())
        return std::nullopt;
    return s.blob(0);
}

void MqttSessionStore::remove(const QString& key) {
    std::lock_guard lock(m_mutex);
    auto s = m_db->prepare("DELETE FROM mqtt_session WHERE client_id = ? AND key = ?");
    s.bind(1, m_clientId).bind(2, key);
    s.step();
}

QStringList MqttSessionStore::keys() const {
    std::lock_guard lock(m_mutex);
    auto s = m_db->prepare("SELECT key FROM mqtt_session WHERE client_id = ? ORDER BY key");
    s.bind(1, m_clientId);
    QStringList out;
    while (s.step())
        out << s.text(0);
    return out;
}

void MqttSessionStore::clear() {
    std::lock_guard lock(m_mutex);
    auto s = m_db->prepare("DELETE FROM mqtt_session WHERE client_id = ?");
    s.bind(1, m_clientId);
    s.step();
}

bool MqttSessionStore::containsKey(const QString& key) const {
    std::lock_guard lock(m_mutex);
    auto s = m_db->prepare("SELECT 1 FROM mqtt_session WHERE client_id = ? AND key = ?");
    s.bind(1, m_clientId).bind(2, key);
    return s.step();
}

int MqttSessionStore::heldInbound(const QString& clientId) const {
    std::lock_guard lock(m_mutex);
    return heldInboundLocked(clientId);
}

int MqttSessionStore::heldInboundLocked(const QString& clientId) const {
    auto s = m_db->prepare(kCountInbound);
    s.bind(1, clientId);
    s.step();
    return static_cast<int>(s.integer(0));
}

void MqttSessionStore::setWriteError(std::optional<QString> error) {
    std::lock_guard lock(m_mutex);
    m_writeError = std::move(error);
}

std::optional<QString> MqttSessionStore::writeError() const {
    std::lock_guard lock(m_mutex);
    return m_writeError;
}

} // namespace mqkit
