#pragma once

#include "kafka/KafkaClientConfig.h"
#include "kafka/KafkaProducer.h"
#include "kafka/RecordTopicTemplate.h"
#include "replay/TopicMap.h"
#include "store/RecordingReader.h"

#include <QString>

#include <map>
#include <memory>
#include <optional>

namespace mqkit {

class KafkaAdmin;

struct KafkaReplayOptions {
    TopicMap topicMap;             // recorded topic -> target topic (first matching rule)
    QString toTopic;               // non-empty: every record goes to this topic (MQTT recordings need one)
    bool newTimestamps = false;    // false: keep each record's original timestamp
    std::optional<RecordTopicTemplate> keyTemplate; // the key of a replayed MQTT message (none: no key)
};

// Replays recorded messages into Kafka. A Kafka record keeps its key, value (null stays null),
// headers in order and, unless newTimestamps, its timestamp (as CreateTime: a producer cannot set
// LogAppendTime); it goes to its recorded partition when the target topic has it, else by key
// (murmur2, what a Java producer does). An MQTT message becomes a record with the payload as
// value, its MQTT 5 user properties as headers, the receive time as timestamp and the key from
// keyTemplate. The producer is idempotent with acks=all.
class KafkaReplayTarget {
public:
    KafkaReplayTarget(const KafkaClientConfig& config, KafkaReplayOptions options);
    ~KafkaReplayTarget();
    KafkaReplayTarget(const KafkaReplayTarget&) = delete;
    KafkaReplayTarget& operator=(const KafkaReplayTarget&) = delete;

    // The record as it would be produced (Error(NotFound) for a target topic the cluster lacks).
    KafkaRecord toRecord(const RecordedMessage& recorded);
    void send(const RecordedMessage& recorded);
    KafkaDeliveryReport flush();

    // Records placed by key because the target topic has fewer partitions than recorded.
    std::int64_t placedByKey() const { return m_placedByKey; }

private:
    int partitionCount(const QString& topic);

    KafkaClientConfig m_config;
    KafkaReplayOptions m_options;
    std::unique_ptr<KafkaAdmin> m_admin;
    std::unique_ptr<KafkaProducer> m_producer;
    std::map<QString, int> m_partitionCounts;
    std::int64_t m_placedByKey = 0;
    std::int64_t m_sent = 0;
};

} // namespace mqkit
