#pragma once

#include "backend/BackendTypes.h"

#include <QAbstractTableModel>

#include <vector>

class KafkaTopicsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, PartitionsColumn, ReplicationColumn, ColumnCount };

    explicit KafkaTopicsModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public slots:
    void setTopics(const std::vector<mqkit::KafkaTopicInfo>& topics);

private:
    std::vector<mqkit::KafkaTopicInfo> m_topics;
};
