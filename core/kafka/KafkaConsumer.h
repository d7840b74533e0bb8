#pragma once

#include "kafka/KafkaClientConfig.h"
#include "kafka/KafkaRecord.h"

#include <QString>

#include <chrono>
#include <cstdint>
#include <memory>
#include <vector>

namespace mqkit {

// Where to start reading each partition, in kcat's -o syntax:
//   beginning | end | stored | OFFSET (absolute) | -N (N before the end) | s@MS (first record
//   with a timestamp >= MS, epoch milliseconds).
struct KafkaStartPosition {
    enum class Kind { Beginning, End, Stored, Offset, FromEnd, Timestamp };
    Kind kind = Kind::Beginning;
    std::int64_t value = 0; // offset, count from the end, or timestamp in ms

    // Throws Error(Usage) naming the text and the accepted forms.
    static KafkaStartPosition parse(const QString& text);
};

struct KafkaConsumerOptions {
    QString topic;
    std::vector<int> partitions; // empty: every partition of the topic (not with a group)
    KafkaStartPosition start;    // with a group: where to start when the group has no committed offset
                                 // (beginning or end only); "stored" means the committed offset
    bool stopAtEnd = false;      // track end of partition (-e): atEnd() says when every partition got there
    QString groupId;             // non-empty: subscribe as a member of this group and commit what was handed out
    // With a group: commit only what the caller acknowledge()s (automatic commits off), instead of
    // everything poll() handed out.
    bool commitAcknowledgedOnly = false;
};

// Reads records from one topic over librdkafka's C API (never visible here). Records are handed
// out in batches. Without a group it assigns the partitions itself (no group coordinator, no
// commits); with a group it subscribes and stores the offset of every record poll() returned,
// committing them periodically and on close().
// The constructor checks that the topic exists (Error(NotFound) naming it) and resolves the
// start positions; every wait is bounded by config.timeout, and a cluster that stays unreachable
// for that long ends poll() with Error(Connection).
class KafkaConsumer {
public:
    KafkaConsumer(const KafkaClientConfig& config, const KafkaConsumerOptions& options);
    ~KafkaConsumer(); // closes (committing with a group) if close() was not called; never throws
    KafkaConsumer(const KafkaConsumer&) = delete;
    KafkaConsumer& operator=(const KafkaConsumer&) = delete;

    // Up to `max` records, waiting at most `wait` for the batch to fill; empty when none came.
    // Throws Error on a partition error (authorization, unknown partition, offset out of range...).
    std::vector<KafkaRecord> poll(int max, std::chrono::milliseconds wait);
    // The same into `records` (cleared first), so a caller that keeps the vector reuses its memory.
    void poll(std::vector<KafkaRecord>& records, int max, std::chrono::milliseconds wait);

    // With stopAtEnd: true once every consumed partition has reached its end and everything
    // before it has been returned by poll().
    bool atEnd() const;

    // The partitions being read (with a group: the current assignment).
    std::vector<int> partitions() const;

    // With commitAcknowledgedOnly: everything of `partition` before nextOffset is done; the next
    // commitAcknowledged() or close() commits it. Offsets of partitions no longer assigned are ignored.
    void acknowledge(int partition, std::int64_t nextOffset);
    // Commits the acknowledged offsets without waiting (a failure shows at the next commit or close()).
    void commitAcknowledged();

    // Stops reading; with a group, commits the offsets of everything poll() returned (synchronously,
    // bounded by the timeout) and leaves the group. Throws Error if the commit fails.
    void close();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace mqkit
