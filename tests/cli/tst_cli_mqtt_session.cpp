// MQTT session features of the mqkit CLI against real Mosquitto brokers: Last Will, persistent
// sessions, MQTT 5 properties both ways, reconnect after a broker restart, websockets, and the
// usage errors of the session flags.

#include "TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Reads what a running process wrote until `needle` appears in it (or the timeout passes).
bool waitForOutput(QProcess& p, QByteArray& buffer, bool stderrChannel, const QByteArray& needle, int timeoutMs) {
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        buffer += stderrChannel ? p.readAllStandardError() : p.readAllStandardOutput();
        if (buffer.contains(needle))
            return true;
        p.waitForReadyRead(100);
    }
    buffer += stderrChannel ? p.readAllStandardError() : p.readAllStandardOutput();
    return buffer.contains(needle);
}

QJsonObject parseLine(const QByteArray& line) {
    QJsonParseError err{};
    const auto doc = QJsonDocument::fromJson(line.trimmed(), &err);
    if (err.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", line.constData());
    return doc.object();
}

} // namespace

class TestCliMqttSession : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void lastWillFiresWhenTheClientIsKilled();
    void persistentSessionReceivesQos1QueuedWhileOffline_data();
    void persistentSessionReceivesQos1QueuedWhileOffline();
    void everyV5PropertyRoundTripsFromPubToSubJson();
    void v5PropertiesFromMqkitPubReachMosquittoSub();
    void v5PropertiesFromMosquittoPubReachMqkitSub();
    void subReconnectsAndResubscribesAfterBrokerRestart();
    void subWithoutReconnectExitsOneWhenBrokerStops();
    void badSessionFlagsAreUsageErrors_data();
    void badSessionFlagsAreUsageErrors();

private:
    QTemporaryDir m_data;
};

void TestCliMqttSession::initTestCase() {
    QVERIFY(m_data.isValid());
}

void TestCliMqttSession::lastWillFiresWhenTheClientIsKilled() {
    const QString willTopic = uniqueName("cli/will");
    QProcess watcher;
    startCli(watcher, {"mqtt", "sub", "-L", rigMqttPlainUrl(), "-V", "5", "-t", willTopic, "-q", "1", "-C", "1", "-W", "20",
                       "-o", "json"},
             m_data.path());
    QVERIFY(watcher.waitForStarted());

    QProcess victim;
    startCli(victim, {"mqtt", "sub", "-L", rigMqttPlainUrl(), "-V", "5", "-t", uniqueName("cli/will-idle"), "--will-topic",
                      willTopic, "--will-payload", "device gone", "--will-qos", "1", "--will-user-property", "why=killed",
                      "--will-content-type", "text/plain"},
             m_data.path());
    QVERIFY(victim.waitForStarted());
    QTest::qWait(1500); // both connected and subscribed
    QCOMPARE(victim.state(), QProcess::Running);
    QVERIFY(!watcher.waitForFinished(100)); // no will while the victim lives
    victim.kill();                          // SIGKILL: no DISCONNECT, so the broker sends the will
    QVERIFY(victim.waitForFinished(5000));

    QVERIFY(watcher.waitForFinished(15000));
    QCOMPARE(watcher.exitCode(), 0);
    const QJsonObject m = parseLine(watcher.readAllStandardOutput());
    QCOMPARE(m.value("topic").toString(), willTopic);
    QCOMPARE(m.value("payload").toString(), QStringLiteral("device gone"));
    QCOMPARE(m.value("qos").toInt(), 1);
    const QJsonObject props = m.value("properties").toObject();
    QCOMPARE(props.value("content_type").toString(), QStringLiteral("text/plain"));
    QCOMPARE(props.value("user_properties").toArray(), (QJsonArray{QJsonValue(QJsonArray{"why", "killed"})}));
}

void TestCliMqttSession::persistentSessionReceivesQos1QueuedWhileOffline_data() {
    QTest::addColumn<QStringList>("versionArgs");
    QTest::newRow("mqtt-3.1.1") << QStringList{"-V", "311"};
    QTest::newRow("mqtt-5 with session expiry") << QStringList{"-V", "5", "-x", "300"};
    QTest::newRow("mqtt-5, -c alone never expires (as mosquitto_sub)") << QStringList{"-V", "5"};
}

