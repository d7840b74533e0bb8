#pragma once

#include "mqtt/MqttMessage.h"

#include <string>
#include <vector>

namespace CLI {
class App;
}

// The MQTT 5 message properties as command-line flags: `mqtt pub` uses them plain
// (--user-property, --content-type, ...), the Last Will with a "will-" prefix
// (--will-user-property, --will-content-type, ...).
struct MqttPropertyFlags {
    std::vector<std::string> userProperties; // KEY=VALUE, repeatable, order kept
    std::string contentType;
    int payloadFormat = -1;        // -1: not given
    long long messageExpiry = -1;  // seconds; -1: not given
    std::string responseTopic;
    std::string correlationData;   // sent as these bytes (UTF-8)

    // Throws mqkit::Error(Usage) for a malformed KEY=VALUE; `flagPrefix` names the flag in the message.
    mqkit::MqttProperties toProperties(const char* flagPrefix = "--") const;
};

// prefix "" gives --user-property...; prefix "will-" gives --will-user-property...
void addMqttPropertyFlags(CLI::App* cmd, MqttPropertyFlags& flags, const std::string& prefix, const std::string& group);
