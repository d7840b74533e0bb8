#pragma once

namespace CLI {
class App;
}
struct CommandRunner;

// mqkit mqtt bench: the MQTT load harness (publishers x subscribers, rate, latency percentiles).
void setupMqttBenchCommand(CLI::App* mqttGroup, CommandRunner& runner);
