#pragma once

namespace CLI {
class App;
}
struct CommandRunner;

// mqkit verify: per device and boot, what of the telemetry arrived (gaps, duplicates, order, latency).
void setupVerifyCommands(CLI::App& root, CommandRunner& runner);
