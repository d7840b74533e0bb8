#include "models/KafkaTopicsModel.h"

KafkaTopicsModel::KafkaTopicsModel(QObject* parent) : QAbstractTableModel(parent) {}

int KafkaTopicsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_topics.size());
}

int KafkaTopicsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KafkaTopicsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || role != Qt::DisplayRole)
        return {};
    const auto& t = m_topics[static_cast<size_t>(index.row())];
    switch (index.column()) {
    case NameColumn:
        return t.name;
    case PartitionsColumn:
        return t.partitions;
    case ReplicationColumn:
        return t.replicationFactor;
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
    }
    return {};
}

void KafkaTopicsModel::setTopics(const std::vector<mqkit::KafkaTopicInfo>& topics) {
    beginResetModel();
    m_topics = topics;
    endResetModel();
}
