// Core's connection resolver and profile builder, the logic both front ends share: a profile
// layered under per-connection settings, passwords from their sources, and questions asked
// through the front end's SecretPrompter only when something is missing.

#include "common/Error.h"
#include "profile/ConnectionResolver.h"
#include "profile/ProfileBuilder.h"
#include "profile/ProfileStore.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace mqkit;

namespace {

class RecordingPrompter : public SecretPrompter {
public:
    std::optional<QString> answer;
    QStringList questions;
    std::vector<Need> needs;
    std::optional<QString> askSecret(const QString& what, Need need) override {
        questions << what;
        needs.push_back(need);
        return answer;
    }
};

} // namespace

class TstConnectionResolver : public QObject {
    Q_OBJECT
private slots:
    void init();
    void overridesWinOverTheProfile();
    void profileAskingForItsSecretAsksThePrompterAsRequired();
    void userWithoutPasswordAsksAsOptionalAndKeepsTheAnswer();
    void passwordFromEnvironmentIsNotAsked();
    void unsetPasswordVariableIsAUsageError();
    void profileOfTheOtherKindIsRefusedBeforeAsking();
    void kafkaPropertiesApplyOverTheProfileAndGetThePassword();
    void builtProfilesAreValidatedAndDefaulted();
    void givenPasswordOnlyGoesWithAKeyringSecret();

private:
    void saveProfile(const Profile& p) { ProfileStore(ProfileStore::defaultPath()).save(p, true); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TstConnectionResolver::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    qputenv("MQKIT_DATA_DIR", m_dir->path().toUtf8());
    qunsetenv("MQKIT_PASSWORD");
}

void TstConnectionResolver::overridesWinOverTheProfile() {
    Profile p;
    p.name = "edge";
    p.address = "mqtt://10.0.0.5:1883";
    p.username = "dev";
    p.properties = {{"protocol-version", "5"}, {"client-id", "from-profile"}};
    saveProfile(p);
    MqttConnectionOverrides o;
    o.clientId = "from-flags";
    o.persistentSession = true;
    RecordingPrompter prompter;
    const MqttConnectOptions c = resolveMqttConnection("edge", o, {}, &prompter);
    QCOMPARE(c.url.toString(), QStringLiteral("mqtt://10.0.0.5:1883"));
    QCOMPARE(c.username, QStringLiteral("dev"));
    QCOMPARE(c.clientId, QStringLiteral("from-flags"));
    QCOMPARE(c.protocolVersion, 5);
    QVERIFY(!c.cleanStart);
    QCOMPARE(c.sessionExpirySeconds.value_or(0), 4294967295U); // persistent MQTT 5 without expiry: never
    QVERIFY(prompter.questions.isEmpty()); // a profile without a secret is not asked for one
}

void TstConnectionResolver::profileAskingForItsSecretAsksThePrompterAsRequired() {
    Profile p;
    p.name = "ask";
    p.address = "mqtt://h:1883";
    p.username = "dev";
    p.secret.source = SecretRef::Source::Prompt;
    saveProfile(p);
    RecordingPrompter prompter;
    prompter.answer = "typed";
    const MqttConnectOptions c = resolveMqttConnection("ask", {}, {}, &prompter);
    QCOMPARE(c.password.value_or(QString()), QStringLiteral("typed"));
    QCOMPARE(prompter.questions.size(), 1);
    QVERIFY(prompter.needs.front() == SecretPrompter::Need::Required);
    QVERIFY2(!prompter.questions.front().endsWith(':') && !prompter.questions.front().endsWith(": "),
             qPrintable(prompter.questions.front())); // punctuation is the front end's
}

void TstConnectionResolver::userWithoutPasswordAsksAsOptionalAndKeepsTheAnswer() {
    MqttConnectionOverrides o;
    o.url = "mqtt://alice@h:1883";
    RecordingPrompter prompter;
    prompter.answer = "pw";
    const MqttConnectOptions c = resolveMqttConnection({}, o, {}, &prompter);
    QCOMPARE(c.password.value_or(QString()), QStringLiteral("pw"));
    QVERIFY(prompter.needs.front() == SecretPrompter::Need::Optional);
    QVERIFY(prompter.questions.front().contains("alice"));
    QVERIFY(!resolveMqttConnection({}, o, {}, nullptr).password); // nobody to ask: no password
}

void TstConnectionResolver::passwordFromEnvironmentIsNotAsked() {
    qputenv("MQKIT_TEST_RESOLVER_PW", "from-env");
    MqttConnectionOverrides o;
    o.url = "mqtt://h:1883";
    o.username = "alice";
    RecordingPrompter prompter;
    const MqttConnectOptions c = resolveMqttConnection({}, o, {QString(), "MQKIT_TEST_RESOLVER_PW"}, &prompter);
    QCOMPARE(c.password.value_or(QString()), QStringLiteral("from-env"));
    QVERIFY(prompter.questions.isEmpty());
    qunsetenv("MQKIT_TEST_RESOLVER_PW");
}

void TstConnectionResolver::unsetPasswordVariableIsAUsageError() {
    try {
        secretFromSources({QString(), "MQKIT_TEST_SURELY_UNSET_VAR"});
        QFAIL("no error");
    } catch (const Error& e) {
        QCOMPARE(e.kind(), ErrorKind::Usage);
        QVERIFY(e.message().contains("MQKIT_TEST_SURELY_UNSET_VAR"));
        QVERIFY(!e.message().contains("--"));
    }
}

void TstConnectionResolver::profileOfTheOtherKindIsRefusedBeforeAsking() {
    Profile p;
    p.name = "k";
    p.kind = ProfileKind::Kafka;
    p.address = "k1:9092";
    p.secret.source = SecretRef::Source::Prompt;
    saveProfile(p);
    RecordingPrompter prompter;
    QVERIFY_THROWS_EXCEPTION(Error, resolveMqttConnection("k", {}, {}, &prompter));
    QVERIFY(prompter.questions.isEmpty());
}

void TstConnectionResolver::kafkaPropertiesApplyOverTheProfileAndGetThePassword() {
    Profile p;
    p.name = "backbone";
    p.kind = ProfileKind::Kafka;
    p.address = "k1:9092";
    p.properties = {{"client.id", "profile"}};
    saveProfile(p);
    KafkaConnectionOverrides o;
    o.properties = {{"client.id", "flags"}, {"sasl.username", "alice"}, {"security.protocol", "SASL_PLAINTEXT"},
                    {"sasl.mechanisms", "PLAIN"}};
    o.timeout = std::chrono::milliseconds(2500);
    RecordingPrompter prompter;
    prompter.answer = "pw";
    const KafkaClientConfig c = resolveKafkaConnection("backbone", o, {}, &prompter);
    QCOMPARE(c.get("client.id"), QStringLiteral("flags"));
    QCOMPARE(c.get("sasl.password"), QStringLiteral("pw"));
    QCOMPARE(c.timeout.count(), 2500);
    QVERIFY(prompter.needs.front() == SecretPrompter::Need::Optional);
}

void TstConnectionResolver::builtProfilesAreValidatedAndDefaulted() {
    ProfileSettings kafka;
    kafka.name = "k";
    kafka.kind = ProfileKind::Kafka;
    kafka.address = "k1:9092";
    kafka.username = "alice";
    const Profile k = buildProfile(kafka, false);
    QCOMPARE(k.authMechanism, QStringLiteral("PLAIN"));
    QVERIFY(k.secret.source == SecretRef::Source::Prompt);

    ProfileSettings mqtt;
    mqtt.name = "m";
    mqtt.address = "h:1";
    mqtt.caFile = "ca.pem";
    const Profile m = buildProfile(mqtt, false);
    QCOMPARE(m.address, QStringLiteral("mqtt://h:1"));
    QVERIFY(QDir::isAbsolutePath(m.tlsCaFile));
    QVERIFY(m.secret.source == SecretRef::Source::None);

    mqtt.saslMechanism = "PLAIN";
    QVERIFY_THROWS_EXCEPTION(Error, buildProfile(mqtt, false));
    mqtt.saslMechanism.clear();
    mqtt.address = "mqtt://u:pw@h";
    QVERIFY_THROWS_EXCEPTION(Error, buildProfile(mqtt, false));
}

void TstConnectionResolver::givenPasswordOnlyGoesWithAKeyringSecret() {
    ProfileSettings s;
    s.name = "m";
    s.address = "mqtt://h:1";
    s.username = "dev";
    QVERIFY(buildProfile(s, true).secret.source == SecretRef::Source::Keyring);
    s.secret = SecretRef::parse("env:X");
    try {
        buildProfile(s, true);
        QFAIL("no error");
    } catch (const Error& e) {
        QCOMPARE(e.kind(), ErrorKind::Usage);
        QVERIFY(e.message().contains("env:X"));
    }
}

QTEST_GUILESS_MAIN(TstConnectionResolver)
#include "tst_connection_resolver.moc"
