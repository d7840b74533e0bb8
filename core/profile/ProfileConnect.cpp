#include "profile/ProfileConnect.h"

#include "common/Error.h"

namespace mqkit {

namespace {

void requireKind(const Profile& profile, ProfileKind kind) {
    if (profile.kind != kind)
        throw Error(ErrorKind::Usage, QStringLiteral("profile '%1' is a %2 profile, not %3")
                                          .arg(profile.name, toString(profile.kind), toString(kind)));
}

void setIfAbsent(KafkaClientConfig& config, const QString& key, const QString& value) {
    if (!value.isEmpty() && config.get(key).isEmpty())
        config.set(key, value);
}

} // namespace

MqttConnectOptions mqttOptionsFromProfile(const Profile& profile, const std::optional<QString>& secret) {
    requireKind(profile, ProfileKind::Mqtt);
    MqttConnectOptions options;
    options.url = BrokerUrl::parse(profile.address);
    options.username = profile.username;
    options.password = secret;
    options.tls.caFile = profile.tlsCaFile;
    options.tls.certFile = profile.tlsCertFile;
    options.tls.keyFile = profile.tlsKeyFile;
    options.tls.insecure = profile.tlsInsecure;
    for (const auto& [k, v] : profile.properties) {
        if (k == QLatin1String("protocol-version"))
            options.protocolVersion = v == QLatin1String("5") ? 5 : 4;
        else if (k == QLatin1String("client-id"))
            options.clientId = v;
        else if (k == QLatin1String("keepalive"))
            options.keepAliveSeconds = v.toInt();
    }
    return options;
}

void applyKafkaSecurity(KafkaClientConfig& config, const QString& mechanism, const QString& username,
                        const std::optional<QString>& secret, const QString& caFile, const QString& certFile,
                        const QString& keyFile) {
    const bool tls = !caFile.isEmpty() || !certFile.isEmpty();
    const bool sasl = !mechanism.isEmpty() || !username.isEmpty();
    if (sasl)
        setIfAbsent(config, QStringLiteral("security.protocol"), tls ? QStringLiteral("SASL_SSL")
                                                                     : QStringLiteral("SASL_PLAINTEXT"));
    else if (tls)
        setIfAbsent(config, QStringLiteral("security.protocol"), QStringLiteral("SSL"));
    setIfAbsent(config, QStringLiteral("sasl.mechanisms"), mechanism.isEmpty() && sasl ? QStringLiteral("PLAIN") : mechanism);
    setIfAbsent(config, QStringLiteral("sasl.username"), username);
    if (secret)
        setIfAbsent(config, QStringLiteral("sasl.password"), *secret);
    setIfAbsent(config, QStringLiteral("ssl.ca.location"), caFile);
    setIfAbsent(config, QStringLiteral("ssl.certificate.location"), certFile);
    setIfAbsent(config, QStringLiteral("ssl.key.location"), keyFile);
}

KafkaClientConfig kafkaConfigFromProfile(const Profile& profile, const std::optional<QString>& secret) {
    requireKind(profile, ProfileKind::Kafka);
    KafkaClientConfig config;
    config.bootstrap = profile.address;
    config.properties = profile.properties;
    applyKafkaSecurity(config, profile.authMechanism, profile.username, secret, profile.tlsCaFile,
                       profile.tlsCertFile, profile.tlsKeyFile);
    if (profile.tlsInsecure)
        setIfAbsent(config, QStringLiteral("enable.ssl.certificate.verification"), QStringLiteral("false"));
    return config;
}

} // namespace mqkit
