// MqttSession against the real Mosquitto of tests/rig: anonymous, dynamic-security password
// and mutual-TLS listeners.

#include "TestSupport.h"
#include "common/Error.h"
#include "mqtt/MqttSession.h"

#include <QElapsedTimer>
#include <QTest>

using namespace mqkit;

namespace {

MqttConnectOptions plainOptions() {
    MqttConnectOptions o;
    o.url = BrokerUrl::parse(QStringLiteral("mqtt://127.0.0.1:%1").arg(RigEnv::get().port("MQKIT_RIG_MQTT_PLAIN_PORT")));
    o.connectTimeout = std::chrono::milliseconds(5000);
    return o;
}

MqttConnectOptions authOptions(const QString& user, const QString& password) {
    MqttConnectOptions o;
    o.url = BrokerUrl::parse(QStringLiteral("mqtt://127.0.0.1:%1").arg(RigEnv::get().port("MQKIT_RIG_MQTT_AUTH_PORT")));
    o.username = user;
    o.password = password;
    return o;
}

MqttConnectOptions tlsOptions() {
    const RigEnv& rig = RigEnv::get();
    MqttConnectOptions o;
    o.url = BrokerUrl::parse(QStringLiteral("mqtts://127.0.0.1:%1").arg(rig.port("MQKIT_RIG_MQTT_TLS_PORT")));
    o.tls.caFile = rig.value("MQKIT_RIG_TLS_CA");
    o.tls.certFile = rig.value("MQKIT_RIG_TLS_CLIENT_CERT");
    o.tls.keyFile = rig.value("MQKIT_RIG_TLS_CLIENT_KEY");
    return o;
}

// Collects messages until `count` arrived or the deadline passed.
ErrorKind connectError(MqttConnectOptions o) {
    try {
        MqttSession s(std::move(o));
        s.connect();
    } catch (const Error& e) {
        qInfo("error as the user sees it: %s", e.what());
        if (e.message().contains(QLatin1Char('\n')))
            return ErrorKind::Io; // a multi-line message is a failure of its own
        return e.kind();
    }
    qWarning("connected although it should not have");
    return ErrorKind::Broker;
}

} // namespace

class TestMqttSession : public QObject {
    Q_OBJECT
private slots:
    void publishedMessageArrivesWithTopicPayloadAndQos();
    void retainedMessageIsFlaggedForLateSubscriber();
    void messagesArriveInBatchesNotOneByOne();
    void binaryPayloadSurvivesUnchanged();
    void mqtt5UserPropertiesRoundTrip();
    void passwordListenerAcceptsValidUser();
    void wrongPasswordIsAnAuthError();
    void mutualTlsConnectsWithClientCertificate();
    void tlsWithoutClientCertificateIsRefused();
    void tlsWithWrongCaFailsClearly();
    void unreachableBrokerFailsWithinConnectTimeout();
};

void TestMqttSession::publishedMessageArrivesWithTopicPayloadAndQos() {
    const QString topic = uniqueName("it/basic");
    MqttSession sub(plainOptions());
    sub.connect();
    sub.subscribe({topic + "/#"}, 1);
    MqttSession pub(plainOptions());
    pub.connect();
    pub.publish(topic + "/x", "hello", 1, false);
    const auto got = collectMessages(sub, 1);
    QCOMPARE(got.size(), 1u);
    QCOMPARE(got[0].topic, topic + "/x");
    QCOMPARE(got[0].payload, QByteArray("hello"));
    QCOMPARE(got[0].qos, 1);
    QCOMPARE(got[0].retained, false);
    QVERIFY(got[0].receivedAtMs > 0);
}

void TestMqttSession::retainedMessageIsFlaggedForLateSubscriber() {
    const QString topic = uniqueName("it/retained");
    MqttSession pub(plainOptions());
    pub.connect();
    pub.publish(topic, "kept", 1, true);
    MqttSession sub(plainOptions());
    sub.connect();
    sub.subscribe({topic}, 0);
    const auto got = collectMessages(sub, 1);
    QCOMPARE(got.size(), 1u);
    QVERIFY(got[0].retained);
    QCOMPARE(got[0].payload, QByteArray("kept"));
    pub.publish(topic, QByteArray(), 1, true); // clear it again
}

void TestMqttSession::messagesArriveInBatchesNotOneByOne() {
    const QString topic = uniqueName("it/batch");
    MqttSession sub(plainOptions());
    sub.connect();
    sub.subscribe({topic}, 1);
    MqttSession pub(plainOptions());
    pub.connect();
    for (int i = 0; i < 500; ++i)
        pub.publish(topic, QByteArray::number(i), 0, false);
    pub.publish(topic, "last", 1, false); // QoS 1 ack: the broker has everything before it
    QTest::qWait(300);
    const auto batch = sub.takeBatch(10000, std::chrono::milliseconds(1000));
    QVERIFY2(batch.size() > 100, qPrintable(QString::number(batch.size())));
    auto rest = collectMessages(sub, 501 - batch.size());
    QCOMPARE(batch.size() + rest.size(), 501u);
    QCOMPARE(batch.front().payload, QByteArray("0")); // in order
}

