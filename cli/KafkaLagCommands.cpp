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

struct LagOptions {
    KafkaConnectionFlags connection;
    std::vector<std::string> groups;
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

int runLag(const LagOptions& o) {
    KafkaAdmin admin(resolveKafkaConnection(o.connection));
    QStringList ids;
    for (const auto& g : o.groups)
        ids << QString::fromStdString(g);
    const LagReport report = LagInspector(admin).inspect(ids);

    if (o.format == OutputFormat::Json) {
        QJsonArray groups;
        for (const auto& g : report.groups) {
            QJsonArray parts;
            for (const auto& p : g.partitions)
                parts.append(QJsonObject{{"topic", p.topic},
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
                                         {"error", p.error}});
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
        for (const auto& p : g.partitions)
            rows.push_back({g.groupId, p.topic, QString::number(p.partition), optionalNumber(p.committed),
                            number(p.logEnd), optionalNumber(p.lag), number(p.logStart), orDash(p.consumerId),
                            orDash(p.host), orDash(p.clientId), orDash(flags(p))});
    }
    printTable({"GROUP", "TOPIC", "PARTITION", "CURRENT-OFFSET", "LOG-END-OFFSET", "LAG", "LOG-START-OFFSET",
                "CONSUMER-ID", "HOST", "CLIENT-ID", "FLAGS"},
               rows);
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
    auto lag = std::make_shared<LagOptions>();
    auto* cmd = kafka->add_subcommand(
        "lag", "Consumer lag per partition, topic and group (all groups unless named), as kafka-consumer-groups "
               "--describe computes it; FLAGS marks partitions without a committed offset (no-commit) and committed "
               "offsets below the log start (below-log-start: retention deleted unread messages)");
    addKafkaConnectionFlags(cmd, lag->connection);
    cmd->add_option("group", lag->groups, "Consumer group ids (default: every group)");
    addOutputOption(cmd, lag->format);
    runner.bind(cmd, lag, runLag);
}
