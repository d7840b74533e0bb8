#pragma once

#include "backend/BackendTypes.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

// The topics of one cluster: name, partitions, replication factor and, once described with their
// watermarks, the records they hold (sum of high - low over partitions) and their health flags.
class KafkaTopicsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, PartitionsColumn, ReplicationColumn, MessagesColumn, FlagsColumn, ColumnCount };

    explicit KafkaTopicsModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString topicAt(int row) const;

public slots:
    void setTopics(const std::vector<mqkit::KafkaTopicInfo>& topics);
    void setDescriptions(const std::vector<mqkit::KafkaTopicDescription>& topics);

private:
    struct Row {
        QString name;
        int partitions = 0;
        int replicationFactor = 0;
        std::optional<qint64> messages; // absent: not described yet, or a partition without watermarks
        int underReplicated = 0;        // partitions
        int offline = 0;                // partitions
    };
    QString flagsText(const Row& row) const;

    std::vector<Row> m_rows;
};
