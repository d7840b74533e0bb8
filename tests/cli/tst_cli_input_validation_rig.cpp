// Input a new user might try, against the real rig: what reaches the broker is what was asked
// for, and when the broker or the TLS setup says no, the message says why.

#include "TestSupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCliInputValidationRig : public QObject {
    Q_OBJECT
private slots:
    void init();
    void emptyMessageArrivesAsZeroLengthPayload();
    void refusedSubscriptionNamesTheFilter();
    void tlsToAPlainPortSaysTheHandshakeFailed();
    void keyNotMatchingTheCertificateIsAUsageError();
    void wrongCaSaysTheCertificateDoesNotVerify();
    void produceKeepsGoingPastARefusedRecord();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliInputValidationRig::init() {
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestCliInputValidationRig::emptyMessageArrivesAsZeroLengthPayload() {
    const QString topic = uniqueName("hardening/empty");
    QProcess sub;
    sub.start("mosquitto_sub", rigMosquittoPlainArgs() + QStringList{"-t", topic, "-C", "1", "-W", "10", "-F", "[%l]"});
    QVERIFY(sub.waitForStarted());
    QTest::qWait(500); // subscribed
    const auto r = runCli({"mqtt", "pub", "-L", rigMqttPlainUrl(), "-t", topic, "-m", ""}, m_dir->path());
    QCOMPARE(r.exitCode, 0);
    QVERIFY(sub.waitForFinished(15000));
    QCOMPARE(sub.readAllStandardOutput().trimmed(), QByteArray("[0]"));
}

void TestCliInputValidationRig::refusedSubscriptionNamesTheFilter() {
    // A dynamic-security client without roles may connect but not subscribe: SUBACK 0x80.
    const RigEnv& rig = RigEnv::get();
    const QString user = uniqueName("nosub");
    const QString authPort = rig.value("MQKIT_RIG_MQTT_AUTH_PORT");
    requireSuccess(runProcess("mosquitto_ctrl", {"-h", "127.0.0.1", "-p", authPort, "-u",
                                                 rig.value("MQKIT_RIG_MQTT_ADMIN_USER"), "-P",
                                                 rig.value("MQKIT_RIG_MQTT_ADMIN_PASSWORD"), "dynsec", "createClient",
                                                 user, "-p", "pw"}),
                   "mosquitto_ctrl createClient");
    const auto r = runCli({"mqtt", "sub", "-L", "mqtt://127.0.0.1:" + authPort, "-u", user, "--password-env",
                           "NOSUB_PW", "-t", "hardening/denied", "-W", "5", "--no-reconnect"},
                          m_dir->path(), 30000, {}, {{"NOSUB_PW", "pw"}});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("subscription to 'hardening/denied' refused by the broker"), r.err.constData());
    QVERIFY2(!r.err.contains("MQTT error"), r.err.constData());
}

void TestCliInputValidationRig::tlsToAPlainPortSaysTheHandshakeFailed() {
    const RigEnv& rig = RigEnv::get();
    const auto r = runCli({"mqtt", "pub", "-L", "mqtts://127.0.0.1:" + rig.value("MQKIT_RIG_MQTT_PLAIN_PORT"), "--cafile",
                           rig.value("MQKIT_RIG_TLS_CA"), "--cert", rig.value("MQKIT_RIG_TLS_CLIENT_CERT"), "--key",
                           rig.value("MQKIT_RIG_TLS_CLIENT_KEY"), "-t", "a", "-m", "x"},
                          m_dir->path());
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("TLS handshake failed") && r.err.contains("plain MQTT port"), r.err.constData());
    QVERIFY2(!r.err.contains("client certificate"), r.err.constData());
}

// OpenSSL's reason, which Paho does not pass on, comes from mqkit's own second handshake
// (MqttSession installs no Paho TLS error handler: ASan found it reading a destroyed object).
void TestCliInputValidationRig::wrongCaSaysTheCertificateDoesNotVerify() {
    const RigEnv& rig = RigEnv::get();
    const auto r = runCli({"mqtt", "pub", "-L", "mqtts://127.0.0.1:" + rig.value("MQKIT_RIG_MQTT_TLS_PORT"), "--cafile",
                           rig.value("MQKIT_RIG_TLS_OTHER_CA"), "--cert", rig.value("MQKIT_RIG_TLS_CLIENT_CERT"), "--key",
                           rig.value("MQKIT_RIG_TLS_CLIENT_KEY"), "-t", "a", "-m", "x", "--connect-timeout", "3"},
                          m_dir->path());
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.err.contains("TLS handshake failed: the server's certificate verify failed"), r.err.constData());
}

void TestCliInputValidationRig::keyNotMatchingTheCertificateIsAUsageError() {
    const RigEnv& rig = RigEnv::get();
    const auto r = runCli({"mqtt", "pub", "-L", "mqtts://127.0.0.1:" + rig.value("MQKIT_RIG_MQTT_TLS_PORT"), "--cafile",
                           rig.value("MQKIT_RIG_TLS_CA"), "--cert", rig.value("MQKIT_RIG_TLS_CLIENT_CERT"), "--key",
                           rig.value("MQKIT_RIG_TLS_OTHER_CLIENT_KEY"), "-t", "a", "-m", "x"},
                          m_dir->path());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("does not match the client certificate"), r.err.constData());
}

void TestCliInputValidationRig::produceKeepsGoingPastARefusedRecord() {
    const QString topic = uniqueName("hardening-produce");
    createKafkaTopic(topic, 1);
    const QByteArray input = "a:first\nk:" + QByteArray(2000000, 'x') + "\nb:after1\nc:after2\n";
    const auto r = runCli({"kafka", "produce", topic, "-b", rigKafkaBootstrap(), "-K", ":"}, m_dir->path(), 60000, input);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("line 2:") && r.err.contains("MSG_SIZE_TOO_LARGE"), r.err.constData());
    QVERIFY2(r.err.contains("1 of 4 messages") && r.err.contains("3 delivered"), r.err.constData());
    // What landed, as kcat reads it: every valid line, in order.
    const auto landed = runProcess("kcat", {"-C", "-b", rigKafkaBootstrap(), "-t", topic, "-e", "-q", "-f", "%k=%s\n"});
    QCOMPARE(landed.exitCode, 0);
    QCOMPARE(landed.out, QByteArray("a=first\nb=after1\nc=after2\n"));
}

QTEST_GUILESS_MAIN(TestCliInputValidationRig)
#include "tst_cli_input_validation_rig.moc"
