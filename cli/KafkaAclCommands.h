#pragma once

namespace CLI {
class App;
}
struct CommandRunner;

// mqkit kafka acls list | create | delete
void setupKafkaAclCommands(CLI::App* kafka, CommandRunner& runner);
