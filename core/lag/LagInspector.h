#pragma once

#include "kafka/KafkaAdmin.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

namespace mqkit {

// One row of `kafka lag`: a partition a group consumes (assigned to a member, or with a
// committed offset, or both), with the numbers kafka-consumer-groups --describe prints.
struct PartitionLag {
    QString topic;
    int partition = 0;
    std::optional<std::int64_t> committed; // absent: the group never committed for this partition
    std::int64_t logStart = -1;
    std::int64_t logEnd = -1;
    std::optional<std::int64_t> lag; // logEnd - committed, when both are known
    QString consumerId;              // empty: no member owns the partition now
    QString clientId;
    QString host;
    QString error; // the partition's offsets could not be read

    bool noCommittedOffset() const { return !committed.has_value(); }
    // The committed offset lies below the log start: retention deleted messages the group never read.
    bool committedBelowLogStart() const { return committed && logStart >= 0 && *committed < logStart; }
};

struct GroupLag {
    QString groupId;
    QString state;
    int members = 0;
    std::vector<PartitionLag> partitions; // sorted by topic, partition
    std::map<QString, std::int64_t> lagByTopic;
    std::int64_t totalLag = 0;
    QString error; // the group could not be read; partitions is empty then
};

struct LagReport {
    std::int64_t takenAtMs = 0;
    std::vector<GroupLag> groups; // sorted by group id
};

// Lag of many consumer groups at once, in a fixed number of batched round trips whatever the
// number of groups: list groups, describe all of them in one request, committed offsets of all
// of them concurrently, then log-start and log-end offsets of every partition involved in two
// batched ListOffsets calls.
class LagInspector {
public:
    explicit LagInspector(KafkaAdmin& admin) : m_admin(admin) {}

    // groupIds empty: every group of the cluster. A named group the cluster does not know is an
    // Error(NotFound) naming it.
    LagReport inspect(const QStringList& groupIds = {});

private:
    KafkaAdmin& m_admin;
};

} // namespace mqkit
