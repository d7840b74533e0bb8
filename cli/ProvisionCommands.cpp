#include "ProvisionCommands.h"

#include "CommandRunner.h"
#include "ConnectionOptions.h"
#include "Output.h"
#include "common/Error.h"
#include "common/JsonWriter.h"
#include "common/Plan.h"
#include "kafka/KafkaAdmin.h"
#include "provision/KafkaProvisionPlan.h"
#include "provision/ProvisionSpec.h"

#include <CLI/CLI.hpp>

#include <QFile>
#include <QSaveFile>

using namespace mqkit;
using namespace mqkit::provision;

namespace {

struct SpecFlags {
    std::vector<std::string> files;
    bool allowRecreate = false;
};

struct PlanOptions {
    KafkaConnectionFlags kafka;
    SpecFlags spec;
    OutputFormat format = OutputFormat::Text;
    bool exitCode = false;
};

struct ApplyOptions {
    KafkaConnectionFlags kafka;
    SpecFlags spec;
    OutputFormat format = OutputFormat::Text;
    bool execute = false;
    std::string allowDelete; // topics,acls,mqtt
};

struct ExportOptions {
    KafkaConnectionFlags kafka;
    std::vector<std::string> files; // only for their managed prefixes
    std::string output;
    bool managedOnly = false;
};

struct AllowedDeletes {
    bool topics = false;
    bool acls = false;
    bool mqtt = false;
};

AllowedDeletes parseAllowDelete(const std::string& value) {
    AllowedDeletes out;
    for (const auto& kind : q(value).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString k = kind.trimmed().toLower();
        if (k == QLatin1String("topics"))
            out.topics = true;
        else if (k == QLatin1String("acls"))
            out.acls = true;
        else if (k == QLatin1String("mqtt"))
            out.mqtt = true;
        else
            throw Error(ErrorKind::Usage, QStringLiteral("--allow-delete: unknown kind '%1' (topics, acls, mqtt)").arg(kind));
    }
    return out;
}

QStringList specFiles(const std::vector<std::string>& files) {
    QStringList out;
    for (const auto& f : files)
        out << q(f);
    return out;
}

// The spec and its plan against the live state. The spec is read and checked before any broker is
// contacted.
struct Planned {
    ProvisionSpec spec;
    KafkaProvisionPlan kafka;
};

Planned planAll(const KafkaConnectionFlags& kafka, const SpecFlags& flags, std::unique_ptr<KafkaAdmin>& admin) {
    Planned p;
    p.spec = loadProvisionSpec(specFiles(flags.files));
    if (p.spec.hasKafka) {
        admin = std::make_unique<KafkaAdmin>(resolveKafkaConnection(kafka));
        p.kafka = planKafka(*admin, p.spec, {flags.allowRecreate});
    }
    return p;
}

std::vector<PlanColumn> columns(bool withResult) {
    auto cols = Plan::defaultColumns();
    if (withResult)
        cols.push_back({QStringLiteral("RESULT"), [](const PlanItem& i) {
                            return i.error.isEmpty() ? planOutcomeName(i.outcome)
                                                     : QStringLiteral("%1: %2").arg(planOutcomeName(i.outcome), i.error);
                        }});
    return cols;
}

void printPlanned(const Planned& p, OutputFormat format, bool executed) {
    const Plan& plan = p.kafka.plan;
    if (format == OutputFormat::Json) {
        QByteArray out;
        JsonWriter w(out, JsonWriter::Style::Indented);
        w.beginObject().field("files", p.spec.files).field("changes", plan.changes()).key("kafka");
        plan.writeJson(w, executed);
        w.field("refusals", p.kafka.refusals).endObject().endLine();
        writeRaw(out);
    } else if (!plan.hasChanges()) {
        printLine(QStringLiteral("No changes: the live state matches the spec."));
    } else {
        printTable(Plan().headers(columns(executed)), plan.rows(columns(executed)));
        printLine(QStringLiteral("Plan: %1.").arg(plan.summary()));
    }
}

void requireNoRefusals(const Planned& p) {
    for (const auto& r : p.kafka.refusals)
        printDiagnostic(QStringLiteral("refused: %1").arg(r));
    if (!p.kafka.refusals.isEmpty())
        throw Error(ErrorKind::Usage, QStringLiteral("%1 change(s) refused; --allow-recreate deletes and "
                                                     "recreates such topics")
                                          .arg(p.kafka.refusals.size()));
}

int runPlan(const PlanOptions& o) {
    std::unique_ptr<KafkaAdmin> admin;
    const Planned p = planAll(o.kafka, o.spec, admin);
    printPlanned(p, o.format, false);
    requireNoRefusals(p);
    return o.exitCode && p.kafka.plan.hasChanges() ? exitcode::Changes : exitcode::Ok;
}

int runApply(const ApplyOptions& o) {
    const AllowedDeletes allowed = parseAllowDelete(o.allowDelete);
    std::unique_ptr<KafkaAdmin> admin;
    Planned p = planAll(o.kafka, o.spec, admin);
    if (!o.execute || !p.kafka.plan.hasChanges())
        printPlanned(p, o.format, false);
    requireNoRefusals(p);
    const QStringList notAllowed = kafkaDeletesNotAllowed(p.kafka.plan, allowed.topics, allowed.acls);
    if (!notAllowed.isEmpty())
        throw Error(ErrorKind::Usage, QStringLiteral("the plan deletes %1; nothing applied (allow it with --allow-delete "
                                                     "topics,acls)")
                                          .arg(notAllowed.join(QStringLiteral(" and "))));
    if (!o.execute) {
        printDiagnostic(QStringLiteral("dry run: nothing changed; add --execute to apply"));
        return exitcode::Ok;
    }
    if (!p.kafka.plan.hasChanges())
        return exitcode::Ok;
    const std::size_t applied = applyKafkaPlan(*admin, p.kafka.plan);
    printPlanned(p, o.format, true);
    const Plan& plan = p.kafka.plan;
    printDiagnostic(QStringLiteral("applied %1 of %2 change(s); %3 failed, %4 not applied")
                        .arg(applied)
                        .arg(plan.changes())
                        .arg(plan.count(PlanOutcome::Failed))
                        .arg(plan.count(PlanOutcome::Skipped)));
    return plan.count(PlanOutcome::Failed) > 0 ? exitcode::Failure : exitcode::Ok;
}

int runExport(const ExportOptions& o) {
    ManagedPrefixes managed;
    if (!o.files.empty())
        managed = loadProvisionSpec(specFiles(o.files)).managed;
    if (o.managedOnly && managed.empty())
        throw Error(ErrorKind::Usage, QStringLiteral("--managed-only needs a spec with a managed section (-f FILE)"));
    KafkaAdmin admin(resolveKafkaConnection(o.kafka));
    ProvisionSpec spec = exportKafka(admin, o.managedOnly ? &managed : nullptr);
    spec.managed = managed;
    const QByteArray yaml = writeProvisionSpec(spec);
    if (o.output.empty() || o.output == "-") {
        writeRaw(yaml);
        return exitcode::Ok;
    }
    QSaveFile file(q(o.output));
    if (!file.open(QIODevice::WriteOnly) || file.write(yaml) != yaml.size() || !file.commit())
        throw Error(ErrorKind::Io, QStringLiteral("cannot write %1: %2").arg(q(o.output), file.errorString()));
    printDiagnostic(QStringLiteral("wrote %1 topic(s) and %2 ACL(s) to %3").arg(spec.topics.size()).arg(spec.acls.size()).arg(q(o.output)));
    return exitcode::Ok;
}

void addSpecFlags(CLI::App* cmd, SpecFlags& f) {
    cmd->add_option("-f,--file", f.files, "Spec file (repeatable; later files add to and override earlier ones)")->required();
    cmd->add_flag("--allow-recreate", f.allowRecreate,
                  "Plan a delete + create for a partition decrease or replication-factor change (loses the records)");
}

} // namespace

