#include "ProvisionCommands.h"

#include "CommandRunner.h"
#include "ConnectionOptions.h"
#include "Output.h"
#include "common/Error.h"
#include "common/JsonWriter.h"
#include "Terminal.h"
#include "common/Plan.h"
#include "dynsec/DynsecClient.h"
#include "dynsec/DynsecPlan.h"
#include "dynsec/MosquittoAuthFiles.h"
#include "kafka/KafkaAdmin.h"
#include "profile/SecretStore.h"
#include "provision/KafkaProvisionPlan.h"
#include "provision/MqttProvision.h"
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
    MqttConnectionFlags mqtt;
    SpecFlags spec;
    OutputFormat format = OutputFormat::Text;
    bool exitCode = false;
};

struct ApplyOptions {
    KafkaConnectionFlags kafka;
    MqttConnectionFlags mqtt;
    SpecFlags spec;
    OutputFormat format = OutputFormat::Text;
    bool execute = false;
    std::string allowDelete; // topics,acls,mqtt
};

struct ExportOptions {
    KafkaConnectionFlags kafka;
    MqttConnectionFlags mqtt;
    std::vector<std::string> files; // only for their managed prefixes
    std::string output;
    bool managedOnly = false;
    bool withMqtt = false;          // --mqtt: read the broker's dynamic security too
    std::string passwordFile;       // --mosquitto-password-file: the MQTT half from Mosquitto's files
    std::string aclFile;            // --mosquitto-acl-file
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

// The spec and its plan against the live state of each system it has a section for. A bad spec is
// reported before any broker error: reads started early are abandoned then (see EarlyReads).
struct Planned {
    ProvisionSpec spec;
    ProvisionPlan plan;
    std::unique_ptr<KafkaAdmin> admin;
    std::shared_ptr<dynsec::DynsecClient> dynsec; // kept only for applying
};

// The cluster's topics, ACLs and the configs of the topics the spec's text mentions, and the
// broker's dynamic-security state, requested before the spec is parsed so that the brokers answer
// while it is read; each only when the spec files have its section (a glance at their text)
// and its connection resolves without asking for a password (a prompt waits until the spec is
// checked).
// Not taken (no such section after all): cancelled, so it ends within a poll slice (at most a
// second) whatever the broker does; for a bad spec, see parkUntilExit.
struct EarlyReads {
    std::unique_ptr<KafkaAdmin> admin;
    std::unique_ptr<KafkaLiveRead> live;
    std::unique_ptr<DynsecLiveRead> dynsec;

