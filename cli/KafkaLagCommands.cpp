#include "KafkaLagCommands.h"

#include "CommandRunner.h"
#include "ConnectionOptions.h"
#include "NumberChecks.h"
#include "Output.h"
#include "common/Error.h"
#include "kafka/KafkaAdmin.h"
#include "common/JsonWriter.h"
#include "Terminal.h"
#include "lag/LagHistory.h"
#include "lag/LagInspector.h"

#include <QDateTime>

#include <CLI/CLI.hpp>

#include <chrono>
#include <thread>

using namespace mqkit;

namespace {

struct LagCommandOptions {
    KafkaConnectionFlags connection;
    std::vector<std::string> groups;
    bool timeLag = false;
    double timeBudgetSeconds = 5;
    double watchSeconds = 0; // > 0: sample every this many seconds until Ctrl-C (or --iterations)
    int iterations = 0;
    int window = 10;
    std::string store;
    OutputFormat format = OutputFormat::Text;
};

QString orDash(const QString& s) {
    return s.isEmpty() ? QStringLiteral("-") : s;
}

QString number(std::int64_t n) {
    return n < 0 ? QStringLiteral("-") : QString::number(n);
}

QString optionalNumber(const std::optional<std::int64_t>& n) {
    return n ? QString::number(*n) : QStringLiteral("-");
}

QString flags(const PartitionLag& p) {
    QStringList f;
    if (p.noCommittedOffset())
        f << QStringLiteral("no-commit");
    if (p.committedBelowLogStart())
        f << QStringLiteral("below-log-start");
    if (!p.error.isEmpty())
        f << QStringLiteral("error");
    return f.join(QLatin1Char(','));
}

// The report as one JSON object, written directly: with thousands of partitions, building a
// QJsonDocument took most of the command's time.
QByteArray lagJson(const LagReport& report, bool timeLag) {
    QByteArray out;
    JsonWriter w(out, JsonWriter::Style::Indented);
    w.beginObject().timeField("taken_at", report.takenAtMs);
    w.key("groups").beginArray();
    for (const auto& g : report.groups) {
        w.beginObject().field("group", g.groupId).field("state", g.state).field("members", g.members);
        w.field("total_lag", g.totalLag);
        w.key("lag_by_topic").beginObject();
        for (const auto& [t, lag] : g.lagByTopic)
            w.field(t.toStdString(), lag);
        w.endObject();
        w.field("error", g.error);
        w.key("partitions").beginArray();
        for (const auto& p : g.partitions) {
            w.beginObject().field("topic", p.topic).field("partition", p.partition).field("committed", p.committed);
            w.field("log_start", p.logStart).field("log_end", p.logEnd).field("lag", p.lag);
            w.field("consumer_id", p.consumerId).field("client_id", p.clientId).field("host", p.host);
            w.field("no_committed_offset", p.noCommittedOffset());
            w.field("committed_below_log_start", p.committedBelowLogStart()).field("error", p.error);
            if (timeLag)
                w.field("time_lag_ms", p.timeLagMs(report.takenAtMs)).field("behind_newest_ms", p.behindNewestMs());
            w.endObject();
        }
        w.endArray().endObject();
    }
    w.endArray().endObject().endLine();
    return out;
}

void printWatchJson(std::int64_t takenAtMs, const std::vector<GroupVerdict>& verdicts) {
    QByteArray out;
    JsonWriter w(out);
    w.beginObject().timeField("taken_at", takenAtMs).key("groups").beginArray();
    for (const auto& g : verdicts) {
        w.beginObject().field("group", g.groupId).field("status", lagStatusName(g.verdict.status));
        w.field("reason", g.verdict.reason).field("total_lag", g.totalLag).key("partitions").beginArray();
        for (const auto& p : g.partitions)
            w.beginObject()
                .field("topic", p.topic)
                .field("partition", p.partition)
                .field("status", lagStatusName(p.verdict.status))
                .field("reason", p.verdict.reason)
                .endObject();
        w.endArray().endObject();
    }
    w.endArray().endObject().endLine();
    writeRaw(out);
}

int runWatch(const LagCommandOptions& o, KafkaAdmin& admin, const QStringList& ids, const mqkit::LagOptions& options) {
    LagHistory history(o.store.empty() ? LagHistory::defaultPath() : QString::fromStdString(o.store));
    installInterruptHandler();
    printDiagnostic(QStringLiteral("sampling every %1 s into %2; status over the last %3 samples (Ctrl-C ends)")
                        .arg(o.watchSeconds)
                        .arg(o.store.empty() ? LagHistory::defaultPath() : QString::fromStdString(o.store))
                        .arg(o.window));
    using Clock = std::chrono::steady_clock;
    const auto period = std::chrono::milliseconds(static_cast<long>(o.watchSeconds * 1000));
    for (int i = 0; !interrupted() && (o.iterations == 0 || i < o.iterations); ++i) {
        const auto started = Clock::now();
        const LagReport report = LagInspector(admin).inspect(ids, options);
        history.append(report);
        const auto verdicts = history.evaluate(report, o.window);
        const QString when = QDateTime::fromMSecsSinceEpoch(report.takenAtMs, Qt::UTC).toString(Qt::ISODateWithMs);
        if (o.format == OutputFormat::Json) {
            printWatchJson(report.takenAtMs, verdicts);
        } else {
            printLine(QStringLiteral("# %1").arg(when));
            std::vector<QStringList> rows;
            for (const auto& g : verdicts)
                rows.push_back({g.groupId, lagStatusName(g.verdict.status), QString::number(g.totalLag), g.verdict.reason});
            printTable({"GROUP", "STATUS", "TOTAL-LAG", "REASON"}, rows);
        }
        flushStdout();
        if (o.iterations > 0 && i + 1 >= o.iterations)
            break;
        // Sleep in small steps so Ctrl-C ends the watch at once.
        while (!interrupted() && Clock::now() - started < period)
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return exitcode::Ok;
}

int runLag(const LagCommandOptions& o) {
    if (o.watchSeconds <= 0 && (o.iterations > 0 || !o.store.empty()))
        throw Error(ErrorKind::Usage, QStringLiteral("--iterations and --store go with --watch SECONDS"));
    KafkaAdmin admin(resolveKafkaConnection(o.connection));
    QStringList ids;
    for (const auto& g : o.groups)
        ids << QString::fromStdString(g);
    mqkit::LagOptions options;
    options.timeLag = o.timeLag;
    options.timeBudget = std::chrono::milliseconds(static_cast<long>(o.timeBudgetSeconds * 1000));
    if (o.watchSeconds > 0)
        return runWatch(o, admin, ids, options);
    const LagReport report = LagInspector(admin).inspect(ids, options);

    if (o.format == OutputFormat::Json) {
        writeRaw(lagJson(report, o.timeLag));
        return exitcode::Ok;
    }

    std::vector<QStringList> rows;
    for (const auto& g : report.groups) {
        if (!g.error.isEmpty())
            printDiagnostic(QStringLiteral("warning: consumer group '%1': %2").arg(g.groupId, g.error));
        for (const auto& p : g.partitions) {
            QStringList row{g.groupId, p.topic, QString::number(p.partition), optionalNumber(p.committed),
                            number(p.logEnd), optionalNumber(p.lag), number(p.logStart)};
            if (o.timeLag)
                row << lagDurationText(p.timeLagMs(report.takenAtMs)) << lagDurationText(p.behindNewestMs());
            row << orDash(p.consumerId) << orDash(p.host) << orDash(p.clientId) << orDash(flags(p));
            rows.push_back(row);
        }
    }
    QStringList headers{"GROUP", "TOPIC", "PARTITION", "CURRENT-OFFSET", "LOG-END-OFFSET", "LAG", "LOG-START-OFFSET"};
    if (o.timeLag)
        headers << "TIME-LAG" << "BEHIND-NEWEST";
    headers << "CONSUMER-ID" << "HOST" << "CLIENT-ID" << "FLAGS";
    printTable(headers, rows);
    // Totals per group and topic after the partitions, as a second table.
    std::vector<QStringList> totals;
    for (const auto& g : report.groups) {
        for (const auto& [t, lag] : g.lagByTopic)
            totals.push_back({g.groupId, t, QString::number(lag)});
        totals.push_back({g.groupId, QStringLiteral("(all)"), QString::number(g.totalLag), g.state,
                          QString::number(g.members)});
    }
    printLine(QString());
    printTable({"GROUP", "TOPIC", "TOTAL-LAG", "STATE", "MEMBERS"}, totals);
    return exitcode::Ok;
}

} // namespace

void setupKafkaLagCommands(CLI::App* kafka, CommandRunner& runner) {
    auto lag = std::make_shared<LagCommandOptions>();
    auto* cmd = kafka->add_subcommand(
        "lag", "Consumer lag per partition, topic and group (all groups unless named), as kafka-consumer-groups "
               "--describe computes it; FLAGS marks partitions without a committed offset (no-commit) and committed "
               "offsets below the log start (below-log-start: retention deleted unread messages)");
    addKafkaConnectionFlags(cmd, lag->connection);
    cmd->add_option("group", lag->groups, "Consumer group ids (default: every group)");
    cmd->add_flag("--time-lag", lag->timeLag,
                  "Also show lag in time: age of the next unread record (TIME-LAG, 0 when caught up, also on idle "
                  "topics) and its distance to the newest record (BEHIND-NEWEST); reads one small record per "
                  "lagging partition");
    cmd->add_option("--watch", lag->watchSeconds,
                    "Sample every SECONDS into SQLite and print each group's status (OK, WARN, STALL, STOP, REWIND, "
                    "ERR; rules in the README) until Ctrl-C")
        ->check(checks::range(0.1, 86400.0));
    cmd->add_option("--iterations", lag->iterations, "With --watch: stop after this many samples")->check(checks::Positive);
    cmd->add_option("--window", lag->window, "With --watch: judge status over the last N samples (default 10)")
        ->check(CLI::Range(2, 10000));
    cmd->add_option("--store", lag->store, "With --watch: the SQLite file for the samples (default lag-history.db in the "
                                           "data directory)");
    cmd->add_option("--time-budget", lag->timeBudgetSeconds, "Seconds to spend at most on --time-lag (default 5)")
        ->check(checks::range(0.1, 600.0));
    addOutputOption(cmd, lag->format);
    runner.bind(cmd, lag, runLag);
}
