// The mqkit binary against the real brokers of tests/rig, side by side with the tools users
// already trust (mosquitto_pub/sub, kcat).

#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCliBrokers : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void subPrintsExactlyCountMessagesFromMosquittoPub();
    void subJsonCarriesTopicQosRetainAndBase64ForBinary();
    void subTimeoutBeforeCountExitsOne();
    void pubIsReceivedByMosquittoSub();
    void subOverMutualTlsWithProfile();
    void wrongMqttPasswordExitsOneWithReason();
    void kafkaTopicsListShowsTopicCreatedByKcat();
    void kafkaClusterJsonNamesTheBroker();
    void kafkaSaslProfileWithEnvSecret();
    void wrongKafkaPasswordExitsOneWithReason();

private:
    QTemporaryDir m_data;
};

void TestCliBrokers::initTestCase() {
    QVERIFY(m_data.isValid());
}

void TestCliBrokers::subPrintsExactlyCountMessagesFromMosquittoPub() {
    const QString base = uniqueName("cli/count");
    QProcess sub;
    startCli(sub, {"mqtt", "sub", "-L", rigMqttPlainUrl(), "-t", base + "/#", "-C", "3", "-q", "1"}, m_data.path());
    QVERIFY(sub.waitForStarted());
    QTest::qWait(1000); // let the subscription settle
    for (int i = 1; i <= 5; ++i) {
        const auto r = runProcess("mosquitto_pub", rigMosquittoPlainArgs() + QStringList{"-q", "1", "-t",
                                                                                  QStringLiteral("%1/m%2").arg(base).arg(i),
                                                                                  "-m", QStringLiteral("msg-%1").arg(i)});
        QCOMPARE(r.exitCode, 0);
    }
    QVERIFY(sub.waitForFinished(10000));
    QCOMPARE(sub.exitCode(), 0);
    QCOMPARE(sub.readAllStandardOutput(), QByteArray("msg-1\nmsg-2\nmsg-3\n"));
    QCOMPARE(sub.readAllStandardError(), QByteArray());
}

void TestCliBrokers::subJsonCarriesTopicQosRetainAndBase64ForBinary() {
    const QString topic = uniqueName("cli/json");
    // A retained binary payload published by mosquitto_pub from a file.
    QTemporaryDir tmp;
    QFile bin(tmp.filePath("bin"));
    QVERIFY(bin.open(QIODevice::WriteOnly));
    const QByteArray payload("\x00\xff\xfe binary \x80", 12);
    bin.write(payload);
    bin.close();
    QCOMPARE(runProcess("mosquitto_pub", rigMosquittoPlainArgs() + QStringList{"-q", "1", "-r", "-t", topic, "-f", bin.fileName()})
                 .exitCode,
             0);
    const auto r = runCli({"mqtt", "sub", "-L", rigMqttPlainUrl(), "-t", topic, "-C", "1", "-W", "10", "-o", "json"}, m_data.path());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.count('\n'), 1);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value("topic").toString(), topic);
    QCOMPARE(o.value("retain").toBool(), true);
    QCOMPARE(o.value("encoding").toString(), QStringLiteral("base64"));
    QCOMPARE(QByteArray::fromBase64(o.value("payload").toString().toLatin1()), payload);
    QVERIFY(o.contains("qos"));
    QVERIFY(o.value("received_at").toString().endsWith('Z'));
    runProcess("mosquitto_pub", rigMosquittoPlainArgs() + QStringList{"-r", "-n", "-t", topic});
}

void TestCliBrokers::subTimeoutBeforeCountExitsOne() {
    const auto r = runCli({"mqtt", "sub", "-L", rigMqttPlainUrl(), "-t", uniqueName("cli/quiet"), "-C", "2", "-W", "1"},
                          m_data.path());
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("timed out after 1 s with 0 of 2 messages"), r.err.constData());
    QVERIFY(r.elapsedMs < 5000);
}

void TestCliBrokers::pubIsReceivedByMosquittoSub() {
    const QString topic = uniqueName("cli/pub");
    QProcess sub;
    sub.start("mosquitto_sub", rigMosquittoPlainArgs() + QStringList{"-t", topic, "-C", "1", "-W", "10", "-v"});
    QVERIFY(sub.waitForStarted());
    QTest::qWait(500);
    const auto r = runCli({"mqtt", "pub", "-L", rigMqttPlainUrl(), "-t", topic, "-m", "from mqkit", "-q", "1"}, m_data.path());
    QCOMPARE(r.exitCode, 0);
    QVERIFY(sub.waitForFinished(10000));
    QCOMPARE(sub.readAllStandardOutput(), (topic + " from mqkit\n").toUtf8());
}

void TestCliBrokers::subOverMutualTlsWithProfile() {
    const RigEnv& rig = RigEnv::get();
    const QString url = QStringLiteral("mqtts://127.0.0.1:%1").arg(rig.port("MQKIT_RIG_MQTT_TLS_PORT"));
    QCOMPARE(runCli({"profile", "add", "tls", "-L", url, "--cafile", rig.value("MQKIT_RIG_TLS_CA"), "--cert",
                     rig.value("MQKIT_RIG_TLS_CLIENT_CERT"), "--key", rig.value("MQKIT_RIG_TLS_CLIENT_KEY"), "--force"},
                    m_data.path())
                 .exitCode,
             0);
    const QString topic = uniqueName("cli/tls");
    QCOMPARE(runCli({"mqtt", "pub", "--profile", "tls", "-t", topic, "-m", "over-tls", "-r", "-q", "1"}, m_data.path()).exitCode, 0);
    const auto r = runCli({"mqtt", "sub", "--profile", "tls", "-t", topic, "-C", "1", "-W", "10", "-v"}, m_data.path());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, (topic + " over-tls\n").toUtf8());
    // The same listener with a CA that did not sign the server: one clear line, exit 1.
    const auto wrongCa = runCli({"mqtt", "sub", "--profile", "tls", "--cafile", rig.value("MQKIT_RIG_TLS_OTHER_CA"), "-t",
                                 topic, "-C", "1", "--connect-timeout", "3"},
                                m_data.path());
    QCOMPARE(wrongCa.exitCode, 1);
    QVERIFY2(wrongCa.err.contains("cannot connect"), wrongCa.err.constData());
    QCOMPARE(wrongCa.err.count('\n'), 1);
    runCli({"mqtt", "pub", "--profile", "tls", "-t", topic, "-n", "-r"}, m_data.path());
}

