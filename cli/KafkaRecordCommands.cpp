#include "KafkaRecordCommands.h"

#include "CommandRunner.h"
#include "ConnectionOptions.h"
#include "NumberChecks.h"
#include "Output.h"
#include "MqttSinks.h"
#include "Terminal.h"
#include "common/Error.h"
#include "kafka/KafkaConsumer.h"
#include "kafka/KafkaToMqtt.h"
#include "mqtt/MqttSession.h"
#include "store/MessageRecorder.h"
#include "store/RecordingReader.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>

#include <CLI/CLI.hpp>

#include <algorithm>
#include <memory>

using namespace mqkit;

namespace {

struct KafkaRecordOptions {
    KafkaConnectionFlags connection;
    std::vector<std::string> topics;
    std::string file;
    std::string offset = "beginning";
    long long count = -1;
    bool exitAtEnd = false;
    bool append = false;
};

struct ToMqttOptions {
    KafkaConnectionFlags kafka;
    MqttConnectionFlags mqtt;
    std::string topic;
    std::string topicTemplate = "{topic}";
    std::string group;
    std::string offset = "beginning";
    int qos = 1;
    bool retain = false;
    long long count = -1;
    bool exitAtEnd = false;
    bool quiet = false;
};

QString secondsText(std::int64_t ms) {
    return QString::number(static_cast<double>(ms) / 1000.0, 'f', 1);
}

int runKafkaRecord(const KafkaRecordOptions& o) {
    if (o.file.empty())
        throw Error(ErrorKind::Usage, QStringLiteral("give the file to record into with --to FILE.db"));
    const QString path = q(o.file);
    if (QFileInfo::exists(path)) {
        if (!o.append)
            throw Error(ErrorKind::Usage,
                        QStringLiteral("%1 exists; give --append to add to it (a recording is never overwritten)").arg(path));
        RecordingReader check(path);
    }
    const KafkaClientConfig config = resolveKafkaConnection(o.connection);
    KafkaStartPosition start;
    withFlag("-o", [&] { start = KafkaStartPosition::parse(q(kafkaOffsetText(o.offset))); });
    QStringList topics;
    std::vector<std::unique_ptr<KafkaConsumer>> consumers;
    for (const auto& t : o.topics) {
        KafkaConsumerOptions options;
        options.topic = q(t);
        options.start = start;
        options.stopAtEnd = o.exitAtEnd;
        consumers.push_back(std::make_unique<KafkaConsumer>(config, options)); // unknown topic: fails here
        topics << options.topic;
    }
    installInterruptHandler();
    MessageRecorder recorder(path, RecordingRunInfo::kafka(config.bootstrap, topics), o.append);
    printDiagnostic(QStringLiteral("recording %1 from %2 into %3 (Ctrl-C stops)")
                        .arg(topics.join(QLatin1Char(' ')), config.bootstrap, path));
    QElapsedTimer clock;
    clock.start();
    long long remaining = o.count;
    std::int64_t transactions = 0;
    std::vector<KafkaRecord> batch;
    const int wait = static_cast<int>(MessageRecorder::kBatchWindow.count());
    while (!interrupted() && remaining != 0) {
        bool allAtEnd = true;
        for (auto& consumer : consumers) {
            int max = static_cast<int>(MessageRecorder::kMaxBatch);
            if (remaining > 0)
                max = static_cast<int>(std::min<long long>(remaining, max));
            consumer->poll(batch, max, std::chrono::milliseconds(wait / static_cast<int>(consumers.size())));
            if (!batch.empty()) {
                recorder.write(batch, QDateTime::currentMSecsSinceEpoch());
                ++transactions;
                if (remaining > 0)
                    remaining -= static_cast<long long>(batch.size());
            }
            allAtEnd = allAtEnd && consumer->atEnd();
            if (remaining == 0)
                break;
        }
        if (o.exitAtEnd && allAtEnd)
            break;
    }
    for (auto& consumer : consumers)
        consumer->close();
    recorder.finish();
    const double secs = static_cast<double>(clock.elapsed()) / 1000.0;
    printDiagnostic(QStringLiteral("recorded %1 records in %2 s (%3 records/s, %4 transactions) to %5")
                        .arg(recorder.messagesWritten())
                        .arg(secs, 0, 'f', 1)
                        .arg(secs > 0 ? static_cast<double>(recorder.messagesWritten()) / secs : 0.0, 0, 'f', 0)
                        .arg(transactions)
                        .arg(path));
    return exitcode::Ok;
}

QString toMqttLine(const KafkaToMqttProgress& p) {
    return QStringLiteral("read %1, acknowledged %2, committed %3, in flight %4, skipped %5, resent %6, %7 s")
        .arg(p.consumed)
        .arg(p.acknowledged)
        .arg(p.committed)
        .arg(p.inFlight)
        .arg(p.skipped)
        .arg(p.resent)
        .arg(secondsText(p.elapsedMs));
}

int runToMqtt(const ToMqttOptions& o) {
    if (o.group.empty())
        throw Error(ErrorKind::Usage, QStringLiteral("give the consumer group with -g GROUP (its committed offsets "
                                                     "say where a restart goes on)"));
    KafkaToMqttOptions options;
    options.topic = q(o.topic);
    options.groupId = q(o.group);
    withFlag("--topic-template", [&] { options.topicTemplate = RecordTopicTemplate::parse(q(o.topicTemplate)); });
    withFlag("-o", [&] { options.start = KafkaStartPosition::parse(q(kafkaOffsetText(o.offset))); });
    options.qos = o.qos;
    options.retain = o.retain;
    options.maxRecords = o.count > 0 ? o.count : 0;
    options.stopAtEnd = o.exitAtEnd;
    const KafkaClientConfig kafka = resolveKafkaConnection(o.kafka);
    MqttSession session(resolveMqttConnection(o.mqtt));
    installInterruptHandler();
    session.connect();
    const QString url = session.options().url.toString();
    printDiagnostic(QStringLiteral("forwarding %1 (group %2) to %3 as '%4' at QoS %5 (Ctrl-C stops)")
                        .arg(options.topic, options.groupId, url, o.topicTemplate.c_str())
                        .arg(o.qos));
    ConnectionEventPrinter events(url, session.options().reconnect.enabled);
    options.onConnectionEvent = [&events](const MqttConnectionEvent& e) { events.onEvent(e); };
    KafkaToMqtt bridge(kafka, session, std::move(options));
    const KafkaToMqttProgress p = bridge.run([] { return interrupted(); },
                                             [&](const KafkaToMqttProgress& progress) {
                                                 if (!o.quiet && !progress.finished)
                                                     printDiagnostic(toMqttLine(progress));
                                             });
    session.disconnect();
    printDiagnostic(QStringLiteral("done: ") + toMqttLine(p) + (p.finished ? QString() : QStringLiteral(" (interrupted)")));
    if (p.skipped > 0)
        printDiagnostic(QStringLiteral("warning: %1 record(s) had no topic under the template and were skipped; first: %2")
                            .arg(p.skipped)
                            .arg(p.firstSkipReason));
    return exitcode::Ok;
}

} // namespace

