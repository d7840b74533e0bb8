#pragma once

// The MQTT client's own in-flight state, kept durably: the "client persistence" of the MQTT
// library (Paho), in a table of an SQLite file (WAL). MqttSession hands it to the library, which
// writes, by its own keys, every packet it must not forget across a crash: an inbound QoS 2
// PUBLISH between PUBREC and PUBREL ("r-<packet id>", MQTT 3.1.1), outbound QoS 1/2 PUBLISHes and
// PUBRELs ("s-", "sc-"), and queued messages ("q-"). Each write is committed before the call
// returns; a new client with the same client id restores what the file holds when it is created.
//
// The table lives beside whatever else the file holds (the bridge keeps it in its spool file), one
// set of keys per client id; it never touches another table.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace mqkit {

class SqliteDb;

class MqttSessionStore {
public:
    enum class Sync {
        Normal, // a commit survives the process being killed; an OS crash or power loss may take the last ones
        Full,   // every commit is fsynced
    };

    // Opens (creates) the table in the file. Throws Error(Io) when the file cannot be opened.
    MqttSessionStore(const QString& path, Sync sync);
    ~MqttSessionStore();
    MqttSessionStore(const MqttSessionStore&) = delete;
    MqttSessionStore& operator=(const MqttSessionStore&) = delete;

    QString path() const;

    // The library's store interface. open() chooses the client id whose keys the calls below see;
    // every failure throws Error(Io) and leaves the stored state as it was.
    void open(const QString& clientId);
    void close();
    // Stores the parts, concatenated, under key (replacing any value) and commits.
    void put(const QString& key, const std::vector<QByteArrayView>& parts);
    std::optional<QByteArray> get(const QString& key) const;
    void remove(const QString& key); // an unknown key: nothing
    QStringList keys() const;
    void clear();
    bool containsKey(const QString& key) const;

    // Inbound QoS 2 messages of clientId acknowledged to the broker (PUBREC) and not yet released
    // (PUBREL): what a client created now restores and delivers when the broker releases them.
    int heldInbound(const QString& clientId) const;
    // Since this object was created: inbound QoS 2 messages written, and held ones found at open().
    std::int64_t inboundWrites() const { return m_inboundWrites; }
    std::int64_t restoredAtOpen() const { return m_restoredAtOpen; }

    // Why the last write failed, until one succeeds (set by whoever retries writes).
    void setWriteError(std::optional<QString> error);
    std::optional<QString> writeError() const;

private:
    int heldInboundLocked(const QString& clientId) const;

    std::unique_ptr<SqliteDb> m_db;
    mutable std::mutex m_mutex;
    QString m_clientId;
    std::optional<QString> m_writeError;
    std::atomic<std::int64_t> m_inboundWrites{0};
    std::atomic<std::int64_t> m_restoredAtOpen{0};
};

} // namespace mqkit
