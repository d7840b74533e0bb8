#pragma once

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

// Adds "-o,--output text|json" to a listing command.
CLI::Option* addOutputOption(CLI::App* cmd, OutputFormat& format);

// Data goes to stdout, diagnostics to stderr; nothing else in the CLI writes to either directly.
void printTable(const QStringList& headers, const std::vector<QStringList>& rows);
void printJson(const QJsonArray& array);
void printJson(const QJsonObject& object);
void printJson(const QJsonValue& value);
void printLine(const QString& line);                  // stdout
void printDiagnostic(const QString& line);            // stderr, prefixed "mqkit: "
void writeRaw(const QByteArray& bytes);               // stdout, unbuffered by line
void flushStdout();
