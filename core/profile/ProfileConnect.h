#pragma once

#include "kafka/KafkaClientConfig.h"
#include "mqtt/MqttSession.h"
#include "profile/Profile.h"

#include <optional>

namespace mqkit {

// Turns a stored profile plus its resolved secret into client settings. Shared by CLI and GUI.
// Throws Error(Usage) if the profile is of the other kind or its address is malformed.
MqttConnectOptions mqttOptionsFromProfile(const Profile& profile, const std::optional<QString>& secret);
KafkaClientConfig kafkaConfigFromProfile(const Profile& profile, const std::optional<QString>& secret);

// Fills security.protocol, sasl.* and ssl.* from a mechanism, user, secret and TLS files,
// without overriding anything the properties already set.
void applyKafkaSecurity(KafkaClientConfig& config, const QString& mechanism, const QString& username,
                        const std::optional<QString>& secret, const QString& caFile, const QString& certFile,
                        const QString& keyFile);

} // namespace mqkit
