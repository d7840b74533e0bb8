#include "ProfileCommands.h"

#include "CommandRunner.h"
#include "Output.h"
#include "Terminal.h"
#include "common/Error.h"
#include "kafka/KafkaClientConfig.h"
#include "mqtt/BrokerUrl.h"
#include "profile/ProfileStore.h"
#include "profile/SecretStore.h"

#include <CLI/CLI.hpp>
#include <QFileInfo>

using namespace mqkit;

namespace {

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

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

int runAdd(const AddOptions& o) {
    if (o.mqttUrl.empty() == o.bootstrap.empty())
        throw Error(ErrorKind::Usage, QStringLiteral("give exactly one of -L URL (an MQTT profile) or -b BOOTSTRAP (a Kafka profile)"));
    Profile p;
    p.name = q(o.name);
    p.kind = o.mqttUrl.empty() ? ProfileKind::Kafka : ProfileKind::Mqtt;
    if (p.kind == ProfileKind::Mqtt) {
        p.address = BrokerUrl::parse(q(o.mqttUrl)).toString(); // validates now, not at first use
        if (!o.mechanism.empty())
            throw Error(ErrorKind::Usage, QStringLiteral("--auth is for Kafka profiles; MQTT uses -u and a password"));
        if (!o.user.empty())
            p.authMechanism = QStringLiteral("password");
    } else {
        KafkaClientConfig probe;
        probe.bootstrap = q(o.bootstrap);
        for (const auto& kv : o.properties)
            probe.properties.push_back(KafkaClientConfig::parseProperty(q(kv)));
        probe.validate();
        p.address = probe.bootstrap;
        p.properties = probe.properties;
        p.authMechanism = q(o.mechanism);
        if (!o.user.empty() && p.authMechanism.isEmpty())
            p.authMechanism = QStringLiteral("PLAIN");
    }
    if (p.kind == ProfileKind::Mqtt && !o.properties.empty())
        for (const auto& kv : o.properties)
            p.properties.push_back(KafkaClientConfig::parseProperty(q(kv)));
    p.username = q(o.user);
    p.tlsCaFile = o.caFile.empty() ? QString() : QFileInfo(q(o.caFile)).absoluteFilePath();
    p.tlsCertFile = o.certFile.empty() ? QString() : QFileInfo(q(o.certFile)).absoluteFilePath();
    p.tlsKeyFile = o.keyFile.empty() ? QString() : QFileInfo(q(o.keyFile)).absoluteFilePath();
    p.tlsInsecure = o.insecure;

    std::optional<QString> secretToStore;
    if (o.passwordStdin)
        secretToStore = readStdinSecret();
    if (!o.secret.empty())
        p.secret = SecretRef::parse(q(o.secret));
    else if (secretToStore)
        p.secret.source = SecretRef::Source::Keyring;
    else if (!o.user.empty())
        p.secret.source = SecretRef::Source::Prompt;
    if (p.secret.source == SecretRef::Source::Keyring) {
        if (!secretToStore) {
            secretToStore = promptSecret(QStringLiteral("Password for %1 (stored in the keyring): ").arg(p.username));
            if (!secretToStore)
                throw Error(ErrorKind::Usage, QStringLiteral("--secret keyring needs the password on stdin "
                                                             "(--password-stdin) or a terminal to ask on"));
        }
    } else if (secretToStore) {
        throw Error(ErrorKind::Usage, QStringLiteral("--password-stdin stores the password in the keyring; "
                                                     "it cannot be combined with --secret %1")
                                          .arg(p.secret.toString()));
    }

    ProfileStore store(ProfileStore::defaultPath());
    if (!o.force && store.find(p.name))
        throw Error(ErrorKind::Usage, QStringLiteral("profile '%1' exists already (use --force to replace it)").arg(p.name));
    if (secretToStore)
        SecretStore::storeInKeyring(p.name, *secretToStore);
    store.save(p, true);
    printDiagnostic(QStringLiteral("saved %1 profile '%2' (secret: %3)").arg(toString(p.kind), p.name, p.secret.toString()));
    return exitcode::Ok;
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
        rows.push_back({p.name, toString(p.kind), p.address, p.username.isEmpty() ? QStringLiteral("-") : p.username,
                        p.secret.toString()});
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
        printLine(QStringLiteral("%1 %2").arg(it.key() + QLatin1Char(':'), -16).arg(value));
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
