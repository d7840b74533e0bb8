#pragma once

namespace CLI {
class App;
}
struct CommandRunner;

// mqkit kafka cluster | topics list
void setupKafkaCommands(CLI::App& root, CommandRunner& runner);
