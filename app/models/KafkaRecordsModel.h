#pragma once

#include "kafka/KafkaRecord.h"

#include <QAbstractTableModel>

#include <deque>
#include <memory>
#include <vector>

// One record of the message browser's window: its place in the window (seq grows by one per
// record read) and the record, shared read-only between the reading thread and the model.
struct KafkaShownRecord {
    quint64 seq = 0;
    std::shared_ptr<const mqkit::KafkaRecord> record;
};

// The Kafka records the message browser shows: partition, offset, timestamp, key, value and
// headers, one row each, in the order they were read. Changes come in batches (one insert per
// batch); rows whose records left the reading window are removed from the top.
class KafkaRecordsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { PartitionColumn, OffsetColumn, TimestampColumn, KeyColumn, ValueColumn, HeadersColumn, ColumnCount };

    explicit KafkaRecordsModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void clear();
    void replaceRecords(std::vector<KafkaShownRecord> records);
    void appendRecords(const std::vector<KafkaShownRecord>& records);
    void dropBefore(quint64 firstKeptSeq); // rows of records that left the window

    const mqkit::KafkaRecord* recordAt(int row) const;
    std::vector<std::shared_ptr<const mqkit::KafkaRecord>> records() const;

private:
    std::deque<KafkaShownRecord> m_rows;
};
