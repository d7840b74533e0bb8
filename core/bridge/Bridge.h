#pragma once

#include "bridge/BridgeRoute.h"
#include "bridge/BridgeSpool.h"
#include "kafka/KafkaClientConfig.h"
#include "mqtt/MessagePipeline.h"
#include "mqtt/MqttSession.h"

#include <QByteArray>
#include <QSet>
#include <QString>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <unordered_set>
#include <vector>

namespace mqkit {

class KafkaProducer;
class MqttSessionStore;

struct BridgeOptions {
    // The MQTT side. The bridge needs a fixed client id (the broker keeps its session and queues
    // for it while it is down); it always connects with a persistent session (clean start off,
    // MQTT 5 session expiry "never" unless given) and reconnects by itself.
    MqttConnectOptions mqtt;
    int qos = 1; // 1 or 2
    KafkaClientConfig kafka; // idempotent, acks=all, no message timeout unless the properties say otherwise
    std::vector<BridgeRouteSpec> routes;
    QString spoolPath;
    SpoolOptions spool;
    std::int64_t maxInFlight = 10000; // records handed to Kafka and not yet acknowledged
    // On stop: how long records in flight may still be acknowledged (the rest stays in the spool
    // and is produced again on the next start, possibly twice).
    std::chrono::milliseconds drainOnStop{5000};
};

// Counters since the bridge started.
struct BridgeCounters {
    std::int64_t received = 0;     // messages from MQTT, all committed to the spool
    std::int64_t duplicates = 0;   // of them DUP-flagged redeliveries (QoS 1; Paho clears DUP on QoS 2)
    std::int64_t unrouted = 0;     // matched no route (an overlapping subscription): not bridged
    std::int64_t delivered = 0;    // records Kafka acknowledged on their topic
    std::int64_t deadLettered = 0; // records Kafka acknowledged on a dead-letter topic
    std::int64_t resent = 0;       // records produced again after a producer was rebuilt
    std::int64_t producerRebuilds = 0;
};

// What the bridge is doing, for metrics lines and a status view.
struct BridgeStatus {
    std::int64_t atMs = 0;
    BridgeCounters counters;
    SpoolStats spool;
    std::int64_t inFlight = 0;
    bool mqttConnected = false;
    bool consuming = true;                 // false: paused because the spool reached a bound
    std::optional<QString> kafkaProblem;   // the last problem reaching Kafka, until a delivery succeeds
    std::optional<QString> spoolFull;      // why the spool is over a bound
    std::optional<QString> spoolError;     // the spool cannot be written (the message waits, unacknowledged)
};

// One JSON line: {"at":..., "mqtt":"connected", "kafka":"ok", "in":..., "out":..., "dlq":..., "spool":{...}}.
void writeBridgeStatusJson(QByteArray& out, const BridgeStatus& status);
// One line of text for a terminal.
QString describeBridgeStatus(const BridgeStatus& status);

struct BridgeRunControl {
    std::function<bool()> stopRequested;
    std::function<void(const BridgeStatus&)> onStatus; // about once a second
    std::vector<MessageSink*> sinks;                    // more consumers of the stream (connection events...)
};

// The MQTT→Kafka bridge: MQTT messages are routed, committed to the spool on arrival (before the
// broker is acknowledged), produced to Kafka in spool order and deleted when Kafka acknowledged
// them. See BridgeSpool.h for exactly what is guaranteed where.
class Bridge : public MessageSink {
public:
    // Throws Error(Usage) for a missing client id, bad routes, a QoS other than 1 or 2, or a spool
    // file that is not a spool.
    explicit Bridge(BridgeOptions options);
    ~Bridge() override;
    Bridge(const Bridge&) = delete;
    Bridge& operator=(const Bridge&) = delete;

    const std::vector<BridgeRoute>& routes() const { return m_routes; }
    QStringList subscriptions() const;

    // Connects, subscribes and bridges until stopRequested (or an error it cannot work around:
    // the dead-letter topic refusing records, the MQTT connection refused at start). Throws Error.
    void run(const BridgeRunControl& control);

    BridgeStatus status() const;

    void onBatch(const MqttBatch& batch) override;
    void onEvent(const MqttConnectionEvent& event) override;

private:
    void openSessionStore();
    void onArrival(const MqttMessage& message);
    void commitDurably(const KafkaRecord& record);
    void connectAndSubscribe();
    void newProducer();
    void pumpKafka(std::chrono::milliseconds wait);
    void feedProducer();
    void handleOutcomes(std::chrono::milliseconds wait);
    void deadLetter(std::int64_t id, const QString& error);
    void holdWhileOverBound();
    void drain();

    BridgeOptions m_options;
    std::vector<BridgeRoute> m_routes;
    QSet<QString> m_deadLetterTopics;
    QString m_origin; // broker URL, for dead letters' origin header
    std::unique_ptr<BridgeSpool> m_spool;
    std::unique_ptr<KafkaProducer> m_producer;
    std::unique_ptr<MqttSessionStore> m_sessionStore; // MQTT 3.1.1: Paho's in-flight state, in the spool file
    std::unique_ptr<MqttSession> m_session;

    // Kafka side (the bridge's own thread).
    std::int64_t m_handedUpTo = 0;       // the highest spool id handed to the current producer
    std::int64_t m_handedBeforeRebuild = 0;
    std::unordered_set<std::int64_t> m_deadLetterIds; // in flight to a dead-letter topic
    // Records Kafka refused for good once. Kafka refuses a whole batch for one record in it (too
    // large), so each is produced again alone before it counts as refused (dead letter).
    std::unordered_set<std::int64_t> m_isolated;
    std::optional<std::int64_t> m_waitingFor; // the isolated record in flight: nothing else is produced meanwhile
    bool m_rebuildNeeded = false;
    bool m_mqttUp = false; // from the session's events: asking Paho would wait while an arrival is held
    BridgeCounters m_kafkaCounters;

    // MQTT side (Paho's receive thread).
    std::atomic<std::int64_t> m_received{0};
    std::atomic<std::int64_t> m_duplicates{0};
    std::atomic<std::int64_t> m_unrouted{0};
    std::atomic<bool> m_stopping{false};
    std::atomic<bool> m_consuming{true}; // false while an arrival is held at a bound (holdWhileOverBound)
    mutable std::mutex m_errorMutex;
    std::optional<QString> m_spoolError;
};

} // namespace mqkit
