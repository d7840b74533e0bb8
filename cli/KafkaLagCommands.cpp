#include "KafkaLagCommands.h"

#include "CommandRunner.h"
#include "ConnectionOptions.h"
#include "Output.h"
#include "common/Error.h"
#include "kafka/KafkaAdmin.h"
#include "lag/LagInspector.h"

#include <QDateTime>

#include <CLI/CLI.hpp>

using namespace mqkit;

namespace {

struct LagCommandOptions {
    KafkaConnectionFlags connection;
    std::vector<std::string> groups;
    bool timeLag = false;
    double timeBudgetSeconds = 5;
    OutputFormat format = OutputFormat::Text;
};

QString duration(const std::optional<std::int64_t>& ms) {
    if (!ms)
        return QStringLiteral("-");
    if (*ms < 1000)
        return QStringLiteral("%1ms").arg(*ms);
    if (*ms < 120000)
        return QStringLiteral("%1s").arg(static_cast<double>(*ms) / 1000.0, 0, 'f', 1);
    if (*ms < 7200000)
        return QStringLiteral("%1m").arg(static_cast<double>(*ms) / 60000.0, 0, 'f', 1);
    return QStringLiteral("%1h").arg(static_cast<double>(*ms) / 3600000.0, 0, 'f', 1);
}

QString orDash(const QString& s) {
    return s.isEmpty() ? QStringLiteral("-") : s;
}

QString number(std::int64_t n) {
    return n < 0 ? QStringLiteral("-") : QString::number(n);
}

QString optionalNumber(const std::optional<std::int64_t>& n) {
    return n ? QString::number(*n) : QStringLiteral("-");
}

QJsonValue optionalJson(const std::optional<std::int64_t>& n) {
    return n ? QJsonValue(qint64(*n)) : QJsonValue();
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

int runLag(const LagCommandOptions& o) {
    KafkaAdmin admin(resolveKafkaConnection(o.connection));
    QStringList ids;
    for (const auto& g : o.groups)
        ids << QString::fromStdString(g);
    mqkit::LagOptions options;
    options.timeLag = o.timeLag;
    options.timeBudget = std::chrono::milliseconds(static_cast<long>(o.timeBudgetSeconds * 1000));
    const LagReport report = LagInspector(admin).inspect(ids, options);

    if (o.format == OutputFormat::Json) {
        QJsonArray groups;
        for (const auto& g : report.groups) {
            QJsonArray parts;
            for (const auto& p : g.partitions) {
                QJsonObject row{{"topic", p.topic},
                                         {"partition", p.partition},
                                         {"committed", optionalJson(p.committed)},
                                         {"log_start", qint64(p.logStart)},
                                         {"log_end", qint64(p.logEnd)},
                                         {"lag", optionalJson(p.lag)},
                                         {"consumer_id", p.consumerId},
                                         {"client_id", p.clientId},
                                         {"host", p.host},
                                         {"no_committed_offset", p.noCommittedOffset()},
                                         {"committed_below_log_start", p.committedBelowLogStart()},
                                         {"error", p.error}};
                if (o.timeLag) {
                    row.insert("time_lag_ms", optionalJson(p.timeLagMs(report.takenAtMs)));
                    row.insert("behind_newest_ms", optionalJson(p.behindNewestMs()));
                }
                parts.append(row);
            }
            QJsonObject byTopic;
            for (const auto& [t, lag] : g.lagByTopic)
                byTopic.insert(t, qint64(lag));
            groups.append(QJsonObject{{"group", g.groupId},
                                      {"state", g.state},
                                      {"members", g.members},
                                      {"total_lag", qint64(g.totalLag)},
                                      {"lag_by_topic", byTopic},
                                      {"error", g.error},
                                      {"partitions", parts}});
        }
        printJson(QJsonObject{
            {"taken_at", QDateTime::fromMSecsSinceEpoch(report.takenAtMs, Qt::UTC).toString(Qt::ISODateWithMs)},
            {"groups", groups}});
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
                row << duration(p.timeLagMs(report.takenAtMs)) << duration(p.behindNewestMs());
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
    cmd->add_option("--time-budget", lag->timeBudgetSeconds, "Seconds to spend at most on --time-lag (default 5)")
        ->check(CLI::Range(0.1, 600.0));
    addOutputOption(cmd, lag->format);
    runner.bind(cmd, lag, runLag);
}
