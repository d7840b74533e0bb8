#pragma once

namespace CLI {
class App;
}
struct CommandRunner;

// mqkit kafka configs describe | alter (topics, brokers, the cluster-wide broker default)
void setupKafkaConfigCommands(CLI::App* kafka, CommandRunner& runner);
