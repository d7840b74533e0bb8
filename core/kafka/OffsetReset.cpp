#include "kafka/OffsetReset.h"

#include "common/Error.h"
#include "common/IsoTime.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

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

OffsetResetPlan OffsetResetter::plan(const QString& groupId, const OffsetResetScope& scope,
                                     const OffsetResetTarget& target) {
    OffsetResetPlan plan;
    plan.groupId = groupId;
    // Malformed scopes are usage errors, found before any broker is asked.
    static const QRegularExpression topicSpec(QStringLiteral(R"(^[^:]+(:\d+(,\d+)*)?$)"));
    for (const auto& spec : scope.topics)
        if (!topicSpec.match(spec).hasMatch())
            usage(QStringLiteral("--topic '%1': expected TOPIC or TOPIC:PARTITION[,PARTITION...]").arg(spec));
    const auto descs = m_admin.describeGroups({groupId});
    if (!descs.empty()) {
        plan.groupState = descs.front().state;
        for (const auto& m : descs.front().members)
            plan.activeMembers.push_back(m);
    }
    QStringList groups{groupId};
    if (target.kind == OffsetResetTarget::Kind::ToGroup)
        groups << target.otherGroup;
    const auto committedAll = m_admin.committedOffsets(groups);
    for (const auto& c : committedAll)
        if (!c.error.isEmpty())
            throw Error(ErrorKind::Broker, QStringLiteral("cannot read committed offsets of group '%1': %2").arg(c.groupId, c.error));
    const auto& committed = committedAll.front().committed;

    // The partitions in scope.
    std::set<KafkaTopicPartition> partitions;
    if (target.kind == OffsetResetTarget::Kind::FromFile && !scope.allTopics && scope.topics.isEmpty()) {
        for (const auto& [tp, off] : target.fileOffsets)
            partitions.insert(tp);
    } else if (scope.allTopics) {
        for (const auto& [tp, off] : committed)
            partitions.insert(tp);
        if (partitions.empty())
            throw Error(ErrorKind::NotFound,
                        QStringLiteral("consumer group '%1' has no committed offsets: name the topics with --topic").arg(groupId));
    } else {
        QStringList whole;
        std::vector<KafkaTopicPartition> named;
        for (const auto& spec : scope.topics) {
            const qsizetype colon = spec.indexOf(QLatin1Char(':'));
            if (colon < 0) {
                whole << spec;
                continue;
            }
            const QString topic = spec.left(colon);
            for (const auto& p : spec.mid(colon + 1).split(QLatin1Char(','))) {
                bool ok = false;
                const int n = p.toInt(&ok);
                if (!ok || n < 0 || topic.isEmpty())
                    usage(QStringLiteral("--topic '%1': expected TOPIC or TOPIC:PARTITION[,PARTITION...]").arg(spec));
                named.push_back({topic, n});
            }
        }
        QStringList allTopics = whole;
        for (const auto& tp : named)
            allTopics << tp.topic;
        allTopics.removeDuplicates();
        const auto counts = m_admin.partitionCounts(allTopics);
        for (const auto& t : allTopics)
            if (!counts.count(t))
                throw Error(ErrorKind::NotFound, QStringLiteral("topic '%1' does not exist").arg(t));
        for (const auto& t : whole)
            for (int p = 0; p < counts.at(t); ++p)
                partitions.insert({t, p});
        for (const auto& tp : named) {
            if (tp.partition >= counts.at(tp.topic))
                throw Error(ErrorKind::NotFound, QStringLiteral("partition %1 does not exist (topic '%2' has %3)")
                                                     .arg(tpText(tp), tp.topic)
                                                     .arg(counts.at(tp.topic)));
            partitions.insert(tp);
        }
    }
    if (descs.empty() || (plan.groupState == QLatin1String("Dead") && committed.empty() && partitions.empty()))
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
        const auto cit = committed.find(tp);
        if (cit != committed.end())
            row.current = cit->second;
        row.logStart = marks.at(tp).logStart;
        row.logEnd = marks.at(tp).logEnd;
        std::optional<std::int64_t> requested; // clamped into [logStart, logEnd]
        switch (target.kind) {
        case OffsetResetTarget::Kind::ToEarliest:
            row.target = row.logStart;
            break;
        case OffsetResetTarget::Kind::ToLatest:
            row.target = row.logEnd;
            break;
        case OffsetResetTarget::Kind::ToCurrent:
            row.target = row.current.value_or(row.logEnd);
            if (!row.current)
                row.note = QStringLiteral("no committed offset: log end");
            break;
        case OffsetResetTarget::Kind::ToOffset:
            requested = target.value;
            break;
        case OffsetResetTarget::Kind::ShiftBy:
            if (!row.current)
                throw Error(ErrorKind::NotFound,
                            QStringLiteral("cannot shift %1: the group has no committed offset there").arg(tpText(tp)));
            requested = *row.current + target.value;
            break;
        case OffsetResetTarget::Kind::ToDatetime:
        case OffsetResetTarget::Kind::ByDuration:
            if (const auto t = byTime[tp]) {
                row.target = *t;
            } else {
                row.target = row.logEnd;
                row.note = QStringLiteral("no record at or after the time: log end");
            }
            break;
        case OffsetResetTarget::Kind::FromFile: {
            const auto fit = target.fileOffsets.find(tp);
            if (fit == target.fileOffsets.end())
                throw Error(ErrorKind::NotFound, QStringLiteral("the offsets file has no offset for %1").arg(tpText(tp)));
            requested = fit->second;
            break;
        }
        case OffsetResetTarget::Kind::ToGroup: {
            const auto& other = committedAll.back().committed;
            const auto oit = other.find(tp);
            if (oit == other.end())
                throw Error(ErrorKind::NotFound, QStringLiteral("group '%1' has no committed offset for %2")
                                                     .arg(target.otherGroup, tpText(tp)));
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
        plan.rows.push_back(row);
    }
    return plan;
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
