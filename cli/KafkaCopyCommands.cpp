#include "KafkaCopyCommands.h"

#include "CommandRunner.h"
#include "ConnectionOptions.h"
#include "NumberChecks.h"
#include "Output.h"
#include "Terminal.h"
#include "common/Error.h"
#include "common/JsonWriter.h"
#include "common/Plan.h"
#include "kafka/KafkaCopy.h"
#include "kafka/TopicVerify.h"

#include <CLI/CLI.hpp>

#include <cmath>

using namespace mqkit;

namespace {

// Source and target clusters, as kcat's -b/-X for the source; -B/-Y (kcat has no target) for the target.
struct TwoClusterFlags {
    KafkaConnectionFlags source;
    std::string targetProfile;
    std::string targetBootstrap;
    std::vector<std::string> targetProperties; // -Y key=value
};

void addTwoClusterFlags(CLI::App* cmd, TwoClusterFlags& f) {
    const char* g = "Clusters (target defaults to the source cluster)";
    cmd->add_option("--from-profile", f.source.profile, "Source cluster: a saved profile")->group(g);
    cmd->add_option("-b,--brokers", f.source.bootstrap, "Source bootstrap servers host:port[,...]")->group(g);
    cmd->add_option("-X", f.source.properties, "Source librdkafka property key=value (repeatable), as kcat's -X")
        ->allow_extra_args(false)
        ->group(g);
    cmd->add_option("--to-profile", f.targetProfile, "Target cluster: a saved profile")->group(g);
    cmd->add_option("-B,--target-brokers", f.targetBootstrap, "Target bootstrap servers host:port[,...]")->group(g);
    cmd->add_option("-Y", f.targetProperties,
                    "Target librdkafka property key=value (repeatable); without -B/--to-profile added to the source's")
        ->allow_extra_args(false)
        ->group(g);
    cmd->add_option("--timeout", f.source.timeout, "Seconds for each request to either cluster")
        ->check(checks::range(0.1, 3600.0))
        ->group(g);
}

std::pair<KafkaClientConfig, KafkaClientConfig> resolveClusters(const TwoClusterFlags& f) {
    KafkaClientConfig source;
    withFlag("-b/--from-profile", [&] { source = resolveKafkaConnection(f.source); });
    KafkaConnectionFlags targetFlags = f.source;
    if (!f.targetProfile.empty() || !f.targetBootstrap.empty()) {
        targetFlags = KafkaConnectionFlags{};
        targetFlags.profile = f.targetProfile;
        targetFlags.bootstrap = f.targetBootstrap;
        targetFlags.timeout = f.source.timeout;
    }
    targetFlags.properties.insert(targetFlags.properties.end(), f.targetProperties.begin(), f.targetProperties.end());
    KafkaClientConfig target;
    withFlag("-B/--to-profile", [&] { target = resolveKafkaConnection(targetFlags); });
    return {source, target};
}

QString count(std::int64_t n) {
    return QString::number(n);
}

QString megabytes(std::int64_t bytes) {
    return QString::number(static_cast<double>(bytes) / 1e6, 'f', 1) + QStringLiteral(" MB");
}

// ---------------------------------------------------------------------------------------------
// copy

struct CopyOptions {
    TwoClusterFlags clusters;
    std::string source;
    std::string target;
    std::string partition = "preserve";
    std::string from = "beginning";
    std::string until = "end";
    double maxRate = 0;
    std::int64_t maxRecords = 0;
    bool dryRun = false;
    bool progress = false;
    bool noProvenance = false;
    std::string checkpoint;
    bool resume = false;
    bool transactional = false;
    OutputFormat format = OutputFormat::Text;
};

std::vector<PlanColumn> copyColumns() {
    const auto detail = [](const char* name) {
        return [name](const PlanItem& i) {
            const QJsonValue v = i.detail(QString::fromLatin1(name));
            return v.isNull() ? QStringLiteral("key") : QString::number(v.toInteger());
        };
    };
    return {{QStringLiteral("SOURCE-PARTITION"), detail("source_partition")},
            {QStringLiteral("TARGET-PARTITION"), detail("target_partition")},
            {QStringLiteral("FROM"), detail("from")},
            {QStringLiteral("UNTIL"), detail("until")},
            {QStringLiteral("RECORDS"), detail("records")},
            {QStringLiteral("NOTE"), [](const PlanItem& i) { return i.note.isEmpty() ? QStringLiteral("-") : i.note; }}};
}

void printCopyPlan(const KafkaCopyPlan& plan, const CopyOptions& o) {
    const Plan items = plan.toPlan();
    if (o.format == OutputFormat::Json) {
        QByteArray out;
        JsonWriter w(out, JsonWriter::Style::Indented);
        w.beginObject()
            .field("source", plan.sourceTopic)
            .field("target", plan.targetTopic)
            .field("partitioning", plan.partitioning)
            .field("records", plan.records())
            .field("resumed", plan.resumed)
            .field("in_flight_at_checkpoint", plan.inFlightAtCheckpoint)
            .field("checkpoint", plan.checkpointPath)
            .field("dry_run", true)
            .key("partitions");
        items.writeItemsJson(w);
        w.endObject().endLine();
        writeRaw(out);
        return;
    }
    printTable(items.headers(copyColumns()), items.rows(copyColumns()));
    printLine(QStringLiteral("%1 records to copy from %2 to %3 (partitions: %4)")
                  .arg(count(plan.records()), plan.sourceTopic, plan.targetTopic, plan.partitioning));
}

void printCopySummary(const KafkaCopyPlan& plan, const KafkaCopySummary& s, const CopyOptions& o) {
    const double rate = s.seconds > 0 ? static_cast<double>(s.records) / s.seconds : 0;
    if (o.format == OutputFormat::Json) {
        QByteArray out;
        JsonWriter w(out, JsonWriter::Style::Indented);
        w.beginObject()
            .field("source", plan.sourceTopic)
            .field("target", plan.targetTopic)
            .field("partitioning", plan.partitioning)
            .field("records", s.records)
            .field("bytes", s.bytes)
            .field("seconds", s.seconds)
            .field("records_per_second", std::round(rate))
            .field("complete", s.complete)
            .field("interrupted", s.interrupted)
            .field("transactions", s.transactions)
            .field("resumed", plan.resumed)
            .field("in_flight_at_checkpoint", plan.inFlightAtCheckpoint)
            .field("checkpoint", plan.checkpointPath)
            .key("partitions")
            .beginArray();
        for (const auto& p : plan.partitions)
            w.beginObject()
                .field("source_partition", p.sourcePartition)
                .key("target_partition")
                .value(p.targetPartition < 0 ? std::optional<int>() : std::optional<int>(p.targetPartition))
                .field("from", p.from)
                .field("until", p.until)
                .field("copied", s.copiedByPartition.count(p.sourcePartition) ? s.copiedByPartition.at(p.sourcePartition) : 0)
                .endObject();
        w.endArray().endObject().endLine();
        writeRaw(out);
        return;
    }
    printLine(QStringLiteral("%1 %2 records (%3) from %4 to %5 in %6 s (%7 records/s)")
                  .arg(s.complete ? QStringLiteral("copied") : QStringLiteral("interrupted after"), count(s.records),
                       megabytes(s.bytes), plan.sourceTopic, plan.targetTopic, QString::number(s.seconds, 'f', 1),
                       count(static_cast<std::int64_t>(rate))));
    if (plan.resumed)
        printLine(QStringLiteral("resumed from %1: %2 record(s) were in flight at the last checkpoint and may appear "
                                 "twice in the target")
                      .arg(plan.checkpointPath, count(plan.inFlightAtCheckpoint)));
}

int runCopy(const CopyOptions& o) {
    KafkaCopyOptions options;
    const auto [source, target] = resolveClusters(o.clusters);
    options.source = source;
    options.target = target;
    options.sourceTopic = q(o.source);
    options.targetTopic = q(o.target);
    withFlag("--partition", [&] { options.partitioning = KafkaPartitionRule::parse(q(o.partition)); });
    withFlag("--from", [&] { options.from = KafkaCopyBound::parse(q(o.from)); });
    withFlag("--until", [&] { options.until = KafkaCopyBound::parse(q(o.until)); });
    options.maxRate = o.maxRate;
    options.maxRecords = o.maxRecords;
    options.provenance = !o.noProvenance;
    options.transactional = o.transactional;
    options.checkpointPath = q(o.checkpoint);
    options.resume = o.resume;

    KafkaCopy copy(options);
    const KafkaCopyPlan plan = copy.plan();
    if (o.dryRun) {
        printCopyPlan(plan, o);
        printDiagnostic(QStringLiteral("dry run: nothing copied"));
        return exitcode::Ok;
    }
    if (plan.resumed)
        printDiagnostic(QStringLiteral("resuming from %1 (%2 record(s) in flight at the last checkpoint may be "
                                       "delivered twice)")
                            .arg(plan.checkpointPath, count(plan.inFlightAtCheckpoint)));
    const bool onTerminal = stderrIsTerminal();
    const bool showProgress = o.progress || onTerminal;
    installInterruptHandler();
    const auto progress = [&](const KafkaCopyProgress& p) {
        if (!showProgress)
            return;
        const double rate = p.seconds > 0 ? static_cast<double>(p.records) / p.seconds : 0;
        const QString eta = rate > 0 && p.total > p.records
                                ? QStringLiteral("%1 s").arg(std::ceil(static_cast<double>(p.total - p.records) / rate))
                                : QStringLiteral("-");
        printProgress(QStringLiteral("%1/%2 records, %3, %4 records/s, ETA %5")
                          .arg(count(p.records), count(p.total), megabytes(p.bytes), count(static_cast<std::int64_t>(rate)),
                               eta),
                      onTerminal);
    };
    const KafkaCopySummary summary = copy.run(plan, progress, [] { return interrupted(); });
    if (showProgress && onTerminal)
        printProgress(QString(), true);
    printCopySummary(plan, summary, o);
    if (summary.interrupted)
        printDiagnostic(QStringLiteral("interrupted: continue with --resume (checkpoint %1)").arg(plan.checkpointPath));
    return exitcode::Ok;
}

// ---------------------------------------------------------------------------------------------
// verify

struct VerifyOptions {
    TwoClusterFlags clusters;
    std::string source;
    std::string target;
    std::string recording;
    bool byKey = false;
    bool ignoreTimestamps = false;
    OutputFormat format = OutputFormat::Text;
};

QString hex(std::uint64_t h) {
    return QStringLiteral("%1").arg(h, 16, 16, QLatin1Char('0'));
}

void writeCountsJson(JsonWriter& w, const TopicVerifyCounts& c) {
    w.field("source", c.source)
        .field("target", c.target)
        .field("matched", c.matched)
        .field("missing", c.missing)
        .field("extra", c.extra)
        .field("duplicates", c.duplicates)
        .field("order_kept", c.orderKept)
        .field("source_hash", hex(c.sourceHash))
        .field("target_hash", hex(c.targetHash))
        .field("match", c.matches());
}

int runVerify(const VerifyOptions& o) {
    TopicVerifyOptions options;
    const auto [source, target] = resolveClusters(o.clusters);
    options.source = source;
    options.target = target;
    options.sourceTopic = q(o.source);
    options.targetTopic = o.target.empty() ? options.sourceTopic : q(o.target);
    options.targetRecording = q(o.recording);
    if (options.targetRecording.isEmpty() && o.target.empty())
        throw Error(ErrorKind::Usage, QStringLiteral("give the target topic DST, or --recording FILE"));
    options.byKey = o.byKey;
    options.ignoreTimestamps = o.ignoreTimestamps;
    const TopicVerifyReport report = verifyTopics(options);
    if (o.format == OutputFormat::Json) {
        QByteArray out;
        JsonWriter w(out, JsonWriter::Style::Indented);
        w.beginObject().field("source", options.sourceTopic).field("target", options.targetTopic);
        if (!options.targetRecording.isEmpty())
            w.field("target_recording", options.targetRecording);
        w.field("by", o.byKey ? "key" : "partition").field("match", report.matches());
        w.field("groups_compared", report.groupsCompared).field("groups_differing", report.groupsDiffering);
        w.key("total").beginObject();
        writeCountsJson(w, report.total);
        w.endObject().key("groups").beginArray();
        for (const auto& g : report.groups) {
            w.beginObject().field(o.byKey ? "key" : "partition", g.name);
            writeCountsJson(w, g.counts);
            w.endObject();
        }
        w.endArray().endObject().endLine();
        writeRaw(out);
    } else {
        std::vector<QStringList> rows;
        for (const auto& g : report.groups) {
            const auto& c = g.counts;
            rows.push_back({g.name, count(c.source), count(c.target), count(c.missing), count(c.extra),
                            count(c.duplicates), c.orderKept ? QStringLiteral("yes") : QStringLiteral("no"),
                            hex(c.sourceHash), hex(c.targetHash), c.matches() ? QStringLiteral("ok") : QStringLiteral("DIFF")});
        }
        printTable({o.byKey ? "KEY" : "PARTITION", "SOURCE", "TARGET", "MISSING", "EXTRA", "DUPLICATES", "ORDER",
                    "SOURCE-HASH", "TARGET-HASH", "RESULT"},
                   rows);
        const auto& t = report.total;
        printLine(QStringLiteral("%1: %2 source and %3 target records; %4 missing, %5 extra, %6 duplicates; %7 of %8 %9 "
                                 "differ")
                      .arg(report.matches() ? QStringLiteral("match") : QStringLiteral("DIFFERENT"), count(t.source),
                           count(t.target), count(t.missing), count(t.extra), count(t.duplicates),
                           count(report.groupsDiffering), count(report.groupsCompared),
                           o.byKey ? QStringLiteral("keys") : QStringLiteral("partitions")));
    }
    return report.matches() ? exitcode::Ok : exitcode::Failure;
}

} // namespace

