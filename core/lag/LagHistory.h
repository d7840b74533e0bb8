#pragma once

#include "lag/LagInspector.h"
#include "lag/LagStatus.h"
#include "store/SqliteDb.h"

#include <QString>

#include <map>
#include <vector>

namespace mqkit {

struct PartitionVerdict {
    QString topic;
    int partition = 0;
    LagVerdict verdict;
};

struct GroupVerdict {
    QString groupId;
    LagVerdict verdict; // the worst partition's
    std::int64_t totalLag = 0;
    std::vector<PartitionVerdict> partitions;
};

// Lag samples over time in SQLite (one row per group, partition and sample; WAL), for
// `kafka lag --watch` and the GUI's charts, and the status of each group over the last samples.
class LagHistory {
public:
    explicit LagHistory(const QString& path);

    // Default file: lag-history.db beside the profiles ($MQKIT_DATA_DIR or the XDG data dir).
    static QString defaultPath();

    // Stores every partition of the report in one transaction.
    void append(const LagReport& report);

    // Forgets the samples taken before `beforeMs` (a long-running watcher keeps a bounded file).
    // Returns how many rows went.
    std::int64_t prune(std::int64_t beforeMs);

    // The last `count` samples of one partition of one group, oldest first.
    std::vector<LagSample> window(const QString& groupId, const KafkaTopicPartition& tp, int count);

    // Evaluates every group of `report` (already appended) over its last `windowSize` samples.
    std::vector<GroupVerdict> evaluate(const LagReport& report, int windowSize);

    // Total lag of a group over time since `sinceMs`, for charts: (taken_at_ms, total lag).
    std::vector<std::pair<std::int64_t, std::int64_t>> totalLagSeries(const QString& groupId, std::int64_t sinceMs);
    // The same for one topic of the group: (taken_at_ms, the topic's lag).
    std::vector<std::pair<std::int64_t, std::int64_t>> topicLagSeries(const QString& groupId, const QString& topic,
                                                                      std::int64_t sinceMs);

private:
    SqliteDb m_db;
};

} // namespace mqkit
