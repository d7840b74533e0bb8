#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <memory>

// CLI11 callbacks only record which command to run; main() runs it after parsing, inside one
// place that maps mqkit::Error to the documented exit codes.
struct CommandRunner {
    std::function<int()> action;

    // Registers `run(opts)` as the action of a subcommand whose options live in `opts`.
    template <typename Opts, typename Run>
    void bind(CLI::App* cmd, std::shared_ptr<Opts> opts, Run run) {
        cmd->callback([this, opts, run] { action = [opts, run] { return run(*opts); }; });
    }
};
