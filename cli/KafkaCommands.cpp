#include "KafkaCommands.h"

#include "CommandRunner.h"
#include "ConnectionOptions.h"
#include "KafkaAclCommands.h"
#include "KafkaConfigCommands.h"
#include "KafkaConsumeCommands.h"
#include "KafkaCopyCommands.h"
#include "KafkaRecordCommands.h"
#include "KafkaGroupCommands.h"
#include "KafkaLagCommands.h"
#include "KafkaTopicCommands.h"
#include "Output.h"
#include "common/Error.h"
#include "kafka/KafkaAdmin.h"

#include <CLI/CLI.hpp>

using namespace mqkit;

namespace {

struct ClusterOptions {
    KafkaConnectionFlags connection;
    OutputFormat format = OutputFormat::Text;
};

int runCluster(const ClusterOptions& o) {
    KafkaAdmin admin(resolveKafkaConnection(o.connection));
    const KafkaClusterInfo info = admin.describeCluster();
    if (o.format == OutputFormat::Json) {
        QJsonArray brokers;
        for (const auto& b : info.brokers)
            brokers.append(QJsonObject{{"id", b.id}, {"host", b.host}, {"port", b.port}});
        printJson(QJsonObject{{"cluster_id", info.clusterId}, {"controller_id", info.controllerId}, {"brokers", brokers}});
        return exitcode::Ok;
    }
    printLine(QStringLiteral("cluster id:  %1").arg(info.clusterId));
    printLine(QStringLiteral("controller:  %1").arg(info.controllerId));
    std::vector<QStringList> rows;
    for (const auto& b : info.brokers)
        rows.push_back({QString::number(b.id), b.host, QString::number(b.port)});
    printTable({"BROKER", "HOST", "PORT"}, rows);
    return exitcode::Ok;
}

} // namespace

void setupKafkaCommands(CLI::App& root, CommandRunner& runner) {
    auto* group = root.add_subcommand("kafka", "Kafka: cluster, topics, configs, ACLs, consumer groups, lag, consume, produce");
    group->require_subcommand(1);

    auto cluster = std::make_shared<ClusterOptions>();
    auto* clusterCmd = group->add_subcommand(
        "cluster", "Cluster id, controller and brokers (no rack: librdkafka 2.0.2 does not report it)");
    addKafkaConnectionFlags(clusterCmd, cluster->connection);
    addOutputOption(clusterCmd, cluster->format);
    runner.bind(clusterCmd, cluster, runCluster);

    setupKafkaTopicCommands(group, runner);
    setupKafkaConfigCommands(group, runner);
    setupKafkaAclCommands(group, runner);
    setupKafkaGroupCommands(group, runner);
    setupKafkaLagCommands(group, runner);
    setupKafkaConsumeCommands(group, runner);
    setupKafkaCopyCommands(group, runner);
    setupKafkaRecordCommands(group, runner); // --- Kafka recordings, Kafka->MQTT (issue 11) ---
}
