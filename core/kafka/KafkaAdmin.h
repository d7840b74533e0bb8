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

// ---- Topic, config and ACL administration (KafkaTopicAdmin.cpp, KafkaConfigs.cpp, KafkaAcls.cpp) ----

// One partition as metadata and ListOffsets report it.
struct KafkaPartitionState {
    int partition = 0;
    int leader = -1;            // -1: no leader (offline)
    std::vector<int> replicas;
    std::vector<int> isr;
    bool underReplicated = false; // fewer in-sync replicas than replicas
    bool offline = false;         // no leader
    std::int64_t low = -1;        // log-start offset
    std::int64_t high = -1;       // high watermark (log-end offset)
    QString error;                // non-empty: metadata or ListOffsets error for this partition
};

struct KafkaTopicDescription {
    QString name;
    bool internal = false;
    std::vector<KafkaPartitionState> partitions;
};

struct KafkaNewTopic {
    QString name;
    int partitions = -1;        // -1: the broker's num.partitions
    int replicationFactor = -1; // -1: the broker's default.replication.factor
    std::vector<std::pair<QString, QString>> configs;
};

// The outcome of one item of a batched admin request (a topic to create or delete ...).
struct KafkaItemResult {
    QString name;
    QString errorName; // Kafka's error name, e.g. TOPIC_ALREADY_EXISTS; empty on success
    QString message;   // the broker's message for errorName
    bool ok() const { return errorName.isEmpty(); }
};

enum class KafkaConfigResourceType { Topic, Broker };

// A topic, a broker (name = its id) or the cluster-wide broker default (Broker with an empty name).
struct KafkaConfigResource {
    KafkaConfigResourceType type = KafkaConfigResourceType::Topic;
    QString name;
    QString describe() const; // "topic 'orders'", "broker 1", "the cluster-wide broker default"
};

enum class KafkaConfigSource { Unknown, DynamicTopic, DynamicBroker, DynamicDefaultBroker, StaticBroker, Default };
QString configSourceName(KafkaConfigSource source); // "dynamic-topic", "static-broker", "default", ...
bool isDynamic(KafkaConfigSource source);

struct KafkaConfigEntry {
    QString name;
    std::optional<QString> value; // absent: null, or sensitive (Kafka never returns those)
    KafkaConfigSource source = KafkaConfigSource::Unknown;
    bool readOnly = false;
    bool sensitive = false;
};

struct KafkaConfigChange {
    QString key;
    std::optional<QString> oldValue; // absent: not set dynamically before
    std::optional<QString> newValue; // absent: removed
    bool sensitive = false;
};

// What `configs alter` will send: librdkafka 2.0.2 has no IncrementalAlterConfigs, and its
// AlterConfigs replaces the resource's whole dynamic set, so the set is read first and the
// change merged into it.
struct KafkaConfigPlan {
    KafkaConfigResource resource;
    std::map<QString, QString> dynamicBefore; // the resource's own dynamic configs now
    std::map<QString, QString> dynamicAfter;  // what AlterConfigs will send
    std::vector<KafkaConfigChange> changes;
};

// One ACL binding, or a filter where an empty field means "any". Names as Kafka's tools print
// them: resourceType Topic|Group|Cluster, patternType Literal|Prefixed (filters also Match),
// operation Read|Write|Create|Delete|Alter|Describe|ClusterAction|DescribeConfigs|AlterConfigs|
// IdempotentWrite|All, permission Allow|Deny. Parsing is case-insensitive.
struct KafkaAcl {
    QString resourceType;
    QString resourceName;
    QString patternType;
    QString principal; // Type:name, e.g. User:alice
    QString host;      // * for any host
    QString operation;
    QString permission;
    bool operator==(const KafkaAcl&) const = default;
    QString describe() const; // one line, for messages
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

    // ---- Topic, config and ACL administration ----
    // Partition leaders, replicas, ISR and watermarks. An empty list: every topic (internal ones
    // only with includeInternal). A named topic the cluster does not have: Error(NotFound).
    std::vector<KafkaTopicDescription> describeTopics(const QStringList& topics, bool includeInternal = false);
    // Batched; per-topic errors (TOPIC_ALREADY_EXISTS, UNKNOWN_TOPIC_OR_PART, ...) in the results.
    std::vector<KafkaItemResult> createTopics(const std::vector<KafkaNewTopic>& topics, bool validateOnly = false);
    std::vector<KafkaItemResult> deleteTopics(const QStringList& topics);
    // Grows `topic` to `totalPartitions`; throws on error (NotFound for an unknown topic).
    void createPartitions(const QString& topic, int totalPartitions, bool validateOnly = false);

    // Every config of one resource with its source; throws NotFound for an unknown topic.
    std::vector<KafkaConfigEntry> describeConfigs(const KafkaConfigResource& resource);
    // Reads the dynamic set and merges `set` and `remove` into it. Throws Usage for keys the
    // resource does not have, for removing a key that is not set dynamically, and when a
    // sensitive dynamic key would be lost (Kafka never reveals its value).
    KafkaConfigPlan planConfigAlter(const KafkaConfigResource& resource, const std::map<QString, QString>& set,
                                    const QStringList& remove);
    // Sends the plan's whole dynamic set (AlterConfigs); validateOnly asks the broker to check it only.
    void applyConfigPlan(const KafkaConfigPlan& plan, bool validateOnly = false);

    // Throws Usage for unknown names or a principal not of the form Type:name.
    static KafkaAcl normalizedAcl(const KafkaAcl& acl, bool filter);
    std::vector<KafkaAcl> describeAcls(const KafkaAcl& filter);
    void createAcls(const std::vector<KafkaAcl>& acls);
    // Deletes what the filters match and returns what was deleted.
    std::vector<KafkaAcl> deleteAcls(const std::vector<KafkaAcl>& filters);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace mqkit
