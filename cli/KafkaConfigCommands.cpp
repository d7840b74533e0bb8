#include "KafkaConfigCommands.h"

#include "CommandRunner.h"
#include "ConnectionOptions.h"
#include "Output.h"
#include "common/Error.h"
#include "common/JsonWriter.h"
#include "common/Plan.h"
#include "kafka/KafkaAdmin.h"
#include "kafka/KafkaConfigAlter.h"

#include <CLI/CLI.hpp>

using namespace mqkit;

namespace {

// Which resource, named as kafka-configs names it.
struct ConfigTarget {
    std::string topic;
    std::string broker;
};

struct ConfigsDescribeOptions {
    KafkaConnectionFlags connection;
    ConfigTarget target;
    bool all = false;
    OutputFormat format = OutputFormat::Text;
};

struct ConfigsAlterOptions {
    KafkaConnectionFlags connection;
    ConfigTarget target;
    std::vector<std::string> set;
    std::vector<std::string> remove;
    bool execute = false;
    bool allowUnknown = false;
    OutputFormat format = OutputFormat::Text;
};

void addTarget(CLI::App* cmd, ConfigTarget& t) {
    auto* topic = cmd->add_option("--topic", t.topic, "A topic");
    auto* broker = cmd->add_option("--broker", t.broker, "A broker, by id");
    topic->excludes(broker);
}

KafkaConfigResource resourceOf(const ConfigTarget& t) {
    if (!t.topic.empty())
        return {KafkaConfigResourceType::Topic, QString::fromStdString(t.topic)};
    if (!t.broker.empty()) {
        bool ok = false;
        QString::fromStdString(t.broker).toInt(&ok);
        if (!ok)
            throw Error(ErrorKind::Usage, QStringLiteral("--broker expects a broker id, got '%1'").arg(QString::fromStdString(t.broker)));
        return {KafkaConfigResourceType::Broker, QString::fromStdString(t.broker)};
    }
    throw Error(ErrorKind::Usage, QStringLiteral("name what to configure: --topic NAME or --broker ID"));
}

QString shownValue(const std::optional<QString>& v, bool sensitive) {
    if (sensitive)
        return QStringLiteral("(sensitive)");
    return v ? *v : QStringLiteral("(null)");
}

QJsonValue jsonValue(const std::optional<QString>& v, bool sensitive) {
    if (sensitive || !v)
        return QJsonValue();
    return *v;
}

int runConfigsDescribe(const ConfigsDescribeOptions& o) {
    const KafkaConfigResource resource = resourceOf(o.target);
    KafkaAdmin admin(resolveKafkaConnection(o.connection));
    const auto entries = admin.describeConfigs(resource);
    std::vector<KafkaConfigEntry> shown;
    for (const auto& e : entries)
        if (o.all || e.source != KafkaConfigSource::Default)
            shown.push_back(e);
    if (o.format == OutputFormat::Json) {
        QJsonArray arr;
        for (const auto& e : shown)
            arr.append(QJsonObject{{"name", e.name},
                                   {"value", jsonValue(e.value, e.sensitive)},
                                   {"source", configSourceName(e.source)},
                                   {"read_only", e.readOnly},
                                   {"sensitive", e.sensitive}});
        printJson(arr);
        return exitcode::Ok;
    }
    std::vector<QStringList> rows;
    for (const auto& e : shown)
        rows.push_back({e.name, shownValue(e.value, e.sensitive), configSourceName(e.source),
                        e.readOnly ? QStringLiteral("read-only") : QStringLiteral("-")});
    printTable({"NAME", "VALUE", "SOURCE", "FLAGS"}, rows);
    return exitcode::Ok;
}

int runConfigsAlter(const ConfigsAlterOptions& o) {
    const KafkaConfigResource resource = resourceOf(o.target);
    std::map<QString, QString> set;
    for (const auto& s : o.set) {
        const QString kv = QString::fromStdString(s);
        const qsizetype eq = kv.indexOf(QLatin1Char('='));
        if (eq <= 0)
            throw Error(ErrorKind::Usage, QStringLiteral("--set expects key=value, got '%1'").arg(kv));
        set[kv.left(eq)] = kv.mid(eq + 1);
    }
    QStringList remove;
    for (const auto& r : o.remove)
        remove << QString::fromStdString(r);
    if (set.empty() && remove.isEmpty())
        throw Error(ErrorKind::Usage, QStringLiteral("nothing to change: give --set key=value or --delete key"));

    KafkaAdmin admin(resolveKafkaConnection(o.connection));
    const KafkaConfigPlan merged = planConfigAlter(admin, resource, {set, remove, o.allowUnknown});
    Plan plan = configChangePlan(merged);
    // The broker checks names and values either way: a dry run is a validate-only AlterConfigs.
    if (planMode(o.execute) == PlanMode::Execute)
        plan.applyAll([&] { admin.applyConfigPlan(merged); });
    else
        admin.applyConfigPlan(merged, true);

    if (o.format == OutputFormat::Json) {
        QByteArray out;
        JsonWriter w(out, JsonWriter::Style::Indented);
        w.beginObject().field("resource", resource.describe()).field("executed", o.execute).key("changes");
        plan.writeItemsJson(w);
        w.key("dynamic_after").beginObject(); // sensitive values (only ever ones this command sets) as null
        for (const auto& [k, v] : merged.dynamicAfter) {
            const bool sensitive = std::any_of(merged.changes.begin(), merged.changes.end(),
                                               [&name = k](const auto& c) { return c.key == name && c.sensitive; });
            w.key(k);
            sensitive ? w.null() : w.value(v);
        }
        w.endObject().endObject().endLine();
        writeRaw(out);
    } else {
        for (const auto& line : plan.diffLines())
            printLine(line);
        if (!plan.hasChanges())
            printLine(QStringLiteral("no change"));
    }
    const QString kept = QStringLiteral("librdkafka %1's AlterConfigs replaces the whole dynamic set of %2; mqkit "
                                        "read its %3 dynamic config(s) and sends them merged with the change")
                             .arg(KafkaAdmin::clientLibraryVersion(), resource.describe())
                             .arg(merged.dynamicBefore.size());
    printDiagnostic(kept);
    if (!o.execute)
        printDiagnostic(QStringLiteral("dry run (validated by the broker): nothing changed; add --execute to apply"));
    else if (plan.hasChanges())
        printDiagnostic(QStringLiteral("applied %1 change(s) to %2").arg(plan.changes()).arg(resource.describe()));
    return exitcode::Ok;
}

} // namespace

