#pragma once

#include "MqttPropertyFlags.h"
#include "kafka/KafkaClientConfig.h"
#include "mqtt/MqttSession.h"

#include <optional>
#include <string>
#include <vector>

namespace CLI {
class App;
}

// Where a password may come from on the command line: never argv itself.
struct PasswordFlags {
    std::string passwordFile; // --password-file PATH
    std::string passwordEnv;  // --password-env VAR (MQKIT_PASSWORD is always consulted)
};

// Flags shared by every MQTT command, named as mosquitto_sub/pub name them.
struct MqttConnectionFlags {
    std::string profile;
    std::string url;
    std::string user;
    std::string clientId;
    std::string caFile;
    std::string certFile;
    std::string keyFile;
    bool insecure = false;
    std::string protocolVersion; // "311" or "5"
    int keepAlive = 60;
    double connectTimeout = 5.0;
    PasswordFlags password;
    // Sessions, as mosquitto_sub/pub: -c keeps the session, -x sets its expiry (MQTT 5).
    bool disableCleanSession = false;
    long long sessionExpiry = -1; // seconds; -1: not given
    // Last Will.
    std::string willTopic;
    std::string willPayload;
    int willQos = 0;
    bool willRetain = false;
    MqttPropertyFlags willProperties;
    // Reconnect (only commands that call addMqttReconnectFlags offer it; then it is on by default).
    bool reconnectOffered = false;
    bool noReconnect = false;
    double reconnectMinDelay = 1.0;
    double reconnectMaxDelay = 30.0;
};

// Flags shared by every Kafka command, named as kcat names them.
struct KafkaConnectionFlags {
    std::string profile;
    std::string bootstrap;
    std::vector<std::string> properties; // -X key=value
    double timeout = 10.0;
    PasswordFlags password;
};

void addMqttConnectionFlags(CLI::App* cmd, MqttConnectionFlags& flags);
// --no-reconnect, --reconnect-delay, --reconnect-max-delay (long-running commands such as `mqtt sub`).
void addMqttReconnectFlags(CLI::App* cmd, MqttConnectionFlags& flags);
// The MQTT connection of a command that also connects to Kafka (`provision`): -L, -u, TLS and -V as
// everywhere; the flags Kafka's also has are named apart: --mqtt-profile, --mqtt-password-file,
// --mqtt-password-env.
void addMqttAdminConnectionFlags(CLI::App* cmd, MqttConnectionFlags& flags);
void addKafkaConnectionFlags(CLI::App* cmd, KafkaConnectionFlags& flags);
// For a command that talks to both MQTT and Kafka (the bridge): -b and -X as kcat, the rest
// prefixed so they do not collide with the MQTT flags (--kafka-profile, --kafka-timeout,
// --kafka-password-file, --kafka-password-env).
void addKafkaConnectionFlagsBesideMqtt(CLI::App* cmd, KafkaConnectionFlags& flags);

// Thin mappings from flags to core's connection resolver (profile/ConnectionResolver.h), prompting
// on the terminal. Throws mqkit::Error(Usage) for unknown profiles, malformed URLs, missing files...
mqkit::MqttConnectOptions resolveMqttConnection(const MqttConnectionFlags& flags);
mqkit::KafkaClientConfig resolveKafkaConnection(const KafkaConnectionFlags& flags);
// The same without a terminal and without errors: std::nullopt when it would ask for a password or
// fails (resolve again with resolveKafkaConnection when the connection is really needed).
std::optional<mqkit::KafkaClientConfig> resolveKafkaConnectionWithoutPrompt(const KafkaConnectionFlags& flags);
// The same for MQTT (without the --insecure warning, which resolveMqttConnection gives).
std::optional<mqkit::MqttConnectOptions> resolveMqttConnectionWithoutPrompt(const MqttConnectionFlags& flags);
