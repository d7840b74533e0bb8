#pragma once

#include "kafka/KafkaRecord.h"

#include <QByteArray>
#include <QString>

namespace mqkit {

// "Records that mention this text": a record matches when its key, its value, or a header's name
// or value contains the text, ASCII letters compared without case (other bytes exactly, so UTF-8
// text and binary values both work). An empty text matches every record.
class KafkaRecordTextFilter {
public:
    KafkaRecordTextFilter() = default;
    explicit KafkaRecordTextFilter(const QString& text);

    bool isEmpty() const { return m_needle.isEmpty(); }
    QString text() const { return QString::fromUtf8(m_needle); }
    bool matches(const KafkaRecord& record) const;

private:
    bool contains(const QByteArray& haystack) const;
    QByteArray m_needle; // ASCII letters lower-cased
};

} // namespace mqkit
