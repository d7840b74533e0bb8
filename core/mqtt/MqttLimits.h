#pragma once

#include "mqtt/MqttMessage.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace mqkit {

// The size limits of the MQTT wire format (3.1.1 and 5): every string and binary field carries a
// two-byte length, and a packet's remaining length is at most 268,435,455 bytes. Checked before
// anything is sent, so an oversize value is a usage error, never a wrapped length on the wire.
constexpr std::int64_t kMqttMaxFieldBytes = 65535;
constexpr std::int64_t kMqttMaxPacketBytes = 268435455;

// Each throws Error(Usage) naming `what` ("topic", "client id", "correlation data"...) and the rule.
// A field: at most 65,535 bytes.
void checkMqttFieldLength(std::int64_t bytes, const QString& what);
// A topic name (publish, will, response topic): 1..65,535 bytes of UTF-8, no '+', '#' or NUL.
void checkTopicName(const QString& topic, const QString& what = QStringLiteral("topic"));
// A topic filter (subscribe): as a name, but '+' may fill a whole level and '#' the last one.
void checkTopicFilter(const QString& filter);
void checkTopicFilters(const QStringList& filters);
// A message to publish: its topic, each MQTT 5 property, and the size of the PUBLISH packet.
void checkPublishable(const MqttMessage& message, const QString& what = QStringLiteral("message"));
// The contents of a file to publish as one payload. A regular file larger than a packet holds is
// refused before it is read; from a pipe or device at most one byte more than that is read.
QByteArray readPayloadFile(const QString& path);

} // namespace mqkit
