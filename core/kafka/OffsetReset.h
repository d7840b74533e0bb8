#pragma once

#include "common/Plan.h"
#include "kafka/KafkaAdminApi.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <vector>

namespace mqkit {

// Where to move a consumer group's committed offsets, with the semantics of Kafka's own
// kafka-consumer-groups --reset-offsets (checked side by side in tests):
// - ToOffset, ShiftBy, FromFile and ToGroup targets are clamped into [log start, log end], each
//   clamp noted on its row;
// - ToDatetime / ByDuration take the first record at or after the time; a partition with no such
//   record falls back to the log end (noted);
// - ToCurrent keeps the committed offset, or takes the log end where there is none;
// - ShiftBy needs a committed offset on every partition in scope.
struct OffsetResetTarget {
    enum class Kind { ToEarliest, ToLatest, ToCurrent, ToOffset, ShiftBy, ToDatetime, ByDuration, FromFile, ToGroup };
    Kind kind = Kind::ToEarliest;
    std::int64_t value = 0;         // ToOffset: the offset; ShiftBy: the shift; ToDatetime/ByDuration: epoch ms
    std::map<KafkaTopicPartition, std::int64_t> fileOffsets; // FromFile
    QString otherGroup;             // ToGroup: copy this group's committed offsets

    // "2026-11-23T10:00:00" (local time, as Kafka's tool), "...Z" or "...+01:00", with optional .sss.
    // Times before 1970 are refused: Kafka's record timestamps start there.
    static std::int64_t parseDatetime(const QString& text);
    // ISO-8601 duration as java.time.Duration takes it: PnDTnHnMn.nS (e.g. PT30M, P1DT2H). Milliseconds.
    // Durations longer than 100,000 years are refused.
    static std::int64_t parseDuration(const QString& text);
    // Kafka's reset CSV: "topic,partition,offset" lines, or "group,topic,partition,offset" (only the
    // rows for `group` are taken). Throws Error(Usage) naming the line that is malformed or whose
    // topic name Kafka would refuse.
    static std::map<KafkaTopicPartition, std::int64_t> parseCsv(const QByteArray& csv, const QString& group);
};

// Which partitions: --topic T or T:P,P (repeatable), or every partition the group has committed for.
struct OffsetResetScope {
    QStringList topics; // "T" or "T:0,2"
    bool allTopics = false;
};

struct OffsetResetRow {
    KafkaTopicPartition partition;
    std::optional<std::int64_t> current; // committed now
    std::int64_t target = 0;             // committed after the reset
    std::int64_t logStart = -1;
    std::int64_t logEnd = -1;
    QString note; // clamped, fallback to log end, ...

    // Messages the group will read again (target before current) or skip (after); 0 without a commit.
    std::int64_t reread() const { return current && target < *current ? *current - target : 0; }
    std::int64_t skipped() const { return current && target > *current ? target - *current : 0; }
};

struct OffsetResetPlan {
    QString groupId;
    QString groupState;
    std::vector<KafkaGroupMember> activeMembers; // non-empty: the reset must not be executed
    std::vector<OffsetResetRow> rows;            // sorted by topic, partition

    // The committed offsets before the change, as Kafka's reset CSV ("topic,partition,offset"),
    // which OffsetResetTarget::parseCsv (and kafka-consumer-groups --from-file) take back.
    // Partitions without a committed offset have no line: a CSV cannot express "no commit".
    QByteArray undoCsv() const;

    // The rows as a Plan: target "topic:partition", before the committed offset, after the new one,
    // details topic, partition, current, new, log_start, log_end, reread, skipped.
    Plan toPlan() const;
};

class OffsetResetter {
public:
    explicit OffsetResetter(KafkaAdminApi& admin) : m_admin(admin) {}

    // Reads the group, its committed offsets and the partitions' watermarks and computes the
    // plan; changes nothing. Unknown group (with nothing to reset), topic or partition: Error
    // naming it. A time target before 1970: Error(Usage), before any broker is asked.
    OffsetResetPlan plan(const QString& groupId, const OffsetResetScope& scope, const OffsetResetTarget& target);

    // Commits the plan. Refuses (Error(Broker)) while the group has active members, naming them.
    void execute(const OffsetResetPlan& plan);

private:
    struct GroupState;
    GroupState readGroup(const QString& groupId, const OffsetResetTarget& target);
    std::set<KafkaTopicPartition> partitionsInScope(const OffsetResetScope& scope, const OffsetResetTarget& target,
                                                    const std::map<KafkaTopicPartition, std::int64_t>& committed,
                                                    const QString& groupId);
    std::set<KafkaTopicPartition> existingPartitions(const QStringList& wholeTopics,
                                                     const std::vector<KafkaTopicPartition>& named, const QString& origin);
    KafkaAdminApi& m_admin;
};

} // namespace mqkit
