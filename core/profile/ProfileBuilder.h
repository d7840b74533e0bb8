#pragma once

#include "profile/Profile.h"

#include <QString>

#include <optional>

namespace mqkit {

class ProfileStore;
class SecretPrompter;

// What a user gives to save a connection profile (the CLI's `profile add`, a GUI dialog).
struct ProfileSettings {
    QString name;
    ProfileKind kind = ProfileKind::Mqtt;
    QString address;       // MQTT broker URL, or Kafka bootstrap list host:port[,host:port]
    QString username;
    QString saslMechanism; // Kafka only: "", PLAIN, SCRAM-SHA-256, SCRAM-SHA-512 ("" with a user: PLAIN)
    QString caFile;        // TLS files, stored as absolute paths
    QString certFile;
    QString keyFile;
    bool insecure = false;
    PropertyList properties; // extra client properties (librdkafka's for Kafka)
    // Where the password lives; unset: the keyring when a password is given, "prompt" with a
    // user name, else none.
    std::optional<SecretRef> secret;
};

// The profile the settings describe, validated now rather than at first use: the address,
// the Kafka properties, and the secret source against a given password (passwordGiven: the user
// handed one over to be stored). Throws Error(Usage) with the reason.
Profile buildProfile(const ProfileSettings& settings, bool passwordGiven);

// Saves the profile; with a keyring secret the password (given, else asked through prompter,
// which may be null) goes to the keyring first. Throws Error(Usage) if the profile exists and
// replace is false or no password can be had, Error(Io) when the keyring fails.
void saveProfile(ProfileStore& store, const Profile& profile, std::optional<QString> password, bool replace,
                 SecretPrompter* prompter);

} // namespace mqkit