    EarlyReads(const KafkaConnectionFlags& kafka, const MqttConnectionFlags& mqtt, const QStringList& files,
               bool forApply) {
        auto glance = std::make_shared<const SpecGlance>(glanceAtSpec(files));
        if (glance->mqtt)
            if (const auto options = resolveMqttConnectionWithoutPrompt(mqtt))
                dynsec = std::make_unique<DynsecLiveRead>(*options, forApply);
        if (!glance->kafka)
            return;
        const auto config = resolveKafkaConnectionWithoutPrompt(kafka);
        if (!config)
            return;
        try {
            admin = std::make_unique<KafkaAdmin>(*config);
        } catch (const Error&) {
            return; // reported when the spec needs the connection
        }
        live = std::make_unique<KafkaLiveRead>(*admin, [glance](const QString& topic) { return glance->mayName(topic); });
    }
    ~EarlyReads() {
        if (admin) // not taken for the plan
            admin->cancel();
        live.reset(); // waits for the reads, which the cancel ends at their next slice
    }
    void cancel() {
        if (admin)
            admin->cancel();
        if (dynsec)
            dynsec->cancel();
    }
    EarlyReads(const EarlyReads&) = delete;
    EarlyReads& operator=(const EarlyReads&) = delete;
};

// `forApply`: keeps the connections for applying; a plan alone lets the MQTT one go as soon as the
// broker's state is read.
// Early reads abandoned for a bad spec: cancelled at once but waited for (at most a poll slice) only
// when the process exits, after the spec's error is printed.
void parkUntilExit(std::unique_ptr<EarlyReads> early) {
    static std::vector<std::unique_ptr<EarlyReads>> parked;
    early->cancel();
    parked.push_back(std::move(early));
}

Planned planAll(const KafkaConnectionFlags& kafka, const MqttConnectionFlags& mqtt, const SpecFlags& flags, bool forApply) {
    Planned p; // before `early`: its admin outlives the early reads
    const QStringList files = specFiles(flags.files);
    auto early = std::make_unique<EarlyReads>(kafka, mqtt, files, forApply);
    try {
        p.spec = loadProvisionSpec(files);
    } catch (const Error&) {
        parkUntilExit(std::move(early));
        throw;
    }
    ProvisionSources sources;
    if (p.spec.hasKafka) {
        p.admin = early->admin ? std::move(early->admin) : std::make_unique<KafkaAdmin>(resolveKafkaConnection(kafka));
        sources.admin = p.admin.get();
        sources.kafkaLive = early->live.get();
    }
    if (p.spec.hasMqtt) {
        const MqttConnectOptions options = resolveMqttConnection(mqtt); // may prompt: not before the spec is checked
        if (!early->dynsec)
            early->dynsec = std::make_unique<DynsecLiveRead>(options, forApply);
        sources.dynsec = early->dynsec.get();
    } else if (early->dynsec) {
        early->dynsec->cancel();
    }
    p.plan = planProvision(sources, p.spec, {flags.allowRecreate});
    if (forApply && sources.dynsec)
        p.dynsec = sources.dynsec->client();
    return p;
}

std::vector<PlanColumn> columns(bool withResult) {
    auto cols = Plan::defaultColumns();
    cols.insert(cols.begin(), {QStringLiteral("SYSTEM"), [](const PlanItem& i) { return i.detail(QStringLiteral("system")).toString(); }});
    if (withResult)
        cols.push_back({QStringLiteral("RESULT"), [](const PlanItem& i) {
                            return i.error.isEmpty() ? planOutcomeName(i.outcome)
                                                     : QStringLiteral("%1: %2").arg(planOutcomeName(i.outcome), i.error);
                        }});
    return cols;
}

// One document for both systems: {"files", "changes", "kafka": plan, "mqtt": plan, "refusals"}; one
// table (a SYSTEM column) in text.
void printPlanned(const Planned& p, OutputFormat format, bool executed) {
    if (format == OutputFormat::Json) {
        QByteArray out;
        JsonWriter w(out, JsonWriter::Style::Indented);
        w.beginObject().field("files", p.spec.files).field("changes", p.plan.changes()).key("kafka");
        p.plan.kafka.plan.writeJson(w, executed);
        w.key("mqtt");
        p.plan.mqtt.writeJson(w, executed);
        w.field("refusals", p.plan.kafka.refusals).endObject().endLine();
        writeRaw(out);
    } else if (!p.plan.hasChanges()) {
        printLine(QStringLiteral("No changes: the live state matches the spec."));
    } else {
        const Plan all = p.plan.combined();
        printTable(all.headers(columns(executed)), all.rows(columns(executed)));
        printLine(QStringLiteral("Plan: %1.").arg(all.summary()));
    }
}

void requireNoRefusals(const Planned& p) {
    for (const auto& r : p.plan.kafka.refusals)
        printDiagnostic(QStringLiteral("refused: %1").arg(r));
    if (!p.plan.kafka.refusals.isEmpty())
        throw Error(ErrorKind::Usage, QStringLiteral("%1 change(s) refused; --allow-recreate deletes and "
                                                     "recreates such topics")
                                          .arg(p.plan.kafka.refusals.size()));
}

void requireDeletesAllowed(const Planned& p, const AllowedDeletes& allowed) {
    QStringList notAllowed = kafkaDeletesNotAllowed(p.plan.kafka.plan, allowed.topics, allowed.acls);
    if (!allowed.mqtt)
        notAllowed += mqttDeletesNotAllowed(p.plan.mqtt);
    if (!notAllowed.isEmpty())
        throw Error(ErrorKind::Usage, QStringLiteral("the plan deletes %1; nothing applied (allow it with --allow-delete "
                                                     "topics,acls,mqtt)")
                                          .arg(notAllowed.join(QStringLiteral(" and "))));
}

// A client's password from its secret reference (env:, file:, keyring:; a terminal may be asked).
QString resolvePassword(const QString& ref) {
    TerminalSecretPrompter terminal;
    const SecretStore::Prompter prompter = [&](const QString& what) {
        return terminal.askSecret(what, SecretPrompter::Need::Required);
    };
    return SecretStore::resolveReference(ref, QStringLiteral("Password (%1)").arg(ref), prompter);
}

int runPlan(const PlanOptions& o) {
    const Planned p = planAll(o.kafka, o.mqtt, o.spec, false);
    printPlanned(p, o.format, false);
    requireNoRefusals(p);
    return o.exitCode && p.plan.hasChanges() ? exitcode::Changes : exitcode::Ok;
}

// Kafka first, then MQTT (core's applyProvision); a password not resolved beforehand is asked here.
std::size_t applyBoth(Planned& p, const AllowedDeletes& allowed, const std::map<QString, QString>& passwords) {
    const auto secret = [&](const QString& ref) {
        const auto it = passwords.find(ref);
        return it == passwords.end() ? resolvePassword(ref) : it->second;
    };
    return applyProvision(p.admin.get(), p.dynsec.get(), p.plan, p.spec, secret, allowed.mqtt);
}

int runApply(const ApplyOptions& o) {
    const AllowedDeletes allowed = parseAllowDelete(o.allowDelete);
    Planned p = planAll(o.kafka, o.mqtt, o.spec, true);
    if (!o.execute || !p.plan.hasChanges())
        printPlanned(p, o.format, false);
    requireNoRefusals(p);
    requireDeletesAllowed(p, allowed);
    if (!o.execute) {
        printDiagnostic(QStringLiteral("dry run: nothing changed; add --execute to apply"));
        return exitcode::Ok;
    }
    if (!p.plan.hasChanges())
        return exitcode::Ok;
    const auto passwords = resolveMqttPasswords(p.plan.mqtt, p.spec, resolvePassword); // before any change
    const std::size_t applied = applyBoth(p, allowed, passwords);
    printPlanned(p, o.format, true);
    printDiagnostic(QStringLiteral("applied %1 of %2 change(s); %3 failed, %4 not applied")
                        .arg(applied)
                        .arg(p.plan.changes())
                        .arg(p.plan.count(PlanOutcome::Failed))
                        .arg(p.plan.count(PlanOutcome::Skipped)));
    return p.plan.count(PlanOutcome::Failed) > 0 ? exitcode::Failure : exitcode::Ok;
}

// Which systems an export reads: MQTT when the spec has an mqtt.dynsec section, --mqtt or a
// Mosquitto file is given (the files instead of a broker); Kafka when the spec has a kafka section,
// -b or --profile is given, or nothing asks for MQTT.
struct ExportSources {
    bool kafka = false;
    bool mqttBroker = false;
    bool mosquittoFiles = false;
};

ExportSources exportSources(const ExportOptions& o, const ProvisionSpec* spec) {
    ExportSources s;
    s.mosquittoFiles = !o.passwordFile.empty() || !o.aclFile.empty();
    s.mqttBroker = !s.mosquittoFiles && (o.withMqtt || (spec && spec->hasMqtt));
    const bool kafkaAsked = !o.kafka.bootstrap.empty() || !o.kafka.profile.empty() || (spec && spec->hasKafka);
    s.kafka = kafkaAsked || !(s.mqttBroker || s.mosquittoFiles);
    return s;
}

void exportMqttHalf(const ExportOptions& o, const ExportSources& sources, const std::optional<ProvisionSpec>& given,
                    ProvisionSpec& spec) {
    const ManagedPrefixes* only = o.managedOnly ? &given->managed : nullptr;
    // the default ACL access is global: exported unless the export keeps only a spec's own part
    // that does not set it
    const bool withDefaultAcl = !o.managedOnly || given->dynsec.defaultAcl.has_value();
    if (sources.mosquittoFiles) {
        const auto imported = dynsec::readMosquittoAuthFiles(q(o.passwordFile), q(o.aclFile));
        for (const auto& note : imported.notes)
            printDiagnostic(QStringLiteral("note: %1").arg(note));
        exportMqtt(imported.state, spec, only, false);
        return;
    }
    dynsec::DynsecClient client(resolveMqttConnection(o.mqtt));
    exportMqtt(client.readState(), spec, only, withDefaultAcl);
}

int runExport(const ExportOptions& o) {
    std::optional<ProvisionSpec> given;
    if (!o.files.empty())
        given = loadProvisionSpec(specFiles(o.files));
    if (o.managedOnly && (!given || given->managed.empty()))
        throw Error(ErrorKind::Usage, QStringLiteral("--managed-only needs a spec with a managed section (-f FILE)"));
    const ExportSources sources = exportSources(o, given ? &*given : nullptr);
    ProvisionSpec spec;
    if (sources.kafka) {
        KafkaAdmin admin(resolveKafkaConnection(o.kafka));
        spec = exportKafka(admin, o.managedOnly ? &given->managed : nullptr);
    }
    if (sources.mqttBroker || sources.mosquittoFiles)
        exportMqttHalf(o, sources, given, spec);
    if (given)
        spec.managed = given->managed;
    const QByteArray yaml = writeProvisionSpec(spec);
    if (o.output.empty() || o.output == "-") {
        writeRaw(yaml);
        return exitcode::Ok;
    }
    QSaveFile file(q(o.output));
    if (!file.open(QIODevice::WriteOnly) || file.write(yaml) != yaml.size() || !file.commit())
        throw Error(ErrorKind::Io, QStringLiteral("cannot write %1: %2").arg(q(o.output), file.errorString()));
    printDiagnostic(QStringLiteral("wrote %1 topic(s), %2 ACL(s), %3 MQTT client(s), %4 role(s), %5 group(s) to %6")
                        .arg(spec.topics.size())
                        .arg(spec.acls.size())
                        .arg(spec.dynsec.clients.size())
                        .arg(spec.dynsec.roles.size())
                        .arg(spec.dynsec.groups.size())
                        .arg(q(o.output)));
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
        "provision", "Declarative provisioning: Kafka topics, configs, ACLs and Mosquitto dynamic security from YAML specs "
        "(plan, apply, export)");
    provision->require_subcommand(1);

