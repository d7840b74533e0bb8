#pragma once

#include "kafka/KafkaRecord.h"

#include <QJsonObject>

namespace mqkit {

class JsonWriter;

// The one JSON shape of a Kafka record (consume -J, and whatever stores records), in the
// conventions of MqttMessageJson: bytes that are valid UTF-8 stay text, anything else is
// base64 with an encoding field, so no byte is ever lost; null stays null.
//   {"topic": str, "partition": int, "offset": int, "timestamp": int (ms since epoch) | null,
//    "timestamp_type": "create" | "log_append" | "none",
//    "key": str | null, "key_encoding": "utf8" | "base64"   (absent when key is null),
//    "payload": str | null, "encoding": "utf8" | "base64"   (absent when payload is null),
//    "headers": [{"name": str, "value": str | null, "encoding": "base64" (only when not UTF-8)}, ...]}
// "headers" is always present (possibly empty) and keeps the record's order and repeated names.
// Written by the one JsonWriter, straight into the output buffer: building a QJsonObject per
// record is the bottleneck when consuming hundreds of thousands of records a second.
void writeRecordJson(JsonWriter& writer, const KafkaRecord& record);
// writeRecordJson as one compact JSON line ending in '\n' (consume -J).
void appendRecordJsonLine(QByteArray& out, const KafkaRecord& record);
// The same object as a QJsonObject, for callers that want one (parses the written line).
QJsonObject recordToJson(const KafkaRecord& record);

// The inverse of recordToJson (fields may be missing: topic/partition/offset default as in
// KafkaRecord); throws Error(Usage) naming the malformed field.
KafkaRecord recordFromJson(const QJsonObject& object);

} // namespace mqkit
