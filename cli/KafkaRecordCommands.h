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
// --mqtt-profile, -c, reconnect), so they never collide with its Kafka flags. (The other way
// round, Kafka flags beside MQTT ones: addKafkaConnectionFlagsBesideMqtt in ConnectionOptions.)
void addSecondMqttFlags(CLI::App* cmd, MqttConnectionFlags& flags);

// kcat's -o, plus "@MS" for s@MS (the first record at or after a timestamp).
std::string kafkaOffsetText(const std::string& text);
