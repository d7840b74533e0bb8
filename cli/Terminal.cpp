#include "Terminal.h"

#include <atomic>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace {
std::atomic<bool> g_interrupted{false};

void onSignal(int) {
    g_interrupted.store(true);
}
} // namespace

bool stdinIsTerminal() {
    return isatty(STDIN_FILENO) != 0;
}

bool stderrIsTerminal() {
    return isatty(STDERR_FILENO) != 0;
}

std::optional<QString> promptSecret(const QString& question) {
    FILE* tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return std::nullopt;
    const int fd = fileno(tty);
    termios old{};
    const bool haveTermios = tcgetattr(fd, &old) == 0;
    if (haveTermios) {
        termios quiet = old;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    std::fputs(question.toLocal8Bit().constData(), tty);
    std::fflush(tty);
    std::string line;
    for (int c = std::fgetc(tty); c != EOF && c != '\n'; c = std::fgetc(tty))
        line.push_back(static_cast<char>(c));
    if (haveTermios)
        tcsetattr(fd, TCSAFLUSH, &old);
    std::fputc('\n', tty);
    std::fclose(tty);
    return QString::fromStdString(line);
}

QString readStdinSecret() {
    std::string line;
    std::getline(std::cin, line);
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

void installInterruptHandler() {
    struct sigaction sa {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
    std::signal(SIGPIPE, SIG_IGN);
}

bool interrupted() {
    return g_interrupted.load();
}

std::optional<QString> TerminalSecretPrompter::askSecret(const QString& what, Need need) {
    if (need == Need::Optional && !stdinIsTerminal())
        return std::nullopt;
    return promptSecret(what + QStringLiteral(": "));
}
