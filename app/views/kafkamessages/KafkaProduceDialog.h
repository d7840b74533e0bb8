#pragma once

#include "kafka/KafkaRecord.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

// One record to produce: topic, partition (or the partitioner's choice), key (or none), value
// and headers, one "name=value" per line (the form `mqkit kafka produce -H` takes).
class KafkaProduceDialog : public QDialog {
    Q_OBJECT
public:
    explicit KafkaProduceDialog(QWidget* parent = nullptr);

    void prepare(const QString& topic, int partitions); // partitions: 0 when unknown

    // The fields, for tests as a user fills them.
    void setFields(const QString& topic, int partition, const QString& key, const QString& value,
                   const QString& headerLines);
    void setNullKey(bool on);

    // The record the fields describe; throws Error(Usage) for a bad header line.
    mqkit::KafkaRecord record() const;

private:
    QLineEdit* m_topic;
    QSpinBox* m_partition;
    QLineEdit* m_key;
    QCheckBox* m_nullKey;
    QPlainTextEdit* m_value;
    QPlainTextEdit* m_headers;
};
