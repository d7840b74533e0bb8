#include "MqttCommands.h"

#include "CommandRunner.h"
#include "ConnectionOptions.h"
#include "MqttBenchCommands.h"
#include "MqttDynsecCommands.h"
#include "MqttPropertyFlags.h"
#include "MqttRecordCommands.h"
#include "MqttSinks.h"
#include "NumberChecks.h"
#include "Output.h"
#include "Terminal.h"
#include "common/Error.h"
#include "common/JsonWriter.h"
#include "common/Plan.h"
#include "common/Utf8.h"
#include "mqtt/MessageFormat.h"
#include "mqtt/MessagePipeline.h"
#include "mqtt/MqttMessageJson.h"
#include "mqtt/MqttLimits.h"
#include "mqtt/MqttSession.h"
#include "mqtt/PayloadView.h"
#include "mqtt/RetainedClear.h"
#include "mqtt/RetainedSnapshot.h"
#include "mqtt/TopicTree.h"

#include <QDateTime>
#include <QFile>

#include <CLI/CLI.hpp>

#include <chrono>
#include <cmath>
#include <iostream>
#include <thread>

using namespace mqkit;

namespace {

struct PubOptions {
    MqttConnectionFlags connection;
    std::string topic;
    std::string message;
    bool messageGiven = false; // -m '' is an empty payload, as with mosquitto_pub
    std::string file;
    bool nullMessage = false;
    bool lines = false; // -l: one message per stdin line
    int qos = 0;
    bool retain = false;
    int repeat = 1;
    int intervalMs = 0;
    MqttPropertyFlags properties; // MQTT 5
};

struct SnapshotOptions {
    MqttConnectionFlags connection;
    std::vector<std::string> filters;
    int quietMs = 1000;
    double maxWaitSeconds = 30;
};

struct TreeOptions {
    SnapshotOptions snapshot;
    OutputFormat format = OutputFormat::Text;
};

struct RetainedClearOptions {
    SnapshotOptions snapshot;
    bool execute = false;
    OutputFormat format = OutputFormat::Text;
};

struct SubOptions {
    MqttConnectionFlags connection;
    std::vector<std::string> filters;
    int qos = 0;
    int count = 0;         // -C: stop after this many messages (0: no limit)
    double waitSeconds = 0; // -W: stop after this long (0: no limit)
    bool verbose = false;   // -v: topic before payload
    bool retainedOnly = false;
    OutputFormat format = OutputFormat::Text;
    int subscriptionId = 0; // MQTT 5; 0: none
    std::string customFormat; // -F, as mosquitto_sub
    bool noEol = false;       // -N
};

int runPub(const PubOptions& o) {
    const int sources =
        (o.messageGiven ? 1 : 0) + (o.file.empty() ? 0 : 1) + (o.nullMessage ? 1 : 0) + (o.lines ? 1 : 0);
    if (sources != 1)
        throw Error(ErrorKind::Usage, QStringLiteral("give exactly one of -m MESSAGE, -f FILE, -l or -n"));
    QByteArray payload;
    if (o.messageGiven)
        payload = QByteArray::fromStdString(o.message);
    else if (!o.file.empty())
        payload = readPayloadFile(QString::fromStdString(o.file));
    const QString topic = QString::fromStdString(o.topic);
    MqttMessage message;
    message.topic = topic;
    message.qos = o.qos;
    message.retained = o.retain;
    message.properties = o.properties.toProperties();
    message.payload = payload;
    checkPublishable(message);
    const MqttConnectOptions connection = resolveMqttConnection(o.connection);
    if (!message.properties.isEmpty() && connection.protocolVersion != 5)
        throw Error(ErrorKind::Usage, QStringLiteral("MQTT 5 properties need an MQTT 5 connection (-V 5)"));
    MqttSession session(connection);
    installInterruptHandler();
    session.connect();
    if (o.lines) {
        // Like mosquitto_pub -l: each line of stdin is one message; empty lines are skipped.
        std::string line;
        while (!interrupted() && std::getline(std::cin, line)) {
            if (!line.empty() && line.back() == '\r')
                line.pop_back();
            if (!line.empty()) {
                message.payload = QByteArray::fromStdString(line);
                session.publish(message);
            }
        }
    } else {
        for (int i = 0; i < o.repeat && !interrupted(); ++i) {
            if (i > 0 && o.intervalMs > 0)
                std::this_thread::sleep_for(std::chrono::milliseconds(o.intervalMs));
            message.payload = payload;
            session.publish(message);
        }
    }
    session.disconnect();
    return exitcode::Ok;
}

// Iterative: brokers allow topics of 64 KiB, i.e. tens of thousands of levels.
void printTreeText(const TopicNode* root, QByteArray& out) {
    std::vector<std::pair<const TopicNode*, std::size_t>> stack{{root, 0}}; // node, next child
    while (!stack.empty()) {
        auto& [node, next] = stack.back();
        if (next == node->children().size()) {
            stack.pop_back();
            continue;
        }
        const TopicNode* child = node->children()[next++];
        QString line = QString((static_cast<qsizetype>(stack.size()) - 1) * 2, QLatin1Char(' ')) +
                       (child->nameIsEmpty() ? QStringLiteral("(empty)") : child->name());
        if (child->hasMessage()) {
            line += QStringLiteral(" = ") + payloadSummary(child->lastPayload().toByteArray());
            if (child->isRetained())
                line += QStringLiteral("  [retained]");
        }
        if (!child->children().empty())
            line += QStringLiteral("  (%1 topics)").arg(child->subtreeTopicCount());
        out += line.toUtf8() + '\n';
        stack.emplace_back(child, 0);
    }
}

QJsonArray treeJson(const TopicNode* node, std::int64_t nowMs) {
    QJsonArray arr;
    for (const auto& child : node->children()) {
        QJsonObject o{{"name", child->name()}, {"topic", child->path()}, {"messages", qint64(child->subtreeMessageCount())}};
        o.insert("topics", qint64(child->subtreeTopicCount()));
        o.insert("retained_topics", qint64(child->subtreeRetainedCount()));
        if (child->hasMessage()) {
            o.insert("retained", child->isRetained());
            o.insert("qos", child->lastQos());
            insertPayload(o, child->lastPayload().toByteArray());
            o.insert("topic_messages", qint64(child->messageCount()));
            o.insert("rate", std::round(child->rate(nowMs) * 1000.0) / 1000.0);
            o.insert("received_at",
                     QDateTime::fromMSecsSinceEpoch(child->lastReceivedAtMs(), Qt::UTC).toString(Qt::ISODateWithMs));
            if (!child->lastProperties().isEmpty())
                o.insert("properties", propertiesToJson(child->lastProperties()));
        }
        if (!child->children().empty())
            o.insert("children", treeJson(child, nowMs));
        arr.append(o);
    }
    return arr;
}

QStringList filtersOf(const SnapshotOptions& o) {
    QStringList filters;
    for (const auto& f : o.filters)
        filters << QString::fromStdString(f);
    if (filters.isEmpty())
        filters << QStringLiteral("#");
    checkTopicFilters(filters);
    return filters;
}

RetainedSnapshot snapshotOf(MqttSession& session, const SnapshotOptions& o) {
    const QStringList filters = filtersOf(o);
    session.connect();
    RetainedSnapshot snap = RetainedSnapshot::take(session, filters, std::chrono::milliseconds(o.quietMs),
                                                   std::chrono::milliseconds(static_cast<long>(o.maxWaitSeconds * 1000)));
    if (snap.maybeIncomplete()) {
        if (!snap.settled)
            printDiagnostic(QStringLiteral("warning: retained messages were still arriving after %1 s; the snapshot "
                                           "may be incomplete (raise --max-wait)")
                                .arg(o.maxWaitSeconds));
        else
            printDiagnostic(QStringLiteral("warning: the broker reports %1 retained messages but only %2 arrived: it "
                                           "may have dropped some to its queue limits (or changed them within its "
                                           "last $SYS interval)")
                                .arg(snap.brokerRetainedCount)
                                .arg(snap.retainedMessages));
    }
    return snap;
}

int runTree(const TreeOptions& o) {
    MqttSession session(resolveMqttConnection(o.snapshot.connection));
    const RetainedSnapshot snap = snapshotOf(session, o.snapshot);
    session.disconnect();
    if (o.format == OutputFormat::Json) {
        printJson(QJsonObject{{"topics", qint64(snap.tree->topicCount())},
                              {"messages", qint64(snap.messages)},
                              {"retained", qint64(snap.retainedMessages)},
                              {"complete", !snap.maybeIncomplete()},
                              {"tree", treeJson(snap.tree->root(), QDateTime::currentMSecsSinceEpoch())}});
        return exitcode::Ok;
    }
    QByteArray out;
    printTreeText(snap.tree->root(), out);
    writeRaw(out);
    printDiagnostic(QStringLiteral("%1 topics, %2 retained").arg(snap.tree->topicCount()).arg(snap.retainedMessages));
    return exitcode::Ok;
}

int runRetainedClear(const RetainedClearOptions& o) {
    const QStringList filters = filtersOf(o.snapshot);
    RetainedClear::checkFilters(filters);
    MqttSession session(resolveMqttConnection(o.snapshot.connection));
    Plan plan = RetainedClear::plan(snapshotOf(session, o.snapshot), filters);
    const auto quiet = std::chrono::milliseconds(o.snapshot.quietMs);
    const auto maxWait = std::chrono::milliseconds(static_cast<long>(o.snapshot.maxWaitSeconds * 1000));
    const std::size_t cleared = planMode(o.execute) == PlanMode::Execute && plan.hasChanges()
                                    ? RetainedClear::execute(session, plan, filters, quiet, maxWait)
                                    : 0;
    session.disconnect();
    const QStringList topics = plan.targets();
    if (o.format == OutputFormat::Json) {
        QByteArray out;
        JsonWriter w(out, JsonWriter::Style::Indented);
        w.beginObject().field("topics", topics).field("count", topics.size()).field("executed", o.execute);
        if (o.execute) {
            w.field("cleared", cleared).key("items");
            plan.writeItemsJson(w, QStringLiteral("topic"));
        }
        w.endObject().endLine();
        writeRaw(out);
    } else {
        for (const auto& t : topics)
            printLine(t);
    }
    if (!o.execute) {
        printDiagnostic(QStringLiteral("dry run: %1 retained message(s) would be cleared; add --execute to clear them")
                            .arg(topics.size()));
        return exitcode::Ok;
    }
    printDiagnostic(QStringLiteral("cleared %1 retained message(s)").arg(cleared));
    const std::size_t failed = plan.count(PlanOutcome::Failed);
    if (failed > 0) {
        for (const auto& item : plan.items())
            if (item.outcome == PlanOutcome::Failed)
                printDiagnostic(QStringLiteral("not cleared: %1: %2").arg(item.target, item.error));
        throw Error(ErrorKind::Broker, QStringLiteral("%1 of %2 retained message(s) are still there after clearing")
                                           .arg(failed)
                                           .arg(plan.changes()));
    }
    return exitcode::Ok;
}

int runSub(const SubOptions& o) {
    if (!o.customFormat.empty() && o.format == OutputFormat::Json)
        throw Error(ErrorKind::Usage, QStringLiteral("give either -F FORMAT or -o json, not both"));
    // Parsed once, before connecting: a bad -F is a usage error.
    const MessageFormat messageFormat = !o.customFormat.empty() ? MessageFormat::parse(QString::fromStdString(o.customFormat))
                                        : o.verbose              ? MessageFormat::verbose()
                                                                 : MessageFormat::payloadOnly();
    QStringList filters;
    for (const auto& f : o.filters)
        filters << QString::fromStdString(f);
    checkTopicFilters(filters);
    MqttSession session(resolveMqttConnection(o.connection));
    installInterruptHandler();
    session.connect();
    session.subscribe(filters, o.qos, o.subscriptionId > 0 ? std::optional<int>(o.subscriptionId) : std::nullopt);

    MessageWriterSink writer(o.format == OutputFormat::Json ? MessageWriterSink::Style::JsonLines
                                                            : MessageWriterSink::Style::Format,
                             messageFormat, !o.noEol, o.retainedOnly);
    ConnectionEventPrinter events(session.options().url.toString(), session.options().reconnect.enabled);
    MessagePipeline pipeline(session);
    pipeline.addSink(writer);
    pipeline.addSink(events);
    PipelineLimits limits;
    limits.maxCount = o.count;
    limits.maxDuration = std::chrono::milliseconds(static_cast<long>(o.waitSeconds * 1000));
    limits.stopRequested = [] { return interrupted(); };
    const PipelineResult result = pipeline.run(limits);
    if (result.end == PipelineResult::End::ConnectionLost)
        throw Error(ErrorKind::Connection, QStringLiteral("connection to %1 lost: %2")
                                               .arg(session.options().url.toString(), result.lostReason.value_or(QString())));
    session.disconnect();
    if (result.end == PipelineResult::End::Deadline && o.count > 0)
        throw Error(ErrorKind::Timeout, QStringLiteral("timed out after %1 s with %2 of %3 messages")
                                            .arg(o.waitSeconds)
                                            .arg(writer.written())
                                            .arg(o.count));
    return exitcode::Ok;
}

} // namespace

