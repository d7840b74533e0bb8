#pragma once

namespace CLI {
class App;
}
struct CommandRunner;

// mqkit kafka consume TOPIC | produce TOPIC [VALUE...]: the "kafka data" command group
void setupKafkaConsumeCommands(CLI::App* kafka, CommandRunner& runner);
