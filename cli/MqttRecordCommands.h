#pragma once

namespace CLI {
class App;
}
struct CommandRunner;

// mqkit mqtt record FILTER... --to FILE | mqtt record info FILE | mqtt replay FILE
void setupMqttRecordCommands(CLI::App* mqttGroup, CommandRunner& runner);
