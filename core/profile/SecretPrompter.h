#pragma once

#include <QString>

#include <optional>

namespace mqkit {

// How core asks the user for a secret: the CLI on the terminal, the GUI in a dialog.
class SecretPrompter {
public:
    enum class Need {
        Required, // asking is the only way to get it (a profile whose secret is "prompt", a password to store)
        Optional, // a user name came without a password: ask if someone is there to answer
    };
    virtual ~SecretPrompter() = default;
    // what: the question in the user's terms, without trailing punctuation
    // ("Password for alice at mqtt://broker:1883"). std::nullopt: nobody to ask, or declined.
    virtual std::optional<QString> askSecret(const QString& what, Need need) = 0;
};

} // namespace mqkit
