#pragma once

#include "common/Plan.h"
#include "kafka/KafkaClientConfig.h"
#include "kafka/KafkaCopyRules.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

namespace mqkit {

struct KafkaCopyOptions {
    KafkaClientConfig source;
    KafkaClientConfig target; // may be the same cluster
    QString sourceTopic;
    QString targetTopic;
    KafkaPartitionRule partitioning;
    KafkaCopyBound from;                               // default: beginning
    KafkaCopyBound until{KafkaCopyBound::Kind::End, {}, 0}; // default: the end when the copy starts
    double maxRate = 0;        // records per second; 0: as fast as the clusters go
    std::int64_t maxRecords = 0; // copy at most this many (the first of the range, partition by partition); 0: all
    bool provenance = true;    // add the mqkit.source.* headers
    bool transactional = false;
    QString checkpointPath;    // empty: defaultCheckpointPath()
    bool resume = false;       // continue from the checkpoint
};

// One source partition of a copy, with its range fixed when the copy starts.
struct KafkaCopyPartition {
    int sourcePartition = 0;
    int targetPartition = -1; // -1: by key
    std::int64_t from = 0;    // first offset to copy
    std::int64_t until = 0;   // one past the last offset to copy (the high watermark at most)
    QString note;
    std::int64_t records() const { return until > from ? until - from : 0; } // offsets (compaction may leave fewer)
};

struct KafkaCopyPlan {
    QString sourceTopic;
    QString targetTopic;
    QString partitioning; // "preserve", "key", "0=1,..."
    std::vector<KafkaCopyPartition> partitions;
    QString checkpointPath;
    bool resumed = false;
    std::int64_t inFlightAtCheckpoint = 0; // resumed: records that may be delivered twice
    std::int64_t records() const;
    // One item per partition (+ copy), details source_partition, target_partition, from, until, records.
    Plan toPlan() const;
};

struct KafkaCopyProgress {
    std::int64_t records = 0;
    std::int64_t bytes = 0;   // keys and values
    std::int64_t total = 0;   // records planned (an upper bound on compacted topics)
    double seconds = 0;
};

struct KafkaCopySummary {
    std::int64_t records = 0;   // acknowledged by the target
    std::int64_t bytes = 0;
    double seconds = 0;
    bool complete = false;      // every partition reached its end
    bool interrupted = false;
    std::int64_t transactions = 0;
    std::map<int, std::int64_t> copiedByPartition; // source partition -> records acknowledged
};

// Copies records from a topic of one cluster to a topic of another (or the same) with key, value
// (null stays null), every header in order, the timestamp and, unless turned off, provenance
// headers mqkit.source.cluster/.topic/.partition/.offset.
//
// Delivery: the target producer is idempotent with acks=all. A checkpoint file records, per source
// partition, the first offset not yet acknowledged by the target; it is written only from delivery
// reports, so a resumed copy repeats at most the records in flight at the last checkpoint.
// Transactional copies commit the checkpoint inside the target transaction too (as a record of the
// compacted topic kKafkaCopyCheckpointTopic on the target cluster), so a read_committed reader of
// the target sees every record exactly once across kills and resumes, on any pair of clusters.
class KafkaCopy {
public:
    explicit KafkaCopy(KafkaCopyOptions options);
    ~KafkaCopy();
    KafkaCopy(const KafkaCopy&) = delete;
    KafkaCopy& operator=(const KafkaCopy&) = delete;

    // Reads both clusters' metadata and the source's watermarks, applies the partition rule and the
    // checkpoint. Changes nothing. Throws Error (Usage for a target with too few partitions under
    // preserve, NotFound for an unknown topic).
    KafkaCopyPlan plan();

    // Copies what `plan` says. `progress` is called about once a second; `stopRequested` is asked
    // between batches: the copy then flushes, checkpoints and returns with interrupted set.
    KafkaCopySummary run(const KafkaCopyPlan& plan, const std::function<void(const KafkaCopyProgress&)>& progress,
                         const std::function<bool()>& stopRequested);

    // <data dir>/copy-checkpoints/SRC-to-DST-<hash of both clusters and topics>.json
    static QString defaultCheckpointPath(const KafkaCopyOptions& options);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

// The compacted topic on the target cluster that holds transactional copies' checkpoints.
inline constexpr const char* kKafkaCopyCheckpointTopic = "mqkit-copy-checkpoints";

} // namespace mqkit
