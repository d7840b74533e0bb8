#pragma once

#include "kafka/KafkaClientConfig.h"
#include "kafka/KafkaRecord.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace mqkit {

struct TopicVerifyOptions {
    KafkaClientConfig source;
    KafkaClientConfig target;
    QString sourceTopic;
    QString targetTopic;
    // Set: the target is not a cluster but the Kafka records of targetTopic in this recording
    // (mqkit kafka record), so a topic can be checked against a slice kept offline.
    QString targetRecording;
    bool byKey = false;            // compare per key (in key order) instead of per partition
    bool ignoreTimestamps = false; // leave timestamps out of the content compared
    QString ignoredHeaderPrefix = QStringLiteral("mqkit.source."); // provenance headers added by a copy
};

// How one side's records compare with the other's in one group (a partition or a key).
// A record is its content: key, value (null differs from empty), headers in order (without the
// ignored ones) and, unless ignored, the timestamp. Offsets never count.
struct TopicVerifyCounts {
    std::int64_t source = 0;
    std::int64_t target = 0;
    std::int64_t matched = 0;    // records found on both sides (each counted once)
    std::int64_t missing = 0;    // in the source, not (or less often) in the target
    std::int64_t extra = 0;      // in the target, never in the source
    std::int64_t duplicates = 0; // in the target more often than in the source
    bool orderKept = true;       // the matched records come in the same order on both sides
    std::uint64_t sourceHash = 0; // order-sensitive content hash of each side
    std::uint64_t targetHash = 0;
    bool matches() const { return missing == 0 && extra == 0 && duplicates == 0 && orderKept && source == target; }
    void add(const TopicVerifyCounts& other);
};

struct TopicVerifyGroup {
    QString name;       // "0" (partition) or the key ("(null)" for records without one)
    TopicVerifyCounts counts;
};

struct TopicVerifyReport {
    bool byKey = false;
    std::vector<TopicVerifyGroup> groups; // per partition: every partition; by key: only keys that differ (first 1000)
    std::int64_t groupsCompared = 0;
    std::int64_t groupsDiffering = 0;
    TopicVerifyCounts total;
    bool matches() const { return groupsDiffering == 0; }
};

// The content hash of one record (64-bit FNV-1a over key, value, headers and timestamp).
std::uint64_t recordContentHash(const KafkaRecord& record, bool ignoreTimestamp, const QString& ignoredHeaderPrefix);
// Compares two ordered sequences of record hashes.
TopicVerifyCounts compareRecordHashes(const std::vector<std::uint64_t>& source, const std::vector<std::uint64_t>& target);

// Reads both topics to their ends (read_committed), or the target's records from the recording,
// and compares them. Throws Error as the consumer or the recording reader does; Error(NotFound)
// when the recording holds no Kafka record of the target topic.
TopicVerifyReport verifyTopics(const TopicVerifyOptions& options);

} // namespace mqkit
