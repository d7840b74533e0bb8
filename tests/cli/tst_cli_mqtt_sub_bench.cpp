// mqkit mqtt sub -F / -v / -o json with MQTT 5 properties, and mqkit mqtt bench, against the real
// Mosquitto of tests/rig. Messages are published retained by mosquitto_pub (a peer), so the
// subscriber receives them the moment it subscribes: no race between subscribe and publish.

#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

// An address nothing listens on: usage errors must be found before any connection attempt.
const QString kNowhere = QStringLiteral("mqtt://127.0.0.1:9");

void publishRetained(const QString& topic, const QStringList& extra) {
    const auto r = runProcess("mosquitto_pub", rigMosquittoPlainArgs() + QStringList{"-q", "1", "-r", "-t", topic} + extra);
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void clearRetained(const QString& topic) {
    runProcess("mosquitto_pub", rigMosquittoPlainArgs() + QStringList{"-q", "1", "-r", "-t", topic, "-n"});
}

// mosquitto_pub -V 5 with every property it can send.
const QStringList kV5Properties{"-V", "5",
                                "-D", "publish", "content-type", "text/plain",
                                "-D", "publish", "user-property", "unit", "C",
                                "-D", "publish", "user-property", "site", "north",
                                "-D", "publish", "response-topic", "reply/here",
                                "-D", "publish", "correlation-data", "abc",
                                "-D", "publish", "message-expiry-interval", "600",
                                "-D", "publish", "payload-format-indicator", "1"};

} // namespace

class TestCliMqttSubBench : public QObject {
    Q_OBJECT
private slots:
    void formatStringPrintsTopicPayloadQosRetainLengthAndHex();
    void formatStringPrintsMqtt5Properties();
    void verboseTextShowsPropertiesBetweenTopicAndPayload();
    void verboseTextWithoutPropertiesIsTopicSpacePayload();
    void jsonOutputCarriesProperties();
    void noEolJoinsMessages();
    void badFormatIsAUsageErrorBeforeConnecting_data();
    void badFormatIsAUsageErrorBeforeConnecting();
    void benchCountsAddUpAndJsonHasEveryFigure();
    void benchTextPrintsRatesAndPercentiles();
    void benchPublishOnlySendsTheCountToAnotherSubscriber();
    void benchBadFlagsAreUsageErrors_data();
    void benchBadFlagsAreUsageErrors();
    // pipeline (issue 14)
    void benchAtQos2LosesNothingToMosquittoSub();
    void benchAtQos2LosesNothingToItsOwnSubscriber();

private:
    QTemporaryDir m_data;
};

void TestCliMqttSubBench::formatStringPrintsTopicPayloadQosRetainLengthAndHex() {
    const QString topic = uniqueName("fmt") + "/a";
    publishRetained(topic, {"-m", "hi!"});
    const auto r = runCli({"mqtt", "sub", "-L", rigMqttPlainUrl(), "-t", topic, "-q", "1", "-C", "1", "-W", "10",
                           "-F", "%t|%p|%q|%r|%l|%x|%X|%%|\\t|%5l"},
                          m_data.path());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, (topic + "|hi!|1|1|3|686921|686921|%|\t|    3\n").toUtf8());
    clearRetained(topic);
}

void TestCliMqttSubBench::formatStringPrintsMqtt5Properties() {
    const QString topic = uniqueName("fmt5") + "/a";
    publishRetained(topic, kV5Properties + QStringList{"-m", "21.5"});
    const auto r = runCli({"mqtt", "sub", "-L", rigMqttPlainUrl(), "-V", "5", "-t", topic, "-C", "1", "-W", "10",
                           "-F", "C=%C P=%P R=%R D=%D F=%F E=%E p=%p"},
                          m_data.path());
    QCOMPARE(r.exitCode, 0);
    // The broker counts the expiry down while it holds the message: 600 or just below.
    const QByteArray out = r.out;
    QVERIFY2(out.startsWith("C=text/plain P=unit:C site:north R=reply/here D=abc F=1 E="), out.constData());
    const qsizetype e = out.indexOf("E=") + 2;
    const int expiry = out.mid(e, out.indexOf(' ', e) - e).toInt();
    QVERIFY2(expiry > 500 && expiry <= 600, out.constData());
    QVERIFY(out.endsWith(" p=21.5\n"));
    clearRetained(topic);
}

void TestCliMqttSubBench::verboseTextShowsPropertiesBetweenTopicAndPayload() {
    const QString topic = uniqueName("v5") + "/a";
    publishRetained(topic, kV5Properties + QStringList{"-m", "21.5"});
    const auto r = runCli({"mqtt", "sub", "-L", rigMqttPlainUrl(), "-V", "5", "-t", topic, "-C", "1", "-W", "10", "-v"},
                          m_data.path());
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith((topic + " [content-type=text/plain payload-format=1 expiry=").toUtf8()), r.out.constData());
    QVERIFY2(r.out.endsWith(" response-topic=reply/here correlation-data=616263 user:unit=C user:site=north] 21.5\n"),
             r.out.constData());
    clearRetained(topic);
}

