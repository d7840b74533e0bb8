#include "models/KafkaGroupsModel.h"

#include "lag/LagHistory.h"

#include <QBrush>
#include <QColor>

#include <algorithm>
#include <map>

namespace {
bool byId(const KafkaGroupsModel::Row& a, const KafkaGroupsModel::Row& b) {
    return a.groupId < b.groupId;
}

QColor statusColor(mqkit::LagStatus status) {
    switch (status) {
    case mqkit::LagStatus::Ok:
        return QColor(0x2e, 0x7d, 0x32);
    case mqkit::LagStatus::Warn:
        return QColor(0xef, 0x6c, 0x00);
    case mqkit::LagStatus::Stall:
    case mqkit::LagStatus::Stop:
    case mqkit::LagStatus::Rewind:
    case mqkit::LagStatus::Err:
        return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}
} // namespace

std::vector<KafkaGroupsModel::Row> KafkaGroupsModel::rowsFrom(const mqkit::LagReport& report,
                                                              const std::vector<mqkit::GroupVerdict>& verdicts) {
    std::map<QString, const mqkit::GroupVerdict*> verdictOf;
    for (const auto& v : verdicts)
        verdictOf[v.groupId] = &v;
    std::vector<Row> rows;
    rows.reserve(report.groups.size());
    for (const auto& g : report.groups) {
        Row r{g.groupId, g.state, g.members, g.totalLag, {}, {}, g.error};
        for (const auto& [topic, lag] : g.lagByTopic)
            r.topics << topic;
        if (const auto it = verdictOf.find(g.groupId); it != verdictOf.end())
            r.verdict = it->second->verdict;
        rows.push_back(std::move(r));
    }
    return rows;
}

KafkaGroupsModel::KafkaGroupsModel(QObject* parent) : QAbstractTableModel(parent) {}

int KafkaGroupsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int KafkaGroupsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KafkaGroupsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    const Row& r = m_rows[static_cast<size_t>(index.row())];
    if (role == Qt::ToolTipRole)
        return r.error.isEmpty() ? r.verdict.reason : r.error;
    if (role == Qt::ForegroundRole && index.column() == StatusColumn)
        return QBrush(statusColor(r.verdict.status));
    if (role == Qt::TextAlignmentRole && (index.column() == MembersColumn || index.column() == TotalLagColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case GroupColumn:
        return r.groupId;
    case StateColumn:
        return r.state;
    case MembersColumn:
        return r.members;
    case TotalLagColumn:
        return r.totalLag;
    case TopicsColumn:
        return r.topics.join(QStringLiteral(", "));
    case StatusColumn:
        return mqkit::lagStatusName(r.verdict.status);
    }
    return {};
}

QVariant KafkaGroupsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case GroupColumn:
        return tr("Group");
    case StateColumn:
        return tr("State");
    case MembersColumn:
        return tr("Members");
    case TotalLagColumn:
        return tr("Total lag");
    case TopicsColumn:
        return tr("Topics");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

const KafkaGroupsModel::Row* KafkaGroupsModel::group(const QString& groupId) const {
    const int row = rowOf(groupId);
    return row < 0 ? nullptr : &m_rows[static_cast<size_t>(row)];
}

int KafkaGroupsModel::rowOf(const QString& groupId) const {
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), Row{groupId, {}, 0, 0, {}, {}, {}}, byId);
    return it != m_rows.end() && it->groupId == groupId ? static_cast<int>(it - m_rows.begin()) : -1;
}

void KafkaGroupsModel::setGroups(std::vector<Row> rows) {
    std::sort(rows.begin(), rows.end(), byId);
    removeVanished(rows);
    insertNew(rows);
    // Same ids in the same order now: one dataChanged over the span of rows that changed.
    int first = -1;
    int last = -1;
    for (size_t i = 0; i < rows.size(); ++i) {
        if (m_rows[i] == rows[i])
            continue;
        m_rows[i] = std::move(rows[i]);
        if (first < 0)
            first = static_cast<int>(i);
        last = static_cast<int>(i);
    }
    if (first >= 0)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

// Contiguous runs of rows whose group is gone, removed from the end so earlier rows keep their numbers.
void KafkaGroupsModel::removeVanished(const std::vector<Row>& rows) {
    int end = static_cast<int>(m_rows.size());
    while (end > 0) {
        int start = end;
        while (start > 0 && !std::binary_search(rows.begin(), rows.end(), m_rows[static_cast<size_t>(start - 1)], byId))
            --start;
        if (start < end) {
            beginRemoveRows({}, start, end - 1);
            m_rows.erase(m_rows.begin() + start, m_rows.begin() + end);
            endRemoveRows();
        }
        end = start - 1;
    }
}

// Contiguous runs of new groups, inserted where they sort (m_rows is a subsequence of rows now).
void KafkaGroupsModel::insertNew(const std::vector<Row>& rows) {
    size_t i = 0;
    while (i < rows.size()) {
        if (i < m_rows.size() && m_rows[i].groupId == rows[i].groupId) {
            ++i;
            continue;
        }
        size_t j = i;
        while (j < rows.size() && (i >= m_rows.size() || rows[j].groupId != m_rows[i].groupId))
            ++j;
        beginInsertRows({}, static_cast<int>(i), static_cast<int>(j - 1));
        m_rows.insert(m_rows.begin() + static_cast<std::ptrdiff_t>(i), rows.begin() + static_cast<std::ptrdiff_t>(i),
                      rows.begin() + static_cast<std::ptrdiff_t>(j));
        endInsertRows();
        i = j;
    }
}
