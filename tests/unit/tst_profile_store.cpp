#include "TestSupport.h"
#include "common/Error.h"
#include "profile/ProfileConnect.h"
#include "profile/ProfileStore.h"
#include "profile/SecretStore.h"
#include "store/SqliteDb.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mqkit;

class TestProfileStore : public QObject {
    Q_OBJECT
private slots:
    void init();
    void savesAndReadsBackEveryField();
    void refusesDuplicateNameUnlessReplacing();
    void unknownProfileErrorNamesKnownProfiles();
    void removeDeletesOnlyThatProfile();
    void newDatabaseIsAtCurrentSchemaVersion();
    void refusesDatabaseFromNewerVersion();
    void storesSecretReferenceNeverTheSecret();
    void resolvesSecretsFromEnvAndFile();
    void missingEnvSecretIsUsageError();
    void kafkaProfileBecomesSaslConfig();
    void mqttProfileBecomesConnectOptions();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("mqkit.db")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestProfileStore::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestProfileStore::savesAndReadsBackEveryField() {
    Profile p;
    p.name = "edge";
    p.kind = ProfileKind::Kafka;
    p.address = "k1:9092,k2:9092";
    p.authMechanism = "SCRAM-SHA-256";
    p.username = "alice";
    p.secret = SecretRef::parse("env:ALICE_PW");
    p.tlsCaFile = "/etc/ca.pem";
    p.tlsCertFile = "/etc/c.pem";
    p.tlsKeyFile = "/etc/k.pem";
    p.tlsInsecure = true;
    p.properties = {{"client.rack", "r1"}, {"socket.timeout.ms", "3000"}};
    {
        ProfileStore store(dbPath());
        store.save(p);
    }
    ProfileStore reopened(dbPath());
    const Profile q = reopened.get("edge");
    QVERIFY(q.kind == ProfileKind::Kafka);
    QCOMPARE(q.address, p.address);
    QCOMPARE(q.authMechanism, p.authMechanism);
    QCOMPARE(q.username, p.username);
    QCOMPARE(q.secret.toString(), QStringLiteral("env:ALICE_PW"));
    QCOMPARE(q.tlsCaFile, p.tlsCaFile);
    QCOMPARE(q.tlsCertFile, p.tlsCertFile);
    QCOMPARE(q.tlsKeyFile, p.tlsKeyFile);
    QCOMPARE(q.tlsInsecure, true);
    QCOMPARE(q.properties, p.properties);
}

void TestProfileStore::refusesDuplicateNameUnlessReplacing() {
    ProfileStore store(dbPath());
    Profile p;
    p.name = "dup";
    p.address = "mqtt://a:1";
    store.save(p);
    p.address = "mqtt://b:2";
    QVERIFY_THROWS_EXCEPTION(Error, store.save(p, false));
    QCOMPARE(store.get("dup").address, QStringLiteral("mqtt://a:1"));
    store.save(p, true);
    QCOMPARE(store.get("dup").address, QStringLiteral("mqtt://b:2"));
    QCOMPARE(store.list().size(), 1u);
}

void TestProfileStore::unknownProfileErrorNamesKnownProfiles() {
    ProfileStore store(dbPath());
    Profile p;
    p.name = "known";
    p.address = "mqtt://a:1";
    store.save(p);
    try {
        store.get("unknown");
        QFAIL("no error for an unknown profile");
    } catch (const Error& e) {
        QCOMPARE(e.kind(), ErrorKind::Usage);
        QVERIFY(e.message().contains("unknown profile 'unknown'"));
        QVERIFY(e.message().contains("known"));
    }
}

void TestProfileStore::removeDeletesOnlyThatProfile() {
    ProfileStore store(dbPath());
    for (const char* n : {"a", "b", "c"}) {
        Profile p;
        p.name = n;
        p.address = "mqtt://h:1";
        store.save(p);
    }
    QVERIFY(store.remove("b"));
    QVERIFY(!store.remove("b"));
    QStringList names;
    for (const auto& p : store.list())
        names << p.name;
    QCOMPARE(names, (QStringList{"a", "c"}));
}

void TestProfileStore::newDatabaseIsAtCurrentSchemaVersion() {
    { ProfileStore store(dbPath()); }
    SqliteDb db(dbPath());
    QCOMPARE(db.userVersion(), ProfileStore::schemaVersion());
    QVERIFY(ProfileStore::schemaVersion() >= 1);
}

void TestProfileStore::refusesDatabaseFromNewerVersion() {
    {
        SqliteDb db(dbPath());
        db.exec("PRAGMA user_version = 999");
    }
    try {
        ProfileStore store(dbPath());
        QFAIL("opened a database from the future");
    } catch (const Error& e) {
        QCOMPARE(e.kind(), ErrorKind::Io);
        QVERIFY(e.message().contains("newer"));
    }
}

void TestProfileStore::storesSecretReferenceNeverTheSecret() {
    const QByteArray secret = "s3cr3t-Value-That-Must-Not-Leak";
    qputenv("MQKIT_TEST_SECRET", secret);
    {
        ProfileStore store(dbPath());
        Profile p;
        p.name = "withsecret";
        p.address = "mqtt://h:1";
        p.username = "u";
        p.secret = SecretRef::parse("env:MQKIT_TEST_SECRET");
        store.save(p);
        QCOMPARE(SecretStore::resolve(store.get("withsecret"), {}).value(), QString::fromUtf8(secret));
    }
    QFile f(dbPath());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(!bytes.contains(secret));
    QVERIFY(bytes.contains("env:MQKIT_TEST_SECRET"));
}

void TestProfileStore::resolvesSecretsFromEnvAndFile() {
    QFile f(m_dir->filePath("pw.txt"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("from-file\nsecond line ignored\n");
    f.close();
    Profile p;
    p.name = "p";
    p.secret = SecretRef::parse("file:" + f.fileName());
    QCOMPARE(SecretStore::resolve(p, {}).value(), QStringLiteral("from-file"));
    p.secret = SecretRef::parse("none");
    QVERIFY(!SecretStore::resolve(p, {}).has_value());
    p.secret = SecretRef::parse("prompt");
    QCOMPARE(SecretStore::resolve(p, [](const QString&) { return std::optional<QString>("typed"); }).value(),
             QStringLiteral("typed"));
    QVERIFY_THROWS_EXCEPTION(Error, SecretRef::parse("vault:x"));
}

void TestProfileStore::missingEnvSecretIsUsageError() {
    Profile p;
    p.name = "p";
    p.secret = SecretRef::parse("env:MQKIT_TEST_SURELY_UNSET_VAR");
    try {
        SecretStore::resolve(p, {});
        QFAIL("no error for an unset variable");
    } catch (const Error& e) {
        QCOMPARE(e.kind(), ErrorKind::Usage);
        QVERIFY(e.message().contains("MQKIT_TEST_SURELY_UNSET_VAR"));
    }
}

void TestProfileStore::kafkaProfileBecomesSaslConfig() {
    Profile p;
    p.name = "k";
    p.kind = ProfileKind::Kafka;
    p.address = "127.0.0.1:9093";
    p.authMechanism = "SCRAM-SHA-256";
    p.username = "alice";
    p.properties = {{"client.rack", "r1"}};
    const KafkaClientConfig c = kafkaConfigFromProfile(p, QStringLiteral("pw"));
    QCOMPARE(c.bootstrap, p.address);
    QCOMPARE(c.get("security.protocol"), QStringLiteral("SASL_PLAINTEXT"));
    QCOMPARE(c.get("sasl.mechanisms"), QStringLiteral("SCRAM-SHA-256"));
    QCOMPARE(c.get("sasl.username"), QStringLiteral("alice"));
    QCOMPARE(c.get("sasl.password"), QStringLiteral("pw"));
    QCOMPARE(c.get("client.rack"), QStringLiteral("r1"));
    // An explicit property wins over what the profile's fields imply.
    p.properties = {{"security.protocol", "SASL_SSL"}};
    QCOMPARE(kafkaConfigFromProfile(p, QStringLiteral("pw")).get("security.protocol"), QStringLiteral("SASL_SSL"));
    QVERIFY_THROWS_EXCEPTION(Error, mqttOptionsFromProfile(p, std::nullopt));
}

void TestProfileStore::mqttProfileBecomesConnectOptions() {
    Profile p;
    p.name = "m";
    p.address = "mqtts://broker:8883";
    p.username = "dev";
    p.properties = {{"protocol-version", "5"}};
    const MqttConnectOptions o = mqttOptionsFromProfile(p, QStringLiteral("pw"));
    QCOMPARE(o.url.toString(), QStringLiteral("mqtts://broker:8883"));
    QCOMPARE(o.username, QStringLiteral("dev"));
    QCOMPARE(o.password.value(), QStringLiteral("pw"));
    QCOMPARE(o.protocolVersion, 5);
    QVERIFY_THROWS_EXCEPTION(Error, kafkaConfigFromProfile(p, std::nullopt));
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profile_store.moc"
