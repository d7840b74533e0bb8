#pragma once

namespace CLI {
class App;
}
struct CommandRunner;

// mqkit mqtt pub|sub
void setupMqttCommands(CLI::App& root, CommandRunner& runner);
