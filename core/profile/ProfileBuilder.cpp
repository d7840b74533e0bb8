#include "profile/ProfileBuilder.h"

#include "common/CoreTr.h"
#include "common/Error.h"
#include "kafka/KafkaClientConfig.h"
#include "mqtt/BrokerUrl.h"
#include "profile/SecretPrompter.h"
#include "profile/ProfileStore.h"
#include "profile/SecretStore.h"

#include <QFileInfo>

namespace mqkit {

namespace {

QString absolutePath(const QString& path) {
    return path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
}

// A profile's database row and `profile show` are not a place for secrets: they go to the
// profile's secret source (keyring, env:VAR, file:PATH, prompt).
void refuseSecretProperties(const ProfileSettings& s) {
    for (const auto& [key, value] : s.properties)
        if (KafkaClientConfig::isSecretProperty(key))
            throw Error(ErrorKind::Usage, CoreTr::tr("the property %1 holds a secret, and a profile stores no secret in "
                                                     "its settings: give the profile a secret source (the keyring, "
                                                     "env:VAR or file:PATH) instead")
                                              .arg(key));
}

void setMqttAddress(Profile& p, const ProfileSettings& s) {
    p.address = BrokerUrl::parse(s.address).toString();
    if (!s.saslMechanism.isEmpty())
        throw Error(ErrorKind::Usage, CoreTr::tr("a SASL mechanism is for Kafka profiles; MQTT uses a user name and a "
                                                 "password"));
    if (!s.username.isEmpty())
        p.authMechanism = QStringLiteral("password");
    p.properties = s.properties;
}

void setKafkaAddress(Profile& p, const ProfileSettings& s) {
    KafkaClientConfig probe;
    probe.bootstrap = s.address;
    probe.properties = s.properties;
    probe.validate();
    p.address = probe.bootstrap;
    p.properties = probe.properties;
    p.authMechanism = s.saslMechanism;
    if (!s.username.isEmpty() && p.authMechanism.isEmpty())
        p.authMechanism = QStringLiteral("PLAIN");
}

SecretRef secretSource(const ProfileSettings& s, bool passwordGiven) {
    SecretRef ref;
    if (s.secret)
        ref = *s.secret;
    else if (passwordGiven)
        ref.source = SecretRef::Source::Keyring;
    else if (!s.username.isEmpty())
        ref.source = SecretRef::Source::Prompt;
    if (passwordGiven && ref.source != SecretRef::Source::Keyring)
        throw Error(ErrorKind::Usage, CoreTr::tr("a given password is stored in the keyring; it cannot be combined "
                                                 "with the secret source %1")
                                          .arg(ref.toString()));
    return ref;
}

} // namespace

Profile buildProfile(const ProfileSettings& s, bool passwordGiven) {
    refuseSecretProperties(s);
    Profile p;
    p.name = s.name;
    p.kind = s.kind;
    if (p.kind == ProfileKind::Mqtt)
        setMqttAddress(p, s);
    else
        setKafkaAddress(p, s);
    p.username = s.username;
    p.tlsCaFile = absolutePath(s.caFile);
    p.tlsCertFile = absolutePath(s.certFile);
    p.tlsKeyFile = absolutePath(s.keyFile);
    p.tlsInsecure = s.insecure;
    p.secret = secretSource(s, passwordGiven);
    return p;
}

void saveProfile(ProfileStore& store, const Profile& profile, std::optional<QString> password, bool replace,
                 SecretPrompter* prompter) {
    if (!replace && store.find(profile.name))
        throw Error(ErrorKind::Usage, CoreTr::tr("profile '%1' exists already").arg(profile.name));
    if (profile.secret.source == SecretRef::Source::Keyring) {
        if (!password && prompter)
            password = prompter->askSecret(CoreTr::tr("Password for %1 (stored in the keyring)").arg(profile.username),
                                           SecretPrompter::Need::Required);
        if (!password)
            throw Error(ErrorKind::Usage, CoreTr::tr("a keyring secret needs the password, given or typed"));
        SecretStore::storeInKeyring(profile.name, *password);
    }
    store.save(profile, replace);
}

} // namespace mqkit
