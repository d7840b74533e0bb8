#include "Output.h"

#include "common/JsonWriter.h"

#include <QJsonValue>

#include <CLI/CLI.hpp>

#include <cstdio>
#include <map>

CLI::Option* addOutputOption(CLI::App* cmd, OutputFormat& format) {
    static const std::map<std::string, OutputFormat> formats{{"text", OutputFormat::Text},
                                                             {"json", OutputFormat::Json}};
    return cmd->add_option("-o,--output", format, "Output format: text or json")
        ->transform(CLI::CheckedTransformer(formats, CLI::ignore_case))
        ->default_str("text");
}

void printTable(const QStringList& headers, const std::vector<QStringList>& rows) {
    std::vector<qsizetype> widths(static_cast<size_t>(headers.size()));
    for (qsizetype i = 0; i < headers.size(); ++i)
        widths[static_cast<size_t>(i)] = headers[i].size();
    for (const auto& row : rows)
        for (qsizetype i = 0; i < row.size() && i < headers.size(); ++i)
            widths[static_cast<size_t>(i)] = std::max(widths[static_cast<size_t>(i)], row[i].size());
    auto emitRow = [&](const QStringList& cells) {
        QString line;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i + 1 < cells.size())
                line += cells[i].leftJustified(widths[static_cast<size_t>(i)] + 2);
            else
                line += cells[i];
        }
        printLine(line);
    };
    emitRow(headers);
    for (const auto& row : rows)
        emitRow(row);
}

void printJson(const QJsonArray& array) {
    printJson(QJsonValue(array));
}

void printJson(const QJsonObject& object) {
    printJson(QJsonValue(object));
}

// Reports are one indented document, written by the one JSON writer.
void printJson(const QJsonValue& value) {
    QByteArray out;
    mqkit::JsonWriter(out, mqkit::JsonWriter::Style::Indented).value(value).endLine();
    writeRaw(out);
}

void printLine(const QString& line) {
    const QByteArray utf8 = line.toUtf8();
    std::fwrite(utf8.constData(), 1, static_cast<size_t>(utf8.size()), stdout);
    std::fputc('\n', stdout);
}

void printDiagnostic(const QString& line) {
    std::fflush(stdout);
    const QByteArray utf8 = (QStringLiteral("mqkit: ") + line).toUtf8();
    std::fwrite(utf8.constData(), 1, static_cast<size_t>(utf8.size()), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

void printProgress(const QString& line, bool overwrite) {
    const QByteArray utf8 = (QStringLiteral("mqkit: ") + line).toUtf8();
    if (overwrite)
        std::fputs("\r\033[K", stderr);
    std::fwrite(utf8.constData(), 1, static_cast<size_t>(utf8.size()), stderr);
    if (!overwrite)
        std::fputc('\n', stderr);
    std::fflush(stderr);
}

void writeRaw(const QByteArray& bytes) {
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
}

void flushStdout() {
    std::fflush(stdout);
}
