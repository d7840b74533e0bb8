#pragma once

namespace CLI {
class App;
}
struct CommandRunner;

// mqkit bridge: MQTT → Kafka with a durable spool and dead-letter topics.
void setupBridgeCommands(CLI::App& root, CommandRunner& runner);