void setupProvisionCommands(CLI::App& root, CommandRunner& runner) {
    auto* provision = root.add_subcommand(
        "provision", "Declarative provisioning: Kafka topics, configs, ACLs from YAML specs (plan, apply, export)");
    provision->require_subcommand(1);

    auto plan = std::make_shared<PlanOptions>();
    auto* planCmd = provision->add_subcommand(
        "plan", "The changes that would make the live cluster match the spec (exit codes with --exit-code: 0 no "
                "changes, 3 changes)");
    addKafkaConnectionFlags(planCmd, plan->kafka);
    addSpecFlags(planCmd, plan->spec);
    planCmd->add_flag("--exit-code", plan->exitCode, "Exit 3 when there are changes, 0 when there are none");
    addOutputOption(planCmd, plan->format);
    runner.bind(planCmd, plan, runPlan);

    auto apply = std::make_shared<ApplyOptions>();
    auto* applyCmd = provision->add_subcommand("apply", "Show the plan; apply it with --execute");
    addKafkaConnectionFlags(applyCmd, apply->kafka);
    addSpecFlags(applyCmd, apply->spec);
    applyCmd->add_flag("--execute", apply->execute, "Apply the plan (default: dry run)");
    applyCmd->add_option("--allow-delete", apply->allowDelete,
                         "Kinds the plan may delete, comma-separated: topics, acls, mqtt (default: none)");
    addOutputOption(applyCmd, apply->format);
    runner.bind(applyCmd, apply, runApply);

    auto exp = std::make_shared<ExportOptions>();
    auto* exportCmd = provision->add_subcommand("export", "Write the live state as a spec that applies cleanly");
    addKafkaConnectionFlags(exportCmd, exp->kafka);
    exportCmd->add_option("-f,--file", exp->files, "Spec whose managed prefixes the export keeps (repeatable)");
    exportCmd->add_option("-o,--output", exp->output, "Write to FILE (default: stdout)");
    exportCmd->add_flag("--managed-only", exp->managedOnly, "Only topics and principals under the managed prefixes");
    runner.bind(exportCmd, exp, runExport);
}
