#pragma once

namespace CLI {
class App;
}
struct CommandRunner;

// mqkit kafka lag [GROUP...]
void setupKafkaLagCommands(CLI::App* kafka, CommandRunner& runner);
