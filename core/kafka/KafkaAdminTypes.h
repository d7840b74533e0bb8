#pragma once

// The values KafkaAdmin and KafkaAdminApi exchange: topics, groups, offsets, configs, ACLs.

#include <QString>
#include <QStringList>

#include <cstdint>
#include <map>
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

} // namespace mqkit
