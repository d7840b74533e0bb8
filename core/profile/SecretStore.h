#pragma once

#include "profile/Profile.h"

#include <QString>

#include <functional>
#include <optional>

namespace mqkit {

// Resolves and stores profile secrets. The keyring is the system one through qtkeychain
// (Secret Service / KWallet over D-Bus); calls block with a timeout and need a QCoreApplication.
class SecretStore {
public:
    using Prompter = std::function<std::optional<QString>(const QString& question)>;

    // True when a session bus is there to ask; without one the keyring is not tried at all.
    static bool keyringReachable();
    static void storeInKeyring(const QString& profileName, const QString& secret);
    static QString readFromKeyring(const QString& profileName);
    static void removeFromKeyring(const QString& profileName); // best effort, never throws

    // Returns the secret for the profile, std::nullopt when it has none.
    // Throws Error(Usage) for a missing env var or unreadable file, Error(Io) for keyring failures.
    static std::optional<QString> resolve(const Profile& profile, const Prompter& prompter);

    // A secret that is not a profile's, from its reference (SecretRef: "env:VAR", "file:PATH",
    // "keyring:KEY", "prompt" asks `prompter` with `question`): a dynamic-security client's password.
    // Throws Error(Usage) for "none", a malformed reference, an unset variable or unreadable file,
    // Error(Io) for keyring failures.
    static QString resolveReference(const QString& reference, const QString& question, const Prompter& prompter);

    // The first line of a file, without its line break: how file: secrets and --password-file read.
    static QString readSecretFile(const QString& path);
};

} // namespace mqkit
