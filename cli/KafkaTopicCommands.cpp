#include "KafkaTopicCommands.h"

#include "CommandRunner.h"
#include "Confirmation.h"
#include "ConnectionOptions.h"
#include "NumberChecks.h"
#include "Output.h"
#include "common/Error.h"
#include "kafka/KafkaAdmin.h"

#include <CLI/CLI.hpp>

using namespace mqkit;

namespace {

struct TopicsListOptions {
    KafkaConnectionFlags connection;
    bool includeInternal = false;
    OutputFormat format = OutputFormat::Text;
};

struct TopicsDescribeOptions {
    KafkaConnectionFlags connection;
    std::vector<std::string> topics;
    bool includeInternal = false;
    bool underReplicatedOnly = false;
    OutputFormat format = OutputFormat::Text;
};

struct TopicsCreateOptions {
    KafkaConnectionFlags connection;
    std::vector<std::string> topics;
    int partitions = -1;
    int replicationFactor = -1;
    std::vector<std::string> configs;
    bool ifNotExists = false;
};

struct TopicsDeleteOptions {
    KafkaConnectionFlags connection;
    std::vector<std::string> topics;
    bool yes = false;
    bool ifExists = false;
};

struct TopicsAddPartitionsOptions {
    KafkaConnectionFlags connection;
    std::string topic;
    int partitions = 0;
};

QStringList toQStringList(const std::vector<std::string>& v) {
    QStringList out;
    for (const auto& s : v)
        out << QString::fromStdString(s);
    return out;
}

QString idList(const std::vector<int>& ids) {
    QStringList out;
    for (int id : ids)
        out << QString::number(id);
    return out.join(QLatin1Char(','));
}

QJsonArray idArray(const std::vector<int>& ids) {
    QJsonArray out;
    for (int id : ids)
        out.append(id);
    return out;
}

QString offsetText(std::int64_t v) {
    return v < 0 ? QStringLiteral("-") : QString::number(v);
}

// "k=v" -> {k, v}; Usage error otherwise.
std::pair<QString, QString> keyValue(const std::string& s, const char* flag) {
    const QString kv = QString::fromStdString(s);
    const qsizetype eq = kv.indexOf(QLatin1Char('='));
    if (eq <= 0)
        throw Error(ErrorKind::Usage, QStringLiteral("%1 expects key=value, got '%2'").arg(QLatin1String(flag), kv));
    return {kv.left(eq), kv.mid(eq + 1)};
}

// Per-item results: one line each for failures; the first failure decides the exit code.
int reportItems(const std::vector<KafkaItemResult>& results, const QString& verb, const QString& ignorableError) {
    int rc = exitcode::Ok;
    for (const auto& r : results) {
        if (r.ok()) {
            printLine(QStringLiteral("%1 topic %2").arg(verb, r.name));
        } else if (r.errorName == ignorableError) {
            printDiagnostic(QStringLiteral("topic '%1': %2 (%3), ignored").arg(r.name, r.message, r.errorName));
        } else {
            printDiagnostic(QStringLiteral("topic '%1' not %2 (%3): %4").arg(r.name, verb, r.errorName, r.message));
            rc = exitcode::Failure;
        }
    }
    return rc;
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

int runTopicsDescribe(const TopicsDescribeOptions& o) {
    KafkaAdmin admin(resolveKafkaConnection(o.connection));
    const auto topics = admin.describeTopics(toQStringList(o.topics), o.includeInternal);
    auto shown = [&](const KafkaPartitionState& p) { return !o.underReplicatedOnly || p.underReplicated || p.offline; };
    if (o.format == OutputFormat::Json) {
        QJsonArray arr;
        for (const auto& t : topics) {
            QJsonArray parts;
            for (const auto& p : t.partitions) {
                if (!shown(p))
                    continue;
                QJsonObject po{{"partition", p.partition},
                               {"leader", p.leader},
                               {"replicas", idArray(p.replicas)},
                               {"isr", idArray(p.isr)},
                               {"under_replicated", p.underReplicated},
                               {"offline", p.offline},
                               {"low_watermark", p.low < 0 ? QJsonValue() : QJsonValue(static_cast<qint64>(p.low))},
                               {"high_watermark", p.high < 0 ? QJsonValue() : QJsonValue(static_cast<qint64>(p.high))}};
                if (!p.error.isEmpty())
                    po.insert("error", p.error);
                parts.append(po);
            }
            const int rf = t.partitions.empty() ? 0 : static_cast<int>(t.partitions.front().replicas.size());
            arr.append(QJsonObject{{"name", t.name},
                                   {"internal", t.internal},
                                   {"partition_count", static_cast<int>(t.partitions.size())},
                                   {"replication_factor", rf},
                                   {"partitions", parts}});
        }
        printJson(arr);
        return exitcode::Ok;
    }
    std::vector<QStringList> rows;
    for (const auto& t : topics)
        for (const auto& p : t.partitions) {
            if (!shown(p))
                continue;
            QStringList flags;
            if (p.offline)
                flags << QStringLiteral("offline");
            if (p.underReplicated)
                flags << QStringLiteral("under-replicated");
            if (!p.error.isEmpty())
                flags << p.error;
            rows.push_back({t.name, QString::number(p.partition), p.leader < 0 ? QStringLiteral("none") : QString::number(p.leader),
                            idList(p.replicas), idList(p.isr), offsetText(p.low), offsetText(p.high),
                            flags.isEmpty() ? QStringLiteral("-") : flags.join(QLatin1Char(','))});
        }
    printTable({"TOPIC", "PARTITION", "LEADER", "REPLICAS", "ISR", "LOW", "HIGH", "FLAGS"}, rows);
    return exitcode::Ok;
}

int runTopicsCreate(const TopicsCreateOptions& o) {
    std::vector<KafkaNewTopic> topics;
    std::vector<std::pair<QString, QString>> configs;
    for (const auto& c : o.configs)
        configs.push_back(keyValue(c, "--config"));
    for (const auto& name : o.topics)
        topics.push_back({QString::fromStdString(name), o.partitions, o.replicationFactor, configs});
    KafkaAdmin admin(resolveKafkaConnection(o.connection));
    return reportItems(admin.createTopics(topics), QStringLiteral("created"),
                       o.ifNotExists ? QStringLiteral("TOPIC_ALREADY_EXISTS") : QString());
}

int runTopicsDelete(const TopicsDeleteOptions& o) {
    KafkaAdmin admin(resolveKafkaConnection(o.connection));
    QStringList names = toQStringList(o.topics);
    // Check first, so a typo never reaches the confirmation and the user sees what goes.
    QStringList existing;
    for (const auto& t : admin.listTopics(true))
        existing << t.name;
    QStringList missing;
    for (const auto& n : names)
        if (!existing.contains(n))
            missing << n;
    if (!missing.isEmpty() && !o.ifExists)
        throw Error(ErrorKind::NotFound,
                    QStringLiteral("unknown topic '%1' (UNKNOWN_TOPIC_OR_PART): nothing deleted").arg(missing.join(QStringLiteral("', '"))));
    for (const auto& m : missing)
        names.removeAll(m);
    if (names.isEmpty())
        return exitcode::Ok;
    for (const auto& t : admin.describeTopics(names, true)) {
        std::int64_t records = 0;
        for (const auto& p : t.partitions)
            if (p.high >= 0 && p.low >= 0)
                records += p.high - p.low;
        printDiagnostic(QStringLiteral("topic %1: %2 partition(s), %3 record(s) in the log")
                            .arg(t.name)
                            .arg(t.partitions.size())
                            .arg(records));
    }
    requireConfirmation(o.yes, names.size() == 1 ? QStringLiteral("topic '%1'").arg(names.front())
                                                 : QStringLiteral("%1 topics").arg(names.size()));
    return reportItems(admin.deleteTopics(names), QStringLiteral("deleted"), QString());
}

int runTopicsAddPartitions(const TopicsAddPartitionsOptions& o) {
    KafkaAdmin admin(resolveKafkaConnection(o.connection));
    const QString topic = QString::fromStdString(o.topic);
    const auto before = admin.describeTopics({topic}, true);
    const auto current = before.empty() ? 0 : static_cast<int>(before.front().partitions.size());
    if (o.partitions <= current)
        throw Error(ErrorKind::Usage, QStringLiteral("topic '%1' has %2 partition(s); --partitions is the new total and "
                                                     "must be larger (Kafka cannot remove partitions)")
                                          .arg(topic)
                                          .arg(current));
    admin.createPartitions(topic, o.partitions);
    printLine(QStringLiteral("topic %1: %2 -> %3 partitions").arg(topic).arg(current).arg(o.partitions));
    return exitcode::Ok;
}

} // namespace

void setupKafkaTopicCommands(CLI::App* kafka, CommandRunner& runner) {
    auto* topics = kafka->add_subcommand("topics", "Topics: list, describe, create, delete, add partitions");
    topics->require_subcommand(1);

    auto list = std::make_shared<TopicsListOptions>();
    auto* listCmd = topics->add_subcommand("list", "List topics (internal ones hidden unless --include-internal)");
    addKafkaConnectionFlags(listCmd, list->connection);
    listCmd->add_flag("--include-internal", list->includeInternal, "Also list internal topics such as __consumer_offsets");
    addOutputOption(listCmd, list->format);
    runner.bind(listCmd, list, runTopicsList);

    auto describe = std::make_shared<TopicsDescribeOptions>();
    auto* describeCmd = topics->add_subcommand(
        "describe", "Partitions of topics: leader, replicas, ISR, under-replicated/offline flags, low and high watermarks");
    addKafkaConnectionFlags(describeCmd, describe->connection);
    describeCmd->add_option("topic,--topic", describe->topics, "Topics (default: every topic)");
    describeCmd->add_flag("--include-internal", describe->includeInternal,
                          "With no topic named: also internal topics such as __consumer_offsets");
    describeCmd->add_flag("--under-replicated-partitions", describe->underReplicatedOnly,
                          "Only partitions that are under-replicated or offline");
    addOutputOption(describeCmd, describe->format);
    runner.bind(describeCmd, describe, runTopicsDescribe);

    auto create = std::make_shared<TopicsCreateOptions>();
    auto* createCmd = topics->add_subcommand("create", "Create topics");
    addKafkaConnectionFlags(createCmd, create->connection);
    createCmd->add_option("topic,--topic", create->topics, "Topics to create")->required();
    createCmd->add_option("--partitions", create->partitions, "Partitions (default: the broker's num.partitions)")
        ->check(checks::Positive);
    createCmd->add_option("--replication-factor", create->replicationFactor,
                          "Replicas per partition (default: the broker's default.replication.factor)")
        ->check(checks::Positive);
    createCmd->add_option("--config", create->configs, "Topic config key=value (repeatable)");
    createCmd->add_flag("--if-not-exists", create->ifNotExists, "An existing topic is not an error");
    runner.bind(createCmd, create, runTopicsCreate);

    auto del = std::make_shared<TopicsDeleteOptions>();
    auto* deleteCmd = topics->add_subcommand(
        "delete", "Delete topics and their data (asks on a terminal; --yes to skip; refuses without either)");
    addKafkaConnectionFlags(deleteCmd, del->connection);
    deleteCmd->add_option("topic,--topic", del->topics, "Topics to delete")->required();
    deleteCmd->add_flag("-y,--yes", del->yes, "Delete without asking");
    deleteCmd->add_flag("--if-exists", del->ifExists, "A missing topic is not an error");
    runner.bind(deleteCmd, del, runTopicsDelete);

    auto add = std::make_shared<TopicsAddPartitionsOptions>();
    auto* addCmd = topics->add_subcommand("add-partitions", "Grow a topic to a new total number of partitions");
    addKafkaConnectionFlags(addCmd, add->connection);
    addCmd->add_option("topic,--topic", add->topic, "Topic")->required();
    addCmd->add_option("--partitions", add->partitions, "The new total number of partitions")
        ->required()
        ->check(checks::Positive);
    runner.bind(addCmd, add, runTopicsAddPartitions);
}
