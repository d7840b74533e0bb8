#pragma once

#include "kafka/KafkaAdminTypes.h"

#include <QString>
#include <QStringList>

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <vector>

namespace mqkit {

// The admin calls the planners (LagInspector, OffsetResetter, planConfigAlter) read the cluster
// through. KafkaAdmin implements it against a real cluster; unit tests of planning logic use an
// in-memory fake (tests/support/FakeKafkaAdmin.h). Each call's contract is documented on KafkaAdmin.
class KafkaAdminApi {
public:
    virtual ~KafkaAdminApi() = default;

    virtual std::vector<KafkaGroupListing> listGroups() = 0;
    virtual std::vector<KafkaGroupDescription> describeGroups(const QStringList& groupIds) = 0;
    virtual std::vector<KafkaGroupOffsets> committedOffsets(const QStringList& groupIds) = 0;
    virtual std::map<KafkaTopicPartition, KafkaWatermarks> watermarks(const std::vector<KafkaTopicPartition>& partitions) = 0;
    virtual std::map<KafkaTopicPartition, std::optional<std::int64_t>>
    offsetsForTimestamp(const std::vector<KafkaTopicPartition>& partitions, std::int64_t timestampMs) = 0;
    virtual std::map<KafkaTopicPartition, std::int64_t>
    recordTimestamps(const std::map<KafkaTopicPartition, std::int64_t>& offsets, std::chrono::milliseconds budget) = 0;
    virtual void alterCommittedOffsets(const QString& groupId, const std::map<KafkaTopicPartition, std::int64_t>& offsets) = 0;
    virtual std::map<QString, int> partitionCounts(const QStringList& topics) = 0;
    virtual std::vector<KafkaConfigEntry> describeConfigs(const KafkaConfigResource& resource) = 0;

    // ---- Provisioning (core/provision): the whole state read in bulk, then changed item by item ----
    virtual std::vector<KafkaTopicInfo> listTopics(bool includeInternal) = 0;
    virtual std::map<QString, std::vector<KafkaConfigEntry>> describeTopicConfigs(const QStringList& topics) = 0;
    virtual std::vector<KafkaItemResult> createTopics(const std::vector<KafkaNewTopic>& topics, bool validateOnly) = 0;
    virtual std::vector<KafkaItemResult> deleteTopics(const QStringList& topics) = 0;
    virtual void createPartitions(const QString& topic, int totalPartitions, bool validateOnly) = 0;
    virtual void applyConfigPlan(const KafkaConfigPlan& plan, bool validateOnly) = 0;
    virtual std::vector<KafkaAcl> describeAcls(const KafkaAcl& filter) = 0;
    virtual void createAcls(const std::vector<KafkaAcl>& acls) = 0;
    virtual std::vector<KafkaAcl> deleteAcls(const std::vector<KafkaAcl>& filters) = 0;

protected:
    KafkaAdminApi() = default;
    KafkaAdminApi(const KafkaAdminApi&) = default;
    KafkaAdminApi& operator=(const KafkaAdminApi&) = default;
};

} // namespace mqkit
