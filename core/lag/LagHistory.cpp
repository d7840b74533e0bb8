#include "lag/LagHistory.h"

#include "profile/ProfileStore.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace mqkit {

LagHistory::LagHistory(const QString& path) : m_db(path) {
    m_db.exec("PRAGMA journal_mode = WAL");
    m_db.exec("PRAGMA synchronous = NORMAL");
    m_db.migrate({R"(CREATE TABLE lag_samples (
                       taken_at_ms INTEGER NOT NULL,
                       group_id    TEXT    NOT NULL,
                       topic       TEXT    NOT NULL,
                       partition   INTEGER NOT NULL,
                       committed   INTEGER,
                       log_start   INTEGER NOT NULL,
                       log_end     INTEGER NOT NULL,
                       lag         INTEGER,
                       members     INTEGER NOT NULL,
                       error       TEXT);
                   CREATE INDEX lag_samples_by_partition ON lag_samples (group_id, topic, partition, taken_at_ms);
                   CREATE INDEX lag_samples_by_time ON lag_samples (group_id, taken_at_ms);)"});
}

QString LagHistory::defaultPath() {
    return QFileInfo(ProfileStore::defaultPath()).dir().filePath(QStringLiteral("lag-history.db"));
}

void LagHistory::append(const LagReport& report) {
    m_db.transaction([&] {
        auto insert = m_db.prepare("INSERT INTO lag_samples (taken_at_ms, group_id, topic, partition, committed, "
                                   "log_start, log_end, lag, members, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (const auto& g : report.groups) {
            for (const auto& p : g.partitions) {
                insert.bind(1, report.takenAtMs).bind(2, g.groupId).bind(3, p.topic).bind(4, std::int64_t(p.partition));
                if (p.committed)
                    insert.bind(5, *p.committed);
                else
                    insert.bindNull(5);
                insert.bind(6, p.logStart).bind(7, p.logEnd);
                if (p.lag)
                    insert.bind(8, *p.lag);
                else
                    insert.bindNull(8);
                insert.bind(9, std::int64_t(g.members));
                const QString error = !p.error.isEmpty() ? p.error : g.error;
                if (error.isEmpty())
                    insert.bindNull(10);
                else
                    insert.bind(10, error);
                insert.step();
                insert.reset();
            }
        }
    });
}

std::int64_t LagHistory::prune(std::int64_t beforeMs) {
    auto q = m_db.prepare("DELETE FROM lag_samples WHERE taken_at_ms < ?");
    q.bind(1, beforeMs);
    q.step();
    return m_db.changes();
}

std::vector<LagSample> LagHistory::window(const QString& groupId, const KafkaTopicPartition& tp, int count) {
    auto q = m_db.prepare("SELECT taken_at_ms, committed, log_end, lag, members, error FROM lag_samples "
                          "WHERE group_id = ? AND topic = ? AND partition = ? ORDER BY taken_at_ms DESC LIMIT ?");
    q.bind(1, groupId).bind(2, tp.topic).bind(3, std::int64_t(tp.partition)).bind(4, std::int64_t(count));
    std::vector<LagSample> out;
    while (q.step()) {
        LagSample s;
        s.takenAtMs = q.integer(0);
        if (!q.isNull(1))
            s.committed = q.integer(1);
        s.logEnd = q.integer(2);
        if (!q.isNull(3))
            s.lag = q.integer(3);
        s.members = static_cast<int>(q.integer(4));
        s.error = !q.isNull(5);
        out.push_back(s);
    }
    std::reverse(out.begin(), out.end());
    return out;
}

std::vector<GroupVerdict> LagHistory::evaluate(const LagReport& report, int windowSize) {
    std::vector<GroupVerdict> out;
    for (const auto& g : report.groups) {
        GroupVerdict gv;
        gv.groupId = g.groupId;
        gv.totalLag = g.totalLag;
        if (!g.error.isEmpty())
            gv.verdict = {LagStatus::Err, g.error};
        for (const auto& p : g.partitions) {
            PartitionVerdict pv{p.topic, p.partition, evaluatePartition(window(g.groupId, {p.topic, p.partition}, windowSize))};
            if (pv.verdict.status > gv.verdict.status)
                gv.verdict = {pv.verdict.status, QStringLiteral("%1:%2 %3").arg(p.topic).arg(p.partition).arg(pv.verdict.reason)};
            gv.partitions.push_back(pv);
        }
        if (gv.verdict.reason.isEmpty())
            gv.verdict.reason = g.partitions.empty() ? QStringLiteral("no partitions") : QStringLiteral("all partitions OK");
        out.push_back(gv);
    }
    return out;
}

std::vector<std::pair<std::int64_t, std::int64_t>> LagHistory::totalLagSeries(const QString& groupId, std::int64_t sinceMs) {
    auto q = m_db.prepare("SELECT taken_at_ms, SUM(COALESCE(lag, 0)) FROM lag_samples WHERE group_id = ? AND "
                          "taken_at_ms >= ? GROUP BY taken_at_ms ORDER BY taken_at_ms");
    q.bind(1, groupId).bind(2, sinceMs);
    std::vector<std::pair<std::int64_t, std::int64_t>> out;
    while (q.step())
        out.emplace_back(q.integer(0), q.integer(1));
    return out;
}

std::vector<std::pair<std::int64_t, std::int64_t>> LagHistory::topicLagSeries(const QString& groupId, const QString& topic,
                                                                              std::int64_t sinceMs) {
    auto q = m_db.prepare("SELECT taken_at_ms, SUM(COALESCE(lag, 0)) FROM lag_samples WHERE group_id = ? AND topic = ? "
                          "AND taken_at_ms >= ? GROUP BY taken_at_ms ORDER BY taken_at_ms");
    q.bind(1, groupId).bind(2, topic).bind(3, sinceMs);
    std::vector<std::pair<std::int64_t, std::int64_t>> out;
    while (q.step())
        out.emplace_back(q.integer(0), q.integer(1));
    return out;
}

} // namespace mqkit
