#pragma once

#include "kafka/KafkaAdminApi.h"
#include "kafka/KafkaAdminTypes.h"
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

// Admin access to one Kafka cluster over librdkafka's C API (never visible here).
// Every call is bounded by config.timeout and throws Error with a one-line reason that
// carries the Kafka error name, e.g. "authentication failed (_AUTHENTICATION): ...".
class KafkaAdmin final : public KafkaAdminApi {
public:
    explicit KafkaAdmin(const KafkaClientConfig& config);
    ~KafkaAdmin();
    KafkaAdmin(const KafkaAdmin&) = delete;
    KafkaAdmin& operator=(const KafkaAdmin&) = delete;

    std::vector<KafkaTopicInfo> listTopics(bool includeInternal = false) override;

    // From any thread: every call in progress or to come ends at its next poll slice (at most a
    // second) with Error(Connection) "cancelled while ...". For abandoning reads another thread
    // waits on (provision plan reads the cluster while it parses the spec).
    void cancel();

    // The librdkafka version in use, e.g. "2.0.2".
    static QString clientLibraryVersion();
    // librdkafka before 2.6.1 sends a SCRAM nonce Kafka 4.x rejects (librdkafka#4895): SCRAM
    // works against Kafka 3.x only. Authentication errors say so when it applies.
    static bool scramWorksWithKafka4();
    KafkaClusterInfo describeCluster();

    // Partition counts of topics from metadata; unknown topics are absent from the result.
    std::map<QString, int> partitionCounts(const QStringList& topics) override;

    // Consumer groups (KafkaGroups.cpp). Every call is one batched request, bounded by the timeout.
    std::vector<KafkaGroupListing> listGroups() override;
    std::vector<KafkaGroupDescription> describeGroups(const QStringList& groupIds) override;
    // Committed offsets of many groups, requested concurrently (librdkafka 2.0 takes one group
    // per request, so all requests are in flight at once on one queue), in the order given.
    std::vector<KafkaGroupOffsets> committedOffsets(const QStringList& groupIds) override;
    // Log-start and log-end offsets of many partitions in two batched ListOffsets round trips
    // (one request per partition leader each), read_uncommitted as Kafka's own tools do.
    std::map<KafkaTopicPartition, KafkaWatermarks> watermarks(const std::vector<KafkaTopicPartition>& partitions) override;
    // The earliest offset whose record timestamp is >= timestampMs, per partition, in one batched
    // ListOffsets round trip; std::nullopt where no such record exists (the partition holds only
    // older records, or none).
    std::map<KafkaTopicPartition, std::optional<std::int64_t>>
    offsetsForTimestamp(const std::vector<KafkaTopicPartition>& partitions, std::int64_t timestampMs) override;
    // Timestamps (epoch ms) of the records at the given offsets, fetched with a group-less consumer
    // in one assignment: at most `budget` in total. A partition whose record did not arrive in time
    // is absent. On a compacted topic the record at an offset may be gone; the next one's time is
    // taken then (a lower bound of how far behind a consumer is).
    std::map<KafkaTopicPartition, std::int64_t> recordTimestamps(const std::map<KafkaTopicPartition, std::int64_t>& offsets,
                                                                 std::chrono::milliseconds budget) override;
    // Commits `offsets` for `groupId` (AlterConsumerGroupOffsets). The broker refuses while the
    // group has active members; every refused partition is named in the Error.
    void alterCommittedOffsets(const QString& groupId, const std::map<KafkaTopicPartition, std::int64_t>& offsets) override;

    // ---- Topic, config and ACL administration ----
    // Partition leaders, replicas, ISR and watermarks. An empty list: every topic (internal ones
    // only with includeInternal). A named topic the cluster does not have: Error(NotFound).
    std::vector<KafkaTopicDescription> describeTopics(const QStringList& topics, bool includeInternal = false);
    // Batched; per-topic errors (TOPIC_ALREADY_EXISTS, UNKNOWN_TOPIC_OR_PART, ...) in the results.
    std::vector<KafkaItemResult> createTopics(const std::vector<KafkaNewTopic>& topics, bool validateOnly = false) override;
    std::vector<KafkaItemResult> deleteTopics(const QStringList& topics) override;
    // Grows `topic` to `totalPartitions`; throws on error (NotFound for an unknown topic, Usage for
    // more new partitions than Kafka's controller takes in one request). When the broker fails
    // after doing part of it, the Error says how many partitions the topic has now.
    void createPartitions(const QString& topic, int totalPartitions, bool validateOnly = false) override;

    // Every config of one resource with its source; throws NotFound for an unknown topic or a broker
    // id the cluster does not have (checked first, naming the brokers it has), Usage for a topic
    // name Kafka would refuse.
    std::vector<KafkaConfigEntry> describeConfigs(const KafkaConfigResource& resource) override;
    // The configs of many topics in batched DescribeConfigs requests (up to 500 topics each, all in
    // flight at once), by topic; throws for the first topic the broker could not describe.
    std::map<QString, std::vector<KafkaConfigEntry>> describeTopicConfigs(const QStringList& topics) override;
    // The plan comes from planConfigAlter (kafka/KafkaConfigAlter.h).
    // Sends the plan's whole dynamic set (AlterConfigs); validateOnly asks the broker to check it only.
    void applyConfigPlan(const KafkaConfigPlan& plan, bool validateOnly = false) override;

    // Throws Usage for unknown names or a principal not of the form Type:name.
    static KafkaAcl normalizedAcl(const KafkaAcl& acl, bool filter);
    std::vector<KafkaAcl> describeAcls(const KafkaAcl& filter) override;
    void createAcls(const std::vector<KafkaAcl>& acls) override;
    // Deletes what the filters match and returns what was deleted.
    std::vector<KafkaAcl> deleteAcls(const std::vector<KafkaAcl>& filters) override;

private:
    void requireValidResource(const KafkaConfigResource& resource);
    void requestPartitions(const QString& topic, int totalPartitions, bool validateOnly);
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace mqkit
