#pragma once

// The bridge's durable spool: every MQTT message is committed here (as the Kafka record it
// becomes) before it is handed to Kafka, and deleted only once Kafka acknowledged it.
//
// What the libraries do, read in their sources (Paho C v1.3.12, Paho C++ v1.2.0, librdkafka
// v2.0.2), and what the bridge builds on it:
//
// Paho C, inbound QoS 1 (src/MQTTProtocolClient.c, MQTTProtocol_handlePublishes): the packet is
//   handed to Protocol_processPublication() FIRST and PUBACK is sent (MQTTPacket_send_puback, or
//   MQTTProtocol_queueAck when the socket has pending writes) AFTER it returns. In the async API
//   (src/MQTTAsyncUtils.c, Protocol_processPublication) the messageArrived callback is called
//   synchronously from there, on the receive thread, when the client's messageQueue is empty and
//   the client is connected. So PUBACK leaves only after the callback has returned, whatever it
//   returns. If it returns 0 (false) the message stays on messageQueue (persisted to the client
//   persistence if there is one: MQTTPersistence_persistQueueEntry) and is offered again from
//   MQTTAsync_receiveThread on the next cycle (MQTTPersistence_unpersistQueueEntry once
//   accepted) -- but the PUBACK has already gone: returning false is a local retry, never a
//   broker redelivery. When messageQueue is not empty or the client is not (yet) marked connected,
//   the message is queued and PUBACK sent before the callback sees it.
// Paho C++ 1.2 (src/async_client.cpp, async_client::on_message_arrived): calls the message
//   handler / callback / consumer queue and always returns true ("TODO: Should the user code
//   determine the return value?"). So a C++ handler that blocks until the message is durable
//   delays the PUBACK until then; it cannot refuse a message.
// Paho C, inbound QoS 2: MQTTPacket_Factory (src/MQTTPacket.c) writes every inbound QoS 2 PUBLISH
//   to the client persistence (MQTTPersistence_putPacket, a no-op with MQTTCLIENT_PERSISTENCE_NONE),
//   then MQTTProtocol_handlePublishes stores it in client->inboundMsgs and sends PUBREC.
//   MQTT 3.1.1: the message reaches the callback only at PUBREL (MQTTProtocol_handlePubrels ->
//   Protocol_processPublication), the persisted copy is removed and PUBCOMP is sent after the
//   callback. A process killed between PUBREC and PUBREL loses the message unless the client
//   persistence restored it (MQTTPersistence_restorePackets at create time), because the broker
//   then resends only PUBREL. MQTT 5: the callback runs at PUBLISH time, BEFORE PUBREC
//   (handlePublishes calls Protocol_processPublication, then MQTTPacket_send_pubrec); a PUBLISH
//   with a packet id already in inboundMsgs is not delivered twice. Paho sets dup=0 on every
//   QoS 2 message it hands over.
// Client persistence: MQTTAsync_createWithOptions accepts MQTTCLIENT_PERSISTENCE_USER with an
//   MQTTClient_persistence (popen/pclose/pput/pget/premove/pkeys/pclear/pcontainskey); Paho C++ 1.2
//   exposes it as mqtt::iclient_persistence, passed to the async_client(serverURI, clientId,
//   create_options, iclient_persistence*) constructor (src/async_client.cpp; the create_options
//   carry the MQTT version, so it serves MQTT 3.1.1 and 5 alike; src/iclient_persistence.cpp turns
//   an exception into MQTTCLIENT_PERSISTENCE_ERROR and hands put() the buffers as string_views).
//   - When written: MQTTPacket_Factory puts an inbound QoS 2 PUBLISH under "r-<id>" ("r5-<id>" on
//     MQTT 5) BEFORE MQTTProtocol_handlePublishes runs, and runs that whatever the put returned: a
//     failed put is still answered with PUBREC. (Outbound: "s-"/"sc-" from MQTTPacket_sends/_send;
//     queued deliveries "q-" from MQTTPersistence_persistQueueEntry.)
//   - When removed: MQTTProtocol_handlePubrels, after Protocol_processPublication (MQTT 3.1.1: the
//     callback), before PUBCOMP; MQTTAsync_cleanSession (clean session, or CONNACK with session
//     present 0) removes all in-flight records (MQTTAsync_unpersistInflightMessages).
//   - When restored: at create (MQTTAsync_createWithOptions -> MQTTPersistence_initialize -> popen,
//     MQTTPersistence_restorePackets: pkeys, pget each): an "r-" record goes back to inboundMsgs
//     awaiting PUBREL; with clean session off the broker sends PUBREL again after CONNACK and
//     handlePubrels delivers the restored message (MQTT 3.1.1). On an MQTT 5 client the restored
//     record's payload is freed (the callback ran at PUBLISH time) and a resent PUBLISH with that id
//     counts as already received (handlePublishes: already_received, no delivery): a crash between
//     the put and the callback's spool commit would LOSE the message. So MQTT 5 must not use it.
//     A v5 record cannot be restored into a 3.1.1 client (restorePackets fails the create).
// librdkafka 2.0.2 (INTRODUCTION.md "Idempotent Producer", "Fatal producer errors"): with
//   enable.idempotence the producer keeps order and writes each message once per producer
//   instance; on a fatal error (rd_kafka_fatal_error: OUT_OF_ORDER_SEQUENCE_NUMBER,
//   UNKNOWN_PRODUCER_ID, fencing...) produce calls fail with ERR__FATAL, queued messages are
//   purged automatically (RD_KAFKA_PURGE_F_QUEUE, delivery error ERR__PURGE_QUEUE), in-flight
//   ones are not. The instance cannot recover: it must be destroyed and a new one created, whose
//   guarantees start afresh. Messages that time out (message.timeout.ms) leave gaps; in-flight
//   ones may still have been written (RD_KAFKA_MSG_STATUS_POSSIBLY_PERSISTED).
//
// What the bridge does with it:
// - MQTT side: MqttSession's arrival handler runs on Paho's receive thread and commits the
//   message to this spool before returning, so at QoS 1 PUBACK (and at MQTT 5 QoS 2 PUBREC) leaves
//   only once the message is in the spool's WAL. With synchronous=NORMAL (the default) a commit
//   survives the bridge process being killed (kill -9): the WAL is written before the commit
//   returns; an operating-system crash or power loss may take the last commits. synchronous=FULL
//   fsyncs every commit and survives those too, at a cost per message.
// - MQTT 3.1.1 QoS 2: Paho's client persistence is MqttSessionStore, a table (mqtt_session) in
//   this spool's file with the same synchronous setting, so the PUBLISH is committed before PUBREC
//   and a restarted bridge (same client id and file) restores it and delivers it at the resent
//   PUBREL. A put that fails is retried on Paho's thread (PUBREC held back), see PahoSessionStore.h.
//   A crash after the spool commit and before Paho removed its record redelivers it: a duplicate.
//   (One file, two tables, two connections: no transaction spans both, none is needed.)
// - MQTT 5 QoS 2 runs without a client persistence (see above) and can produce a duplicate when
//   the bridge dies after the commit and before PUBREC; a spool still holding MQTT 3.1.1 records
//   for the client id is refused with MQTT 5 until a 3.1.1 run delivered them.
// - Kafka side: records are produced in spool order (idempotent, acks=all, no message timeout, so
//   librdkafka retries until Kafka takes them); a delivery report deletes the row. A fatal producer
//   error rebuilds the producer and produces again, in order, everything still in the spool: the
//   records that were in flight may be written twice (never lost); consumers drop duplicates by
//   their idempotency keys.

