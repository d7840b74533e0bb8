#pragma once

#include "kafka/KafkaClientConfig.h"

#include <QString>
#include <QStringList>

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace mqkit {

struct KafkaTopicInfo {
    QString name;
    int partitions = 0;
    int replicationFactor = 0;
    bool internal = false; // __consumer_offsets, __transaction_state, ... (names starting with "__")
};

struct KafkaBrokerInfo {
    int id = -1;
    QString host;
    int port = 0;
};

struct KafkaClusterInfo {
    QString clusterId;
    int controllerId = -1;
    std::vector<KafkaBrokerInfo> brokers;
};

struct KafkaTopicPartition {
    QString topic;
    int partition = 0;
    bool operator==(const KafkaTopicPartition&) const = default;
    bool operator<(const KafkaTopicPartition& o) const { return topic != o.topic ? topic < o.topic : partition < o.partition; }
};

struct KafkaGroupListing {
    QString groupId;
    QString state;      // Stable, Empty, PreparingRebalance, CompletingRebalance, Dead, Unknown
    bool simple = false; // no group protocol: offsets committed by assign()-style consumers (protocol type "")
};

struct KafkaGroupMember {
    QString consumerId; // member id
    QString clientId;
    QString host;
    QString groupInstanceId; // static membership, empty if none
    std::vector<KafkaTopicPartition> assignment;
};

struct KafkaGroupDescription {
    QString groupId;
    QString state;
    bool simple = false;
    QString partitionAssignor; // e.g. "range", "cooperative-sticky"
    int coordinatorId = -1;
    std::vector<KafkaGroupMember> members;
    QString error; // non-empty: the broker could not describe this group (e.g. GROUP_ID_NOT_FOUND)
};

// Committed offsets of one group: every partition it has committed for. A partition that has
// no committed offset is absent.
struct KafkaGroupOffsets {
    QString groupId;
    std::map<KafkaTopicPartition, std::int64_t> committed;
    QString error; // non-empty: the broker refused or failed this group
};

struct KafkaWatermarks {
    std::int64_t logStart = -1; // earliest offset still in the log
    std::int64_t logEnd = -1;   // offset the next record will get (high watermark)
    QString error;              // non-empty: this partition could not be queried
};

// Admin access to one Kafka cluster over librdkafka's C API (never visible here).
// Every call is bounded by config.timeout and throws Error with a one-line reason that
// carries the Kafka error name, e.g. "authentication failed (_AUTHENTICATION): ...".
class KafkaAdmin {
public:
    explicit KafkaAdmin(const KafkaClientConfig& config);
    ~KafkaAdmin();
    KafkaAdmin(const KafkaAdmin&) = delete;
    KafkaAdmin& operator=(const KafkaAdmin&) = delete;

    std::vector<KafkaTopicInfo> listTopics(bool includeInternal = false);

    // The librdkafka version in use, e.g. "2.0.2".
    static QString clientLibraryVersion();
    // librdkafka before 2.6.1 sends a SCRAM nonce Kafka 4.x rejects (librdkafka#4895): SCRAM
    // works against Kafka 3.x only. Authentication errors say so when it applies.
    static bool scramWorksWithKafka4();
    KafkaClusterInfo describeCluster();

    // Partition counts of topics from metadata; unknown topics are absent from the result.
    std::map<QString, int> partitionCounts(const QStringList& topics);

    // Consumer groups (KafkaGroups.cpp). Every call is one batched request, bounded by the timeout.
    std::vector<KafkaGroupListing> listGroups();
    std::vector<KafkaGroupDescription> describeGroups(const QStringList& groupIds);
    // Committed offsets of many groups, requested concurrently (librdkafka 2.0 takes one group
    // per request, so all requests are in flight at once on one queue), in the order given.
    std::vector<KafkaGroupOffsets> committedOffsets(const QStringList& groupIds);
    // Log-start and log-end offsets of many partitions in two batched ListOffsets round trips
    // (one request per partition leader each), read_uncommitted as Kafka's own tools do.
    std::map<KafkaTopicPartition, KafkaWatermarks> watermarks(const std::vector<KafkaTopicPartition>& partitions);
    // The earliest offset whose record timestamp is >= timestampMs, per partition, in one batched
    // ListOffsets round trip; std::nullopt where no such record exists (the partition holds only
    // older records, or none).
    std::map<KafkaTopicPartition, std::optional<std::int64_t>>
    offsetsForTimestamp(const std::vector<KafkaTopicPartition>& partitions, std::int64_t timestampMs);
    // Timestamps (epoch ms) of the records at the given offsets, fetched with a group-less consumer
    // in one assignment: at most `budget` in total. A partition whose record did not arrive in time
    // is absent. On a compacted topic the record at an offset may be gone; the next one's time is
    // taken then (a lower bound of how far behind a consumer is).
    std::map<KafkaTopicPartition, std::int64_t> recordTimestamps(const std::map<KafkaTopicPartition, std::int64_t>& offsets,
                                                                 std::chrono::milliseconds budget);
    // Commits `offsets` for `groupId` (AlterConsumerGroupOffsets). The broker refuses while the
    // group has active members; every refused partition is named in the Error.
    void alterCommittedOffsets(const QString& groupId, const std::map<KafkaTopicPartition, std::int64_t>& offsets);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace mqkit
