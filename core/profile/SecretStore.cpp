#include "profile/SecretStore.h"

#include "common/CoreTr.h"
#include "common/Error.h"

#include <QEventLoop>
#include <QFile>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace mqkit {

namespace {

const QString kService = QStringLiteral("mqkit");
constexpr int kKeyringTimeoutMs = 10000;

// Runs a qtkeychain job to completion (or timeout) and returns its error string, empty on success.
QString runJob(QKeychain::Job& job) {
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(kKeyringTimeoutMs, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    if (!finished)
        loop.exec();
    if (!finished)
        return QStringLiteral("the keyring did not answer within %1 s").arg(kKeyringTimeoutMs / 1000);
    return job.error() == QKeychain::NoError ? QString() : job.errorString();
}

} // namespace

bool SecretStore::keyringReachable() {
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
}

void SecretStore::storeInKeyring(const QString& profileName, const QString& secret) {
    if (!keyringReachable())
        throw Error(ErrorKind::Io, CoreTr::tr("no system keyring is reachable (no D-Bus session); take the "
                                              "secret from an environment variable (env:VAR) or a file (file:PATH)"));
    QKeychain::WritePasswordJob job(kService);
    job.setKey(profileName);
    job.setTextData(secret);
    const QString err = runJob(job);
    if (!err.isEmpty())
        throw Error(ErrorKind::Io, QStringLiteral("cannot store the secret in the keyring: %1").arg(err));
}

QString SecretStore::readFromKeyring(const QString& profileName) {
    if (!keyringReachable())
        throw Error(ErrorKind::Io,
                    QStringLiteral("profile '%1' keeps its secret in the keyring, but no keyring is reachable")
                        .arg(profileName));
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(profileName);
    const QString err = runJob(job);
    if (!err.isEmpty())
        throw Error(ErrorKind::Io, QStringLiteral("cannot read the secret of profile '%1' from the keyring: %2")
                                       .arg(profileName, err));
    return job.textData();
}

void SecretStore::removeFromKeyring(const QString& profileName) {
    if (!keyringReachable())
        return;
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(profileName);
    runJob(job);
}

QString SecretStore::readSecretFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorKind::Usage, QStringLiteral("cannot read secret file %1: %2").arg(path, file.errorString()));
    QByteArray line = file.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

std::optional<QString> SecretStore::resolve(const Profile& profile, const Prompter& prompter) {
    switch (profile.secret.source) {
    case SecretRef::Source::None:
        return std::nullopt;
    case SecretRef::Source::Keyring:
        return readFromKeyring(profile.secret.detail.isEmpty() ? profile.name : profile.secret.detail);
    case SecretRef::Source::Env: {
        if (!qEnvironmentVariableIsSet(profile.secret.detail.toLocal8Bit().constData()))
            throw Error(ErrorKind::Usage, QStringLiteral("profile '%1' takes its secret from $%2, which is not set")
                                              .arg(profile.name, profile.secret.detail));
        return qEnvironmentVariable(profile.secret.detail.toLocal8Bit().constData());
    }
    case SecretRef::Source::File:
        return readSecretFile(profile.secret.detail);
    case SecretRef::Source::Prompt:
        if (prompter)
            return prompter(CoreTr::tr("Password for %1 (profile %2)").arg(profile.username, profile.name));
        throw Error(ErrorKind::Usage,
                    QStringLiteral("profile '%1' asks for its secret, but there is no terminal to ask on")
                        .arg(profile.name));
    }
    return std::nullopt;
}

QString SecretStore::resolveReference(const QString& reference, const QString& question, const Prompter& prompter) {
    const SecretRef ref = SecretRef::parse(reference);
    switch (ref.source) {
    case SecretRef::Source::None:
        break;
    case SecretRef::Source::Keyring:
        if (ref.detail.isEmpty())
            throw Error(ErrorKind::Usage, CoreTr::tr("say which keyring entry: keyring:KEY"));
        return readFromKeyring(ref.detail);
    case SecretRef::Source::Env: {
        const QByteArray name = ref.detail.toLocal8Bit();
        if (!qEnvironmentVariableIsSet(name.constData()))
            throw Error(ErrorKind::Usage, CoreTr::tr("%1: $%2 is not set").arg(question, ref.detail));
        return qEnvironmentVariable(name.constData());
    }
    case SecretRef::Source::File:
        return readSecretFile(ref.detail);
    case SecretRef::Source::Prompt: {
        const auto typed = prompter ? prompter(question) : std::nullopt;
        if (!typed)
            throw Error(ErrorKind::Usage, CoreTr::tr("%1: there is no terminal to ask on").arg(question));
        return *typed;
    }
    }
    throw Error(ErrorKind::Usage, CoreTr::tr("'%1' names no secret").arg(reference));
}

} // namespace mqkit
