#include "VerifyCommands.h"

#include "CommandRunner.h"
#include "ConnectionOptions.h"
#include "Output.h"
#include "common/Error.h"
#include "common/JsonWriter.h"
#include "verify/PipelineVerify.h"

#include <CLI/CLI.hpp>

using namespace mqkit;

namespace {

struct VerifyCliOptions {
    KafkaConnectionFlags kafka;
    std::string topic;
    std::string summary;
    std::string dlq;
    std::string recording;
    OutputFormat format = OutputFormat::Text;
};

QString rangesText(const std::vector<SeqRange>& ranges) {
    QStringList parts;
    for (const SeqRange& r : ranges) {
        if (parts.size() == 8) {
            parts << QStringLiteral("... (%1 ranges)").arg(ranges.size());
            break;
        }
        parts << (r.first == r.last ? QString::number(r.first) : QStringLiteral("%1-%2").arg(r.first).arg(r.last));
    }
    return parts.join(QLatin1Char(','));
}

void writeLatency(JsonWriter& w, const LatencyFigures& l) {
    w.key("latency_ms").beginObject().field("samples", l.samples).field("p50", l.p50Ms).field("p99", l.p99Ms).field("max", l.maxMs).endObject();
}

void printJsonReport(const DeliveryReport& r, const QString& source) {
    QByteArray out;
    JsonWriter w(out, JsonWriter::Style::Indented);
    w.beginObject().field("source", source).field("ok", r.ok()).field("devices", r.devices).field("expected", r.expected);
    w.field("received", r.received).field("unique", r.unique).field("duplicates", r.duplicates).field("missing", r.missing);
    w.field("out_of_order", r.outOfOrder).field("not_telemetry", r.notTelemetry).field("unexpected", r.unexpected);
    w.field("dead_letters", r.deadLetters).field("boots_with_problems", r.bootsWithProblems);
    writeLatency(w, r.latency);
    w.key("boots").beginArray();
    for (const BootDelivery& b : r.boots) {
        w.beginObject().field("deviceId", b.deviceId).field("bootId", b.bootId).field("in_summary", b.expected);
        w.field("first_seq", b.expectedFirst).field("last_seq", b.expectedLast).field("received", b.received);
        w.field("unique", b.unique).field("duplicates", b.duplicates).field("missing", b.missing);
        w.key("missing_ranges").beginArray();
        for (const SeqRange& g : b.missingRanges)
            w.beginArray().value(g.first).value(g.last).endArray();
        w.endArray().field("out_of_order", b.outOfOrder).field("partitions", b.partitions);
        writeLatency(w, b.latency);
        w.endObject();
    }
    w.endArray().endObject().endLine();
    writeRaw(out);
}

void printTextReport(const DeliveryReport& r) {
    std::vector<QStringList> rows;
    for (const BootDelivery& b : r.boots)
        if (!b.ok() || b.duplicates > 0)
            rows.push_back({b.deviceId, b.bootId, QStringLiteral("%1-%2").arg(b.expectedFirst).arg(b.expectedLast),
                            QString::number(b.received), QString::number(b.missing), rangesText(b.missingRanges),
                            QString::number(b.duplicates), QString::number(b.outOfOrder)});
    if (!rows.empty())
        printTable({"DEVICE", "BOOT", "SEQ", "RECEIVED", "MISSING", "MISSING-SEQ", "DUPLICATES", "OUT-OF-ORDER"}, rows);
    const auto ms = [](double v) { return QString::number(v, 'f', 0); };
    printLine(QStringLiteral("%1: %2 devices, %3 boots; %4 records (%5 expected), %6 unique, %7 missing, %8 duplicates, %9 out of order")
                  .arg(r.ok() ? QStringLiteral("ok") : QStringLiteral("FAILED"))
                  .arg(r.devices).arg(r.boots.size()).arg(r.received).arg(r.expected).arg(r.unique).arg(r.missing)
                  .arg(r.duplicates).arg(r.outOfOrder));
    printLine(QStringLiteral("latency sentAt → record timestamp: p50 %1 ms, p99 %2 ms, max %3 ms (%4 samples)")
                  .arg(ms(r.latency.p50Ms), ms(r.latency.p99Ms), ms(r.latency.maxMs)).arg(r.latency.samples));
    printLine(QStringLiteral("other records: %1 not telemetry, %2 of boots the summary does not name; dead letters: %3")
                  .arg(r.notTelemetry).arg(r.unexpected).arg(r.deadLetters));
}

int runVerify(const VerifyCliOptions& o) {
    PipelineVerifyOptions options;
    options.topic = q(o.topic);
    options.recordingPath = q(o.recording);
    options.deadLetterTopic = q(o.dlq);
    if (options.recordingPath.isEmpty() == options.topic.isEmpty())
        throw Error(ErrorKind::Usage, QStringLiteral("give either a Kafka TOPIC or --recording FILE"));
    if (!options.recordingPath.isEmpty() && !options.deadLetterTopic.isEmpty())
        throw Error(ErrorKind::Usage, QStringLiteral("--dlq reads Kafka: it cannot go with --recording"));
    if (!o.summary.empty())
        withFlag("--summary", [&] { options.summary = FleetSummary::load(q(o.summary)); });
    if (options.recordingPath.isEmpty())
        options.kafka = resolveKafkaConnection(o.kafka);
    const DeliveryReport report = verifyPipeline(options);
    if (o.format == OutputFormat::Json)
        printJsonReport(report, options.recordingPath.isEmpty() ? options.topic : options.recordingPath);
    else
        printTextReport(report);
    return report.ok() ? exitcode::Ok : exitcode::CheckFailed;
}

} // namespace

void setupVerifyCommands(CLI::App& root, CommandRunner& runner) {
    auto o = std::make_shared<VerifyCliOptions>();
    auto* cmd = root.add_subcommand(
        "verify", "Check telemetry {deviceId, bootId, seq, sentAt} in a Kafka topic (or a recording) per device and boot: "
                  "missing seq, duplicates, order, latency; exit 0 when nothing is missing and order holds, 3 otherwise");
    addKafkaConnectionFlags(cmd, o->kafka);
    cmd->add_option("topic", o->topic, "Kafka topic, read from the beginning to its current end");
    cmd->add_option("--summary", o->summary, "The summary 'mqkit sim --summary' wrote: what was sent (else: gaps between "
                                             "the first and last seq seen)");
    cmd->add_option("--dlq", o->dlq, "Also count the records of this dead-letter topic");
    cmd->add_option("--recording", o->recording, "Read a recording ('mqtt record' or 'kafka record') instead of Kafka");
    addOutputOption(cmd, o->format);
    runner.bind(cmd, o, runVerify);
}