void setupMqttCommands(CLI::App& root, CommandRunner& runner) {
    auto* group = root.add_subcommand("mqtt", "MQTT: publish, subscribe, topic tree, retained messages, dynamic security");
    group->require_subcommand(1);

    auto pub = std::make_shared<PubOptions>();
    auto* pubCmd = group->add_subcommand("pub", "Publish one message");
    addMqttConnectionFlags(pubCmd, pub->connection);
    pubCmd->add_option("-t,--topic", pub->topic, "Topic to publish to")->required();
    pubCmd->add_option("-m,--message", pub->message, "Message payload (-m '' sends a zero-length one)")
        ->each([pub](const std::string&) { pub->messageGiven = true; });
    pubCmd->add_option("-f,--file", pub->file, "Send the contents of a file as the payload");
    pubCmd->add_flag("-n,--null-message", pub->nullMessage, "Send a zero-length payload");
    pubCmd->add_option("-q,--qos", pub->qos, "QoS 0, 1 or 2")->check(CLI::Range(0, 2));
    pubCmd->add_flag("-l,--stdin-line", pub->lines, "Send each line of stdin as one message");
    pubCmd->add_flag("-r,--retain", pub->retain, "Ask the broker to retain the message");
    pubCmd->add_option("--repeat", pub->repeat, "Publish the message this many times")->check(checks::Positive);
    pubCmd->add_option("--interval", pub->intervalMs, "Milliseconds between repeats")->check(checks::NonNegative);
    addMqttPropertyFlags(pubCmd, pub->properties, "", "MQTT 5 properties");
    runner.bind(pubCmd, pub, runPub);

    auto sub = std::make_shared<SubOptions>();
    auto* subCmd = group->add_subcommand("sub", "Subscribe and print messages (data on stdout)");
    addMqttConnectionFlags(subCmd, sub->connection);
    subCmd->add_option("-t,--topic", sub->filters, "Topic filter (repeatable)")->required();
    subCmd->add_option("-q,--qos", sub->qos, "Subscription QoS 0, 1 or 2")->check(CLI::Range(0, 2));
    subCmd->add_option("-C,--count", sub->count, "Exit after this many messages")->check(checks::Positive);
    subCmd->add_option("-W,--timeout", sub->waitSeconds,
                       "Exit after this many seconds (with -C: exit 1 if fewer messages arrived)")
        ->check(checks::Positive);
    subCmd->add_flag("-v,--verbose", sub->verbose,
                     "Print the topic before each payload, and MQTT 5 properties as [name=value ...] between them");
    subCmd->add_option("-F,--format", sub->customFormat,
                       "Print each message with this format, as mosquitto_sub -F: %t topic, %p payload, %q QoS, %r retain, "
                       "%l length, %x/%X hex, %I ISO time, %U Unix time, %j JSON, %P %C %E %F %R %D %S MQTT 5 properties, "
                       "@X strftime, escapes \\n \\r \\t \\\\ \\0 \\a \\e \\xNN, %% a literal %");
    subCmd->add_flag("-N,--no-eol", sub->noEol, "Do not end each text or -F message with a newline");
    subCmd->add_flag("--retained-only", sub->retainedOnly, "Print only retained messages; exit at the first live one");
    addOutputOption(subCmd, sub->format)->description("Output: text (payload per line) or json (one object per line)");
    addMqttReconnectFlags(subCmd, sub->connection);
    subCmd->add_option("--subscription-id", sub->subscriptionId,
                       "MQTT 5 subscription identifier, echoed in each message's properties")
        ->check(CLI::Range(1, 268435455));
    runner.bind(subCmd, sub, runSub);

    setupMqttBenchCommand(group, runner);

    auto addSnapshotOptions = [](CLI::App* cmd, SnapshotOptions& o, const char* filterHelp) {
        addMqttConnectionFlags(cmd, o.connection);
        cmd->add_option("filter", o.filters, filterHelp);
        cmd->add_option("--quiet", o.quietMs, "The retained burst has settled after this many ms without a retained message")
            ->check(CLI::Range(50, 600000));
        cmd->add_option("--max-wait", o.maxWaitSeconds, "Give up waiting for the burst to settle after this many seconds")
            ->check(checks::range(0.1, 3600.0));
    };

    auto tree = std::make_shared<TreeOptions>();
    auto* treeCmd = group->add_subcommand("tree", "Print the topic tree the broker holds (retained messages marked)");
    addSnapshotOptions(treeCmd, tree->snapshot, "Topic filters (default #)");
    addOutputOption(treeCmd, tree->format);
    runner.bind(treeCmd, tree, runTree);

    auto* retained = group->add_subcommand("retained", "Retained messages");
    retained->require_subcommand(1);
    auto clear = std::make_shared<RetainedClearOptions>();
    auto* clearCmd = retained->add_subcommand(
        "clear", "List the retained messages under FILTER that would be cleared; --execute clears them");
    addSnapshotOptions(clearCmd, clear->snapshot, "Topic filters whose retained messages to clear");
    clearCmd->get_option("filter")->required();
    clearCmd->add_flag("--execute", clear->execute, "Really clear them (zero-length retained publish, QoS 1)");
    addOutputOption(clearCmd, clear->format);
    runner.bind(clearCmd, clear, runRetainedClear);

    setupMqttRecordCommands(group, runner);
    setupMqttDynsecCommands(group, runner);
}
