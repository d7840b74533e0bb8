#pragma once

namespace CLI {
class App;
}
struct CommandRunner;

// mqkit provision plan | apply | export: declarative Kafka topics, configs and ACLs (and Mosquitto's
// dynamic security) from YAML specs, always planned against the live state.
void setupProvisionCommands(CLI::App& root, CommandRunner& runner);