void TestCliBrokers::wrongMqttPasswordExitsOneWithReason() {
    const RigEnv& rig = RigEnv::get();
    const QString url = QStringLiteral("mqtt://127.0.0.1:%1").arg(rig.port("MQKIT_RIG_MQTT_AUTH_PORT"));
    const auto bad = runCli({"mqtt", "sub", "-L", url, "-u", rig.value("MQKIT_RIG_MQTT_USER"), "-t", "x", "-C", "1"},
                            m_data.path(), 15000, {}, {{"MQKIT_PASSWORD", "wrong"}});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains("bad user name or password") || bad.err.contains("not authorized"), bad.err.constData());
    QCOMPARE(bad.err.count('\n'), 1);
    const QString topic = uniqueName("cli/auth");
    const auto good = runCli({"mqtt", "pub", "-L", url, "-u", rig.value("MQKIT_RIG_MQTT_USER"), "-t", topic, "-m", "ok"},
                             m_data.path(), 15000, {}, {{"MQKIT_PASSWORD", rig.value("MQKIT_RIG_MQTT_PASSWORD")}});
    QCOMPARE(good.exitCode, 0);
}

void TestCliBrokers::kafkaTopicsListShowsTopicCreatedByKcat() {
    const RigEnv& rig = RigEnv::get();
    const QString topic = uniqueName("cli-kcat");
    // kcat produces to a new topic; the broker auto-creates it.
    const auto produced = runProcess("kcat", {"-b", rig.value("MQKIT_RIG_KAFKA_PLAIN"), "-P", "-t", topic}, 60000, "hello\n");
    QCOMPARE(produced.exitCode, 0);
    const auto r = runCli({"kafka", "topics", "list", "-b", rig.value("MQKIT_RIG_KAFKA_PLAIN"), "-o", "json"}, m_data.path());
    QCOMPARE(r.exitCode, 0);
    const QJsonArray topics = QJsonDocument::fromJson(r.out).array();
    bool found = false;
    for (const auto& t : topics) {
        const QJsonObject o = t.toObject();
        QVERIFY(!o.value("name").toString().startsWith("__"));
        if (o.value("name").toString() == topic) {
            found = true;
            QCOMPARE(o.value("partitions").toInt(), 1);
        }
    }
    QVERIFY2(found, r.out.constData());
    const auto text = runCli({"kafka", "topics", "list", "-b", rig.value("MQKIT_RIG_KAFKA_PLAIN")}, m_data.path());
    QVERIFY(text.out.startsWith("TOPIC"));
    QVERIFY(text.out.contains(topic.toUtf8()));
}

void TestCliBrokers::kafkaClusterJsonNamesTheBroker() {
    const RigEnv& rig = RigEnv::get();
    const auto r = runCli({"kafka", "cluster", "-b", rig.value("MQKIT_RIG_KAFKA_PLAIN"), "-o", "json"}, m_data.path());
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QVERIFY(!o.value("cluster_id").toString().isEmpty());
    QCOMPARE(o.value("brokers").toArray().size(), 1);
    QCOMPARE(o.value("brokers").toArray().at(0).toObject().value("host").toString(), QStringLiteral("127.0.0.1"));
}

void TestCliBrokers::kafkaSaslProfileWithEnvSecret() {
    const RigEnv& rig = RigEnv::get();
    QCOMPARE(runCli({"profile", "add", "sasl", "-b", rig.value("MQKIT_RIG_KAFKA_SASL"), "-u",
                     rig.value("MQKIT_RIG_KAFKA_ADMIN_USER"), "--auth", "PLAIN", "--secret", "env:RIG_KAFKA_PW",
                     "--force"},
                    m_data.path())
                 .exitCode,
             0);
    const auto r = runCli({"kafka", "topics", "list", "--profile", "sasl", "-o", "json"}, m_data.path(), 30000, {},
                          {{"RIG_KAFKA_PW", rig.value("MQKIT_RIG_KAFKA_ADMIN_PASSWORD")}});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(r.out).isArray());
    const auto missing = runCli({"kafka", "topics", "list", "--profile", "sasl"}, m_data.path());
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains("RIG_KAFKA_PW"));
}

void TestCliBrokers::wrongKafkaPasswordExitsOneWithReason() {
    const RigEnv& rig = RigEnv::get();
    const auto r = runCli({"kafka", "topics", "list", "-b", rig.value("MQKIT_RIG_KAFKA_SASL"), "-X",
                           "security.protocol=SASL_PLAINTEXT", "-X", "sasl.mechanisms=PLAIN", "-X",
                           "sasl.username=" + rig.value("MQKIT_RIG_KAFKA_USER1"), "--timeout", "8"},
                          m_data.path(), 20000, {}, {{"MQKIT_PASSWORD", "wrong"}});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("authentication"), r.err.constData());
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY(r.elapsedMs < 10000);
}

QTEST_GUILESS_MAIN(TestCliBrokers)
#include "tst_cli_brokers.moc"
