#include "KafkaGroupCommands.h"

#include "CommandRunner.h"
#include "ConnectionOptions.h"
#include "Output.h"
#include "common/Error.h"
#include "common/JsonWriter.h"
#include "common/Plan.h"
#include "kafka/KafkaAdmin.h"
#include "kafka/OffsetReset.h"

#include <QDateTime>
#include <QFile>

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

struct GroupsResetOptions {
    KafkaConnectionFlags connection;
    std::string group;
    std::vector<std::string> topics;
    bool allTopics = false;
    bool toEarliest = false;
    bool toLatest = false;
    bool toCurrent = false;
    std::optional<std::int64_t> toOffset;
    std::optional<std::int64_t> shiftBy;
    std::string toDatetime;
    std::string byDuration;
    std::string fromFile;
    std::string toGroup;
    std::string exportFile;
    bool execute = false;
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

OffsetResetTarget resetTarget(const GroupsResetOptions& o) {
    using Kind = OffsetResetTarget::Kind;
    std::vector<Kind> chosen;
    OffsetResetTarget t;
    if (o.toEarliest)
        chosen.push_back(Kind::ToEarliest);
    if (o.toLatest)
        chosen.push_back(Kind::ToLatest);
    if (o.toCurrent)
        chosen.push_back(Kind::ToCurrent);
    if (o.toOffset) {
        chosen.push_back(Kind::ToOffset);
        t.value = *o.toOffset;
    }
    if (o.shiftBy) {
        chosen.push_back(Kind::ShiftBy);
        t.value = *o.shiftBy;
    }
    if (!o.toDatetime.empty()) {
        chosen.push_back(Kind::ToDatetime);
        t.value = OffsetResetTarget::parseDatetime(QString::fromStdString(o.toDatetime));
    }
    if (!o.byDuration.empty()) {
        chosen.push_back(Kind::ByDuration);
        t.value = QDateTime::currentMSecsSinceEpoch() - OffsetResetTarget::parseDuration(QString::fromStdString(o.byDuration));
    }
    if (!o.fromFile.empty()) {
        chosen.push_back(Kind::FromFile);
        QFile f(QString::fromStdString(o.fromFile));
        if (!f.open(QIODevice::ReadOnly))
            throw Error(ErrorKind::Usage, QStringLiteral("cannot read %1: %2").arg(f.fileName(), f.errorString()));
        t.fileOffsets = OffsetResetTarget::parseCsv(f.readAll(), QString::fromStdString(o.group));
    }
    if (!o.toGroup.empty()) {
        chosen.push_back(Kind::ToGroup);
        t.otherGroup = QString::fromStdString(o.toGroup);
    }
    if (chosen.size() != 1)
        throw Error(ErrorKind::Usage, QStringLiteral("give exactly one of --to-earliest, --to-latest, --to-current, "
                                                     "--to-offset, --shift-by, --to-datetime, --by-duration, "
                                                     "--from-file, --to-group"));
    t.kind = chosen.front();
    if (o.topics.empty() && !o.allTopics && t.kind != Kind::FromFile)
        throw Error(ErrorKind::Usage, QStringLiteral("give the partitions to reset: --topic T[:P,P...] or --all-topics"));
    if (!o.topics.empty() && o.allTopics)
        throw Error(ErrorKind::Usage, QStringLiteral("--topic and --all-topics exclude each other"));
    return t;
}

// kafka-consumer-groups' columns, with what the reset re-reads or skips.
std::vector<PlanColumn> resetColumns() {
    const auto countOrDash = [](const QString& field) {
        return [field](const PlanItem& i) {
            const qint64 n = i.detail(field).toInteger();
            return n ? QString::number(n) : QStringLiteral("-");
        };
    };
    return {{QStringLiteral("TOPIC"), [](const PlanItem& i) { return i.detail(QStringLiteral("topic")).toString(); }},
            {QStringLiteral("PARTITION"),
             [](const PlanItem& i) { return QString::number(i.detail(QStringLiteral("partition")).toInt()); }},
            {QStringLiteral("CURRENT-OFFSET"), [](const PlanItem& i) { return i.before.value_or(QStringLiteral("-")); }},
            {QStringLiteral("NEW-OFFSET"), [](const PlanItem& i) { return i.after.value_or(QStringLiteral("-")); }},
            {QStringLiteral("RE-READ"), countOrDash(QStringLiteral("reread"))},
            {QStringLiteral("SKIPPED"), countOrDash(QStringLiteral("skipped"))},
            {QStringLiteral("NOTE"), [](const PlanItem& i) { return i.note.isEmpty() ? QStringLiteral("-") : i.note; }}};
}

int runGroupsReset(const GroupsResetOptions& o) {
    const OffsetResetTarget target = resetTarget(o);
    OffsetResetScope scope;
    for (const auto& t : o.topics)
        scope.topics << QString::fromStdString(t);
    scope.allTopics = o.allTopics;
    KafkaAdmin admin(resolveKafkaConnection(o.connection));
    OffsetResetter resetter(admin);
    const OffsetResetPlan plan = resetter.plan(QString::fromStdString(o.group), scope, target);
    Plan items = plan.toPlan();

    if (o.format == OutputFormat::Json) {
        QByteArray out;
        JsonWriter w(out, JsonWriter::Style::Indented);
        w.beginObject()
            .field("group", plan.groupId)
            .field("state", plan.groupState)
            .field("executed", o.execute)
            .key("partitions");
        items.writeItemsJson(w);
        w.endObject().endLine();
        writeRaw(out);
    } else {
        printTable(items.headers(resetColumns()), items.rows(resetColumns()));
    }
    for (const auto& r : plan.rows)
        if (r.note.contains(QLatin1String("clamped")))
            printDiagnostic(QStringLiteral("note: %1:%2: %3").arg(r.partition.topic).arg(r.partition.partition).arg(r.note));

    if (!o.exportFile.empty()) {
        QFile f(QString::fromStdString(o.exportFile));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(plan.undoCsv()) < 0)
            throw Error(ErrorKind::Io, QStringLiteral("cannot write %1: %2").arg(f.fileName(), f.errorString()));
        printDiagnostic(QStringLiteral("offsets before the change written to %1 (undo with --from-file %1 --execute)")
                            .arg(f.fileName()));
    }
    if (planMode(o.execute) == PlanMode::DryRun) {
        printDiagnostic(QStringLiteral("dry run: nothing changed; add --execute to commit these offsets for group '%1'")
                            .arg(plan.groupId));
        return exitcode::Ok;
    }
    items.applyAll([&] { resetter.execute(plan); });
    printDiagnostic(QStringLiteral("committed %1 offset(s) for group '%2'").arg(plan.rows.size()).arg(plan.groupId));
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

