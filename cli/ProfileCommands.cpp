#include "ProfileCommands.h"

#include "CommandRunner.h"
#include "Output.h"
#include "Terminal.h"
#include "common/Error.h"
#include "kafka/KafkaClientConfig.h"
#include "mqtt/PayloadView.h"
#include "profile/ProfileBuilder.h"
#include "profile/ProfileStore.h"
#include "profile/SecretStore.h"

#include <CLI/CLI.hpp>

using namespace mqkit;

namespace {

struct AddOptions {
    std::string name;
    std::string mqttUrl;
    std::string bootstrap;
    std::string user;
    std::string mechanism;
    std::string caFile;
    std::string certFile;
    std::string keyFile;
    bool insecure = false;
    std::vector<std::string> properties;
    std::string secret;
    bool passwordStdin = false;
    bool force = false;
};

struct ListOptions {
    OutputFormat format = OutputFormat::Text;
};

struct ShowOptions {
    std::string name;
    OutputFormat format = OutputFormat::Text;
};

struct RemoveOptions {
    std::string name;
};

QJsonObject toJson(const Profile& p) {
    QJsonObject props;
    for (const auto& [k, v] : p.properties)
        props.insert(k, v);
    return QJsonObject{{"name", p.name},
                       {"kind", toString(p.kind)},
                       {"address", p.address},
                       {"auth_mechanism", p.authMechanism},
                       {"username", p.username},
                       {"secret", p.secret.toString()},
                       {"tls_ca_file", p.tlsCaFile},
                       {"tls_cert_file", p.tlsCertFile},
                       {"tls_key_file", p.tlsKeyFile},
                       {"tls_insecure", p.tlsInsecure},
                       {"properties", props}};
}

ProfileSettings settingsFromFlags(const AddOptions& o) {
    if (o.mqttUrl.empty() == o.bootstrap.empty())
        throw Error(ErrorKind::Usage, QStringLiteral("give exactly one of -L URL (an MQTT profile) or -b BOOTSTRAP (a Kafka profile)"));
    if (!o.mqttUrl.empty() && !o.mechanism.empty())
        throw Error(ErrorKind::Usage, QStringLiteral("--auth is for Kafka profiles; MQTT uses -u and a password"));
    ProfileSettings s;
    s.name = q(o.name);
    s.kind = o.mqttUrl.empty() ? ProfileKind::Kafka : ProfileKind::Mqtt;
    s.address = q(o.mqttUrl.empty() ? o.bootstrap : o.mqttUrl);
    s.username = q(o.user);
    s.saslMechanism = q(o.mechanism);
    s.caFile = q(o.caFile);
    s.certFile = q(o.certFile);
    s.keyFile = q(o.keyFile);
    s.insecure = o.insecure;
    for (const auto& kv : o.properties)
        s.properties.push_back(KafkaClientConfig::parseProperty(q(kv)));
    if (!o.secret.empty())
        s.secret = SecretRef::parse(q(o.secret));
    return s;
}

int runAdd(const AddOptions& o) {
    const Profile p = buildProfile(settingsFromFlags(o), o.passwordStdin);
    ProfileStore store(ProfileStore::defaultPath());
    if (!o.force && store.find(p.name))
        throw Error(ErrorKind::Usage, QStringLiteral("profile '%1' exists already (use --force to replace it)").arg(p.name));
    TerminalSecretPrompter prompter;
    saveProfile(store, p, o.passwordStdin ? std::optional<QString>(readStdinSecret()) : std::nullopt, o.force, &prompter);
    printDiagnostic(QStringLiteral("saved %1 profile '%2' (secret: %3)").arg(toString(p.kind), p.name, p.secret.toString()));
    return exitcode::Ok;
}

// Names are the user's: control characters in them are shown as \xNN, never sent to the terminal.
QString shown(const QString& text) {
    return renderText(text.toUtf8()).text;
}

int runList(const ListOptions& o) {
    ProfileStore store(ProfileStore::defaultPath());
    const auto profiles = store.list();
    if (o.format == OutputFormat::Json) {
        QJsonArray arr;
        for (const auto& p : profiles)
            arr.append(toJson(p));
        printJson(arr);
        return exitcode::Ok;
    }
    std::vector<QStringList> rows;
    for (const auto& p : profiles)
        rows.push_back({shown(p.name), toString(p.kind), shown(p.address),
                        p.username.isEmpty() ? QStringLiteral("-") : shown(p.username), shown(p.secret.toString())});
    printTable({"NAME", "KIND", "ADDRESS", "USER", "SECRET"}, rows);
    return exitcode::Ok;
}

int runShow(const ShowOptions& o) {
    ProfileStore store(ProfileStore::defaultPath());
    const Profile p = store.get(q(o.name));
    const QJsonObject json = toJson(p);
    if (o.format == OutputFormat::Json) {
        printJson(json);
        return exitcode::Ok;
    }
    for (auto it = json.begin(); it != json.end(); ++it) {
        QString value;
        if (it->isObject()) {
            QStringList parts;
            const auto obj = it->toObject();
            for (auto p2 = obj.begin(); p2 != obj.end(); ++p2)
                parts << p2.key() + QLatin1Char('=') + p2->toString();
            value = parts.join(QLatin1Char(' '));
        } else if (it->isBool()) {
            value = it->toBool() ? QStringLiteral("yes") : QStringLiteral("no");
        } else {
            value = it->toString();
        }
        printLine(QStringLiteral("%1 %2").arg(it.key() + QLatin1Char(':'), -16).arg(shown(value)));
    }
    return exitcode::Ok;
}

int runRemove(const RemoveOptions& o) {
    ProfileStore store(ProfileStore::defaultPath());
    const Profile p = store.get(q(o.name));
    if (p.secret.source == SecretRef::Source::Keyring)
        SecretStore::removeFromKeyring(p.name);
    store.remove(p.name);
    printDiagnostic(QStringLiteral("removed profile '%1'").arg(p.name));
    return exitcode::Ok;
}

} // namespace

