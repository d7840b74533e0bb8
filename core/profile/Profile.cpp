#include "profile/Profile.h"

#include "common/Error.h"

namespace mqkit {

QString toString(ProfileKind kind) {
    return kind == ProfileKind::Mqtt ? QStringLiteral("mqtt") : QStringLiteral("kafka");
}

std::optional<ProfileKind> profileKindFromString(const QString& text) {
    if (text == QLatin1String("mqtt"))
        return ProfileKind::Mqtt;
    if (text == QLatin1String("kafka"))
        return ProfileKind::Kafka;
    return std::nullopt;
}

SecretRef SecretRef::parse(const QString& text) {
    SecretRef ref;
    if (text.isEmpty() || text == QLatin1String("none"))
        return ref;
    if (text == QLatin1String("keyring")) {
        ref.source = Source::Keyring;
    } else if (text.startsWith(QLatin1String("keyring:")) && text.size() > 8) {
        ref.source = Source::Keyring;
        ref.detail = text.mid(8);
    } else if (text == QLatin1String("prompt")) {
        ref.source = Source::Prompt;
    } else if (text.startsWith(QLatin1String("env:")) && text.size() > 4) {
        ref.source = Source::Env;
        ref.detail = text.mid(4);
    } else if (text.startsWith(QLatin1String("file:")) && text.size() > 5) {
        ref.source = Source::File;
        ref.detail = text.mid(5);
    } else {
        throw Error(ErrorKind::Usage,
                    QStringLiteral("invalid secret source '%1': use none, keyring, keyring:NAME, prompt, env:VAR or file:PATH")
                        .arg(text));
    }
    return ref;
}

QString SecretRef::toString() const {
    switch (source) {
    case Source::None:
        return QStringLiteral("none");
    case Source::Keyring:
        return detail.isEmpty() ? QStringLiteral("keyring") : QStringLiteral("keyring:") + detail;
    case Source::Prompt:
        return QStringLiteral("prompt");
    case Source::Env:
        return QStringLiteral("env:") + detail;
    case Source::File:
        return QStringLiteral("file:") + detail;
    }
    return {};
}

} // namespace mqkit
