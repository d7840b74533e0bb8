#pragma once

namespace CLI {
class App;
}
struct CommandRunner;

// mqkit kafka cluster | topics list, and the groups and lag command groups
void setupKafkaCommands(CLI::App& root, CommandRunner& runner);
