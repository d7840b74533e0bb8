#pragma once

#include <QString>

#include <cstdint>
#include <deque>
#include <map>
#include <optional>
#include <set>
#include <vector>

namespace mqkit {

// The pure parts of a topic copy (no I/O): how records find their target partition, where a copy
// starts and stops, the checkpoint file and which offsets are safely delivered.

// Where each copied record goes in the target topic.
struct KafkaPartitionRule {
    enum class Mode {
        Preserve, // the same partition number (the target needs at least as many partitions)
        Key,      // the target's murmur2 partitioner on the key, as Java's default partitioner
        Map       // an explicit source -> target table
    };
    Mode mode = Mode::Preserve;
    std::map<int, int> map; // Mode::Map: source partition -> target partition

    // "preserve" | "key" | "0=1,1=0"; throws Error(Usage) naming the text.
    static KafkaPartitionRule parse(const QString& text);
    QString describe() const; // "preserve", "key", "0=1,1=0"
};

// One end of the range a copy reads in each partition.
struct KafkaCopyBound {
    enum class Kind {
        Beginning, // the log start
        End,       // the high watermark read when the copy starts
        Offsets,   // absolute offsets: one for every partition (key -1) or per partition
        Timestamp  // the first record whose timestamp is >= timestampMs
    };
    Kind kind = Kind::Beginning;
    std::map<int, std::int64_t> offsets; // Kind::Offsets; key -1: every partition not named
    std::int64_t timestampMs = 0;        // Kind::Timestamp

    // "beginning" | "end" | "100" | "0:100,1:200" | an ISO-8601 time; throws Error(Usage).
    static KafkaCopyBound parse(const QString& text);
    // Kind::Offsets: the offset given for this partition, if any.
    std::optional<std::int64_t> offsetFor(int partition) const;
};

// What a copy remembers between runs, per source partition. Written to a file atomically (a
// temporary file synced to disk, then renamed over the old one), so a kill -9 at any moment leaves
// either the previous or the new checkpoint, never a torn one.
struct KafkaCopyCheckpoint {
    struct Partition {
        int partition = 0;
        std::int64_t next = 0;  // the first offset whose delivery the target has not acknowledged
        std::int64_t until = 0; // the fixed end of the copy (exclusive)
        std::int64_t limit = 0; // no record at or beyond this offset was sent under this checkpoint
    };
    QString sourceCluster; // bootstrap list as given
    QString sourceTopic;
    QString targetCluster;
    QString targetTopic;
    bool transactional = false;
    bool complete = false;
    std::vector<Partition> partitions;

    // Records that may have reached the target without being acknowledged here: a resume can
    // deliver them a second time (an upper bound, from offsets).
    std::int64_t inFlight() const;

    static std::optional<KafkaCopyCheckpoint> load(const QString& path); // nullopt: no such file; Error(Io) when unreadable
    void save(const QString& path) const;                                 // Error(Io) when it cannot be written
};

// Which offsets of one source partition the target has acknowledged. Records of one source
// partition may be acknowledged out of order (by key they go to several target partitions), so
// the checkpoint only moves over the contiguous acknowledged prefix.
class KafkaAckTracker {
public:
    explicit KafkaAckTracker(std::int64_t next = 0) : m_next(next), m_sentUpTo(next) {}
    void sent(std::int64_t offset);
    void acknowledged(std::int64_t offset);
    // Every offset before it is delivered (or not in the log: compaction, transaction markers).
    std::int64_t next() const { return m_pending.empty() ? m_sentUpTo : m_pending.front(); }
    std::int64_t sentUpTo() const { return m_sentUpTo; } // one past the last record sent
    std::size_t pending() const { return m_pending.size(); }
    void skipTo(std::int64_t offset); // nothing to send below offset (the copy's end reached)

private:
    std::int64_t m_next;
    std::int64_t m_sentUpTo;
    std::deque<std::int64_t> m_pending; // sent, in order, not yet acknowledged as a prefix
    std::set<std::int64_t> m_ackedAhead; // acknowledged while an earlier offset still waits
};

} // namespace mqkit
