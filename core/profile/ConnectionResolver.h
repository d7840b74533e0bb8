#pragma once

#include "kafka/KafkaClientConfig.h"
#include "mqtt/MqttSession.h"
#include "profile/Profile.h"
#include "profile/SecretPrompter.h"

#include <QString>

#include <chrono>
#include <cstdint>
#include <optional>

namespace mqkit {

// A password given for this one connection (not the profile's); the first source set wins,
// then $MQKIT_PASSWORD.
struct SecretSources {
    QString file;   // the first line of this file
    QString envVar; // this environment variable (an error when it is not set)
};
// std::nullopt when no source gives one. Throws Error(Usage) for an unreadable file or unset variable.
std::optional<QString> secretFromSources(const SecretSources& sources);

// Settings that override a profile (or the defaults without one); unset fields keep its value.
struct MqttConnectionOverrides {
    std::optional<QString> url; // without profile and url: mqtt://localhost:1883
    std::optional<QString> username;
    std::optional<QString> clientId;
    std::optional<QString> caFile;
    std::optional<QString> certFile;
    std::optional<QString> keyFile;
    bool insecure = false; // true: do not verify the broker's certificate
    std::optional<int> protocolVersion; // 4 or 5
    std::optional<int> keepAliveSeconds;
    std::optional<std::chrono::milliseconds> connectTimeout;
    bool persistentSession = false; // clean start off
    std::optional<std::uint32_t> sessionExpirySeconds; // persistent MQTT 5 without it: never expires
    std::optional<MqttMessage> will;
    std::optional<MqttReconnectOptions> reconnect;
};

struct KafkaConnectionOverrides {
    std::optional<QString> bootstrap;
    PropertyList properties; // applied in order over the profile's
    std::optional<std::chrono::milliseconds> timeout;
};

// Layers a saved profile (profileName empty: none), the overrides and a password, then asks the
// prompter (may be null) for what is still missing. Validated; throws Error(Usage) for an unknown
// profile, a profile of the other kind, a malformed address or inconsistent settings.
MqttConnectOptions resolveMqttConnection(const QString& profileName, const MqttConnectionOverrides& overrides,
                                         const SecretSources& secrets, SecretPrompter* prompter);
KafkaClientConfig resolveKafkaConnection(const QString& profileName, const KafkaConnectionOverrides& overrides,
                                         const SecretSources& secrets, SecretPrompter* prompter);

} // namespace mqkit
