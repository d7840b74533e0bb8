// Secrets that are not a profile's (a dynamic-security client's password) resolved from their
// reference with the profiles' own machinery: env:VAR, file:PATH, keyring:KEY, prompt.

#include "common/Error.h"
#include "profile/Profile.h"
#include "profile/SecretStore.h"
#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mqkit;

namespace {

ErrorKind kindOf(const std::function<void()>& f) {
    try {
        f();
    } catch (const Error& e) {
        return e.kind();
    }
    QTest::qFail("no error", __FILE__, __LINE__);
    return ErrorKind::Broker;
}

} // namespace

class TestSecretReference : public QObject {
    Q_OBJECT
private slots:
    void keyringWithAKeyRoundTrips() {
        const SecretRef ref = SecretRef::parse("keyring:bridge");
        QCOMPARE(ref.source, SecretRef::Source::Keyring);
        QCOMPARE(ref.detail, QStringLiteral("bridge"));
        QCOMPARE(ref.toString(), QStringLiteral("keyring:bridge"));
        QCOMPARE(SecretRef::parse("keyring").toString(), QStringLiteral("keyring"));
    }

    void envAndFileAndPrompt() {
        qputenv("TST_SECRET_REFERENCE", "from-env");
        QCOMPARE(SecretStore::resolveReference("env:TST_SECRET_REFERENCE", "q", {}), QStringLiteral("from-env"));
        QTemporaryDir dir;
        QFile f(dir.filePath("pw"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("from-file\nsecond line\n");
        f.close();
        QCOMPARE(SecretStore::resolveReference("file:" + f.fileName(), "q", {}), QStringLiteral("from-file"));
        QString asked;
        const auto typed = SecretStore::resolveReference("prompt", "Password for bridge", [&](const QString& q) {
            asked = q;
            return std::optional<QString>("typed");
        });
        QCOMPARE(typed, QStringLiteral("typed"));
        QCOMPARE(asked, QStringLiteral("Password for bridge"));
    }

    void badReferencesAreUsageErrors() {
        qunsetenv("TST_SECRET_REFERENCE_UNSET");
        QCOMPARE(kindOf([] { SecretStore::resolveReference("env:TST_SECRET_REFERENCE_UNSET", "q", {}); }), ErrorKind::Usage);
        QCOMPARE(kindOf([] { SecretStore::resolveReference("none", "q", {}); }), ErrorKind::Usage);
        QCOMPARE(kindOf([] { SecretStore::resolveReference("keyring", "q", {}); }), ErrorKind::Usage);
        QCOMPARE(kindOf([] { SecretStore::resolveReference("vault:x", "q", {}); }), ErrorKind::Usage);
        QCOMPARE(kindOf([] { SecretStore::resolveReference("prompt", "q", {}); }), ErrorKind::Usage);
    }
};

QTEST_GUILESS_MAIN(TestSecretReference)
#include "tst_secret_reference.moc"