void TestCliMqttSession::persistentSessionReceivesQos1QueuedWhileOffline() {
    QFETCH(QStringList, versionArgs);
    const QString topic = uniqueName("cli/persist");
    const QString clientId = uniqueName("persist").replace('/', '-');
    const QStringList session = QStringList{"mqtt", "sub", "-L", rigMqttPlainUrl(), "-i", clientId, "-c", "-q", "1", "-t", topic} +
                                versionArgs;

    // First visit: the broker creates the session with its subscription, then the client leaves.
    auto first = runCli(session + QStringList{"-W", "1"}, m_data.path());
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(first.out, QByteArray());

    // While it is offline, three QoS 1 messages arrive for it.
    for (int i = 1; i <= 3; ++i) {
        const auto r = runProcess("mosquitto_pub", rigMosquittoPlainArgs() + QStringList{"-q", "1", "-t", topic, "-m",
                                                                                  QStringLiteral("queued-%1").arg(i)});
        QCOMPARE(r.exitCode, 0);
    }

    // Back again: the broker delivers what it queued, without a new subscription being needed.
    auto second = runCli(session + QStringList{"-C", "3", "-W", "10"}, m_data.path());
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(second.out, QByteArray("queued-1\nqueued-2\nqueued-3\n"));

    // The same without -c: a clean session, so nothing waits for the client.
    auto clean = runCli({"mqtt", "sub", "-L", rigMqttPlainUrl(), "-i", clientId, "-q", "1", "-t", topic, "-W", "1"},
                        m_data.path());
    QCOMPARE(clean.exitCode, 0);
    QVERIFY(runProcess("mosquitto_pub", rigMosquittoPlainArgs() + QStringList{"-q", "1", "-t", topic, "-m", "lost"})
                .exitCode == 0);
    auto after = runCli({"mqtt", "sub", "-L", rigMqttPlainUrl(), "-i", clientId, "-q", "1", "-t", topic, "-W", "1"},
                        m_data.path());
    QCOMPARE(after.exitCode, 0);
    QCOMPARE(after.out, QByteArray());
}

void TestCliMqttSession::everyV5PropertyRoundTripsFromPubToSubJson() {
    const QString topic = uniqueName("cli/props");
    QProcess sub;
    startCli(sub, {"mqtt", "sub", "-L", rigMqttPlainUrl(), "-V", "5", "-t", topic, "-q", "1", "-C", "1", "-W", "15", "-o",
                   "json", "--subscription-id", "42"},
             m_data.path());
    QVERIFY(sub.waitForStarted());
    QTest::qWait(1000);
    const auto pub = runCli({"mqtt", "pub", "-L", rigMqttPlainUrl(), "-V", "5", "-t", topic, "-q", "1", "-m", "{\"t\":21.5}",
                             "--user-property", "site=plant 1", "--user-property", "site=again", "--user-property",
                             "empty=", "--content-type", "application/json", "--payload-format", "1",
                             "--message-expiry", "3600", "--response-topic", "reply/here", "--correlation-data", "req-7"},
                            m_data.path());
    QCOMPARE(pub.exitCode, 0);
    QCOMPARE(pub.err, QByteArray());
    QVERIFY(sub.waitForFinished(15000));
    QCOMPARE(sub.exitCode(), 0);
    const QJsonObject m = parseLine(sub.readAllStandardOutput());
    QCOMPARE(m.value("payload").toString(), QStringLiteral("{\"t\":21.5}"));
    const QJsonObject p = m.value("properties").toObject();
    QCOMPARE(p.value("user_properties").toArray(),
             (QJsonArray{QJsonArray{"site", "plant 1"}, QJsonArray{"site", "again"}, QJsonArray{"empty", ""}}));
    QCOMPARE(p.value("content_type").toString(), QStringLiteral("application/json"));
    QCOMPARE(p.value("payload_format").toInt(), 1);
    QVERIFY2(p.value("message_expiry").toInt() > 3590 && p.value("message_expiry").toInt() <= 3600,
             qPrintable(QString::number(p.value("message_expiry").toInt())));
    QCOMPARE(p.value("response_topic").toString(), QStringLiteral("reply/here"));
    QCOMPARE(QByteArray::fromBase64(p.value("correlation_data").toString().toLatin1()), QByteArray("req-7"));
    QCOMPARE(p.value("subscription_ids").toArray(), (QJsonArray{42}));
}

