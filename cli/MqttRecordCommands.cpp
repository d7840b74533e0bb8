#include "MqttRecordCommands.h"

#include "CommandRunner.h"
#include "ConnectionOptions.h"
#include "KafkaRecordCommands.h"
#include "MqttSinks.h"
#include "NumberChecks.h"
#include "Output.h"
#include "Terminal.h"
#include "common/Error.h"
#include "common/JsonWriter.h"
#include "kafka/KafkaToMqtt.h"
#include "mqtt/MessagePipeline.h"
#include "mqtt/MqttLimits.h"
#include "mqtt/MqttMessageJson.h"
#include "mqtt/MqttSession.h"
#include "replay/KafkaReplayTarget.h"
#include "replay/MessageReplayer.h"
#include "store/MessageRecorder.h"
#include "store/RecordingReader.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <CLI/CLI.hpp>

using namespace mqkit;

namespace {

struct RecordOptions {
    MqttConnectionFlags connection;
    std::vector<std::string> filters;
    std::string file;
    int qos = 1;
    double durationSeconds = 0;
    std::int64_t count = 0;
    bool append = false;
};

struct RecordInfoOptions {
    std::string file;
    OutputFormat format = OutputFormat::Text;
};

struct ReplayOptionsCli {
    MqttConnectionFlags connection;
    std::string file;
    double speed = 0;   // 0: not given (1)
    double maxRate = 0; // 0: not given
    std::string from;
    std::string until;
    std::vector<std::string> topicFilters;
    std::vector<std::string> maps;
    int qos = -1; // -1: as recorded
    bool noRetain = false;
    bool dryRun = false;
    bool quiet = false;
    OutputFormat format = OutputFormat::Text;
    // Kafka records, and replay into Kafka (issue 11)
    std::string topicTemplate; // MQTT topic of a Kafka record (default: its topic, through --map)
    bool toKafka = false;
    KafkaConnectionFlags kafka;
    std::string toTopic;
    std::string keyTemplate;
    bool newTimestamps = false;
};

QString isoTime(std::int64_t ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString seconds(std::int64_t ms) {
    return QString::number(static_cast<double>(ms) / 1000.0, 'f', 1);
}

int runRecord(const RecordOptions& o) {
    if (o.file.empty())
        throw Error(ErrorKind::Usage, QStringLiteral("give the file to record into with --to FILE.db"));
    QStringList filters;
    for (const auto& f : o.filters)
        filters << q(f);
    if (filters.isEmpty())
        throw Error(ErrorKind::Usage, QStringLiteral("give at least one topic filter to record (e.g. 'plant/#')"));
    checkTopicFilters(filters);
    const QString path = q(o.file);
    if (QFileInfo::exists(path)) {
        if (!o.append)
            throw Error(ErrorKind::Usage,
                        QStringLiteral("%1 exists; give --append to add to it (a recording is never overwritten)").arg(path));
        RecordingReader check(path); // not a recording: usage error before the broker is contacted
    }
    MqttSession session(resolveMqttConnection(o.connection));
    installInterruptHandler();
    session.connect();
    const QString url = session.options().url.toString();
    ConnectionEventPrinter events(url, session.options().reconnect.enabled);
    PipelineLimits limits;
    limits.maxCount = o.count;
    limits.maxDuration = std::chrono::milliseconds(static_cast<std::int64_t>(o.durationSeconds * 1000));
    limits.stopRequested = [] { return interrupted(); };
    const PipelineResult result = recordMqtt(session, MqttRecordingRequest{path, filters, o.qos, o.append}, limits, {&events}, [&] {
        printDiagnostic(QStringLiteral("recording %1 from %2 into %3 (Ctrl-C stops)").arg(filters.join(QLatin1Char(' ')), url, path));
    });
    session.disconnect();
    const double secs = static_cast<double>(result.elapsedMs) / 1000.0;
    printDiagnostic(QStringLiteral("recorded %1 messages in %2 s (%3 msgs/s, %4 transactions) to %5")
                        .arg(result.messages)
                        .arg(secs, 0, 'f', 1)
                        .arg(secs > 0 ? static_cast<double>(result.messages) / secs : 0.0, 0, 'f', 0)
                        .arg(result.batches)
                        .arg(path));
    if (result.end == PipelineResult::End::ConnectionLost)
        throw Error(ErrorKind::Connection, QStringLiteral("connection to %1 lost: %2 (everything received is in %3)")
                                               .arg(url, result.lostReason.value_or(QString()), path));
    return exitcode::Ok;
}

QString gapLine(const RecordingGap& gap) {
    const QString until = gap.resumedAtMs ? isoTime(*gap.resumedAtMs) : QStringLiteral("(end of run)");
    QString line = QStringLiteral("  gap     %1 .. %2").arg(isoTime(gap.lostAtMs), until);
    if (gap.resumedAtMs)
        line += QStringLiteral(" (%1 s)").arg(seconds(*gap.resumedAtMs - gap.lostAtMs));
    return line + QStringLiteral("  ") + gap.reason;
}

QJsonArray gapsJson(const std::vector<RecordingGap>& gaps) {
    QJsonArray out;
    for (const auto& g : gaps)
        out.append(QJsonObject{{"lost_at", isoTime(g.lostAtMs)},
                               {"resumed_at", g.resumedAtMs ? QJsonValue(isoTime(*g.resumedAtMs)) : QJsonValue()},
                               {"reason", g.reason}});
    return out;
}

QJsonArray kafkaPartitionsJson(const std::vector<RecordingKafkaPartition>& partitions) {
    QJsonArray out;
    for (const auto& p : partitions) {
        QJsonObject o{{"topic", p.topic},
                      {"partition", p.partition},
                      {"records", qint64(p.records)},
                      {"first_offset", qint64(p.firstOffset)},
                      {"last_offset", qint64(p.lastOffset)},
                      {"null_values", qint64(p.nullValues)},
                      {"with_headers", qint64(p.withHeaders)}};
        o.insert("first_timestamp", p.firstTimestampMs ? QJsonValue(isoTime(*p.firstTimestampMs)) : QJsonValue());
        o.insert("last_timestamp", p.lastTimestampMs ? QJsonValue(isoTime(*p.lastTimestampMs)) : QJsonValue());
        out.append(o);
    }
    return out;
}

void printKafkaPartitions(const std::vector<RecordingKafkaPartition>& partitions) {
    std::vector<QStringList> rows;
    for (const auto& p : partitions)
        rows.push_back({p.topic, QString::number(p.partition), QString::number(p.records),
                        QStringLiteral("%1..%2").arg(p.firstOffset).arg(p.lastOffset),
                        p.firstTimestampMs ? QStringLiteral("%1 .. %2").arg(isoTime(*p.firstTimestampMs), isoTime(*p.lastTimestampMs))
                                           : QStringLiteral("-"),
                        QString::number(p.nullValues), QString::number(p.withHeaders)});
    printTable({QStringLiteral("TOPIC"), QStringLiteral("PARTITION"), QStringLiteral("RECORDS"), QStringLiteral("OFFSETS"),
                QStringLiteral("TIMESTAMPS"), QStringLiteral("NULL VALUES"), QStringLiteral("WITH HEADERS")},
               rows);
}

int runRecordInfo(const RecordInfoOptions& o) {
    RecordingReader reader(q(o.file));
    const RecordingInfo info = reader.info();
    const std::int64_t spanMs = info.firstAtMs ? *info.lastAtMs - *info.firstAtMs : 0;
    if (o.format == OutputFormat::Json) {
        QJsonArray runs;
        for (const auto& r : info.runs) {
            QJsonObject run{{"system", r.system},
                            {"started_at", isoTime(r.startedAtMs)},
                            {"broker_url", r.brokerUrl},
                            {"filters", QJsonArray::fromStringList(r.filters)},
                            {"qos", r.qos},
                            {"protocol_version", r.protocolVersion == 5 ? 5 : 311},
                            {"mqkit_version", r.mqkitVersion}};
            run.insert("ended_at", r.endedAtMs ? QJsonValue(isoTime(*r.endedAtMs)) : QJsonValue());
            run.insert("gaps", gapsJson(r.gaps));
            runs.append(run);
        }
        QJsonArray topics;
        for (const auto& t : info.topics)
            topics.append(QJsonObject{{"topic", t.topic}, {"messages", qint64(t.messages)}});
        QJsonObject doc{{"file", q(o.file)},
                        {"messages", qint64(info.messages)},
                        {"with_properties", qint64(info.withProperties)},
                        {"span_ms", qint64(spanMs)},
                        {"runs", runs},
                        {"topics", topics}};
        doc.insert("kafka_records", qint64(info.kafkaRecords));
        doc.insert("kafka_partitions", kafkaPartitionsJson(info.kafkaPartitions));
        doc.insert("first_at", info.firstAtMs ? QJsonValue(isoTime(*info.firstAtMs)) : QJsonValue());
        doc.insert("last_at", info.lastAtMs ? QJsonValue(isoTime(*info.lastAtMs)) : QJsonValue());
        printJson(doc);
        return exitcode::Ok;
    }
    printLine(QStringLiteral("file      %1").arg(q(o.file)));
    printLine(QStringLiteral("messages  %1 (%2 with MQTT 5 properties)").arg(info.messages).arg(info.withProperties));
    if (info.firstAtMs)
        printLine(QStringLiteral("span      %1 .. %2 (%3 s)").arg(isoTime(*info.firstAtMs), isoTime(*info.lastAtMs), seconds(spanMs)));
    for (const auto& r : info.runs) {
        if (r.system == QLatin1String("kafka"))
            printLine(QStringLiteral("run %1     %2 .. %3  kafka %4  %5")
                          .arg(r.id)
                          .arg(isoTime(r.startedAtMs), r.endedAtMs ? isoTime(*r.endedAtMs) : QStringLiteral("(not finished)"),
                               r.brokerUrl, r.filters.join(QLatin1Char(' '))));
        else
            printLine(QStringLiteral("run %1     %2 .. %3  %4  %5  QoS %6")
                          .arg(r.id)
                          .arg(isoTime(r.startedAtMs), r.endedAtMs ? isoTime(*r.endedAtMs) : QStringLiteral("(not finished)"),
                               r.brokerUrl, r.filters.join(QLatin1Char(' ')))
                          .arg(r.qos));
        for (const auto& gap : r.gaps)
            printLine(gapLine(gap));
    }
    printLine(QStringLiteral("topics    %1").arg(info.topics.size()));
    std::vector<QStringList> rows;
    for (const auto& t : info.topics)
        rows.push_back({t.topic, QString::number(t.messages)});
    if (!rows.empty())
        printTable({QStringLiteral("TOPIC"), QStringLiteral("MESSAGES")}, rows);
    if (!info.kafkaPartitions.empty()) {
        printLine(QStringLiteral("kafka     %1 record(s) in %2 partition(s)").arg(info.kafkaRecords).arg(info.kafkaPartitions.size()));
        printKafkaPartitions(info.kafkaPartitions);
    }
    return exitcode::Ok;
}

QString dryRunLine(const MqttMessage& m) {
    // One arg() call: chained ones would also replace a "%2" inside the topic.
    QString line = QStringLiteral("%1  qos %2%3  %4 bytes")
                       .arg(m.topic, QString::number(m.qos), m.retained ? QStringLiteral(" retained") : QString(),
                            QString::number(m.payload.size()));
    if (!m.properties.isEmpty())
        line += QStringLiteral("  +properties");
    return line;
}

// How a recorded message goes to MQTT: an MQTT message as the replayer transforms it; a Kafka
// record with the topic template (default: its topic), then --map; payload = value, headers as
// MQTT 5 user properties. nullopt: the template has no value for this record.
struct MqttTargetMapping {
    const MessageReplayer& replayer;
    RecordTopicTemplate topicTemplate;
    TopicMap topicMap;
    int kafkaQos = 1;
    bool userProperties = false;

    std::optional<MqttMessage> operator()(const RecordedMessage& recorded, QString* why) const {
        if (!recorded.kafka)
            return replayer.transform(recorded.message);
        auto m = KafkaToMqtt::toMqtt(*recorded.kafka, topicTemplate, kafkaQos, false, userProperties, why);
        if (m)
            m->topic = topicMap.map(m->topic);
        return m;
    }
};

void printReplayProgress(const ReplayProgress& progress) {
    printDiagnostic(QStringLiteral("replayed %1/%2 (%3%), recorded time +%4 s, elapsed %5 s")
                        .arg(progress.published)
                        .arg(progress.total)
                        .arg(progress.total > 0 ? 100 * progress.published / progress.total : 100)
                        .arg(seconds(progress.recordedSpanMs), seconds(progress.elapsedMs)));
}

int runReplayToKafka(const ReplayOptionsCli& o, RecordingReader& reader, ReplayOptions options) {
    if (o.dryRun)
        throw Error(ErrorKind::Usage, QStringLiteral("--dry-run prints MQTT messages; it does not go with --to-kafka"));
    KafkaReplayOptions target;
    target.topicMap = options.topicMap;
    target.toTopic = q(o.toTopic);
    target.newTimestamps = o.newTimestamps;
    if (!o.keyTemplate.empty())
        withFlag("--key-template", [&] { target.keyTemplate = RecordTopicTemplate::parse(q(o.keyTemplate)); });
    KafkaReplayTarget kafka(resolveKafkaConnection(o.kafka), std::move(target));
    installInterruptHandler();
    MessageReplayer replayer(reader, std::move(options));
    const ReplayProgress p = replayer.runRecorded([&](const RecordedMessage& m) { kafka.send(m); },
                                                  [] { return interrupted(); },
                                                  [&](const ReplayProgress& progress) {
                                                      if (!o.quiet && !progress.finished)
                                                          printReplayProgress(progress);
                                                  });
    const KafkaDeliveryReport report = kafka.flush();
    if (kafka.placedByKey() > 0)
        printDiagnostic(QStringLiteral("note: %1 record(s) were placed by key: the target topic has fewer partitions "
                                       "than recorded")
                            .arg(kafka.placedByKey()));
    printDiagnostic(QStringLiteral("replayed %1 of %2 message(s) to Kafka in %3 s: %4 delivered, %5 failed%6")
                        .arg(p.published)
                        .arg(p.total)
                        .arg(seconds(p.elapsedMs))
                        .arg(report.delivered)
                        .arg(report.failed)
                        .arg(p.finished ? QString() : QStringLiteral(" (interrupted)")));
    if (report.failed > 0) {
        printDiagnostic(QStringLiteral("first failure: %1").arg(report.firstError));
        return exitcode::Failure;
    }
    return exitcode::Ok;
}

int runReplay(const ReplayOptionsCli& o) {
    if (o.speed > 0 && o.maxRate > 0)
        throw Error(ErrorKind::Usage, QStringLiteral("give either --speed or --max-rate, not both"));
    if (!o.toKafka && (!o.toTopic.empty() || !o.keyTemplate.empty() || o.newTimestamps || !o.kafka.bootstrap.empty()))
        throw Error(ErrorKind::Usage, QStringLiteral("--to-topic, --key-template, --new-timestamps and -b go with --to-kafka"));
    if (o.toKafka && !o.topicTemplate.empty())
        throw Error(ErrorKind::Usage, QStringLiteral("--topic-template makes MQTT topics; with --to-kafka use --map or --to-topic"));
    ReplayOptions options;
    for (const auto& m : o.maps)
        withFlag("--map", [&] { options.topicMap.addRule(q(m)); }); // bad syntax: usage error before opening anything
    RecordTopicTemplate topicTemplate = RecordTopicTemplate::parse(QStringLiteral("{topic}"));
    if (!o.topicTemplate.empty())
        withFlag("--topic-template", [&] { topicTemplate = RecordTopicTemplate::parse(q(o.topicTemplate)); });
    for (const auto& f : o.topicFilters)
        options.selection.topicFilters << q(f);
    if (o.qos >= 0)
        options.qos = o.qos;
    options.stripRetain = o.noRetain;
    if (o.dryRun)
        options.schedule = ReplaySchedule::unpaced();
    else if (o.maxRate > 0)
        options.schedule = ReplaySchedule::maxRate(o.maxRate);
    else
        options.schedule = ReplaySchedule::originalTiming(o.speed > 0 ? o.speed : 1.0);

    RecordingReader reader(q(o.file));
    const auto start = reader.firstReceivedAtMs();
    if (!o.from.empty())
        options.selection.fromMs = MessageReplayer::parseTimePoint(q(o.from), start, QStringLiteral("--from"));
    if (!o.until.empty())
        options.selection.untilMs = MessageReplayer::parseTimePoint(q(o.until), start, QStringLiteral("--until"));
    if (o.toKafka)
        return runReplayToKafka(o, reader, std::move(options));

    std::int64_t skipped = 0;
    QString firstSkip;
    auto mapped = [&](const MqttTargetMapping& mapping, const RecordedMessage& m) {
        QString why;
        auto out = mapping(m, &why);
        if (!out && skipped++ == 0)
            firstSkip = why;
        return out;
    };
    auto reportSkipped = [&] {
        if (skipped > 0)
            printDiagnostic(QStringLiteral("warning: %1 Kafka record(s) had no topic under the template and were not "
                                           "published; first: %2")
                                .arg(skipped)
                                .arg(firstSkip));
    };
    const int kafkaQos = o.qos >= 0 ? o.qos : 1;

    if (o.dryRun) {
        MessageReplayer replayer(reader, options);
        const MqttTargetMapping mapping{replayer, topicTemplate, options.topicMap, kafkaQos, true};
        const ReplayProgress p = replayer.runRecorded([&](const RecordedMessage& recorded) {
            const auto m = mapped(mapping, recorded);
            if (!m)
                return;
            if (o.format == OutputFormat::Json) {
                QByteArray line;
                JsonWriter w(line);
                writeMessageJson(w, *m);
                writeRaw(w.endLine().buffer());
            } else {
                printLine(dryRunLine(*m));
            }
        });
        reportSkipped();
        printDiagnostic(QStringLiteral("dry run: %1 message(s) would be published; nothing was sent").arg(p.published - skipped));
        return exitcode::Ok;
    }

    MqttConnectOptions connect = resolveMqttConnection(o.connection);
    if (const std::int64_t dropped = applyPropertyPolicy(options, reader, connect.protocolVersion); dropped > 0)
        printDiagnostic(QStringLiteral("warning: %1 recorded message(s) carry MQTT 5 properties; they are dropped "
                                       "on this MQTT 3.1.1 connection (give -V 5 to republish them)")
                            .arg(dropped));
    const bool v5 = connect.protocolVersion == 5;
    MqttSession session(std::move(connect));
    installInterruptHandler();
    session.connect();
    MessageReplayer replayer(reader, options);
    const MqttTargetMapping mapping{replayer, topicTemplate, options.topicMap, kafkaQos, v5};
    const ReplayProgress p = replayer.runRecorded(
        [&](const RecordedMessage& recorded) {
            if (const auto m = mapped(mapping, recorded))
                session.publish(*m);
        },
        [] { return interrupted(); },
        [&](const ReplayProgress& progress) {
            if (!o.quiet && !progress.finished)
                printReplayProgress(progress);
        });
    session.disconnect();
    reportSkipped();
    printDiagnostic(QStringLiteral("replayed %1 of %2 message(s) in %3 s%4")
                        .arg(p.published - skipped)
                        .arg(p.total)
                        .arg(seconds(p.elapsedMs))
                        .arg(p.finished ? QString() : QStringLiteral(" (interrupted)")));
    return exitcode::Ok;
}

} // namespace

void setupMqttRecordCommands(CLI::App* group, CommandRunner& runner) {
    auto rec = std::make_shared<RecordOptions>();
    auto* recCmd = group->add_subcommand(
        "record", "Record every message under FILTER... into an SQLite file (--to FILE.db); 'record info FILE' describes one");
    addMqttConnectionFlags(recCmd, rec->connection);
    recCmd->add_option("filter", rec->filters, "Topic filters to record (or -t)");
    recCmd->add_option("-t,--topic", rec->filters, "Topic filter (repeatable)")->allow_extra_args(false);
    recCmd->add_option("--to", rec->file, "The recording file (SQLite); refused if it exists, unless --append");
    recCmd->add_option("-q,--qos", rec->qos, "Subscription QoS 0, 1 or 2 (default 1)")->check(CLI::Range(0, 2));
    recCmd->add_option("--duration", rec->durationSeconds, "Stop after this many seconds")->check(checks::Positive);
    recCmd->add_option("-C,--count", rec->count, "Stop after this many messages")->check(checks::Positive);
    recCmd->add_flag("--append", rec->append, "Add to an existing recording instead of refusing it");
    addMqttReconnectFlags(recCmd, rec->connection);
    recCmd->require_subcommand(0, 1);

    auto info = std::make_shared<RecordInfoOptions>();
    auto* infoCmd = recCmd->add_subcommand("info", "Describe a recording: messages, time span, runs, topics");
    infoCmd->add_option("file", info->file, "The recording file")->required();
    addOutputOption(infoCmd, info->format);

    // CLI11 runs the parent's callback after the subcommand's: pick the action once both parsed.
    recCmd->callback([&runner, rec, info, infoCmd] {
        if (infoCmd->parsed())
            runner.action = [info] { return runRecordInfo(*info); };
        else
            runner.action = [rec] { return runRecord(*rec); };
    });

    auto rep = std::make_shared<ReplayOptionsCli>();
    auto* repCmd = group->add_subcommand("replay", "Republish a recording with its original timing (or --speed, --max-rate)");
    addMqttConnectionFlags(repCmd, rep->connection);
    repCmd->add_option("file", rep->file, "The recording file")->required();
    repCmd->add_option("--speed", rep->speed, "Replay this many times as fast as recorded (0.5: half speed)")
        ->check(checks::Positive);
    repCmd->add_option("--max-rate", rep->maxRate, "Ignore the recorded timing: as fast as possible, at most N msgs/s")
        ->check(checks::Positive);
    repCmd->add_option("--from", rep->from, "Start at this time: ISO-8601, or an offset from the first message (+30s, +2m)");
    repCmd->add_option("--until", rep->until, "Stop after this time (same forms as --from; inclusive)");
    repCmd->add_option("-t,--topic", rep->topicFilters, "Replay only messages matching this filter (repeatable)")
        ->allow_extra_args(false);
    repCmd->add_option("--map,--topic-map", rep->maps, "Rewrite topics: 'old/#=new/#' (repeatable, first match wins; + and # carried over)")
        ->allow_extra_args(false);
    repCmd->add_option("-q,--qos", rep->qos, "Publish everything with this QoS instead of the recorded one")
        ->check(CLI::Range(0, 2));
    repCmd->add_flag("--no-retain", rep->noRetain, "Publish everything without the retain flag (kept by default)");
    repCmd->add_flag("--dry-run", rep->dryRun, "Print what would be published (no broker, no waiting)");
    repCmd->add_flag("--quiet", rep->quiet, "No progress lines on stderr (the summary stays)");
    addOutputOption(repCmd, rep->format)->description("Dry-run output: text or json (one message object per line)");
    // Kafka recordings, and replay into Kafka (issue 11)
    repCmd->add_option("--topic-template", rep->topicTemplate,
                       "MQTT topic of each Kafka record: {key} {partition} {topic} {header:NAME} {json:PATH} "
                       "(default: its Kafka topic, through --map)");
    repCmd->add_flag("--to-kafka", rep->toKafka, "Replay into Kafka (-b ...) instead of an MQTT broker");
    addKafkaConnectionFlagsBesideMqtt(repCmd, rep->kafka);
    repCmd->add_option("--to-topic", rep->toTopic, "With --to-kafka: send everything to this topic (default: the "
                                                   "recorded topic, through --map)");
    repCmd->add_option("--key-template", rep->keyTemplate,
                       "With --to-kafka: key of each replayed MQTT message, e.g. '{topic}' or '{json:$.id}'");
    repCmd->add_flag("--new-timestamps", rep->newTimestamps,
                     "With --to-kafka: stamp records with the replay time instead of their original timestamps");
    runner.bind(repCmd, rep, runReplay);
}
