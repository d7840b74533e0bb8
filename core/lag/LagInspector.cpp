#include "lag/LagInspector.h"

#include "common/Error.h"

#include <QDateTime>

#include <algorithm>
#include <future>
#include <set>

namespace mqkit {

QString lagDurationText(const std::optional<std::int64_t>& ms) {
    if (!ms)
        return QStringLiteral("-");
    if (*ms < 1000)
        return QStringLiteral("%1ms").arg(*ms);
    if (*ms < 120000)
        return QStringLiteral("%1s").arg(static_cast<double>(*ms) / 1000.0, 0, 'f', 1);
    if (*ms < 7200000)
        return QStringLiteral("%1m").arg(static_cast<double>(*ms) / 60000.0, 0, 'f', 1);
    return QStringLiteral("%1h").arg(static_cast<double>(*ms) / 3600000.0, 0, 'f', 1);
}


struct LagInspector::GroupReads {
    std::vector<KafkaGroupDescription> descriptions;
    std::map<QString, const KafkaGroupDescription*> byId;
    std::vector<KafkaGroupOffsets> offsets; // in the order of the ids
    std::map<KafkaTopicPartition, KafkaWatermarks> marks;
};

QStringList LagInspector::groupsToInspect(const QStringList& groupIds) {
    QStringList ids = groupIds;
    if (ids.isEmpty()) {
        for (const auto& g : m_admin.listGroups())
            ids << g.groupId;
    }
    ids.removeDuplicates();
    ids.sort();
    return ids;
}

LagInspector::GroupReads LagInspector::readGroups(const QStringList& ids, bool namedByUser) {
    GroupReads reads;
    // Describe and committed offsets are independent: both in flight at once.
    auto describing = std::async(std::launch::async, [&] { return m_admin.describeGroups(ids); });
    try {
        reads.offsets = m_admin.committedOffsets(ids);
    } catch (...) {
        describing.wait(); // the other call's error may be the better one to report
        throw;
    }
    reads.descriptions = describing.get();
    for (const auto& d : reads.descriptions)
        reads.byId[d.groupId] = &d;
    if (namedByUser) {
        for (const auto& id : ids) {
            auto it = reads.byId.find(id);
            // As kafka-consumer-groups: a group the coordinator reports Dead does not exist.
            if (it == reads.byId.end() || it->second->state == QLatin1String("Dead"))
                throw Error(ErrorKind::NotFound, QStringLiteral("consumer group '%1' does not exist").arg(id));
        }
    }
    if (reads.offsets.size() != static_cast<size_t>(ids.size()))
        throw Error(ErrorKind::Broker, QStringLiteral("the cluster answered for %1 of %2 consumer groups")
                                           .arg(reads.offsets.size())
                                           .arg(ids.size()));
    // Every partition any group owns or committed for, so watermarks take one batch.
    std::set<KafkaTopicPartition> involved;
    for (const auto& d : reads.descriptions)
        for (const auto& m : d.members)
            involved.insert(m.assignment.begin(), m.assignment.end());
    for (const auto& o : reads.offsets)
        for (const auto& [tp, off] : o.committed)
            involved.insert(tp);
    if (!involved.empty())
        reads.marks = m_admin.watermarks({involved.begin(), involved.end()});
    return reads;
}

GroupLag LagInspector::groupLag(const QString& groupId, const KafkaGroupDescription* desc,
                                const KafkaGroupOffsets& committed,
                                const std::map<KafkaTopicPartition, KafkaWatermarks>& marks) {
    GroupLag g;
    g.groupId = groupId;
    if (desc) {
        g.state = desc->state;
        g.members = static_cast<int>(desc->members.size());
        g.error = desc->error;
    }
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
        if (const auto mit = marks.find(tp); mit != marks.end()) {
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
    return g;
}

LagReport LagInspector::inspect(const QStringList& groupIds, const LagOptions& options) {
    LagReport report;
    report.takenAtMs = QDateTime::currentMSecsSinceEpoch();
    const QStringList ids = groupsToInspect(groupIds);
    if (ids.isEmpty())
        return report;
    const GroupReads reads = readGroups(ids, !groupIds.isEmpty());
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const auto dit = reads.byId.find(ids.at(i));
        const KafkaGroupDescription* desc = dit == reads.byId.end() ? nullptr : dit->second;
        report.groups.push_back(groupLag(ids.at(i), desc, reads.offsets.at(static_cast<size_t>(i)), reads.marks));
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
