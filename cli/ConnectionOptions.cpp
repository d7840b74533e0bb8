#include "ConnectionOptions.h"

#include "NumberChecks.h"
#include "Output.h"
#include "Terminal.h"
#include "common/Error.h"
#include "profile/ProfileConnect.h"
#include "profile/ProfileStore.h"
#include "profile/SecretStore.h"

#include <CLI/CLI.hpp>

using namespace mqkit;

namespace {

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

void addPasswordFlags(CLI::App* cmd, PasswordFlags& flags) {
    cmd->add_option("--password-file", flags.passwordFile, "Read the password from the first line of this file")
        ->group("Connection");
    cmd->add_option("--password-env", flags.passwordEnv,
                    "Read the password from this environment variable (MQKIT_PASSWORD is always tried)")
        ->group("Connection");
}

Profile loadProfile(const std::string& name) {
    ProfileStore store(ProfileStore::defaultPath());
    return store.get(q(name));
}

std::optional<QString> profileSecret(const Profile& profile) {
    return SecretStore::resolve(profile, [](const QString& question) { return promptSecret(question); });
}

} // namespace

std::optional<QString> passwordFromFlags(const PasswordFlags& flags) {
    if (!flags.passwordFile.empty())
        return SecretStore::readSecretFile(q(flags.passwordFile));
    if (!flags.passwordEnv.empty()) {
        if (!qEnvironmentVariableIsSet(flags.passwordEnv.c_str()))
            throw Error(ErrorKind::Usage, QStringLiteral("--password-env: $%1 is not set").arg(q(flags.passwordEnv)));
        return qEnvironmentVariable(flags.passwordEnv.c_str());
    }
    if (qEnvironmentVariableIsSet("MQKIT_PASSWORD"))
        return qEnvironmentVariable("MQKIT_PASSWORD");
    return std::nullopt;
}

void addMqttConnectionFlags(CLI::App* cmd, MqttConnectionFlags& flags) {
    const char* g = "Connection";
    cmd->add_option("--profile", flags.profile, "Connect with a saved profile (see 'mqkit profile')")->group(g);
    cmd->add_option("-L,--url", flags.url, "Broker URL: mqtt://host:port, mqtts://, ws://, wss:// (default mqtt://localhost:1883)")
        ->group(g);
    cmd->add_option("-u,--username", flags.user, "User name")->group(g);
    cmd->add_option("-i,--id", flags.clientId, "Client id (default: mqkit-<random>)")->group(g);
    cmd->add_option("--cafile", flags.caFile, "CA certificate file (PEM) to verify the broker")->group(g);
    cmd->add_option("--cert", flags.certFile, "Client certificate (PEM) for mutual TLS")->group(g);
    cmd->add_option("--key", flags.keyFile, "Client private key (PEM) for mutual TLS")->group(g);
    cmd->add_flag("--insecure", flags.insecure, "Do not verify the broker's certificate (prints a warning)")->group(g);
    cmd->add_option("-V,--protocol-version", flags.protocolVersion, "MQTT version: 311 or 5 (default 311)")
        ->check(CLI::IsMember({"311", "mqttv311", "5", "mqttv5"}))
        ->group(g);
    cmd->add_option("-k,--keepalive", flags.keepAlive, "Keepalive in seconds")->check(CLI::Range(5, 65535))->group(g);
    cmd->add_option("--connect-timeout", flags.connectTimeout, "Seconds to wait for the broker to accept the connection")
        ->check(checks::range(0.1, 600.0))
        ->group(g);
    addPasswordFlags(cmd, flags.password);

    const char* s = "Session";
    cmd->add_flag("-c,--disable-clean-session", flags.disableCleanSession,
                  "Persistent session: the broker keeps subscriptions and queues QoS 1/2 messages while offline "
                  "(needs a fixed -i; with -V 5 and no -x the session never expires)")
        ->group(s);
    cmd->add_option("-x,--session-expiry", flags.sessionExpiry,
                    "MQTT 5 session expiry interval in seconds (4294967295: never expires)")
        ->check(CLI::Range(0LL, 4294967295LL))
        ->group(s);

    const char* w = "Last Will";
    cmd->add_option("--will-topic", flags.willTopic, "Last Will: topic the broker publishes to if the connection "
                                                     "ends without a DISCONNECT")
        ->group(w);
    cmd->add_option("--will-payload", flags.willPayload, "Last Will: payload (default empty)")->group(w);
    cmd->add_option("--will-qos", flags.willQos, "Last Will: QoS 0, 1 or 2")->check(CLI::Range(0, 2))->group(w);
    cmd->add_flag("--will-retain", flags.willRetain, "Last Will: retain the will message")->group(w);
    addMqttPropertyFlags(cmd, flags.willProperties, "will-", w);
}

void addMqttReconnectFlags(CLI::App* cmd, MqttConnectionFlags& flags) {
    const char* g = "Session";
    flags.reconnectOffered = true;
    cmd->add_flag("--no-reconnect", flags.noReconnect, "Exit 1 when the connection is lost instead of reconnecting")
        ->group(g);
    cmd->add_option("--reconnect-delay", flags.reconnectMinDelay, "Seconds before the first reconnect attempt (doubles "
                                                                 "after each failure)")
        ->check(checks::range(0.01, 3600.0))
        ->group(g);
    cmd->add_option("--reconnect-max-delay", flags.reconnectMaxDelay, "Longest wait between reconnect attempts, seconds")
        ->check(checks::range(0.01, 3600.0))
        ->group(g);
}

