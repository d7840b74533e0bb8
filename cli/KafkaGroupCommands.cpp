#include "KafkaGroupCommands.h"

#include "CommandRunner.h"
#include "ConnectionOptions.h"
#include "Output.h"
#include "common/Error.h"
#include "kafka/KafkaAdmin.h"

#include <CLI/CLI.hpp>

using namespace mqkit;

namespace {

struct GroupsListOptions {
    KafkaConnectionFlags connection;
    OutputFormat format = OutputFormat::Text;
};

struct GroupsDescribeOptions {
    KafkaConnectionFlags connection;
    std::vector<std::string> groups;
    OutputFormat format = OutputFormat::Text;
};

QString protocolType(bool simple) {
    return simple ? QString() : QStringLiteral("consumer");
}

QString partitionsText(const std::vector<KafkaTopicPartition>& parts) {
    QStringList out;
    for (const auto& tp : parts)
        out << QStringLiteral("%1:%2").arg(tp.topic).arg(tp.partition);
    return out.join(QLatin1Char(','));
}

int runGroupsList(const GroupsListOptions& o) {
    KafkaAdmin admin(resolveKafkaConnection(o.connection));
    const auto groups = admin.listGroups();
    QStringList ids;
    for (const auto& g : groups)
        ids << g.groupId;
    // Member counts come from one batched describe of every group.
    std::map<QString, int> members;
    for (const auto& d : admin.describeGroups(ids))
        members[d.groupId] = static_cast<int>(d.members.size());
    if (o.format == OutputFormat::Json) {
        QJsonArray arr;
        for (const auto& g : groups)
            arr.append(QJsonObject{{"group", g.groupId},
                                   {"state", g.state},
                                   {"protocol_type", protocolType(g.simple)},
                                   {"members", members[g.groupId]}});
        printJson(arr);
        return exitcode::Ok;
    }
    std::vector<QStringList> rows;
    for (const auto& g : groups)
        rows.push_back({g.groupId, g.state, g.simple ? QStringLiteral("-") : protocolType(false),
                        QString::number(members[g.groupId])});
    printTable({"GROUP", "STATE", "PROTOCOL-TYPE", "MEMBERS"}, rows);
    return exitcode::Ok;
}

int runGroupsDescribe(const GroupsDescribeOptions& o) {
    KafkaAdmin admin(resolveKafkaConnection(o.connection));
    QStringList ids;
    for (const auto& g : o.groups)
        ids << QString::fromStdString(g);
    const auto descs = admin.describeGroups(ids);
    for (const auto& d : descs) {
        if (!d.error.isEmpty())
            throw Error(ErrorKind::Broker, QStringLiteral("cannot describe consumer group '%1': %2").arg(d.groupId, d.error));
        if (d.state == QLatin1String("Dead"))
            throw Error(ErrorKind::NotFound, QStringLiteral("consumer group '%1' does not exist").arg(d.groupId));
    }
    if (o.format == OutputFormat::Json) {
        QJsonArray arr;
        for (const auto& d : descs) {
            QJsonArray members;
            for (const auto& m : d.members) {
                QJsonArray assignment;
                for (const auto& tp : m.assignment)
                    assignment.append(QJsonObject{{"topic", tp.topic}, {"partition", tp.partition}});
                members.append(QJsonObject{{"consumer_id", m.consumerId},
                                           {"client_id", m.clientId},
                                           {"host", m.host},
                                           {"group_instance_id", m.groupInstanceId},
                                           {"assignment", assignment}});
            }
            arr.append(QJsonObject{{"group", d.groupId},
                                   {"state", d.state},
                                   {"protocol_type", protocolType(d.simple)},
                                   {"assignor", d.partitionAssignor},
                                   {"coordinator", d.coordinatorId},
                                   {"members", members}});
        }
        printJson(arr);
        return exitcode::Ok;
    }
    for (const auto& d : descs) {
        printLine(QStringLiteral("group %1: %2, assignor %3, coordinator %4, %5 member(s)")
                      .arg(d.groupId, d.state, d.partitionAssignor.isEmpty() ? QStringLiteral("-") : d.partitionAssignor)
                      .arg(d.coordinatorId)
                      .arg(d.members.size()));
        std::vector<QStringList> rows;
        for (const auto& m : d.members)
            rows.push_back({m.consumerId, m.clientId, m.host, partitionsText(m.assignment)});
        if (!rows.empty())
            printTable({"CONSUMER-ID", "CLIENT-ID", "HOST", "ASSIGNMENT"}, rows);
    }
    return exitcode::Ok;
}

} // namespace

void setupKafkaGroupCommands(CLI::App* kafka, CommandRunner& runner) {
    auto* groups = kafka->add_subcommand("groups", "Consumer groups");
    groups->require_subcommand(1);

    auto list = std::make_shared<GroupsListOptions>();
    auto* listCmd = groups->add_subcommand("list", "List consumer groups with state, protocol type and member count");
    addKafkaConnectionFlags(listCmd, list->connection);
    addOutputOption(listCmd, list->format);
    runner.bind(listCmd, list, runGroupsList);

    auto describe = std::make_shared<GroupsDescribeOptions>();
    auto* describeCmd = groups->add_subcommand("describe", "Members of consumer groups: client ids, hosts, assignments");
    addKafkaConnectionFlags(describeCmd, describe->connection);
    describeCmd->add_option("group", describe->groups, "Consumer group ids")->required();
    addOutputOption(describeCmd, describe->format);
    runner.bind(describeCmd, describe, runGroupsDescribe);
}
