#pragma once

#include "kafka/KafkaAdminApi.h"

#include <QString>
#include <QStringList>

#include <algorithm>
#include <chrono>
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
    // Lag in time (LagInspector with timeLag): timestamps of the next record the group will read
    // (at the committed offset) and of the newest record (log end - 1). Absent when not measured,
    // when there is nothing to read, or when the record did not arrive within the budget.
    std::optional<std::int64_t> nextRecordTimeMs;
    std::optional<std::int64_t> newestRecordTimeMs;

    // How long ago the next unread record was written: 0 for a caught-up partition (lag 0, even on
    // an idle topic), absent when unknown.
    std::optional<std::int64_t> timeLagMs(std::int64_t nowMs) const {
        if (lag && *lag <= 0)
            return 0;
        if (!nextRecordTimeMs)
            return std::nullopt;
        return std::max<std::int64_t>(0, nowMs - *nextRecordTimeMs);
    }
    // How far the next unread record is behind the newest one, in record time.
    std::optional<std::int64_t> behindNewestMs() const {
        if (lag && *lag <= 0)
            return 0;
        if (!nextRecordTimeMs || !newestRecordTimeMs)
            return std::nullopt;
        return std::max<std::int64_t>(0, *newestRecordTimeMs - *nextRecordTimeMs);
    }

    bool noCommittedOffset() const { return !committed.has_value(); }
    // The committed offset lies below the log start: retention deleted messages the group never read.
    bool committedBelowLogStart() const { return committed && logStart >= 0 && *committed < logStart; }
};

// A lag in time as `kafka lag --time-lag` and the GUI show it: "850ms", "12.5s", "3.2m", "1.5h"; "-" when unknown.
QString lagDurationText(const std::optional<std::int64_t>& ms);

struct GroupLag {
    QString groupId;
    QString state;
    int members = 0;
    std::vector<PartitionLag> partitions; // sorted by topic, partition
    std::map<QString, std::int64_t> lagByTopic;
    std::int64_t totalLag = 0;
    QString error; // the group could not be read; partitions is empty then
};

struct LagOptions {
    // Also measure lag in time: fetch one record at the committed offset and one at the log end of
    // every lagging partition (one assignment each, a few KiB per partition), within `timeBudget`.
    bool timeLag = false;
    std::chrono::milliseconds timeBudget{5000};
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
    explicit LagInspector(KafkaAdminApi& admin) : m_admin(admin) {}

    // groupIds empty: every group of the cluster. A named group the cluster does not know is an
    // Error(NotFound) naming it.
    LagReport inspect(const QStringList& groupIds = {}, const LagOptions& options = {});

private:
    struct GroupReads; // what the batched requests returned for every group
    QStringList groupsToInspect(const QStringList& groupIds);
    GroupReads readGroups(const QStringList& ids, bool namedByUser);
    static GroupLag groupLag(const QString& groupId, const KafkaGroupDescription* desc,
                             const KafkaGroupOffsets& committed,
                             const std::map<KafkaTopicPartition, KafkaWatermarks>& marks);
    void measureTimeLag(LagReport& report, std::chrono::milliseconds budget);
    KafkaAdminApi& m_admin;
};

} // namespace mqkit