void TestMqttSession::binaryPayloadSurvivesUnchanged() {
    const QString topic = uniqueName("it/binary");
    QByteArray payload;
    for (int i = 0; i < 256; ++i)
        payload.append(static_cast<char>(i));
    MqttSession sub(plainOptions());
    sub.connect();
    sub.subscribe({topic}, 1);
    MqttSession pub(plainOptions());
    pub.connect();
    pub.publish(topic, payload, 1, false);
    const auto got = collectMessages(sub, 1);
    QCOMPARE(got.size(), 1u);
    QCOMPARE(got[0].payload, payload);
}

void TestMqttSession::mqtt5UserPropertiesRoundTrip() {
    // Published with mosquitto_pub -D so the property comes from a peer implementation.
    const QString topic = uniqueName("it/v5");
    auto o = plainOptions();
    o.protocolVersion = 5;
    MqttSession sub(o);
    sub.connect();
    sub.subscribe({topic}, 1);
    const auto r = runProcess("mosquitto_pub",
                              {"-h", "127.0.0.1", "-p", QString::number(RigEnv::get().port("MQKIT_RIG_MQTT_PLAIN_PORT")),
                               "-V", "5", "-q", "1", "-t", topic, "-m", "{}", "-D", "publish", "user-property", "site",
                               "plant-7", "-D", "publish", "content-type", "application/json"});
    QCOMPARE(r.exitCode, 0);
    const auto got = collectMessages(sub, 1);
    QCOMPARE(got.size(), 1u);
    QCOMPARE(got[0].properties.contentType, QStringLiteral("application/json"));
    QCOMPARE(got[0].properties.user.size(), 1u);
    QCOMPARE(got[0].properties.user[0].first, QStringLiteral("site"));
    QCOMPARE(got[0].properties.user[0].second, QStringLiteral("plant-7"));
}

void TestMqttSession::passwordListenerAcceptsValidUser() {
    const RigEnv& rig = RigEnv::get();
    MqttSession s(authOptions(rig.value("MQKIT_RIG_MQTT_USER"), rig.value("MQKIT_RIG_MQTT_PASSWORD")));
    s.connect();
    QVERIFY(s.isConnected());
    const QString topic = uniqueName("it/auth");
    s.subscribe({topic}, 1);
    s.publish(topic, "ok", 1, false);
    QCOMPARE(collectMessages(s, 1).size(), 1u);
}

void TestMqttSession::wrongPasswordIsAnAuthError() {
    const RigEnv& rig = RigEnv::get();
    QCOMPARE(connectError(authOptions(rig.value("MQKIT_RIG_MQTT_USER"), "wrong-password")), ErrorKind::Auth);
    // MQTT 5: Paho C++ 1.2 drops the CONNACK reason code, so the error can only say "refused".
    auto v5 = authOptions(rig.value("MQKIT_RIG_MQTT_USER"), "wrong-password");
    v5.protocolVersion = 5;
    QCOMPARE(connectError(v5), ErrorKind::Broker);
}

void TestMqttSession::mutualTlsConnectsWithClientCertificate() {
    MqttSession s(tlsOptions());
    s.connect();
    const QString topic = uniqueName("it/tls");
    s.subscribe({topic}, 1);
    s.publish(topic, "secure", 1, false);
    const auto got = collectMessages(s, 1);
    QCOMPARE(got.size(), 1u);
    QCOMPARE(got[0].payload, QByteArray("secure"));
}

void TestMqttSession::tlsWithoutClientCertificateIsRefused() {
    auto o = tlsOptions();
    o.tls.certFile.clear();
    o.tls.keyFile.clear();
    QCOMPARE(connectError(o), ErrorKind::Connection);
}

void TestMqttSession::tlsWithWrongCaFailsClearly() {
    auto o = tlsOptions();
    o.tls.caFile = RigEnv::get().value("MQKIT_RIG_TLS_OTHER_CA");
    QCOMPARE(connectError(o), ErrorKind::Connection);
}

void TestMqttSession::unreachableBrokerFailsWithinConnectTimeout() {
    MqttConnectOptions o;
    o.url = BrokerUrl::parse("mqtt://127.0.0.1:1");
    o.connectTimeout = std::chrono::milliseconds(2000);
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(connectError(o), ErrorKind::Connection);
    QVERIFY(clock.elapsed() < 5000);
}

QTEST_GUILESS_MAIN(TestMqttSession)
#include "tst_mqtt_session.moc"
