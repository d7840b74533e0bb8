#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <utility>
#include <vector>

namespace mqkit {

struct MqttMessage {
    QString topic;
    QByteArray payload;
    int qos = 0;
    bool retained = false;
    bool duplicate = false;
    std::int64_t receivedAtMs = 0; // Unix epoch, milliseconds
    std::vector<std::pair<QString, QString>> userProperties; // MQTT 5 only
    QString contentType;                                     // MQTT 5 only
};

using MqttBatch = std::vector<MqttMessage>;

} // namespace mqkit
