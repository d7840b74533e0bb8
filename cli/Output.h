#pragma once

#include "common/Error.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace CLI {
class App;
class Option;
} // namespace CLI

enum class OutputFormat { Text, Json };

// A CLI11 string argument as a QString (CLI11 hands over std::string, UTF-8).
inline QString q(const std::string& s) {
    return QString::fromStdString(s);
}

// Runs f; a usage error from core (which speaks of settings, never of flags) gets the flag's
// name in front: "--map: bad topic rewrite rule 'x': ...".
template <typename F>
void withFlag(const char* flag, F&& f) {
    try {
        f();
    } catch (const mqkit::Error& e) {
        if (e.kind() != mqkit::ErrorKind::Usage)
            throw;
        throw mqkit::Error(e.kind(), QStringLiteral("%1: %2").arg(QLatin1String(flag), e.message()));
    }
}

// Adds "-o,--output text|json" to a listing command.
CLI::Option* addOutputOption(CLI::App* cmd, OutputFormat& format);

// Data goes to stdout, diagnostics to stderr; nothing else in the CLI writes to either directly.
void printTable(const QStringList& headers, const std::vector<QStringList>& rows);
void printJson(const QJsonArray& array);
void printJson(const QJsonObject& object);
void printJson(const QJsonValue& value);
void printLine(const QString& line);                  // stdout
void printDiagnostic(const QString& line);            // stderr, prefixed "mqkit: "
// A progress line on stderr: on a terminal it overwrites the previous one (\r), else one line each.
void printProgress(const QString& line, bool overwrite);
void writeRaw(const QByteArray& bytes);               // stdout, unbuffered by line
void flushStdout();
