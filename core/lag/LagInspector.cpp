#include "lag/LagInspector.h"

#include "common/Error.h"

#include <QDateTime>

#include <algorithm>
#include <future>
#include <set>

namespace mqkit {

LagReport LagInspector::inspect(const QStringList& groupIds, const LagOptions& options) {
    LagReport report;
    report.takenAtMs = QDateTime::currentMSecsSinceEpoch();

    QStringList ids = groupIds;
    if (ids.isEmpty()) {
        for (const auto& g : m_admin.listGroups())
            ids << g.groupId;
    }
    ids.removeDuplicates();
    ids.sort();
    if (ids.isEmpty())
        return report;

    // Describe and committed offsets are independent: both in flight at once.
    auto describing = std::async(std::launch::async, [&] { return m_admin.describeGroups(ids); });
    auto offsetsOrError = [&]() -> std::optional<std::vector<KafkaGroupOffsets>> {
        try {
            return m_admin.committedOffsets(ids);
        } catch (...) {
            describing.wait(); // the other call's error may be the better one to report
            throw;
        }
    }();
    const auto descriptions = describing.get();
    std::map<QString, const KafkaGroupDescription*> descById;
    for (const auto& d : descriptions)
        descById[d.groupId] = &d;
    if (!groupIds.isEmpty()) {
        for (const auto& id : ids) {
            auto it = descById.find(id);
            // As kafka-consumer-groups: a group the coordinator reports Dead does not exist.
            if (it == descById.end() || it->second->state == QLatin1String("Dead"))
                throw Error(ErrorKind::NotFound, QStringLiteral("consumer group '%1' does not exist").arg(id));
        }
    }

    const auto& offsets = *offsetsOrError;

    // Every partition any group owns or committed for, so watermarks take one batch.
    std::set<KafkaTopicPartition> involved;
    for (const auto& d : descriptions)
        for (const auto& m : d.members)
            involved.insert(m.assignment.begin(), m.assignment.end());
    for (const auto& o : offsets)
        for (const auto& [tp, off] : o.committed)
            involved.insert(tp);
    const auto marks = m_admin.watermarks({involved.begin(), involved.end()});

    for (qsizetype i = 0; i < ids.size(); ++i) {
        GroupLag g;
        g.groupId = ids.at(i);
        const auto dit = descById.find(g.groupId);
        const KafkaGroupDescription* desc = dit == descById.end() ? nullptr : dit->second;
        if (desc) {
            g.state = desc->state;
            g.members = static_cast<int>(desc->members.size());
            if (!desc->error.isEmpty())
                g.error = desc->error;
        }
        const KafkaGroupOffsets& committed = offsets.at(static_cast<size_t>(i));
        if (!committed.error.isEmpty() && g.error.isEmpty())
            g.error = committed.error;

        std::map<KafkaTopicPartition, PartitionLag> rows;
        if (desc) {
            for (const auto& m : desc->members) {
                for (const auto& tp : m.assignment) {
                    PartitionLag& row = rows[tp];
                    row.consumerId = m.consumerId;
                    row.clientId = m.clientId;
                    row.host = m.host;
                }
            }
        }
        for (const auto& [tp, off] : committed.committed)
            rows[tp].committed = off;
        for (auto& [tp, row] : rows) {
            row.topic = tp.topic;
            row.partition = tp.partition;
            const auto mit = marks.find(tp);
            if (mit != marks.end()) {
                row.logStart = mit->second.logStart;
                row.logEnd = mit->second.logEnd;
                row.error = mit->second.error;
            }
            if (row.committed && row.logEnd >= 0) {
                row.lag = row.logEnd - *row.committed; // not clamped: negative means the log was truncated or recreated
                g.lagByTopic[row.topic] += *row.lag;
                g.totalLag += *row.lag;
            }
            g.partitions.push_back(row);
        }
        report.groups.push_back(std::move(g));
    }
    if (options.timeLag)
        measureTimeLag(report, options.timeBudget);
    return report;
}

void LagInspector::measureTimeLag(LagReport& report, std::chrono::milliseconds budget) {
    // Each partition once, however many groups read it.
    std::map<KafkaTopicPartition, std::int64_t> next;   // earliest unread offset over the groups
    std::map<KafkaTopicPartition, std::int64_t> newest; // log end - 1
    std::map<std::pair<KafkaTopicPartition, std::int64_t>, bool> wanted;
    for (const auto& g : report.groups) {
        for (const auto& p : g.partitions) {
            if (!p.lag || *p.lag <= 0 || !p.committed)
                continue;
            const KafkaTopicPartition tp{p.topic, p.partition};
            newest[tp] = p.logEnd - 1;
            wanted[{tp, *p.committed}] = true;
        }
    }
    if (wanted.empty())
        return;
    // Groups at different offsets of one partition need one fetch per offset: do them in rounds.
    std::map<std::pair<KafkaTopicPartition, std::int64_t>, std::int64_t> times;
    const auto deadline = std::chrono::steady_clock::now() + budget;
    auto left = [&] {
        return std::max(std::chrono::milliseconds(0), std::chrono::duration_cast<std::chrono::milliseconds>(
                                                          deadline - std::chrono::steady_clock::now()));
    };
    for (const auto& [tp, ts] : m_admin.recordTimestamps(newest, left() / 2))
        times[{tp, newest[tp]}] = ts;
    while (!wanted.empty() && left().count() > 0) {
        std::map<KafkaTopicPartition, std::int64_t> round;
        for (auto it = wanted.begin(); it != wanted.end();) {
            if (!round.count(it->first.first)) {
                round[it->first.first] = it->first.second;
                it = wanted.erase(it);
            } else {
                ++it;
            }
        }
        for (const auto& [tp, ts] : m_admin.recordTimestamps(round, left()))
            times[{tp, round[tp]}] = ts;
    }
    for (auto& g : report.groups) {
        for (auto& p : g.partitions) {
            if (!p.lag || *p.lag <= 0 || !p.committed)
                continue;
            const KafkaTopicPartition tp{p.topic, p.partition};
            if (auto it = times.find({tp, *p.committed}); it != times.end())
                p.nextRecordTimeMs = it->second;
            if (auto it = times.find({tp, p.logEnd - 1}); it != times.end())
                p.newestRecordTimeMs = it->second;
        }
    }
}

} // namespace mqkit
