// mqkit over MQTT-over-websockets (ws://) against a real Mosquitto. Debian's Mosquitto 2.0.11
// listens on every interface for a websockets listener whatever address it is given, so this test
// runs inside tests/rig/isolated-net.sh: a network namespace with nothing but loopback, holding
// both the broker and the mqkit clients.

#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCliMqttWebsockets : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void onlyLoopbackIsReachable();
    void pubAndSubOverWebsockets();

private:
    QTemporaryDir m_data;
    QTemporaryDir m_brokerDir;
    std::unique_ptr<PrivateMosquitto> m_broker;
};

void TestCliMqttWebsockets::initTestCase() {
    QVERIFY(m_data.isValid() && m_brokerDir.isValid());
    m_broker = std::make_unique<PrivateMosquitto>(m_brokerDir.path(), true);
    QVERIFY2(m_broker->start(), "the private Mosquitto did not start");
}

void TestCliMqttWebsockets::onlyLoopbackIsReachable() {
    // The guard this test depends on: no interface but lo in this namespace.
    const auto r = runProcess("ip", {"-o", "link"});
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> links = r.out.trimmed().split('\n');
    QCOMPARE(links.size(), 1);
    QVERIFY2(links.first().contains(": lo:"), r.out.constData());
}

void TestCliMqttWebsockets::pubAndSubOverWebsockets() {
    const QString topic = uniqueName("cli/ws");
    QProcess sub;
    startCli(sub, {"mqtt", "sub", "-L", m_broker->wsUrl(), "-t", topic, "-q", "1", "-C", "1", "-W", "15", "-V", "5", "-o",
                   "json"},
             m_data.path());
    QVERIFY(sub.waitForStarted());
    QTest::qWait(1000);
    const auto pub = runCli({"mqtt", "pub", "-L", m_broker->wsUrl(), "-t", topic, "-q", "1", "-m", "over websockets", "-V",
                             "5", "--user-property", "via=ws"},
                            m_data.path());
    QCOMPARE(pub.exitCode, 0);
    QVERIFY(sub.waitForFinished(15000));
    QCOMPARE(sub.exitCode(), 0);
    const QJsonObject m = QJsonDocument::fromJson(sub.readAllStandardOutput().trimmed()).object();
    QCOMPARE(m.value("payload").toString(), QStringLiteral("over websockets"));
    QCOMPARE(m.value("properties").toObject().value("user_properties").toArray(), (QJsonArray{QJsonValue(QJsonArray{"via", "ws"})}));
}

QTEST_GUILESS_MAIN(TestCliMqttWebsockets)
#include "tst_cli_mqtt_websockets.moc"