    auto reset = std::make_shared<GroupsResetOptions>();
    auto* resetCmd = groups->add_subcommand(
        "reset", "Reset a group's committed offsets, as kafka-consumer-groups --reset-offsets: a dry-run plan by "
                 "default, --execute commits it (refused while the group has active members)");
    addKafkaConnectionFlags(resetCmd, reset->connection);
    resetCmd->add_option("group", reset->group, "Consumer group id")->required();
    resetCmd->add_option("--topic", reset->topics, "TOPIC or TOPIC:PARTITION[,PARTITION...] (repeatable)");
    resetCmd->add_flag("--all-topics", reset->allTopics, "Every partition the group has committed offsets for");
    const char* g = "Target (exactly one)";
    resetCmd->add_flag("--to-earliest", reset->toEarliest, "The log start")->group(g);
    resetCmd->add_flag("--to-latest", reset->toLatest, "The log end")->group(g);
    resetCmd->add_flag("--to-current", reset->toCurrent, "The committed offset (log end where there is none)")->group(g);
    resetCmd->add_option("--to-offset", reset->toOffset, "This offset (clamped to the log, with a note)")->group(g);
    resetCmd->add_option("--shift-by", reset->shiftBy, "Move the committed offset by N (negative: re-read)")->group(g);
    resetCmd->add_option("--to-datetime", reset->toDatetime,
                         "First record at or after this ISO-8601 time (2026-11-23T10:00:00.000, local unless Z/+hh:mm)")
        ->group(g);
    resetCmd->add_option("--by-duration", reset->byDuration, "First record at or after now minus PnDTnHnMnS")->group(g);
    resetCmd->add_option("--from-file", reset->fromFile, "Offsets from a CSV: topic,partition,offset (as --export writes)")
        ->group(g);
    resetCmd->add_option("--to-group", reset->toGroup, "Copy the committed offsets of another group")->group(g);
    resetCmd->add_option("--export", reset->exportFile, "Write the offsets before the change as CSV (undo file)");
    resetCmd->add_flag("--execute", reset->execute, "Commit the new offsets (default: dry run)");
    addOutputOption(resetCmd, reset->format);
    runner.bind(resetCmd, reset, runGroupsReset);
}
