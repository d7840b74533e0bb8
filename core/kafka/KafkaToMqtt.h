#pragma once

#include "kafka/KafkaClientConfig.h"
#include "kafka/KafkaConsumer.h"
#include "kafka/RecordTopicTemplate.h"
#include "mqtt/MqttMessage.h"
#include "mqtt/MqttSession.h"

#include <QString>

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>

namespace mqkit {

struct KafkaToMqttOptions {
    QString topic;   // the Kafka topic
    QString groupId; // the consumer group whose committed offsets say where to go on
    KafkaStartPosition start; // where a group without committed offsets starts (beginning or end)
    RecordTopicTemplate topicTemplate = RecordTopicTemplate::parse(QStringLiteral("{topic}"));
    int qos = 1;
    bool retain = false;
    std::int64_t maxRecords = 0; // stop after this many records (0: no limit)
    bool stopAtEnd = false;      // stop once every partition was read to its end and published
    std::chrono::milliseconds commitInterval{1000};
    std::chrono::milliseconds progressInterval{1000};
    std::function<void(const MqttConnectionEvent&)> onConnectionEvent; // the MQTT session's events, once each
};

struct KafkaToMqttProgress {
    std::int64_t consumed = 0;     // records read from Kafka
    std::int64_t acknowledged = 0; // publishes the MQTT broker acknowledged (QoS 0: written)
    std::int64_t skipped = 0;      // records whose topic could not be formed (committed, not published)
    std::int64_t resent = 0;       // publishes sent again after a lost connection
    std::int64_t committed = 0;    // records whose offsets were committed
    std::int64_t inFlight = 0;     // read, not yet acknowledged
    std::int64_t elapsedMs = 0;
    QString firstSkipReason;
    bool finished = false;         // stopped by a limit or the end, not by a stop request
};

// Forwards a Kafka topic to an MQTT broker as a consumer group, at least once: every record is
// published at the chosen QoS (topic from the template, payload = value, MQTT 5 user properties
// from the headers), and a record's offset is committed only after the broker acknowledged its
// publish (PUBACK at QoS 1, PUBCOMP at QoS 2, the write at QoS 0), per partition up to the highest
// contiguous acknowledged offset. A lost MQTT connection (the session reconnects) pauses
// forwarding; what was not acknowledged is published again, in order, after the reconnect.
// Publishes leave in record order, so the order per key (per partition) is kept.
class KafkaToMqtt {
public:
    KafkaToMqtt(const KafkaClientConfig& kafka, MqttSession& session, KafkaToMqttOptions options);
    ~KafkaToMqtt();
    KafkaToMqtt(const KafkaToMqtt&) = delete;
    KafkaToMqtt& operator=(const KafkaToMqtt&) = delete;

    // Runs until a limit, the end (stopAtEnd) or stopRequested(); then waits (bounded by the MQTT
    // connect timeout) for the publishes in flight, commits what was acknowledged and leaves the
    // group. Throws Error when Kafka fails or the broker refuses publishes.
    KafkaToMqttProgress run(const std::function<bool()>& stopRequested = {},
                            const std::function<void(const KafkaToMqttProgress&)>& onProgress = {});

    // The MQTT message for a record (topic from the template; nullopt with why when it has none).
    static std::optional<MqttMessage> toMqtt(const KafkaRecord& record, const RecordTopicTemplate& topicTemplate,
                                             int qos, bool retain, bool userProperties, QString* why = nullptr);

    static constexpr int kWindow = 1024;     // publishes in flight at QoS 0/1
    static constexpr int kQos2Window = 20;   // at QoS 2 (Mosquitto's default max_inflight_messages)
    static constexpr std::size_t kMaxPending = 20000; // records read ahead of the acknowledgements

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace mqkit
