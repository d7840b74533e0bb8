#include "kafka/OffsetReset.h"

#include "common/Error.h"
#include "common/IsoTime.h"
#include "common/JsonWriter.h"
#include "kafka/KafkaNames.h"

#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <set>

namespace mqkit {

namespace {

[[noreturn]] void usage(const QString& message) {
    throw Error(ErrorKind::Usage, message);
}

QString tpText(const KafkaTopicPartition& tp) {
    return QStringLiteral("%1:%2").arg(tp.topic).arg(tp.partition);
}

} // namespace

std::int64_t OffsetResetTarget::parseDatetime(const QString& text) {
    const std::optional<std::int64_t> t = parseIsoTime(text);
    if (!t)
        usage(QStringLiteral("--to-datetime: '%1' is not an ISO-8601 time such as 2026-11-23T10:00:00.000 (local), "
                             "...Z or ...+01:00")
                  .arg(text));
    if (*t < 0)
        usage(QStringLiteral("--to-datetime: '%1' is before 1970-01-01T00:00:00Z, where Kafka's record timestamps start")
                  .arg(text));
    return *t;
}

std::int64_t OffsetResetTarget::parseDuration(const QString& text) {
    static const QRegularExpression re(
        QStringLiteral(R"(^([-+]?)P(?:([-+]?\d+)D)?(?:T(?:([-+]?\d+)H)?(?:([-+]?\d+)M)?(?:([-+]?\d+(?:[.,]\d{1,9})?)S)?)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text);
    const bool hasT = text.contains(QLatin1Char('T'), Qt::CaseInsensitive);
    if (!m.hasMatch() || (m.captured(2).isEmpty() && m.captured(3).isEmpty() && m.captured(4).isEmpty() &&
                          m.captured(5).isEmpty()) ||
        (hasT && m.captured(3).isEmpty() && m.captured(4).isEmpty() && m.captured(5).isEmpty()))
        usage(QStringLiteral("--by-duration: '%1' is not an ISO-8601 duration such as PT30M or P1DT2H").arg(text));
    const double seconds = m.captured(2).toDouble() * 86400 + m.captured(3).toDouble() * 3600 +
                           m.captured(4).toDouble() * 60 + QString(m.captured(5)).replace(QLatin1Char(','), QLatin1Char('.')).toDouble();
    constexpr double kLongestSeconds = 100000.0 * 365.25 * 86400; // 100,000 years: far beyond any log
    if (!std::isfinite(seconds) || std::abs(seconds) > kLongestSeconds)
        usage(QStringLiteral("--by-duration: '%1' is longer than 100,000 years").arg(text));
    const long long ms = std::llround(seconds * 1000.0);
    return static_cast<std::int64_t>(m.captured(1) == QLatin1String("-") ? -ms : ms);
}

std::map<KafkaTopicPartition, std::int64_t> OffsetResetTarget::parseCsv(const QByteArray& csv, const QString& group) {
    std::map<KafkaTopicPartition, std::int64_t> out;
    int lineNo = 0;
    for (const QByteArray& raw : csv.split('\n')) {
        ++lineNo;
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty())
            continue;
        const QStringList cells = line.split(QLatin1Char(','));
        if (cells.size() != 3 && cells.size() != 4)
            usage(QStringLiteral("offsets file line %1: expected topic,partition,offset or group,topic,partition,offset")
                      .arg(lineNo));
        const qsizetype base = cells.size() - 3;
        if (base == 1 && cells.at(0) != group)
            continue;
        bool okP = false;
        bool okO = false;
        const int partition = cells.at(base + 1).toInt(&okP);
        const std::int64_t offset = cells.at(base + 2).toLongLong(&okO);
        if (!okP || !okO || partition < 0 || offset < 0 || cells.at(base).isEmpty())
            usage(QStringLiteral("offsets file line %1: '%2' has a bad topic, partition or offset").arg(lineNo).arg(line));
        if (const QString problem = kafkaTopicNameProblem(cells.at(base)); !problem.isEmpty())
            usage(QStringLiteral("offsets file line %1: %2").arg(lineNo).arg(problem));
        out[{cells.at(base), partition}] = offset;
    }
    if (out.empty())
        usage(QStringLiteral("the offsets file has no offsets for group '%1'").arg(group));
    return out;
}

QByteArray OffsetResetPlan::undoCsv() const {
    QByteArray csv;
    for (const auto& r : rows)
        if (r.current)
            csv += QStringLiteral("%1,%2,%3\n").arg(r.partition.topic).arg(r.partition.partition).arg(*r.current).toUtf8();
    return csv;
}

struct OffsetResetter::GroupState {
    std::vector<KafkaGroupDescription> descriptions; // empty: the group is unknown
    std::map<KafkaTopicPartition, std::int64_t> committed;
    std::map<KafkaTopicPartition, std::int64_t> otherCommitted; // ToGroup: the other group's
};

OffsetResetter::GroupState OffsetResetter::readGroup(const QString& groupId, const OffsetResetTarget& target) {
    GroupState state;
    state.descriptions = m_admin.describeGroups({groupId});
    QStringList groups{groupId};
    if (target.kind == OffsetResetTarget::Kind::ToGroup)
        groups << target.otherGroup;
    const auto committedAll = m_admin.committedOffsets(groups);
    for (const auto& c : committedAll)
        if (!c.error.isEmpty())
            throw Error(ErrorKind::Broker, QStringLiteral("cannot read committed offsets of group '%1': %2").arg(c.groupId, c.error));
    if (!committedAll.empty())
        state.committed = committedAll.front().committed;
    if (target.kind == OffsetResetTarget::Kind::ToGroup && committedAll.size() > 1)
        state.otherCommitted = committedAll.back().committed;
    return state;
}

// The partitions of `wholeTopics` and the `named` ones, each checked against the cluster's
// partition counts; `origin` says where a missing one was asked for ("", " (offsets file)").
std::set<KafkaTopicPartition> OffsetResetter::existingPartitions(const QStringList& wholeTopics,
                                                                 const std::vector<KafkaTopicPartition>& named,
                                                                 const QString& origin) {
    QStringList topics = wholeTopics;
    for (const auto& tp : named)
        topics << tp.topic;
    topics.removeDuplicates();
    const auto counts = m_admin.partitionCounts(topics);
    for (const auto& t : topics)
        if (!counts.count(t))
            throw Error(ErrorKind::NotFound, QStringLiteral("topic '%1'%2 does not exist").arg(t, origin));
    std::set<KafkaTopicPartition> out;
    for (const auto& t : wholeTopics)
        for (int p = 0; p < counts.at(t); ++p)
            out.insert({t, p});
    for (const auto& tp : named) {
        if (tp.partition >= counts.at(tp.topic))
            throw Error(ErrorKind::NotFound, QStringLiteral("partition %1%2 does not exist (topic '%3' has %4)")
                                                 .arg(tpText(tp), origin, tp.topic)
                                                 .arg(counts.at(tp.topic)));
        out.insert(tp);
    }
    return out;
}

std::set<KafkaTopicPartition> OffsetResetter::partitionsInScope(const OffsetResetScope& scope,
                                                                const OffsetResetTarget& target,
                                                                const std::map<KafkaTopicPartition, std::int64_t>& committed,
                                                                const QString& groupId) {
    if (target.kind == OffsetResetTarget::Kind::FromFile && !scope.allTopics && scope.topics.isEmpty()) {
        std::vector<KafkaTopicPartition> named;
        for (const auto& [tp, off] : target.fileOffsets)
            named.push_back(tp);
        return existingPartitions({}, named, QStringLiteral(" (offsets file)"));
    }
    if (scope.allTopics) {
        std::set<KafkaTopicPartition> out;
        for (const auto& [tp, off] : committed)
            out.insert(tp);
        if (out.empty())
            throw Error(ErrorKind::NotFound,
                        QStringLiteral("consumer group '%1' has no committed offsets: name the topics with --topic").arg(groupId));
        return out;
    }
    QStringList whole;
    std::vector<KafkaTopicPartition> named;
    for (const auto& spec : scope.topics) {
        const qsizetype colon = spec.indexOf(QLatin1Char(':'));
        if (colon < 0) {
            whole << spec;
            continue;
        }
        for (const auto& p : spec.mid(colon + 1).split(QLatin1Char(',')))
            named.push_back({spec.left(colon), p.toInt()}); // the syntax was checked before
    }
    return existingPartitions(whole, named, QString());
}

namespace {

void checkScopeAndTarget(const OffsetResetScope& scope, const OffsetResetTarget& target) {
    static const QRegularExpression topicSpec(QStringLiteral(R"(^[^:]+(:\d{1,9}(,\d{1,9})*)?$)"));
    for (const auto& spec : scope.topics) {
        if (!topicSpec.match(spec).hasMatch())
            usage(QStringLiteral("--topic '%1': expected TOPIC or TOPIC:PARTITION[,PARTITION...]").arg(spec));
        const QString topic = spec.left(spec.indexOf(QLatin1Char(':')) < 0 ? spec.size() : spec.indexOf(QLatin1Char(':')));
        if (const QString problem = kafkaTopicNameProblem(topic); !problem.isEmpty())
            usage(QStringLiteral("--topic '%1': %2").arg(spec, problem));
    }
    const bool byTime = target.kind == OffsetResetTarget::Kind::ToDatetime || target.kind == OffsetResetTarget::Kind::ByDuration;
    if (byTime && target.value < 0)
        usage(QStringLiteral("the time %1 is before 1970-01-01T00:00:00Z, where Kafka's record timestamps start")
                  .arg(isoTimeUtc(target.value)));
}

// The new offset of one row, with a note when it was clamped into the log or fell back.
void setTarget(OffsetResetRow& row, const OffsetResetTarget& target, const std::optional<std::int64_t>& atTime,
               const std::map<KafkaTopicPartition, std::int64_t>& otherCommitted) {
    const KafkaTopicPartition& tp = row.partition;
    std::optional<std::int64_t> requested; // clamped into [logStart, logEnd]
    switch (target.kind) {
    case OffsetResetTarget::Kind::ToEarliest: row.target = row.logStart; break;
    case OffsetResetTarget::Kind::ToLatest: row.target = row.logEnd; break;
    case OffsetResetTarget::Kind::ToCurrent:
        row.target = row.current.value_or(row.logEnd);
        if (!row.current)
            row.note = QStringLiteral("no committed offset: log end");
        break;
    case OffsetResetTarget::Kind::ToOffset: requested = target.value; break;
    case OffsetResetTarget::Kind::ShiftBy:
        if (!row.current)
            throw Error(ErrorKind::NotFound,
                        QStringLiteral("cannot shift %1: the group has no committed offset there").arg(tpText(tp)));
        requested = *row.current + target.value;
        break;
    case OffsetResetTarget::Kind::ToDatetime:
    case OffsetResetTarget::Kind::ByDuration:
        row.target = atTime.value_or(row.logEnd);
        if (!atTime)
            row.note = QStringLiteral("no record at or after the time: log end");
        break;
    case OffsetResetTarget::Kind::FromFile: {
        const auto fit = target.fileOffsets.find(tp);
        if (fit == target.fileOffsets.end())
            throw Error(ErrorKind::NotFound, QStringLiteral("the offsets file has no offset for %1").arg(tpText(tp)));
        requested = fit->second;
        break;
    }
    case OffsetResetTarget::Kind::ToGroup: {
        const auto oit = otherCommitted.find(tp);
        if (oit == otherCommitted.end())
            throw Error(ErrorKind::NotFound,
                        QStringLiteral("group '%1' has no committed offset for %2").arg(target.otherGroup, tpText(tp)));
        requested = oit->second;
        break;
    }
    }
    if (requested) {
        row.target = std::clamp(*requested, row.logStart, row.logEnd);
        if (*requested > row.logEnd)
            row.note = QStringLiteral("%1 is past the log end: clamped").arg(*requested);
        else if (*requested < row.logStart)
            row.note = QStringLiteral("%1 is before the log start: clamped").arg(*requested);
    }
}

} // namespace

OffsetResetPlan OffsetResetter::plan(const QString& groupId, const OffsetResetScope& scope,
                                     const OffsetResetTarget& target) {
    // Malformed scopes and targets are usage errors, found before any broker is asked.
    checkScopeAndTarget(scope, target);
    OffsetResetPlan plan;
    plan.groupId = groupId;
    const GroupState group = readGroup(groupId, target);
    if (!group.descriptions.empty()) {
        plan.groupState = group.descriptions.front().state;
        plan.activeMembers = group.descriptions.front().members;
    }
    const std::set<KafkaTopicPartition> partitions = partitionsInScope(scope, target, group.committed, groupId);
    if (group.descriptions.empty() ||
        (plan.groupState == QLatin1String("Dead") && group.committed.empty() && partitions.empty()))
        throw Error(ErrorKind::NotFound, QStringLiteral("consumer group '%1' does not exist").arg(groupId));

    const std::vector<KafkaTopicPartition> list(partitions.begin(), partitions.end());
    const auto marks = m_admin.watermarks(list);
    for (const auto& [tp, w] : marks)
        if (!w.error.isEmpty())
            throw Error(ErrorKind::Broker, QStringLiteral("cannot read the offsets of %1: %2").arg(tpText(tp), w.error));
    std::map<KafkaTopicPartition, std::optional<std::int64_t>> byTime;
    if (target.kind == OffsetResetTarget::Kind::ToDatetime || target.kind == OffsetResetTarget::Kind::ByDuration)
        byTime = m_admin.offsetsForTimestamp(list, target.value);

    for (const auto& tp : list) {
        OffsetResetRow row;
        row.partition = tp;
        if (const auto cit = group.committed.find(tp); cit != group.committed.end())
            row.current = cit->second;
        const auto mit = marks.find(tp);
        if (mit == marks.end())
            throw Error(ErrorKind::Broker, QStringLiteral("cannot read the offsets of %1: no answer for it").arg(tpText(tp)));
        row.logStart = mit->second.logStart;
        row.logEnd = mit->second.logEnd;
        const auto tit = byTime.find(tp);
        setTarget(row, target, tit == byTime.end() ? std::nullopt : tit->second, group.otherCommitted);
        plan.rows.push_back(row);
    }
    return plan;
}

Plan OffsetResetPlan::toPlan() const {
    Plan out(QStringLiteral("consumer group '%1'").arg(groupId));
    for (const auto& r : rows) {
        PlanItem item;
        item.target = tpText(r.partition);
        if (r.current)
            item.before = QString::number(*r.current);
        item.after = QString::number(r.target);
        item.action = PlanItem::actionFor(item.before, item.after);
        item.note = r.note;
        const auto number = [](std::int64_t n) { return QJsonValue(qint64(n)); };
        item.details = {{QStringLiteral("topic"), r.partition.topic},
                        {QStringLiteral("partition"), r.partition.partition},
                        {QStringLiteral("current"), r.current ? number(*r.current) : QJsonValue()},
                        {QStringLiteral("new"), number(r.target)},
                        {QStringLiteral("log_start"), number(r.logStart)},
                        {QStringLiteral("log_end"), number(r.logEnd)},
                        {QStringLiteral("reread"), number(r.reread())},
                        {QStringLiteral("skipped"), number(r.skipped())}};
        out.add(std::move(item));
    }
    return out;
}

void OffsetResetter::execute(const OffsetResetPlan& plan) {
    // Re-read the group right before committing: members may have joined since the plan.
    const auto descs = m_admin.describeGroups({plan.groupId});
    if (!descs.empty() && !descs.front().members.empty()) {
        QStringList who;
        for (const auto& m : descs.front().members)
            who << QStringLiteral("%1 (%2 on %3)").arg(m.consumerId, m.clientId, m.host);
        throw Error(ErrorKind::Broker, QStringLiteral("consumer group '%1' is %2 with active members: %3; stop them "
                                                     "before resetting its offsets")
                                          .arg(plan.groupId, descs.front().state, who.join(QStringLiteral(", "))));
    }
    std::map<KafkaTopicPartition, std::int64_t> offsets;
    for (const auto& r : plan.rows)
        offsets[r.partition] = r.target;
    m_admin.alterCommittedOffsets(plan.groupId, offsets);
}

} // namespace mqkit
