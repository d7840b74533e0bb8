#include "KafkaCommands.h"

#include "CommandRunner.h"
#include "ConnectionOptions.h"
#include "KafkaConsumeCommands.h"
#include "KafkaGroupCommands.h"
#include "KafkaLagCommands.h"
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

struct TopicsListOptions {
    KafkaConnectionFlags connection;
    bool includeInternal = false;
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

int runTopicsList(const TopicsListOptions& o) {
    KafkaAdmin admin(resolveKafkaConnection(o.connection));
    const auto topics = admin.listTopics(o.includeInternal);
    if (o.format == OutputFormat::Json) {
        QJsonArray arr;
        for (const auto& t : topics)
            arr.append(QJsonObject{{"name", t.name},
                                   {"partitions", t.partitions},
                                   {"replication_factor", t.replicationFactor},
                                   {"internal", t.internal}});
        printJson(arr);
        return exitcode::Ok;
    }
    std::vector<QStringList> rows;
    for (const auto& t : topics)
        rows.push_back({t.name, QString::number(t.partitions), QString::number(t.replicationFactor)});
    printTable({"TOPIC", "PARTITIONS", "REPLICATION"}, rows);
    return exitcode::Ok;
}

} // namespace

void setupKafkaCommands(CLI::App& root, CommandRunner& runner) {
    auto* group = root.add_subcommand("kafka", "Kafka: cluster, topics, consumer groups, lag");
    group->require_subcommand(1);

    auto cluster = std::make_shared<ClusterOptions>();
    auto* clusterCmd = group->add_subcommand("cluster", "Cluster id, controller and brokers");
    addKafkaConnectionFlags(clusterCmd, cluster->connection);
    addOutputOption(clusterCmd, cluster->format);
    runner.bind(clusterCmd, cluster, runCluster);

    auto* topics = group->add_subcommand("topics", "Topics");
    topics->require_subcommand(1);
    auto list = std::make_shared<TopicsListOptions>();
    auto* listCmd = topics->add_subcommand("list", "List topics (internal ones hidden unless --include-internal)");
    addKafkaConnectionFlags(listCmd, list->connection);
    listCmd->add_flag("--include-internal", list->includeInternal, "Also list internal topics such as __consumer_offsets");
    addOutputOption(listCmd, list->format);
    runner.bind(listCmd, list, runTopicsList);

    setupKafkaGroupCommands(group, runner);
    setupKafkaLagCommands(group, runner);
    setupKafkaConsumeCommands(group, runner);
}
