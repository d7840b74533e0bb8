#include "MqttCommands.h"

#include "CommandRunner.h"
#include "ConnectionOptions.h"
#include "Output.h"
#include "Terminal.h"
#include "common/Error.h"
#include "common/Utf8.h"
#include "mqtt/MqttSession.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>

#include <CLI/CLI.hpp>

#include <chrono>

using namespace mqkit;

namespace {

struct PubOptions {
    MqttConnectionFlags connection;
    std::string topic;
    std::string message;
    std::string file;
    bool nullMessage = false;
    int qos = 0;
    bool retain = false;
};

struct SubOptions {
    MqttConnectionFlags connection;
    std::vector<std::string> filters;
    int qos = 0;
    int count = 0;         // -C: stop after this many messages (0: no limit)
    double waitSeconds = 0; // -W: stop after this long (0: no limit)
    bool verbose = false;   // -v: topic before payload
    OutputFormat format = OutputFormat::Text;
};

QByteArray jsonLine(const MqttMessage& m) {
    QJsonObject o{{"topic", m.topic}, {"qos", m.qos}, {"retain", m.retained}};
    if (isValidUtf8(m.payload)) {
        o.insert("payload", QString::fromUtf8(m.payload));
        o.insert("encoding", "utf8");
    } else {
        o.insert("payload", QString::fromLatin1(m.payload.toBase64()));
        o.insert("encoding", "base64");
    }
    o.insert("received_at",
             QDateTime::fromMSecsSinceEpoch(m.receivedAtMs, Qt::UTC).toString(Qt::ISODateWithMs));
    if (!m.userProperties.empty() || !m.contentType.isEmpty()) {
        QJsonObject props;
        if (!m.contentType.isEmpty())
            props.insert("content_type", m.contentType);
        if (!m.userProperties.empty()) {
            QJsonArray user;
            for (const auto& [k, v] : m.userProperties)
                user.append(QJsonArray{k, v});
            props.insert("user_properties", user);
        }
        o.insert("properties", props);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

int runPub(const PubOptions& o) {
    const int sources = (o.message.empty() ? 0 : 1) + (o.file.empty() ? 0 : 1) + (o.nullMessage ? 1 : 0);
    if (sources != 1)
        throw Error(ErrorKind::Usage, QStringLiteral("give exactly one of -m MESSAGE, -f FILE or -n"));
    QByteArray payload;
    if (!o.message.empty()) {
        payload = QByteArray::fromStdString(o.message);
    } else if (!o.file.empty()) {
        QFile f(QString::fromStdString(o.file));
        if (!f.open(QIODevice::ReadOnly))
            throw Error(ErrorKind::Usage, QStringLiteral("cannot read %1: %2").arg(f.fileName(), f.errorString()));
        payload = f.readAll();
    }
    MqttSession session(resolveMqttConnection(o.connection));
    session.connect();
    session.publish(QString::fromStdString(o.topic), payload, o.qos, o.retain);
    session.disconnect();
    return exitcode::Ok;
}

int runSub(const SubOptions& o) {
    using Clock = std::chrono::steady_clock;
    QStringList filters;
    for (const auto& f : o.filters)
        filters << QString::fromStdString(f);
    MqttSession session(resolveMqttConnection(o.connection));
    installInterruptHandler();
    session.connect();
    session.subscribe(filters, o.qos);

    const auto start = Clock::now();
    const auto limit = std::chrono::milliseconds(static_cast<long>(o.waitSeconds * 1000));
    int received = 0;
    bool timedOut = false;
    while (!interrupted()) {
        auto wait = std::chrono::milliseconds(100);
        if (o.waitSeconds > 0) {
            const auto left = limit - std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start);
            if (left.count() <= 0) {
                timedOut = true;
                break;
            }
            wait = std::min(wait, left);
        }
        const MqttBatch batch = session.takeBatch(4096, wait);
        QByteArray out;
        for (const auto& m : batch) {
            if (o.count > 0 && received >= o.count)
                break;
            if (o.format == OutputFormat::Json) {
                out += jsonLine(m);
            } else {
                if (o.verbose)
                    out += m.topic.toUtf8() + ' ';
                out += m.payload + '\n';
            }
            ++received;
        }
        if (!out.isEmpty()) {
            writeRaw(out);
            flushStdout();
        }
        if (o.count > 0 && received >= o.count)
            break;
        if (auto lost = session.connectionLost())
            throw Error(ErrorKind::Connection, QStringLiteral("connection to %1 lost: %2")
                                                   .arg(session.options().url.toString(), *lost));
    }
    session.disconnect();
    if (timedOut && o.count > 0 && received < o.count)
        throw Error(ErrorKind::Timeout, QStringLiteral("timed out after %1 s with %2 of %3 messages")
                                            .arg(o.waitSeconds)
                                            .arg(received)
                                            .arg(o.count));
    return exitcode::Ok;
}

} // namespace

void setupMqttCommands(CLI::App& root, CommandRunner& runner) {
    auto* group = root.add_subcommand("mqtt", "MQTT: publish, subscribe");
    group->require_subcommand(1);

    auto pub = std::make_shared<PubOptions>();
    auto* pubCmd = group->add_subcommand("pub", "Publish one message");
    addMqttConnectionFlags(pubCmd, pub->connection);
    pubCmd->add_option("-t,--topic", pub->topic, "Topic to publish to")->required();
    pubCmd->add_option("-m,--message", pub->message, "Message payload");
    pubCmd->add_option("-f,--file", pub->file, "Send the contents of a file as the payload");
    pubCmd->add_flag("-n,--null-message", pub->nullMessage, "Send a zero-length payload");
    pubCmd->add_option("-q,--qos", pub->qos, "QoS 0, 1 or 2")->check(CLI::Range(0, 2));
    pubCmd->add_flag("-r,--retain", pub->retain, "Ask the broker to retain the message");
    runner.bind(pubCmd, pub, runPub);

    auto sub = std::make_shared<SubOptions>();
    auto* subCmd = group->add_subcommand("sub", "Subscribe and print messages (data on stdout)");
    addMqttConnectionFlags(subCmd, sub->connection);
    subCmd->add_option("-t,--topic", sub->filters, "Topic filter (repeatable)")->required();
    subCmd->add_option("-q,--qos", sub->qos, "Subscription QoS 0, 1 or 2")->check(CLI::Range(0, 2));
    subCmd->add_option("-C,--count", sub->count, "Exit after this many messages")->check(CLI::PositiveNumber);
    subCmd->add_option("-W,--timeout", sub->waitSeconds,
                       "Exit after this many seconds (with -C: exit 1 if fewer messages arrived)")
        ->check(CLI::PositiveNumber);
    subCmd->add_flag("-v,--verbose", sub->verbose, "Print the topic before each payload (text output)");
    addOutputOption(subCmd, sub->format)->description("Output: text (payload per line) or json (one object per line)");
    runner.bind(subCmd, sub, runSub);
}
