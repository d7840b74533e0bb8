#pragma once

#include <QString>

#include <chrono>
#include <utility>
#include <vector>

namespace mqkit {

// Everything needed to reach a Kafka cluster: the bootstrap list and librdkafka properties,
// given exactly as with kcat's -X (security.protocol, sasl.mechanisms, ssl.ca.location, ...).
struct KafkaClientConfig {
    QString bootstrap; // host:port[,host:port...]
    std::vector<std::pair<QString, QString>> properties;
    std::chrono::milliseconds timeout{10000}; // for every admin call

    void set(const QString& key, const QString& value); // replaces an earlier value of key
    QString get(const QString& key) const;

    // Throws Error(Usage) for a malformed bootstrap list or a property librdkafka rejects
    // (unknown key, bad value, missing referenced file), naming the property.
    void validate() const;

    // Parses "key=value" as given to -X; throws Error(Usage) without '='.
    static std::pair<QString, QString> parseProperty(const QString& text);

    // A property whose value is a secret (librdkafka's sensitive ones: sasl.password,
    // ssl.key.password, ssl.keystore.password, ssl.key.pem, sasl.oauthbearer.config,
    // sasl.oauthbearer.client.secret, and any *.password or *.secret): never stored in a profile,
    // never shown in a log line.
    static bool isSecretProperty(const QString& key);
};

} // namespace mqkit
