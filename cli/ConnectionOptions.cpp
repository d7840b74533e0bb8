#include "ConnectionOptions.h"

#include "NumberChecks.h"
#include "Output.h"
#include "Terminal.h"
#include "common/Error.h"
#include "profile/ConnectionResolver.h"

#include <CLI/CLI.hpp>

using namespace mqkit;

namespace {

// `prefix` names the flags apart when a command connects to two systems ("--mqtt-password-file").
void addPasswordFlags(CLI::App* cmd, PasswordFlags& flags, const char* group = "Connection", const std::string& prefix = {}) {
    cmd->add_option("--" + prefix + "password-file", flags.passwordFile, "Read the password from the first line of this file")
        ->group(group);
    cmd->add_option("--" + prefix + "password-env", flags.passwordEnv,
                    "Read the password from this environment variable (MQKIT_PASSWORD is always tried)")
        ->group(group);
}

SecretSources secretSources(const PasswordFlags& flags) {
    return {q(flags.passwordFile), q(flags.passwordEnv)};
}

std::optional<QString> optionalText(const std::string& text) {
    return text.empty() ? std::nullopt : std::optional<QString>(q(text));
}

std::chrono::milliseconds millis(double seconds) {
    return std::chrono::milliseconds(static_cast<long>(seconds * 1000));
}

std::optional<MqttMessage> willFromFlags(const MqttConnectionFlags& flags) {
    const bool willFlagsWithoutTopic = !flags.willPayload.empty() || flags.willQos != 0 || flags.willRetain ||
                                       !flags.willProperties.toProperties("--will-").isEmpty();
    if (flags.willTopic.empty() && willFlagsWithoutTopic)
        throw Error(ErrorKind::Usage, QStringLiteral("Last Will options given without --will-topic"));
    if (flags.willTopic.empty())
        return std::nullopt;
    MqttMessage will;
    will.topic = q(flags.willTopic);
    will.payload = QByteArray::fromStdString(flags.willPayload);
    will.qos = flags.willQos;
    will.retained = flags.willRetain;
    will.properties = flags.willProperties.toProperties("--will-");
    return will;
}

MqttConnectionOverrides mqttOverrides(const MqttConnectionFlags& flags) {
    MqttConnectionOverrides o;
    o.url = optionalText(flags.url);
    o.username = optionalText(flags.user);
    o.clientId = optionalText(flags.clientId);
    o.caFile = optionalText(flags.caFile);
    o.certFile = optionalText(flags.certFile);
    o.keyFile = optionalText(flags.keyFile);
    o.insecure = flags.insecure;
    if (!flags.protocolVersion.empty())
        o.protocolVersion = flags.protocolVersion.find('5') != std::string::npos ? 5 : 4;
    o.keepAliveSeconds = flags.keepAlive;
    o.connectTimeout = millis(flags.connectTimeout);
    o.persistentSession = flags.disableCleanSession;
    if (flags.sessionExpiry >= 0)
        o.sessionExpirySeconds = static_cast<std::uint32_t>(flags.sessionExpiry);
    o.will = willFromFlags(flags);
    if (flags.reconnectOffered)
        o.reconnect = MqttReconnectOptions{!flags.noReconnect, millis(flags.reconnectMinDelay),
                                           millis(std::max(flags.reconnectMaxDelay, flags.reconnectMinDelay))};
    return o;
}

// The connection itself (no session or will): -L, -u, a profile, TLS, protocol, password sources.
void addMqttConnectionGroup(CLI::App* cmd, MqttConnectionFlags& flags, const char* g, const std::string& prefix) {
    cmd->add_option("--" + prefix + "profile", flags.profile, "Connect with a saved profile (see 'mqkit profile')")->group(g);
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
    addPasswordFlags(cmd, flags.password, g, prefix);
}

} // namespace

void addMqttConnectionFlags(CLI::App* cmd, MqttConnectionFlags& flags) {
    addMqttConnectionGroup(cmd, flags, "Connection", {});

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

void addMqttAdminConnectionFlags(CLI::App* cmd, MqttConnectionFlags& flags) {
    addMqttConnectionGroup(cmd, flags, "MQTT connection (mqtt.dynsec)", "mqtt-");
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

void addKafkaConnectionFlagsBesideMqtt(CLI::App* cmd, KafkaConnectionFlags& flags) {
    const char* g = "Kafka connection";
    cmd->add_option("--kafka-profile", flags.profile, "Reach Kafka with a saved profile (see 'mqkit profile')")->group(g);
    cmd->add_option("-b,--brokers", flags.bootstrap, "Kafka bootstrap servers host:port[,host:port]")->group(g);
    cmd->add_option("-X", flags.properties, "librdkafka property key=value (repeatable), as with kcat")
        ->allow_extra_args(false)
        ->group(g);
    cmd->add_option("--kafka-timeout", flags.timeout, "Seconds for each request to the Kafka cluster")
        ->check(checks::range(0.1, 3600.0))
        ->group(g);
    cmd->add_option("--kafka-password-file", flags.password.passwordFile,
                    "Read the Kafka password from the first line of this file")
        ->group(g);
    cmd->add_option("--kafka-password-env", flags.password.passwordEnv,
                    "Read the Kafka password from this environment variable")
        ->group(g);
}

MqttConnectOptions resolveMqttConnection(const MqttConnectionFlags& flags) {
    if (flags.profile.empty() && flags.certFile.empty() != flags.keyFile.empty()) // core says it without flag names
        throw Error(ErrorKind::Usage, QStringLiteral("a client certificate needs both --cert and --key"));
    TerminalSecretPrompter prompter;
    const MqttConnectOptions options =
        mqkit::resolveMqttConnection(q(flags.profile), mqttOverrides(flags), secretSources(flags.password), &prompter);
    if (options.tls.insecure)
        printDiagnostic(QStringLiteral("warning: --insecure: the broker's certificate is not verified"));
    return options;
}

namespace {

KafkaClientConfig resolveKafka(const KafkaConnectionFlags& flags, SecretPrompter& prompter) {
    KafkaConnectionOverrides o;
    o.bootstrap = optionalText(flags.bootstrap);
    for (const auto& p : flags.properties)
        o.properties.push_back(KafkaClientConfig::parseProperty(q(p)));
    o.timeout = millis(flags.timeout);
    return mqkit::resolveKafkaConnection(q(flags.profile), o, secretSources(flags.password), &prompter);
}

// Answers nothing and remembers that it was asked.
struct NoPrompt : SecretPrompter {
    bool asked = false;
    std::optional<QString> askSecret(const QString&, Need) override {
        asked = true;
        return std::nullopt;
    }
};

} // namespace

KafkaClientConfig resolveKafkaConnection(const KafkaConnectionFlags& flags) {
    TerminalSecretPrompter prompter;
    return resolveKafka(flags, prompter);
}

std::optional<MqttConnectOptions> resolveMqttConnectionWithoutPrompt(const MqttConnectionFlags& flags) {
    NoPrompt prompter;
    try {
        MqttConnectOptions options =
            mqkit::resolveMqttConnection(q(flags.profile), mqttOverrides(flags), secretSources(flags.password), &prompter);
        if (!prompter.asked)
            return options;
    } catch (const Error&) {
    }
    return std::nullopt;
}

std::optional<KafkaClientConfig> resolveKafkaConnectionWithoutPrompt(const KafkaConnectionFlags& flags) {
    NoPrompt prompter;
    try {
        KafkaClientConfig config = resolveKafka(flags, prompter);
        if (!prompter.asked)
            return config;
    } catch (const Error&) {
    }
    return std::nullopt;
}
