#pragma once

namespace CLI {
class App;
}
struct CommandRunner;

// mqkit mqtt pub|sub|tree|retained clear
void setupMqttCommands(CLI::App& root, CommandRunner& runner);
