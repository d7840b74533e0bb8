#pragma once

namespace CLI {
class App;
}
struct CommandRunner;

// mqkit kafka groups list | describe GROUP... | reset GROUP
void setupKafkaGroupCommands(CLI::App* kafka, CommandRunner& runner);
