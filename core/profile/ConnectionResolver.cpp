#include "profile/ConnectionResolver.h"

#include "common/CoreTr.h"
#include "common/Error.h"
#include "profile/ProfileConnect.h"
#include "profile/ProfileStore.h"
#include "profile/SecretStore.h"

namespace mqkit {

namespace {

constexpr quint32 kNeverExpires = 4294967295U;

Profile loadProfile(const QString& name, ProfileKind kind) {
    ProfileStore store(ProfileStore::defaultPath());
    Profile profile = store.get(name);
    if (profile.kind == ProfileKind::Kafka && kind == ProfileKind::Mqtt)
        throw Error(ErrorKind::Usage, CoreTr::tr("profile '%1' is a Kafka profile, not an MQTT one").arg(name));
    if (profile.kind == ProfileKind::Mqtt && kind == ProfileKind::Kafka)
        throw Error(ErrorKind::Usage, CoreTr::tr("profile '%1' is an MQTT profile, not a Kafka one").arg(name));
    return profile;
}

// A password given for this connection wins over the profile's secret.
std::optional<QString> profileSecret(const Profile& profile, const std::optional<QString>& given,
                                     SecretPrompter* prompter) {
    if (given)
        return given;
    return SecretStore::resolve(profile, prompter ? SecretStore::Prompter([prompter](const QString& question) {
        return prompter->askSecret(question, SecretPrompter::Need::Required);
    })
                                                  : SecretStore::Prompter());
}

std::optional<QString> askPassword(SecretPrompter* prompter, const QString& user, const QString& where) {
    if (!prompter)
        return std::nullopt;
    return prompter->askSecret(CoreTr::tr("Password for %1 at %2").arg(user, where), SecretPrompter::Need::Optional);
}

void applyTls(MqttTlsOptions& tls, const MqttConnectionOverrides& o) {
    if (o.caFile)
        tls.caFile = *o.caFile;
    if (o.certFile)
        tls.certFile = *o.certFile;
    if (o.keyFile)
        tls.keyFile = *o.keyFile;
    if (o.insecure)
        tls.insecure = true;
}

void applySession(MqttConnectOptions& options, const MqttConnectionOverrides& o) {
    if (o.protocolVersion)
        options.protocolVersion = *o.protocolVersion;
    if (o.keepAliveSeconds)
        options.keepAliveSeconds = *o.keepAliveSeconds;
    if (o.connectTimeout)
        options.connectTimeout = *o.connectTimeout;
    if (o.persistentSession)
        options.cleanStart = false;
    if (o.sessionExpirySeconds)
        options.sessionExpirySeconds = o.sessionExpirySeconds;
    else if (o.persistentSession && options.protocolVersion == 5)
        options.sessionExpirySeconds = kNeverExpires; // as mosquitto_sub: persistent without expiry never expires
    if (o.will)
        options.will = o.will;
    if (o.reconnect)
        options.reconnect = *o.reconnect;
}

} // namespace

std::optional<QString> secretFromSources(const SecretSources& sources) {
    if (!sources.file.isEmpty())
        return SecretStore::readSecretFile(sources.file);
    if (!sources.envVar.isEmpty()) {
        const QByteArray name = sources.envVar.toLocal8Bit();
        if (!qEnvironmentVariableIsSet(name.constData()))
            throw Error(ErrorKind::Usage,
                        CoreTr::tr("the password is to come from $%1, which is not set").arg(sources.envVar));
        return qEnvironmentVariable(name.constData());
    }
    if (qEnvironmentVariableIsSet("MQKIT_PASSWORD"))
        return qEnvironmentVariable("MQKIT_PASSWORD");
    return std::nullopt;
}

MqttConnectOptions resolveMqttConnection(const QString& profileName, const MqttConnectionOverrides& overrides,
                                         const SecretSources& secrets, SecretPrompter* prompter) {
    MqttConnectOptions options;
    const std::optional<QString> password = secretFromSources(secrets);
    if (!profileName.isEmpty()) {
        const Profile profile = loadProfile(profileName, ProfileKind::Mqtt);
        options = mqttOptionsFromProfile(profile, profileSecret(profile, password, prompter));
    } else if (!overrides.url) {
        options.url = BrokerUrl::parse(QStringLiteral("mqtt://localhost:1883"));
    }
    if (overrides.url)
        options.url = BrokerUrl::parse(*overrides.url);
    if (overrides.username)
        options.username = *overrides.username;
    if (overrides.clientId)
        options.clientId = *overrides.clientId;
    applyTls(options.tls, overrides);
    if (password)
        options.password = password;
    applySession(options, overrides);
    const QString user = options.username.isEmpty() ? options.url.username : options.username;
    if (!user.isEmpty() && !options.password && profileName.isEmpty()) {
        if (auto typed = askPassword(prompter, user, options.url.toString()); typed && !typed->isEmpty())
            options.password = typed;
    }
    options.validate();
    return options;
}

KafkaClientConfig resolveKafkaConnection(const QString& profileName, const KafkaConnectionOverrides& overrides,
                                         const SecretSources& secrets, SecretPrompter* prompter) {
    KafkaClientConfig config;
    std::optional<QString> password = secretFromSources(secrets);
    if (!profileName.isEmpty()) {
        const Profile profile = loadProfile(profileName, ProfileKind::Kafka);
        config = kafkaConfigFromProfile(profile, profileSecret(profile, password, prompter));
    }
    if (overrides.bootstrap)
        config.bootstrap = *overrides.bootstrap;
    for (const auto& [key, value] : overrides.properties)
        config.set(key, value);
    const QString user = config.get(QStringLiteral("sasl.username"));
    if (!user.isEmpty() && config.get(QStringLiteral("sasl.password")).isEmpty()) {
        if (!password)
            password = askPassword(prompter, user, config.bootstrap);
        if (password)
            config.set(QStringLiteral("sasl.password"), *password);
    }
    if (overrides.timeout)
        config.timeout = *overrides.timeout;
    config.validate();
    return config;
}

} // namespace mqkit
