#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace mqkit {

enum class KafkaTimestampType {
    NotAvailable, // no timestamp (old message format)
    CreateTime,   // set by the producer
    LogAppendTime // set by the broker (topic config message.timestamp.type=LogAppendTime)
};

struct KafkaHeader {
    QString name;
    std::optional<QByteArray> value; // a header may carry no value at all (null), which differs from ""
    bool operator==(const KafkaHeader&) const = default;
};

// One Kafka record, as consumed or to be produced. Keys and values are bytes, and null is not
// the same as empty (a null value is a tombstone on a compacted topic).
struct KafkaRecord {
    QString topic;
    int partition = -1;     // -1 when producing: let the partitioner choose
    std::int64_t offset = -1;
    std::int64_t timestamp = -1; // ms since the epoch; when producing, <= 0 means "now"
    KafkaTimestampType timestampType = KafkaTimestampType::NotAvailable;
    std::optional<QByteArray> key;
    std::optional<QByteArray> value;
    std::vector<KafkaHeader> headers; // in record order; names may repeat
    bool operator==(const KafkaRecord&) const = default;
};

} // namespace mqkit
