#include "models/KafkaTopicsModel.h"

#include <QBrush>
#include <QLocale>

KafkaTopicsModel::KafkaTopicsModel(QObject* parent) : QAbstractTableModel(parent) {}

int KafkaTopicsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int KafkaTopicsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString KafkaTopicsModel::topicAt(int row) const {
    return row >= 0 && row < rowCount() ? m_rows[static_cast<size_t>(row)].name : QString();
}

QString KafkaTopicsModel::flagsText(const Row& row) const {
    QStringList flags;
    if (row.offline > 0)
        flags << tr("%n offline", nullptr, row.offline);
    if (row.underReplicated > 0)
        flags << tr("%n under-replicated", nullptr, row.underReplicated);
    if (!row.messages && row.partitions > 0 && flags.isEmpty())
        return {}; // not described yet
    return flags.isEmpty() ? tr("ok") : flags.join(QStringLiteral(", "));
}

QVariant KafkaTopicsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    const auto& t = m_rows[static_cast<size_t>(index.row())];
    if (role == Qt::TextAlignmentRole && index.column() != NameColumn && index.column() != FlagsColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == FlagsColumn && (t.offline > 0 || t.underReplicated > 0))
        return QBrush(Qt::red);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool sortKey = role == Qt::EditRole; // numbers sort as numbers
    switch (index.column()) {
    case NameColumn:
        return t.name;
    case PartitionsColumn:
        return t.partitions;
    case ReplicationColumn:
        return t.replicationFactor;
    case MessagesColumn:
        if (t.messages)
            return sortKey ? QVariant(*t.messages) : QVariant(QLocale().toString(*t.messages));
        return sortKey ? QVariant(qint64(-1)) : QVariant(QStringLiteral("…"));
    case FlagsColumn:
        return flagsText(t);
    }
    return {};
}

QVariant KafkaTopicsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Topic");
    case PartitionsColumn:
        return tr("Partitions");
    case ReplicationColumn:
        return tr("Replication");
    case MessagesColumn:
        return tr("Messages");
    case FlagsColumn:
        return tr("Health");
    }
    return {};
}

void KafkaTopicsModel::setTopics(const std::vector<mqkit::KafkaTopicInfo>& topics) {
    beginResetModel();
    m_rows.clear();
    for (const auto& t : topics)
        m_rows.push_back({t.name, t.partitions, t.replicationFactor, std::nullopt, 0, 0});
    endResetModel();
}

void KafkaTopicsModel::setDescriptions(const std::vector<mqkit::KafkaTopicDescription>& topics) {
    beginResetModel();
    m_rows.clear();
    for (const auto& t : topics) {
        Row row{t.name, static_cast<int>(t.partitions.size()), 0, qint64(0), 0, 0};
        if (!t.partitions.empty())
            row.replicationFactor = static_cast<int>(t.partitions.front().replicas.size());
        for (const auto& p : t.partitions) {
            row.offline += p.offline ? 1 : 0;
            row.underReplicated += p.underReplicated ? 1 : 0;
            if (p.low < 0 || p.high < 0)
                row.messages.reset();
            else if (row.messages)
                *row.messages += p.high - p.low;
        }
        m_rows.push_back(row);
    }
    endResetModel();
}
