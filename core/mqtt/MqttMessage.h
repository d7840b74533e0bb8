#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace mqkit {

// The MQTT 5 properties a message can carry (all empty/unset for MQTT 3.1.1).
struct MqttProperties {
    std::vector<std::pair<QString, QString>> user; // user properties, in order, duplicates allowed
    QString contentType;
    std::optional<int> payloadFormat;                 // 0: unspecified bytes, 1: UTF-8 text
    std::optional<std::uint32_t> messageExpirySeconds;
    QString responseTopic;
    QByteArray correlationData;                       // binary
    std::vector<int> subscriptionIds;                 // set by the broker on delivery

    bool isEmpty() const {
        return user.empty() && contentType.isEmpty() && !payloadFormat && !messageExpirySeconds &&
               responseTopic.isEmpty() && correlationData.isEmpty() && subscriptionIds.empty();
    }
    bool operator==(const MqttProperties&) const = default;
};

struct MqttMessage {
    QString topic;
    QByteArray payload;
    int qos = 0;
    bool retained = false;
    bool duplicate = false;
    std::int64_t receivedAtMs = 0; // Unix epoch, milliseconds
    MqttProperties properties;     // MQTT 5 only
};

using MqttBatch = std::vector<MqttMessage>;

} // namespace mqkit