void setupKafkaCopyCommands(CLI::App* kafka, CommandRunner& runner) {
    auto c = std::make_shared<CopyOptions>();
    auto* copy = kafka->add_subcommand(
        "copy", "Copy records from topic SRC to topic DST (same or another cluster) keeping key, value, headers, "
                "timestamp and partition; idempotent, checkpointed after delivery, resumable (--resume)");
    addTwoClusterFlags(copy, c->clusters);
    copy->add_option("source", c->source, "Source topic")->required();
    copy->add_option("target", c->target, "Target topic (must exist)")->required();
    copy->add_option("--partition", c->partition,
                     "preserve (default: the same partition; refused when the target has fewer), key (Java's murmur2 "
                     "partitioner on the key; null keys spread at random) or a map SRC=DST,... (0=1,1=0)");
    copy->add_option("--from", c->from,
                     "Start: beginning (default), OFFSET (every partition), P:OFFSET,... or an ISO-8601 time");
    copy->add_option("--until", c->until,
                     "End (exclusive): end (default: the end when the copy starts), OFFSET, P:OFFSET,... or an ISO-8601 "
                     "time (records before it)");
    copy->add_option("--max-rate", c->maxRate, "At most this many records per second")->check(checks::range(0.0, 1e9));
    copy->add_option("--max-records", c->maxRecords,
                     "Copy at most N records: the first of the range, partition by partition")
        ->check(checks::Positive);
    copy->add_flag("--dry-run", c->dryRun, "Print what would be copied per partition and copy nothing");
    copy->add_flag("--progress", c->progress, "Progress on stderr about once a second (default: only on a terminal)");
    copy->add_flag("--no-provenance", c->noProvenance,
                   "Do not add the headers mqkit.source.cluster, .topic, .partition, .offset");
    copy->add_option("--checkpoint", c->checkpoint,
                     "Checkpoint file (default: <data dir>/copy-checkpoints/SRC-to-DST-<id>.json)");
    copy->add_flag("--resume", c->resume, "Continue an interrupted copy from its checkpoint");
    copy->add_flag("--transactional", c->transactional,
                   "Transactional producer; the checkpoint is committed in the same transaction (topic "
                   "mqkit-copy-checkpoints on the target): no duplicates for read_committed readers");
    addOutputOption(copy, c->format);
    runner.bind(copy, c, runCopy);

    auto v = std::make_shared<VerifyOptions>();
    auto* verify = kafka->add_subcommand(
        "verify", "Compare topic SRC with topic DST record by record (per partition or --by-key): counts, missing, "
                  "extra, duplicates, order and a content hash; exits 0 only when they match");
    addTwoClusterFlags(verify, v->clusters);
    verify->add_option("source", v->source, "Source topic")->required();
    verify->add_option("target", v->target, "Target topic (default with --recording: SRC)");
    verify->add_option("--recording", v->recording,
                       "Compare with the Kafka records of DST kept in this recording (mqkit kafka record) instead of a topic")
        ->check(CLI::ExistingFile);
    verify->add_flag("--by-key", v->byKey, "Compare per key in key order (for copies by key or with a partition map)");
    verify->add_flag("--ignore-timestamps", v->ignoreTimestamps, "Leave timestamps out of the comparison");
    addOutputOption(verify, v->format);
    runner.bind(verify, v, runVerify);
}