    auto plan = std::make_shared<PlanOptions>();
    auto* planCmd = provision->add_subcommand(
        "plan", "The changes that would make the live cluster match the spec (exit codes with --exit-code: 0 no "
                "changes, 3 changes)");
    addKafkaConnectionFlags(planCmd, plan->kafka);
    addMqttAdminConnectionFlags(planCmd, plan->mqtt);
    addSpecFlags(planCmd, plan->spec);
    planCmd->add_flag("--exit-code", plan->exitCode, "Exit 3 when there are changes, 0 when there are none");
    addOutputOption(planCmd, plan->format);
    runner.bind(planCmd, plan, runPlan);

    auto apply = std::make_shared<ApplyOptions>();
    auto* applyCmd = provision->add_subcommand("apply", "Show the plan; apply it with --execute");
    addKafkaConnectionFlags(applyCmd, apply->kafka);
    addMqttAdminConnectionFlags(applyCmd, apply->mqtt);
    addSpecFlags(applyCmd, apply->spec);
    applyCmd->add_flag("--execute", apply->execute, "Apply the plan (default: dry run)");
    applyCmd->add_option("--allow-delete", apply->allowDelete,
                         "Kinds the plan may delete, comma-separated: topics, acls, mqtt (default: none)");
    addOutputOption(applyCmd, apply->format);
    runner.bind(applyCmd, apply, runApply);

    auto exp = std::make_shared<ExportOptions>();
    auto* exportCmd = provision->add_subcommand("export", "Write the live state as a spec that applies cleanly");
    addKafkaConnectionFlags(exportCmd, exp->kafka);
    addMqttAdminConnectionFlags(exportCmd, exp->mqtt);
    exportCmd->add_flag("--mqtt", exp->withMqtt, "Also export the broker's dynamic security (implied by a spec with "
                                                 "an mqtt.dynsec section)");
    exportCmd->add_option("--mosquitto-password-file", exp->passwordFile,
                          "Export the MQTT half from a Mosquitto password_file instead of a broker (user names only)");
    exportCmd->add_option("--mosquitto-acl-file", exp->aclFile,
                          "Export the MQTT half from a Mosquitto acl_file instead of a broker (topics become roles)");
    exportCmd->add_option("-f,--file", exp->files, "Spec whose managed prefixes the export keeps (repeatable)");
    exportCmd->add_option("-o,--output", exp->output, "Write to FILE (default: stdout)");
    exportCmd->add_flag("--managed-only", exp->managedOnly, "Only topics, principals, MQTT clients, roles and groups under the managed prefixes");
    runner.bind(exportCmd, exp, runExport);
}
