#pragma once

#include <string>

namespace CLI {
class App;
}
struct CommandRunner;
struct MqttConnectionFlags;
struct KafkaConnectionFlags;

// mqkit kafka record TOPIC... --to FILE.db | kafka to-mqtt TOPIC: Kafka recordings and the
// Kafka->MQTT bridge (issue 11)
void setupKafkaRecordCommands(CLI::App* kafka, CommandRunner& runner);

// The few MQTT flags of a command whose main connection is Kafka (-L, -V, -i, -u, --cafile,
// --mqtt-profile, -c, reconnect), and the Kafka flags of one whose main connection is MQTT
// (-b, -X, --kafka-profile, --kafka-timeout), so the two sets never collide.
void addSecondMqttFlags(CLI::App* cmd, MqttConnectionFlags& flags);
void addSecondKafkaFlags(CLI::App* cmd, KafkaConnectionFlags& flags);

// kcat's -o, plus "@MS" for s@MS (the first record at or after a timestamp).
std::string kafkaOffsetText(const std::string& text);
