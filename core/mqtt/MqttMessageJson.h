#pragma once

#include "mqtt/MqttMessage.h"

#include <QJsonObject>

namespace mqkit {

class JsonWriter;

// One JSON shape for a message everywhere (sub -o json, tree -o json, recordings, replay):
//   {"topic", "payload", "encoding": "utf8"|"base64", "qos", "retain", "received_at",
//    "properties": {"user_properties": [[k,v]...], "content_type", "payload_format",
//                   "message_expiry", "response_topic", "correlation_data" (base64),
//                   "subscription_ids": [..]}}
// Payloads that are valid UTF-8 stay text; anything else is base64, so no byte is ever lost.
void insertPayload(QJsonObject& object, const QByteArray& payload);
QJsonObject propertiesToJson(const MqttProperties& properties);
QJsonObject messageToJson(const MqttMessage& message);
// The same fields as messageToJson, streamed (no QJsonObject per message): the path of
// `sub -o json` and `-F %j`. Writes one object; the caller ends the line.
void writeMessageJson(JsonWriter& writer, const MqttMessage& message);

// The inverse of the above; throws Error(Usage) naming the field that is malformed.
QByteArray payloadFromJson(const QJsonObject& object);
MqttProperties propertiesFromJson(const QJsonObject& properties);
MqttMessage messageFromJson(const QJsonObject& object);

} // namespace mqkit
