#pragma once

namespace CLI {
class App;
}
struct CommandRunner;

// mqkit kafka topics list | describe | create | delete | add-partitions
void setupKafkaTopicCommands(CLI::App* kafka, CommandRunner& runner);
