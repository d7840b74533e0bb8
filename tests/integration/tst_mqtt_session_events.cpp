// MqttSession's session features against the real Mosquitto of tests/rig: connection events,
// an MQTT 5 DISCONNECT from the broker with its reason in words, persistent sessions (session
// present), Last Will with MQTT 5 properties, subscription identifiers.

#include "TestSupport.h"
#include "common/Error.h"
#include "mqtt/MqttSession.h"

#include <QElapsedTimer>
#include <QTest>

using namespace mqkit;
using Kind = MqttConnectionEvent::Kind;

namespace {

MqttConnectOptions plainOptions(int version = 5) {
    MqttConnectOptions o;
    o.url = BrokerUrl::parse(QStringLiteral("mqtt://127.0.0.1:%1").arg(RigEnv::get().port("MQKIT_RIG_MQTT_PLAIN_PORT")));
    o.protocolVersion = version;
    return o;
}

// The session's events in order; until() returns those up to the first of `kind` (included) and
// keeps any later ones for the next call.
class EventLog {
public:
    explicit EventLog(MqttSession& s) : m_session(s) {}
    std::vector<MqttConnectionEvent> until(Kind kind, int timeoutMs = 10000) {
        std::vector<MqttConnectionEvent> out;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < timeoutMs) {
            for (auto& e : m_session.takeEvents())
                m_pending.push_back(e);
            while (!m_pending.empty()) {
                out.push_back(m_pending.front());
                m_pending.erase(m_pending.begin());
                if (out.back().kind == kind)
                    return out;
            }
            QTest::qWait(50);
        }
        return out;
    }

private:
    MqttSession& m_session;
    std::vector<MqttConnectionEvent> m_pending;
};

QStringList dynsec() {
    const RigEnv& rig = RigEnv::get();
    return {"-h", "127.0.0.1", "-p", rig.value("MQKIT_RIG_MQTT_AUTH_PORT"), "-u", rig.value("MQKIT_RIG_MQTT_ADMIN_USER"),
            "-P", rig.value("MQKIT_RIG_MQTT_ADMIN_PASSWORD"), "dynsec"};
}

} // namespace

class TestMqttSessionEvents : public QObject {
    Q_OBJECT
private slots:
    void connectReportsAConnectedEvent();
    void brokerDisconnectIsReportedWithItsReasonInWords_data();
    void brokerDisconnectIsReportedWithItsReasonInWords();
    void persistentSessionIsPresentOnTheSecondConnect();
    void lastWillWithV5PropertiesFiresWhenTheConnectionDrops();
    void subscriptionIdentifierComesBackOnMatchingMessages();
    void optionsForMqtt5OnlyAreRefusedOnMqtt311();
};

void TestMqttSessionEvents::connectReportsAConnectedEvent() {
    MqttSession s(plainOptions());
    s.connect();
    const auto events = s.takeEvents();
    QCOMPARE(events.size(), size_t(1));
    QCOMPARE(events[0].kind, Kind::Connected);
    QVERIFY(!events[0].sessionPresent);
    QVERIFY(events[0].atMs > 0);
    QVERIFY(s.takeEvents().empty()); // taken once
}

void TestMqttSessionEvents::brokerDisconnectIsReportedWithItsReasonInWords_data() {
    QTest::addColumn<bool>("reconnect");
    QTest::newRow("reconnect off: the session is lost") << false;
    QTest::newRow("reconnect on: it keeps trying") << true;
}

// Disabling a client with Mosquitto's dynamic security plugin makes the broker send an MQTT 5
// DISCONNECT with reason code 0x98 (administrative action) to it.
void TestMqttSessionEvents::brokerDisconnectIsReportedWithItsReasonInWords() {
    QFETCH(bool, reconnect);
    const RigEnv& rig = RigEnv::get();
    const QString user = uniqueName("kick").replace('/', '-');
    QCOMPARE(runProcess("mosquitto_ctrl", dynsec() + QStringList{"createClient", user, "-p", "pw"}).exitCode, 0);
    MqttConnectOptions o;
    o.url = BrokerUrl::parse(QStringLiteral("mqtt://127.0.0.1:%1").arg(rig.port("MQKIT_RIG_MQTT_AUTH_PORT")));
    o.username = user;
    o.password = QStringLiteral("pw");
    o.protocolVersion = 5;
    o.reconnect.enabled = reconnect;
    o.reconnect.minDelay = std::chrono::milliseconds(200);
    o.reconnect.maxDelay = std::chrono::milliseconds(400);
    MqttSession s(o);
    s.connect();
    QCOMPARE(runProcess("mosquitto_ctrl", dynsec() + QStringList{"disableClient", user}).exitCode, 0);

    EventLog log(s);
    auto events = log.until(Kind::DisconnectedByBroker);
    QVERIFY(!events.empty());
    const MqttConnectionEvent& e = events.back();
    QCOMPARE(e.kind, Kind::DisconnectedByBroker);
    QCOMPARE(e.reasonCode, 0x98);
    QCOMPARE(e.message, QStringLiteral("administrative action"));
    QCOMPARE(e.describe(), QStringLiteral("disconnected by the broker: administrative action (reason code 0x98)"));
    if (!reconnect) {
        QTRY_VERIFY(s.connectionLost().has_value());
        QCOMPARE(*s.connectionLost(), QStringLiteral("administrative action"));
    } else {
        // The disabled client is refused: attempts go on, each reported, and the session is not "lost".
        const auto more = log.until(Kind::ReconnectFailed);
        QVERIFY(!more.empty());
        QCOMPARE(more.front().kind, Kind::Reconnecting);
        QCOMPARE(more.front().attempt, 1);
        QCOMPARE(more.back().kind, Kind::ReconnectFailed);
        QVERIFY(!s.connectionLost());
        s.disconnect(); // ends the reconnect loop
    }
    runProcess("mosquitto_ctrl", dynsec() + QStringList{"deleteClient", user});
}