void setupProfileCommands(CLI::App& root, CommandRunner& runner) {
    auto* group = root.add_subcommand("profile", "Saved connection profiles (stored in SQLite; secrets in the keyring)");
    group->require_subcommand(1);

    auto add = std::make_shared<AddOptions>();
    auto* addCmd = group->add_subcommand("add", "Save a connection profile");
    addCmd->add_option("name", add->name, "Profile name")->required();
    addCmd->add_option("-L,--url", add->mqttUrl, "MQTT broker URL (makes an MQTT profile)");
    addCmd->add_option("-b,--brokers", add->bootstrap, "Kafka bootstrap servers (makes a Kafka profile)");
    addCmd->add_option("-u,--username", add->user, "User name");
    addCmd->add_option("--auth", add->mechanism, "Kafka SASL mechanism")
        ->check(CLI::IsMember({"PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"}));
    addCmd->add_option("--cafile", add->caFile, "CA certificate file (PEM)")->check(CLI::ExistingFile);
    addCmd->add_option("--cert", add->certFile, "Client certificate (PEM)")->check(CLI::ExistingFile);
    addCmd->add_option("--key", add->keyFile, "Client private key (PEM)")->check(CLI::ExistingFile);
    addCmd->add_flag("--insecure", add->insecure, "Do not verify the broker's certificate");
    addCmd->add_option("-X", add->properties, "Extra client property key=value (repeatable)");
    addCmd->add_option("--secret", add->secret,
                       "Where the password lives: keyring, env:VAR, file:PATH, prompt or none "
                       "(default: keyring with --password-stdin, else prompt when -u is given)");
    addCmd->add_flag("--password-stdin", add->passwordStdin, "Read the password from stdin and store it in the keyring");
    addCmd->add_flag("--force", add->force, "Replace an existing profile of that name");
    runner.bind(addCmd, add, runAdd);

    auto list = std::make_shared<ListOptions>();
    auto* listCmd = group->add_subcommand("list", "List saved profiles");
    addOutputOption(listCmd, list->format);
    runner.bind(listCmd, list, runList);

    auto show = std::make_shared<ShowOptions>();
    auto* showCmd = group->add_subcommand("show", "Show one profile (never its secret)");
    showCmd->add_option("name", show->name, "Profile name")->required();
    addOutputOption(showCmd, show->format);
    runner.bind(showCmd, show, runShow);

    auto rm = std::make_shared<RemoveOptions>();
    auto* rmCmd = group->add_subcommand("rm", "Remove a profile (and its keyring entry)");
    rmCmd->add_option("name", rm->name, "Profile name")->required();
    runner.bind(rmCmd, rm, runRemove);
}