void TestCliMqttSubBench::verboseTextWithoutPropertiesIsTopicSpacePayload() {
    const QString topic = uniqueName("v3") + "/a";
    publishRetained(topic, {"-m", "plain"});
    const auto r = runCli({"mqtt", "sub", "-L", rigMqttPlainUrl(), "-V", "5", "-t", topic, "-C", "1", "-W", "10", "-v"},
                          m_data.path());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, (topic + " plain\n").toUtf8());
    clearRetained(topic);
}

void TestCliMqttSubBench::jsonOutputCarriesProperties() {
    const QString topic = uniqueName("json5") + "/a";
    publishRetained(topic, kV5Properties + QStringList{"-m", "21.5"});
    const auto r = runCli({"mqtt", "sub", "-L", rigMqttPlainUrl(), "-V", "5", "-t", topic, "-C", "1", "-W", "10", "-o", "json"},
                          m_data.path());
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value("payload").toString(), QStringLiteral("21.5"));
    QCOMPARE(o.value("retain").toBool(), true);
    QVERIFY(!o.value("received_at").toString().isEmpty());
    const QJsonObject p = o.value("properties").toObject();
    QCOMPARE(p.value("content_type").toString(), QStringLiteral("text/plain"));
    QCOMPARE(p.value("response_topic").toString(), QStringLiteral("reply/here"));
    QCOMPARE(p.value("correlation_data").toString(), QStringLiteral("YWJj"));
    QCOMPARE(p.value("user_properties").toArray().size(), 2);
    clearRetained(topic);
}

void TestCliMqttSubBench::noEolJoinsMessages() {
    const QString base = uniqueName("noeol");
    publishRetained(base + "/a", {"-m", "x"});
    publishRetained(base + "/b", {"-m", "x"});
    const auto r = runCli({"mqtt", "sub", "-L", rigMqttPlainUrl(), "-t", base + "/#", "-C", "2", "-W", "10", "-N", "-F", "%p;"},
                          m_data.path());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("x;x;"));
    clearRetained(base + "/a");
    clearRetained(base + "/b");
}

void TestCliMqttSubBench::badFormatIsAUsageErrorBeforeConnecting_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("says");
    QTest::newRow("unknown code") << QStringList{"-F", "%t %Z"} << "%Z";
    QTest::newRow("packet id") << QStringList{"-F", "%m"} << "%m";
    QTest::newRow("unknown escape") << QStringList{"-F", "\\q"} << "\\q";
    QTest::newRow("format and json") << QStringList{"-F", "%t", "-o", "json"} << "-F";
}

void TestCliMqttSubBench::badFormatIsAUsageErrorBeforeConnecting() {
    QFETCH(QStringList, args);
    QFETCH(QString, says);
    const auto r = runCli(QStringList{"mqtt", "sub", "-L", kNowhere, "-t", "x"} + args, m_data.path(), 10000);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith("mqkit: "), r.err.constData());
    QVERIFY2(r.err.contains(says.toUtf8()), r.err.constData());
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY(r.out.isEmpty());
}

void TestCliMqttSubBench::benchCountsAddUpAndJsonHasEveryFigure() {
    const QString topic = uniqueName("bench") + "/%i";
    const auto r = runCli({"mqtt", "bench", "-L", rigMqttPlainUrl(), "-P", "2", "-S", "2", "-C", "150", "-q", "1",
                           "-s", "64", "-t", topic, "-o", "json"},
                          m_data.path(), 60000);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value("sent").toInt(), 300);
    QCOMPARE(o.value("expected").toInt(), 600);
    QCOMPARE(o.value("received").toInt(), 600);
    QCOMPARE(o.value("lost").toInt(), 0);
    QCOMPARE(o.value("duplicates").toInt(), 0);
    QCOMPARE(o.value("payload_size").toInt(), 64);
    QCOMPARE(o.value("qos").toInt(), 1);
    QVERIFY(o.value("send_rate").toDouble() > 0);
    QVERIFY(o.value("receive_rate").toDouble() > 0);
    const QJsonObject lat = o.value("latency_ms").toObject();
    for (const char* k : {"p50", "p95", "p99", "max"})
        QVERIFY2(lat.contains(k), k);
    QVERIFY(lat.value("p50").toDouble() <= lat.value("p95").toDouble());
    QVERIFY(lat.value("p95").toDouble() <= lat.value("p99").toDouble());
    QVERIFY(lat.value("p99").toDouble() <= lat.value("max").toDouble());
    QVERIFY(lat.value("max").toDouble() > 0);
}

