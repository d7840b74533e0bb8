#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace mqkit {

enum class ProfileKind { Mqtt, Kafka };

QString toString(ProfileKind kind);
std::optional<ProfileKind> profileKindFromString(const QString& text);

using PropertyList = std::vector<std::pair<QString, QString>>;

// Where a profile's secret (password) lives. The database only ever stores this reference.
//   ""            no secret
//   "keyring"     system keyring (qtkeychain), key "mqkit/<profile>"
//   "keyring:KEY" system keyring, key "mqkit/KEY" (secrets that are not a profile's: dynsec passwords)
//   "env:NAME"    environment variable NAME at connect time
//   "file:PATH"   first line of PATH at connect time
//   "prompt"      ask on the terminal at connect time
struct SecretRef {
    enum class Source { None, Keyring, Env, File, Prompt };
    Source source = Source::None;
    QString detail; // variable name or file path

    static SecretRef parse(const QString& text); // throws Error(Usage) on nonsense
    QString toString() const;
};

struct Profile {
    QString name;
    ProfileKind kind = ProfileKind::Mqtt;
    QString address;       // MQTT broker URL, or Kafka bootstrap list host:port[,host:port]
    QString authMechanism; // MQTT: "" or "password"; Kafka: "", "PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"
    QString username;
    SecretRef secret;
    QString tlsCaFile;
    QString tlsCertFile;
    QString tlsKeyFile;
    bool tlsInsecure = false;
    PropertyList properties; // extra client properties (librdkafka -X style for Kafka)
};

} // namespace mqkit