std::string kafkaOffsetText(const std::string& text) {
    return !text.empty() && text.front() == '@' ? "s" + text : text;
}

void addSecondMqttFlags(CLI::App* cmd, MqttConnectionFlags& flags) {
    const char* g = "MQTT connection";
    cmd->add_option("--mqtt-profile", flags.profile, "Connect to MQTT with a saved profile")->group(g);
    cmd->add_option("-L,--url", flags.url, "MQTT broker URL (default mqtt://localhost:1883)")->group(g);
    cmd->add_option("-u,--username", flags.user, "MQTT user name (password: MQKIT_PASSWORD or a prompt)")->group(g);
    cmd->add_option("-i,--id", flags.clientId, "MQTT client id (default: mqkit-<random>)")->group(g);
    cmd->add_option("--cafile", flags.caFile, "CA certificate file (PEM) to verify the MQTT broker")->group(g);
    cmd->add_option("-V,--protocol-version", flags.protocolVersion, "MQTT version: 311 or 5 (default 5 here)")
        ->check(CLI::IsMember({"311", "5"}))
        ->group(g);
    cmd->add_flag("-c,--disable-clean-session", flags.disableCleanSession,
                  "Keep the MQTT session (unacknowledged QoS 1/2 publishes survive a reconnect)")
        ->group(g);
    addMqttReconnectFlags(cmd, flags);
}

void setupKafkaRecordCommands(CLI::App* kafka, CommandRunner& runner) {
    auto r = std::make_shared<KafkaRecordOptions>();
    auto* rec = kafka->add_subcommand(
        "record", "Record topics into an SQLite recording (--to FILE.db; the format of 'mqtt record': 'mqtt record "
                  "info' describes it, 'mqtt replay' replays it to Kafka or MQTT)");
    addKafkaConnectionFlags(rec, r->connection);
    rec->add_option("topic", r->topics, "Topics to record")->required();
    rec->add_option("--to", r->file, "The recording file (SQLite); refused if it exists, unless --append");
    rec->add_option("-o,--offset", r->offset,
                    "Where to start in each partition (kcat's -o): beginning (default), end, OFFSET, -N, s@MS or @MS")
        ->allow_extra_args(false);
    rec->add_option("-c,--count", r->count, "Stop after this many records")->check(checks::Positive);
    rec->add_flag("-e,--exit", r->exitAtEnd, "Stop when every partition has been read to its end");
    rec->add_flag("--append", r->append, "Add to an existing recording instead of refusing it");
    runner.bind(rec, r, runKafkaRecord);

    auto t = std::make_shared<ToMqttOptions>();
    t->mqtt.protocolVersion = "5";
    auto* toMqtt = kafka->add_subcommand(
        "to-mqtt", "Forward a topic to an MQTT broker as a consumer group; an offset is committed only after the "
                   "broker acknowledged the publish, so a restart never loses the backlog");
    addKafkaConnectionFlags(toMqtt, t->kafka);
    addSecondMqttFlags(toMqtt, t->mqtt);
    toMqtt->add_option("topic", t->topic, "Kafka topic to forward")->required();
    toMqtt->add_option("--topic-template", t->topicTemplate,
                       "MQTT topic per record: {key} {partition} {topic} {header:NAME} {json:PATH}, e.g. 'd/{key}/cmd' "
                       "(default {topic})");
    toMqtt->add_option("-g,-G,--group", t->group, "Consumer group (required): its committed offsets are where a "
                                                  "restart goes on")
        ->required();
    toMqtt->add_option("-o,--offset", t->offset,
                       "Where a group without committed offsets starts: beginning (default) or end")
        ->allow_extra_args(false);
    toMqtt->add_option("-q,--qos", t->qos, "MQTT QoS 0, 1 (default) or 2")->check(CLI::Range(0, 2));
    toMqtt->add_flag("-r,--retain", t->retain, "Publish with the retain flag");
    toMqtt->add_option("-C,--count", t->count, "Stop after this many records")->check(checks::Positive);
    toMqtt->add_flag("-e,--exit", t->exitAtEnd, "Stop when every assigned partition was forwarded to its end");
    toMqtt->add_flag("--quiet", t->quiet, "No progress lines on stderr (the summary stays)");
    runner.bind(toMqtt, t, runToMqtt);
}
