#pragma once

#include "profile/SecretPrompter.h"

#include <QString>

#include <optional>

// Terminal interaction: password prompts without echo and Ctrl-C handling.
bool stdinIsTerminal();
bool stderrIsTerminal();
// Asks on /dev/tty with echo off; std::nullopt when there is no terminal.
std::optional<QString> promptSecret(const QString& question);
// Reads the first line of stdin (for --password-stdin), without its line break.
QString readStdinSecret();

// SIGINT/SIGTERM set a flag instead of killing the process, so commands can drain and exit 0.
void installInterruptHandler();
bool interrupted();

// Core's secret questions on the terminal (/dev/tty, echo off). An optional password (a user name
// came without one) is asked only when stdin is a terminal too: a script is never held up.
class TerminalSecretPrompter : public mqkit::SecretPrompter {
public:
    std::optional<QString> askSecret(const QString& what, Need need) override;
};