#include "kafka/KafkaRecord.h"

#include <QString>

#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace mqkit {

class SqliteDb;
class SqliteStatement;

// What the bridge does when the spool reaches a bound.
enum class SpoolOverflow {
    StopConsuming, // read nothing more from MQTT (the broker holds the backlog for the session) until it drains
    DeadLetter,    // keep consuming; what arrives while full goes to the dead-letter topic, with the reason
};

// The SQLite synchronous setting of the spool (journal mode is always WAL).
enum class SpoolSync {
    Normal, // commits survive the process being killed; an OS crash or power loss may take the last ones
    Full,   // every commit is fsynced: survives power loss, costs a disk flush per commit
};

struct SpoolOptions {
    std::int64_t maxBytes = 1024LL * 1024 * 1024; // payloads, keys and headers of the records held
    std::chrono::seconds maxAge{24 * 3600};       // the oldest record's time in the spool
    SpoolOverflow overflow = SpoolOverflow::StopConsuming;
    SpoolSync sync = SpoolSync::Normal;
};

struct SpooledRecord {
    std::int64_t id = 0; // ascending in append order: the order records are produced in
    std::int64_t spooledAtMs = 0;
    KafkaRecord record;
};

struct SpoolStats {
    std::int64_t records = 0;
    std::int64_t bytes = 0;
    std::optional<std::int64_t> oldestSpooledAtMs;
};

// The spool file (SQLite, WAL). Thread-safe: the MQTT receive thread appends while the bridge's
// own thread reads and deletes. Every failure throws Error(Io) naming the file.
class BridgeSpool {
public:
    BridgeSpool(const QString& path, SpoolOptions options);
    ~BridgeSpool();
    BridgeSpool(const BridgeSpool&) = delete;
    BridgeSpool& operator=(const BridgeSpool&) = delete;

    const SpoolOptions& options() const { return m_options; }
    QString path() const;

    // Commits the records in one transaction; returns their ids, ascending.
    std::vector<std::int64_t> append(const std::vector<KafkaRecord>& records, std::int64_t nowMs);
    // Deletes the records (delivered) in one transaction; unknown ids are ignored.
    void remove(const std::vector<std::int64_t>& ids);
    // Replaces a record by its dead letter in one transaction; returns the dead letter's id (last in order).
    std::int64_t replace(std::int64_t id, const KafkaRecord& deadLetter, std::int64_t nowMs);
    // Up to `limit` records with an id above `afterId`, in id order (0: from the start).
    std::vector<SpooledRecord> after(std::int64_t afterId, std::size_t limit);

    SpoolStats stats() const;
    // Why the spool is over a bound at nowMs, or nullopt when it is not.
    std::optional<QString> overBound(std::int64_t nowMs) const;
    // Below 90 % of both bounds: a stopped bridge consumes again.
    bool belowResumeMark(std::int64_t nowMs) const;

    // PRAGMA integrity_check: "ok" or SQLite's findings.
    QString integrityCheck();

    static std::int64_t sizeOf(const KafkaRecord& record);

private:
    std::int64_t insertLocked(const KafkaRecord& record, std::int64_t nowMs);
    void removeLocked(const std::vector<std::int64_t>& ids);
    void refreshOldestLocked();

    SpoolOptions m_options;
    std::unique_ptr<SqliteDb> m_db;
    std::unique_ptr<SqliteStatement> m_insert;
    mutable std::mutex m_mutex;
    std::int64_t m_records = 0;
    std::int64_t m_bytes = 0;
    std::optional<std::int64_t> m_oldestMs;
};

} // namespace mqkit