void addKafkaConnectionFlags(CLI::App* cmd, KafkaConnectionFlags& flags) {
    const char* g = "Connection";
    cmd->add_option("--profile", flags.profile, "Connect with a saved profile (see 'mqkit profile')")->group(g);
    cmd->add_option("-b,--brokers", flags.bootstrap, "Bootstrap servers host:port[,host:port]")->group(g);
    cmd->add_option("-X", flags.properties, "librdkafka property key=value (repeatable), as with kcat")
        ->allow_extra_args(false)
        ->group(g);
    cmd->add_option("--timeout", flags.timeout, "Seconds for each request to the cluster")
        ->check(checks::range(0.1, 3600.0))
        ->group(g);
    addPasswordFlags(cmd, flags.password);
}

MqttConnectOptions resolveMqttConnection(const MqttConnectionFlags& flags) {
    MqttConnectOptions options;
    std::optional<QString> password = passwordFromFlags(flags.password);
    if (!flags.profile.empty()) {
        const Profile profile = loadProfile(flags.profile);
        if (profile.kind != ProfileKind::Mqtt)
            throw Error(ErrorKind::Usage, QStringLiteral("profile '%1' is a Kafka profile; use it with 'mqkit kafka'")
                                              .arg(profile.name));
        options = mqttOptionsFromProfile(profile, password ? password : profileSecret(profile));
    } else if (flags.url.empty()) {
        options.url = BrokerUrl::parse(QStringLiteral("mqtt://localhost:1883"));
    }
    if (!flags.url.empty())
        options.url = BrokerUrl::parse(q(flags.url));
    if (!flags.user.empty())
        options.username = q(flags.user);
    if (!flags.clientId.empty())
        options.clientId = q(flags.clientId);
    if (!flags.caFile.empty())
        options.tls.caFile = q(flags.caFile);
    if (!flags.certFile.empty())
        options.tls.certFile = q(flags.certFile);
    if (!flags.keyFile.empty())
        options.tls.keyFile = q(flags.keyFile);
    if (flags.insecure)
        options.tls.insecure = true;
    if (!flags.protocolVersion.empty())
        options.protocolVersion = flags.protocolVersion.find('5') != std::string::npos ? 5 : 4;
    options.keepAliveSeconds = flags.keepAlive;
    options.connectTimeout = std::chrono::milliseconds(static_cast<long>(flags.connectTimeout * 1000));
    if (password)
        options.password = password;
    if (flags.disableCleanSession)
        options.cleanStart = false;
    if (flags.sessionExpiry >= 0)
        options.sessionExpirySeconds = static_cast<std::uint32_t>(flags.sessionExpiry);
    else if (flags.disableCleanSession && options.protocolVersion == 5)
        options.sessionExpirySeconds = 4294967295U; // as mosquitto_sub: -c without -x never expires
    const bool willFlagsWithoutTopic = !flags.willPayload.empty() || flags.willQos != 0 || flags.willRetain ||
                                       !flags.willProperties.toProperties("--will-").isEmpty();
    if (flags.willTopic.empty() && willFlagsWithoutTopic)
        throw Error(ErrorKind::Usage, QStringLiteral("Last Will options given without --will-topic"));
    if (!flags.willTopic.empty()) {
        MqttMessage will;
        will.topic = q(flags.willTopic);
        will.payload = QByteArray::fromStdString(flags.willPayload);
        will.qos = flags.willQos;
        will.retained = flags.willRetain;
        will.properties = flags.willProperties.toProperties("--will-");
        options.will = std::move(will);
    }
    if (flags.reconnectOffered) {
        options.reconnect.enabled = !flags.noReconnect;
        options.reconnect.minDelay = std::chrono::milliseconds(static_cast<long>(flags.reconnectMinDelay * 1000));
        options.reconnect.maxDelay = std::chrono::milliseconds(
            static_cast<long>(std::max(flags.reconnectMaxDelay, flags.reconnectMinDelay) * 1000));
    }
    const bool hasUser = !options.username.isEmpty() || !options.url.username.isEmpty();
    if (hasUser && !options.password && flags.profile.empty() && stdinIsTerminal()) {
        const QString user = options.username.isEmpty() ? options.url.username : options.username;
        if (auto typed = promptSecret(QStringLiteral("Password for %1 at %2: ").arg(user, options.url.toString()));
            typed && !typed->isEmpty())
            options.password = typed;
    }
    options.validate();
    if (options.tls.insecure)
        printDiagnostic(QStringLiteral("warning: --insecure: the broker's certificate is not verified"));
    return options;
}

KafkaClientConfig resolveKafkaConnection(const KafkaConnectionFlags& flags) {
    KafkaClientConfig config;
    std::optional<QString> password = passwordFromFlags(flags.password);
    if (!flags.profile.empty()) {
        const Profile profile = loadProfile(flags.profile);
        if (profile.kind != ProfileKind::Kafka)
            throw Error(ErrorKind::Usage, QStringLiteral("profile '%1' is an MQTT profile; use it with 'mqkit mqtt'")
                                              .arg(profile.name));
        config = kafkaConfigFromProfile(profile, password ? password : profileSecret(profile));
    }
    if (!flags.bootstrap.empty())
        config.bootstrap = q(flags.bootstrap);
    for (const auto& p : flags.properties) {
        const auto [k, v] = KafkaClientConfig::parseProperty(q(p));
        config.set(k, v);
    }
    if (!config.get(QStringLiteral("sasl.username")).isEmpty() && config.get(QStringLiteral("sasl.password")).isEmpty()) {
        if (!password && stdinIsTerminal())
            password = promptSecret(QStringLiteral("Password for %1 at %2: ")
                                        .arg(config.get(QStringLiteral("sasl.username")), config.bootstrap));
        if (password)
            config.set(QStringLiteral("sasl.password"), *password);
    }
    config.timeout = std::chrono::milliseconds(static_cast<long>(flags.timeout * 1000));
    config.validate();
    return config;
}
