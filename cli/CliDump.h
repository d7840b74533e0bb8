#pragma once

#include <CLI/CLI.hpp>

struct CommandRunner;

// `mqkit __dump-cli`: a hidden command that prints the whole CLI11 tree (commands, options,
// positionals, descriptions, types) as one JSON document. packaging/cli-docs.py turns it into
// the man pages and the shell completion at build time, so they never drift from --help.
// Hidden commands and options (empty group) are left out, as --help leaves them out.
void setupCliDump(CLI::App& root, CommandRunner& runner);