void setupKafkaConfigCommands(CLI::App* kafka, CommandRunner& runner) {
    auto* configs = kafka->add_subcommand("configs", "Topic and broker configs with their source (no cluster-wide broker default: librdkafka 2.0.2 cannot address it)");
    configs->require_subcommand(1);

    auto describe = std::make_shared<ConfigsDescribeOptions>();
    auto* describeCmd = configs->add_subcommand(
        "describe", "Configs of a topic or broker with their source (dynamic-topic, dynamic-broker, "
                    "dynamic-default-broker, static-broker, default); defaults only with --all");
    addKafkaConnectionFlags(describeCmd, describe->connection);
    addTarget(describeCmd, describe->target);
    describeCmd->add_flag("--all", describe->all, "Also configs at their built-in default");
    addOutputOption(describeCmd, describe->format);
    runner.bind(describeCmd, describe, runConfigsDescribe);

    auto alter = std::make_shared<ConfigsAlterOptions>();
    auto* alterCmd = configs->add_subcommand(
        "alter", "Change dynamic configs, keeping the others (dry run: prints the diff; --execute applies)");
    addKafkaConnectionFlags(alterCmd, alter->connection);
    addTarget(alterCmd, alter->target);
    alterCmd->add_option("--set,--add-config", alter->set, "key=value to set (repeatable)");
    alterCmd->add_option("--delete,--delete-config", alter->remove, "Key to remove from the dynamic set (repeatable)");
    alterCmd->add_flag("--allow-unknown", alter->allowUnknown,
                       "Send broker keys Kafka does not list (it stores them as sensitive values)");
    alterCmd->add_flag("--execute", alter->execute, "Apply the change (default: dry run)");
    addOutputOption(alterCmd, alter->format);
    runner.bind(alterCmd, alter, runConfigsAlter);
}
