#pragma once

namespace CLI {
class App;
}
struct CommandRunner;

// mqkit profile add|list|show|rm
void setupProfileCommands(CLI::App& root, CommandRunner& runner);
