#pragma once

namespace CLI {
class App;
}
struct CommandRunner;

// mqkit sim: a fleet of simulated devices publishing telemetry (the load harness's publishers).
void setupSimCommands(CLI::App& root, CommandRunner& runner);
