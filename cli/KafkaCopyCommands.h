#pragma once

namespace CLI {
class App;
}
struct CommandRunner;

// mqkit kafka copy SRC DST | verify SRC DST: moving records between topics and clusters
void setupKafkaCopyCommands(CLI::App* kafka, CommandRunner& runner);
