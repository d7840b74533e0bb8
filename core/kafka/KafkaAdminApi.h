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

protected:
    KafkaAdminApi() = default;
    KafkaAdminApi(const KafkaAdminApi&) = default;
    KafkaAdminApi& operator=(const KafkaAdminApi&) = default;
};

} // namespace mqkit