void TestCliMqttSession::v5PropertiesFromMqkitPubReachMosquittoSub() {
    const QString topic = uniqueName("cli/props-out");
    QProcess sub;
    sub.start("mosquitto_sub", rigMosquittoPlainArgs() + QStringList{"-V", "5", "-t", topic, "-C", "1", "-W", "15", "-F",
                                                                     "C=%C|D=%D|E=%E|F=%F|P=%P|R=%R|p=%p"});
    QVERIFY(sub.waitForStarted());
    QTest::qWait(1000);
    const auto pub = runCli({"mqtt", "pub", "-L", rigMqttPlainUrl(), "-V", "5", "-t", topic, "-m", "hi", "--user-property",
                             "a=1", "--user-property", "b=2", "--content-type", "text/plain", "--payload-format", "1",
                             "--message-expiry", "600", "--response-topic", "re/t", "--correlation-data", "c-1"},
                            m_data.path());
    QCOMPARE(pub.exitCode, 0);
    QVERIFY(sub.waitForFinished(15000));
    QCOMPARE(sub.readAllStandardOutput().trimmed(), QByteArray("C=text/plain|D=c-1|E=600|F=1|P=a:1 b:2|R=re/t|p=hi"));
}

void TestCliMqttSession::v5PropertiesFromMosquittoPubReachMqkitSub() {
    const QString topic = uniqueName("cli/props-in");
    QProcess sub;
    startCli(sub, {"mqtt", "sub", "-L", rigMqttPlainUrl(), "-V", "5", "-t", topic, "-C", "1", "-W", "15", "-o", "json"},
             m_data.path());
    QVERIFY(sub.waitForStarted());
    QTest::qWait(1000);
    const auto pub = runProcess(
        "mosquitto_pub",
        rigMosquittoPlainArgs() + QStringList{"-V", "5", "-t", topic, "-m", "x", "-D", "publish", "user-property", "k", "v",
                                              "-D", "publish", "content-type", "text/csv", "-D", "publish",
                                              "payload-format-indicator", "1", "-D", "publish", "response-topic", "r/t",
                                              "-D", "publish", "correlation-data", "cd", "-D", "publish",
                                              "message-expiry-interval", "900"});
    QCOMPARE(pub.exitCode, 0);
    QVERIFY(sub.waitForFinished(15000));
    const QJsonObject p = parseLine(sub.readAllStandardOutput()).value("properties").toObject();
    QCOMPARE(p.value("user_properties").toArray(), (QJsonArray{QJsonValue(QJsonArray{"k", "v"})}));
    QCOMPARE(p.value("content_type").toString(), QStringLiteral("text/csv"));
    QCOMPARE(p.value("payload_format").toInt(), 1);
    QCOMPARE(p.value("response_topic").toString(), QStringLiteral("r/t"));
    QCOMPARE(QByteArray::fromBase64(p.value("correlation_data").toString().toLatin1()), QByteArray("cd"));
    QVERIFY(p.value("message_expiry").toInt() > 890 && p.value("message_expiry").toInt() <= 900);
}