void TestCliMqttSubBench::benchTextPrintsRatesAndPercentiles() {
    const QString topic = uniqueName("benchtext") + "/%i";
    const auto r = runCli({"mqtt", "bench", "-L", rigMqttPlainUrl(), "-d", "0.5", "-r", "200", "-t", topic}, m_data.path(),
                          60000);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("msgs/s"), r.out.constData());
    QVERIFY2(r.out.contains("(lost 0, duplicates 0)"), r.out.constData());
    QVERIFY2(r.out.contains("p50 ") && r.out.contains("p95 ") && r.out.contains("p99 "), r.out.constData());
    // -r 200 for 0.5 s: about 100 messages, never a flood.
    const QByteArray sentLine = r.out.mid(r.out.indexOf("sent"));
    const int sent = sentLine.split(' ').at(6).toInt();
    QVERIFY2(sent >= 50 && sent <= 110, r.out.constData());
}

void TestCliMqttSubBench::benchPublishOnlySendsTheCountToAnotherSubscriber() {
    const QString base = uniqueName("benchpub");
    // A retained marker reaches the subscriber the moment its subscription is in place.
    publishRetained(base + "/marker", {"-m", "marker"});
    QProcess sub;
    startCli(sub, {"mqtt", "sub", "-L", rigMqttPlainUrl(), "-t", base + "/+", "-q", "1", "-C", "501", "-W", "30", "-F", "%l"},
             m_data.path());
    QVERIFY(sub.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(sub.canReadLine() || sub.state() != QProcess::Running, 15000);
    QCOMPARE(sub.readLine(), QByteArray("6\n"));
    const auto r = runCli({"mqtt", "bench", "-L", rigMqttPlainUrl(), "-S", "0", "-C", "500", "-q", "1", "-s", "20", "-t",
                           base + "/%i", "-o", "json"},
                          m_data.path(), 60000);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value("sent").toInt(), 500);
    QVERIFY(sub.waitForFinished(30000));
    QCOMPARE(sub.exitCode(), 0);
    const QByteArray out = sub.readAllStandardOutput();
    QCOMPARE(out.count('\n'), 500);
    QCOMPARE(out.count("20\n"), 500);
    clearRetained(base + "/marker");
}

void TestCliMqttSubBench::benchBadFlagsAreUsageErrors_data() {
    QTest::addColumn<QStringList>("args");
    QTest::newRow("payload too small for the stamp") << QStringList{"-s", "8"};
    QTest::newRow("wildcard topic") << QStringList{"-t", "a/#"};
    QTest::newRow("index not a whole level") << QStringList{"-t", "a/x%i"};
    QTest::newRow("no publishers") << QStringList{"-P", "0"};
    QTest::newRow("qos 3") << QStringList{"-q", "3"};
    QTest::newRow("negative rate") << QStringList{"-r", "-1"};
    QTest::newRow("unknown flag") << QStringList{"--frobnicate"};
}

void TestCliMqttSubBench::benchBadFlagsAreUsageErrors() {
    QFETCH(QStringList, args);
    const auto r = runCli(QStringList{"mqtt", "bench", "-L", kNowhere} + args, m_data.path(), 10000);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(!r.err.contains("cannot connect"), r.err.constData());
}

void TestCliMqttSubBench::benchAtQos2LosesNothingToMosquittoSub() {
    // mosquitto_sub is the referee: every QoS 2 publish the bench counts as sent must reach it.
    const QString base = uniqueName("benchq2");
    publishRetained(base + "/marker", {"-m", "marker"});
    QProcess sub;
    // -F %l: one line per message whatever bytes the payload holds (the bench stamps binary into it).
    sub.start("mosquitto_sub",
              rigMosquittoPlainArgs() + QStringList{"-q", "2", "-t", base + "/#", "-C", "1001", "-W", "60", "-F", "%l"});
    QVERIFY(sub.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(sub.canReadLine() || sub.state() != QProcess::Running, 15000); // subscribed
    QCOMPARE(sub.readLine(), QByteArray("6\n"));
    const auto r = runCli({"mqtt", "bench", "-L", rigMqttPlainUrl(), "-P", "1", "-S", "0", "-C", "1000", "-q", "2", "-t",
                           base + "/%i", "-o", "json"},
                          m_data.path(), 60000);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value("sent").toInt(), 1000);
    sub.waitForFinished(60000);
    const QByteArray out = sub.readAllStandardOutput();
    clearRetained(base + "/marker");
    QCOMPARE(out.count("100\n"), 1000);
    QCOMPARE(sub.exitCode(), 0);
}

void TestCliMqttSubBench::benchAtQos2LosesNothingToItsOwnSubscriber() {
    const auto r = runCli({"mqtt", "bench", "-L", rigMqttPlainUrl(), "-P", "1", "-S", "1", "-C", "2000", "-q", "2", "-t",
                           uniqueName("benchq2s") + "/%i", "-o", "json"},
                          m_data.path(), 90000);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value("sent").toInt(), 2000);
    QCOMPARE(o.value("received").toInt(), 2000);
    QCOMPARE(o.value("lost").toInt(), 0);
    QCOMPARE(o.value("duplicates").toInt(), 0);
}

QTEST_GUILESS_MAIN(TestCliMqttSubBench)
#include "tst_cli_mqtt_sub_bench.moc"