void TestMqttSessionEvents::persistentSessionIsPresentOnTheSecondConnect() {
    const QString topic = uniqueName("session/present");
    MqttConnectOptions o = plainOptions(5);
    o.clientId = uniqueName("present").replace('/', '-');
    o.cleanStart = false;
    o.sessionExpirySeconds = 120;
    {
        MqttSession first(o);
        first.connect();
        QVERIFY(!first.takeEvents().front().sessionPresent);
        first.subscribe({topic}, 1);
        first.disconnect();
    }
    {
        MqttSession pub(plainOptions());
        pub.connect();
        pub.publish(topic, "while away", 1, false);
    }
    MqttSession second(o);
    second.connect();
    const auto events = second.takeEvents();
    QCOMPARE(events.front().kind, Kind::Connected);
    QVERIFY(events.front().sessionPresent);
    QCOMPARE(events.front().describe(), QStringLiteral("connected (session resumed)"));
    const auto got = collectMessages(second, 1); // no subscribe: the session kept it
    QCOMPARE(got.size(), size_t(1));
    QCOMPARE(got[0].payload, QByteArray("while away"));
    QCOMPARE(got[0].qos, 1);
}

void TestMqttSessionEvents::lastWillWithV5PropertiesFiresWhenTheConnectionDrops() {
    const QString willTopic = uniqueName("session/will");
    MqttSession watcher(plainOptions(5));
    watcher.connect();
    watcher.subscribe({willTopic}, 2);

    // The session that dies: it is taken over by a second client with the same id, which the
    // broker treats as an abnormal end of the first connection, so the will is published.
    MqttConnectOptions o = plainOptions(5);
    o.clientId = uniqueName("will").replace('/', '-');
    MqttMessage will;
    will.topic = willTopic;
    will.payload = "offline";
    will.qos = 2;
    will.retained = false;
    will.properties.contentType = QStringLiteral("text/plain");
    will.properties.user = {{QStringLiteral("reason"), QStringLiteral("lost")}};
    o.will = will;
    MqttSession dying(o);
    dying.connect();
    QVERIFY(collectMessages(watcher, 1, 500).empty());
    MqttConnectOptions thief = plainOptions(5);
    thief.clientId = o.clientId;
    MqttSession taker(thief);
    taker.connect();

    const auto got = collectMessages(watcher, 1);
    QCOMPARE(got.size(), size_t(1));
    QCOMPARE(got[0].topic, willTopic);
    QCOMPARE(got[0].payload, QByteArray("offline"));
    QCOMPARE(got[0].qos, 2);
    QCOMPARE(got[0].properties.contentType, QStringLiteral("text/plain"));
    QCOMPARE(got[0].properties.user, will.properties.user);
}

void TestMqttSessionEvents::subscriptionIdentifierComesBackOnMatchingMessages() {
    const QString base = uniqueName("session/subid");
    MqttSession s(plainOptions(5));
    s.connect();
    s.subscribe({base + "/a"}, 1, 11);
    s.subscribe({base + "/#"}, 1, 22);
    s.publish(base + "/a", "x", 1, false);
    auto got = collectMessages(s, 2, 3000);
    std::vector<int> ids;
    for (const auto& m : got)
        ids.insert(ids.end(), m.properties.subscriptionIds.begin(), m.properties.subscriptionIds.end());
    std::sort(ids.begin(), ids.end());
    // Mosquitto sends one copy per matching subscription, each with its identifier.
    QCOMPARE(ids, (std::vector<int>{11, 22}));
}

void TestMqttSessionEvents::optionsForMqtt5OnlyAreRefusedOnMqtt311() {
    MqttConnectOptions o = plainOptions(4);
    o.sessionExpirySeconds = 60;
    try {
        MqttSession s(o);
        QFAIL("session expiry on MQTT 3.1.1 accepted");
    } catch (const Error& e) {
        QCOMPARE(e.kind(), ErrorKind::Usage);
    }
    MqttSession s(plainOptions(4));
    s.connect();
    try {
        s.subscribe({"a/b"}, 0, 5);
        QFAIL("subscription identifier on MQTT 3.1.1 accepted");
    } catch (const Error& e) {
        QCOMPARE(e.kind(), ErrorKind::Usage);
    }
}

QTEST_GUILESS_MAIN(TestMqttSessionEvents)
#include "tst_mqtt_session_events.moc"