void TestCliMqttSession::subReconnectsAndResubscribesAfterBrokerRestart() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    PrivateMosquitto broker(dir.path());
    QVERIFY(broker.start());
    QElapsedTimer clock;
    clock.start();

    const QString topic = uniqueName("cli/reconnect");
    QProcess sub;
    startCli(sub, {"mqtt", "sub", "-L", broker.url(), "-t", topic, "-q", "1", "-C", "2", "-W", "60", "--reconnect-delay",
                   "0.2", "--reconnect-max-delay", "1"},
             m_data.path());
    QVERIFY(sub.waitForStarted());
    QTest::qWait(1000);
    const QStringList pubArgs{"-h", "127.0.0.1", "-p", QString::number(broker.port()), "-q", "1", "-t", topic};
    QCOMPARE(runProcess("mosquitto_pub", pubArgs + QStringList{"-m", "before"}).exitCode, 0);
    QByteArray out, err;
    QVERIFY(waitForOutput(sub, out, false, "before\n", 10000));

    // The broker goes away (its sessions with it: persistence is off) and comes back on the same port.
    broker.stop();
    QVERIFY2(waitForOutput(sub, err, true, "connection lost", 10000), err.constData());
    QVERIFY(broker.start());
    // Only a renewed subscription can bring the next message: the restarted broker knows none.
    QVERIFY2(waitForOutput(sub, err, true, "subscribed again", 20000), err.constData());
    QCOMPARE(runProcess("mosquitto_pub", pubArgs + QStringList{"-m", "after"}).exitCode, 0);

    QVERIFY(sub.waitForFinished(15000));
    out += sub.readAllStandardOutput();
    err += sub.readAllStandardError();
    QCOMPARE(sub.exitCode(), 0);
    QCOMPARE(out, QByteArray("before\nafter\n"));
    QVERIFY2(err.contains("reconnecting in"), err.constData());
    QVERIFY2(err.contains("reconnected after"), err.constData());
    for (const QByteArray& line : err.trimmed().split('\n'))
        QVERIFY2(line.startsWith("mqkit: "), line.constData());
    qInfo("reconnect round trip took %lld ms", static_cast<long long>(clock.elapsed()));
}

void TestCliMqttSession::subWithoutReconnectExitsOneWhenBrokerStops() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    PrivateMosquitto broker(dir.path());
    QVERIFY(broker.start());
    QProcess sub;
    startCli(sub, {"mqtt", "sub", "-L", broker.url(), "-t", uniqueName("cli/noreconnect"), "--no-reconnect"}, m_data.path());
    QVERIFY(sub.waitForStarted());
    QTest::qWait(1000);
    broker.stop();
    QVERIFY(sub.waitForFinished(10000));
    QCOMPARE(sub.exitCode(), 1);
    const QByteArray err = sub.readAllStandardError();
    QCOMPARE(err.count('\n'), 1);
    QVERIFY2(err.startsWith("mqkit: connection to " + broker.url().toUtf8() + " lost"), err.constData());
}

void TestCliMqttSession::badSessionFlagsAreUsageErrors_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("needle");
    // Port 1 on loopback: had mqkit tried to connect, it would exit 1, not 2.
    const QStringList pub{"mqtt", "pub", "-L", "mqtt://127.0.0.1:1", "-t", "a/b", "-m", "x"};
    const QStringList sub{"mqtt", "sub", "-L", "mqtt://127.0.0.1:1", "-t", "a/b"};
    QTest::newRow("will QoS 3") << sub + QStringList{"--will-topic", "w", "--will-qos", "3"} << "--will-qos";
    QTest::newRow("properties with MQTT 3.1.1") << pub + QStringList{"-V", "311", "--content-type", "text/plain"}
                                                << "MQTT 5";
    QTest::newRow("user property without -V 5") << pub + QStringList{"--user-property", "k=v"} << "MQTT 5";
    QTest::newRow("session expiry with MQTT 3.1.1") << sub + QStringList{"-V", "311", "-c", "-x", "60"} << "MQTT 5";
    QTest::newRow("user property without =") << pub + QStringList{"-V", "5", "--user-property", "novalue"}
                                             << "KEY=VALUE";
    QTest::newRow("user property with empty key") << pub + QStringList{"-V", "5", "--user-property", "=v"} << "KEY=VALUE";
    QTest::newRow("will payload without will topic") << sub + QStringList{"--will-payload", "x"} << "--will-topic";
    QTest::newRow("will properties with MQTT 3.1.1")
        << sub + QStringList{"--will-topic", "w", "--will-content-type", "t"} << "MQTT 5";
    QTest::newRow("will topic with wildcard") << sub + QStringList{"--will-topic", "a/#"} << "Last Will topic";
    QTest::newRow("payload format 2") << pub + QStringList{"-V", "5", "--payload-format", "2"} << "--payload-format";
}

void TestCliMqttSession::badSessionFlagsAreUsageErrors() {
    QFETCH(QStringList, args);
    QFETCH(QString, needle);
    const auto r = runCli(args, m_data.path(), 10000);
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QByteArray());
    QVERIFY2(r.err.startsWith("mqkit: "), r.err.constData());
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.err.contains(needle.toUtf8()), r.err.constData());
}

QTEST_GUILESS_MAIN(TestCliMqttSession)
#include "tst_cli_mqtt_session.moc"
