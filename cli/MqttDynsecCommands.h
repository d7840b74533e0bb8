#pragma once

namespace CLI {
class App;
}
struct CommandRunner;

// mqkit mqtt dynsec clients|roles|groups|default-acl ...: Mosquitto's dynamic-security plugin,
// the commands of mosquitto_ctrl's dynsec module with readable names.
void setupMqttDynsecCommands(CLI::App* mqtt, CommandRunner& runner);
