#pragma once

#include "kafka/KafkaClientConfig.h"

#include <QString>

#include <memory>
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

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace mqkit
