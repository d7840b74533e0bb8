// mqkit mqtt tree / retained clear / pub -l / pub --repeat / sub --retained-only against the
// real Mosquitto of tests/rig, checked with mosquitto_pub and mosquitto_sub.

#include "TestSupport.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

void publishRetained(const QString& topic, const QString& payload) {
    const auto r = runProcess("mosquitto_pub", rigMosquittoPlainArgs() + QStringList{"-q", "1", "-r", "-t", topic, "-m", payload});
    QCOMPARE(r.exitCode, 0);
}

// How many retained messages mosquitto_sub sees under filter (a peer's view, not ours).
int retainedCountByMosquittoSub(const QString& filter) {
    const auto r = runProcess("mosquitto_sub", rigMosquittoPlainArgs() + QStringList{"-t", filter, "--retained-only", "-W", "2", "-v"});
    return static_cast<int>(r.out.count('\n'));
}

QJsonObject childNamed(const QJsonArray& children, const QString& name) {
    for (const auto& c : children)
        if (c.toObject().value("name").toString() == name)
            return c.toObject();
    return {};
}

} // namespace

class TestCliMqttTree : public QObject {
    Q_OBJECT
private slots:
    void treeJsonShowsEdgeCaseLevelsAndRetainedPayloads();
    void treeTextIndentsAndMarksRetained();
    void treeTextSummarisesBinaryAndEscapesControls();
    void treeJsonCarriesPerTopicCountsTimesAndProperties();
    void liveTrafficDoesNotKeepTreeWaiting();
    void retainedClearWithoutExecuteChangesNothing();
    void retainedClearWithExecuteClearsOnlyTheFilter();
    void retainedClearRefusesTheBrokersDollarTopics();
    void retainedClearCountsOnlyWhatIsReallyGone();
    void pubLinesSendsOneMessagePerNonEmptyLine();
    void pubRepeatSendsThatManyMessages();
    void subRetainedOnlyStopsAtFirstLiveMessage();

private:
    QTemporaryDir m_data;
};

void TestCliMqttTree::treeJsonShowsEdgeCaseLevelsAndRetainedPayloads() {
    const QString base = uniqueName("tree");
    publishRetained(base + "/a", "alpha");
    publishRetained(base + "//empty-level", "e");
    publishRetained(base + QStringLiteral("/küche/温度"), "21.5");
    const auto r = runCli({"mqtt", "tree", "-L", rigMqttPlainUrl(), base + "/#", "--quiet", "300", "-o", "json"}, m_data.path());
    QCOMPARE(r.exitCode, 0);
    const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(doc.value("retained").toInt(), 3);
    QCOMPARE(doc.value("complete").toBool(), true);
    const QJsonObject root = childNamed(doc.value("tree").toArray(), base);
    QVERIFY(!root.isEmpty());
    const QJsonArray children = root.value("children").toArray();
    QCOMPARE(childNamed(children, "a").value("payload").toString(), QStringLiteral("alpha"));
    QCOMPARE(childNamed(children, "a").value("retained").toBool(), true);
    const QJsonObject empty = childNamed(children, "");
    QCOMPARE(childNamed(empty.value("children").toArray(), "empty-level").value("topic").toString(),
             base + "//empty-level");
    const QJsonObject kitchen = childNamed(children, QStringLiteral("küche"));
    QCOMPARE(childNamed(kitchen.value("children").toArray(), QStringLiteral("温度")).value("payload").toString(),
             QStringLiteral("21.5"));
    runCli({"mqtt", "retained", "clear", "-L", rigMqttPlainUrl(), base + "/#", "--quiet", "300", "--execute"}, m_data.path());
}

void TestCliMqttTree::treeTextIndentsAndMarksRetained() {
    const QString base = uniqueName("treetext");
    publishRetained(base + "/dev/state", "on");
    const auto r = runCli({"mqtt", "tree", "-L", rigMqttPlainUrl(), base + "/#", "--quiet", "300"}, m_data.path());
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains((base + "  (1 topics)\n  dev  (1 topics)\n    state = on  [retained]\n").toUtf8()),
             r.out.constData());
    QVERIFY(r.err.contains("1 topics, 1 retained"));
    runCli({"mqtt", "retained", "clear", "-L", rigMqttPlainUrl(), base + "/#", "--quiet", "300", "--execute"}, m_data.path());
}

void TestCliMqttTree::treeTextSummarisesBinaryAndEscapesControls() {
    const QString base = uniqueName("treesafe");
    QTemporaryDir dir;
    QFile bin(dir.filePath("bin"));
    QVERIFY(bin.open(QIODevice::WriteOnly));
    bin.write(QByteArray("\x00\xff\x1b", 3));
    bin.close();
    QCOMPARE(runProcess("mosquitto_pub", rigMosquittoPlainArgs() + QStringList{"-r", "-t", base + "/bin", "-f", bin.fileName()}).exitCode, 0);
    publishRetained(base + "/esc", QStringLiteral("\x1b[31mred"));
    const auto r = runCli({"mqtt", "tree", "-L", rigMqttPlainUrl(), base + "/#", "--quiet", "300"}, m_data.path());
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("  bin = <binary, 3 bytes: 00 ff 1b>  [retained]\n"), r.out.constData());
    // A terminal escape in a payload is shown, never sent to the terminal.
    QVERIFY2(r.out.contains("  esc = \\x1b[31mred  [retained]\n"), r.out.constData());
    QVERIFY(!r.out.contains('\x1b'));
    runCli({"mqtt", "retained", "clear", "-L", rigMqttPlainUrl(), base + "/#", "--quiet", "300", "--execute"}, m_data.path());
}

void TestCliMqttTree::treeJsonCarriesPerTopicCountsTimesAndProperties() {
    const QString base = uniqueName("treeprops");
    QCOMPARE(runProcess("mosquitto_pub", rigMosquittoPlainArgs() + QStringList{"-V", "5", "-r", "-t", base + "/dev/cfg", "-m",
                                                                                "{\"t\":1}", "-D", "publish", "user-property",
                                                                                "site", "north"})
                 .exitCode,
             0);
    publishRetained(base + "/dev/other", "x");
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const auto r = runCli({"mqtt", "tree", "-V", "5", "-L", rigMqttPlainUrl(), base + "/#", "--quiet", "300", "-o", "json"},
                          m_data.path());
    QCOMPARE(r.exitCode, 0);
    const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    const QJsonObject root = childNamed(doc.value("tree").toArray(), base);
    QCOMPARE(root.value("topics").toInt(), 2);
    QCOMPARE(root.value("retained_topics").toInt(), 2);
    const QJsonObject dev = childNamed(root.value("children").toArray(), "dev");
    QCOMPARE(dev.value("messages").toInt(), 2);
    const QJsonObject cfg = childNamed(dev.value("children").toArray(), "cfg");
    QCOMPARE(cfg.value("topic_messages").toInt(), 1);
    QVERIFY(cfg.value("rate").toDouble() > 0);
    const QDateTime receivedAt = QDateTime::fromString(cfg.value("received_at").toString(), Qt::ISODateWithMs);
    QVERIFY2(receivedAt.isValid() && receivedAt.toMSecsSinceEpoch() >= before - 1000, qPrintable(cfg.value("received_at").toString()));
    const QJsonArray user = cfg.value("properties").toObject().value("user_properties").toArray();
    QCOMPARE(user, (QJsonArray{QJsonValue(QJsonArray{"site", "north"})}));
    QVERIFY(!childNamed(dev.value("children").toArray(), "other").contains("properties"));
    runCli({"mqtt", "retained", "clear", "-L", rigMqttPlainUrl(), base + "/#", "--quiet", "300", "--execute"}, m_data.path());
}

void TestCliMqttTree::liveTrafficDoesNotKeepTreeWaiting() {
    const QString base = uniqueName("busy");
    publishRetained(base + "/config", "c");
    // A device publishing every 50 ms, far more often than the quiet period.
    QProcess device;
    device.start(cliPath(), {"mqtt", "pub", "-L", rigMqttPlainUrl(), "-t", base + "/telemetry", "-m", "t", "--repeat", "400",
                             "--interval", "50"});
    QVERIFY(device.waitForStarted());
    QTest::qWait(500);
    const auto r = runCli({"mqtt", "tree", "-L", rigMqttPlainUrl(), base + "/#", "--quiet", "500", "--max-wait", "15", "-o", "json"},
                          m_data.path(), 30000);
    device.kill();
    device.waitForFinished();
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.elapsedMs < 5000, qPrintable(QString::number(r.elapsedMs)));
    QVERIFY2(!r.err.contains("warning"), r.err.constData());
    const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(doc.value("complete").toBool(), true);
    QCOMPARE(doc.value("retained").toInt(), 1);
    runProcess("mosquitto_pub", rigMosquittoPlainArgs() + QStringList{"-r", "-n", "-t", base + "/config"});
}

void TestCliMqttTree::retainedClearWithoutExecuteChangesNothing() {
    const QString base = uniqueName("keep");
    for (int i = 0; i < 3; ++i)
        publishRetained(QStringLiteral("%1/t%2").arg(base).arg(i), "v");
    const auto r = runCli({"mqtt", "retained", "clear", "-L", rigMqttPlainUrl(), base + "/#", "--quiet", "300"}, m_data.path());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("%1/t0\n%1/t1\n%1/t2\n").arg(base).toUtf8());
    QVERIFY2(r.err.contains("dry run: 3 retained message(s) would be cleared"), r.err.constData());
    QCOMPARE(retainedCountByMosquittoSub(base + "/#"), 3);
    runCli({"mqtt", "retained", "clear", "-L", rigMqttPlainUrl(), base + "/#", "--quiet", "300", "--execute"}, m_data.path());
}

void TestCliMqttTree::retainedClearWithExecuteClearsOnlyTheFilter() {
    const QString base = uniqueName("clear");
    publishRetained(base + "/gone/1", "x");
    publishRetained(base + "/gone/2", "x");
    publishRetained(base + "/stays", "y");
    const auto r = runCli({"mqtt", "retained", "clear", "-L", rigMqttPlainUrl(), base + "/gone/#", "--quiet", "300", "--execute",
                           "-o", "json"},
                          m_data.path());
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value("count").toInt(), 2);
    QCOMPARE(o.value("executed").toBool(), true);
    QCOMPARE(retainedCountByMosquittoSub(base + "/gone/#"), 0);
    QCOMPARE(retainedCountByMosquittoSub(base + "/stays"), 1);
    runProcess("mosquitto_pub", rigMosquittoPlainArgs() + QStringList{"-r", "-n", "-t", base + "/stays"});
}

// Issue 14: '$SYS/#' --execute said "cleared 43" and exited 0, while clients cannot publish there.
void TestCliMqttTree::retainedClearRefusesTheBrokersDollarTopics() {
    const auto r = runCli({"mqtt", "retained", "clear", "-L", rigMqttPlainUrl(), "$SYS/#", "--quiet", "300", "--execute"},
                          m_data.path());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("'$SYS/#'") && r.err.contains("belong to the broker") && r.err.count('\n') == 1,
             r.err.constData());
    QVERIFY(r.out.isEmpty());
}

// Issue 14: the count was what was sent, not what was cleared. A listener whose ACL lets anonymous
// clients only read drops their clears silently (with a PUBACK): nothing is cleared, and mqkit says so.
void TestCliMqttTree::retainedClearCountsOnlyWhatIsReallyGone() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const int open = freeLoopbackPort();
    int readOnly = freeLoopbackPort();
    while (readOnly == open)
        readOnly = freeLoopbackPort();
    QFile acl(dir.filePath("acl"));
    QVERIFY(acl.open(QIODevice::WriteOnly) && acl.write("topic read #\n") > 0);
    acl.close();
    // Mosquitto started as root drops to its own user, which must still read the ACL file.
    const auto readable = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    QVERIFY(QFile::setPermissions(dir.path(), readable | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                                  QFileDevice::ExeGroup | QFileDevice::ExeOther));
    QVERIFY(acl.setPermissions(readable | QFileDevice::WriteOwner));
    QFile conf(dir.filePath("mosquitto.conf"));
    QVERIFY(conf.open(QIODevice::WriteOnly));
    conf.write(QStringLiteral("per_listener_settings true\npersistence false\n"
                              "listener %1 127.0.0.1\nallow_anonymous true\n"
                              "listener %2 127.0.0.1\nallow_anonymous true\nacl_file %3\n")
                   .arg(open)
                   .arg(readOnly)
                   .arg(acl.fileName())
                   .toUtf8());
    conf.close();
    QProcess broker;
    broker.start("mosquitto", {"-c", conf.fileName()});
    QVERIFY(broker.waitForStarted(5000));
    const QStringList openArgs{"-h", "127.0.0.1", "-p", QString::number(open)};
    bool up = false;
    for (int i = 0; i < 100 && !up; ++i) {
        up = runProcess("mosquitto_pub", openArgs + QStringList{"-t", "check", "-m", "x"}, 5000).exitCode == 0;
        if (!up)
            QTest::qWait(100);
    }
    QVERIFY2(up, "the private Mosquitto did not start");
    for (const char* t : {"acl/a", "acl/b"})
        QCOMPARE(runProcess("mosquitto_pub", openArgs + QStringList{"-q", "1", "-r", "-t", t, "-m", "v"}).exitCode, 0);

    auto r = runCli({"mqtt", "retained", "clear", "-L", QStringLiteral("mqtt://127.0.0.1:%1").arg(readOnly), "acl/#",
                     "--quiet", "300", "--execute", "-o", "json"},
                    m_data.path());
    QCOMPARE(r.exitCode, 1);
    QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value("count").toInt(), 2);
    QCOMPARE(o.value("cleared").toInt(), 0);
    QCOMPARE(o.value("items").toArray().at(0).toObject().value("result").toString(), QStringLiteral("failed"));
    QVERIFY2(r.err.contains("cleared 0 retained message(s)") && r.err.contains("2 of 2 retained message(s) are still there"),
             r.err.constData());
    const auto seen = runProcess("mosquitto_sub", openArgs + QStringList{"-t", "acl/#", "--retained-only", "-W", "2", "-v"});
    QCOMPARE(seen.out.count('\n'), 2);

    r = runCli({"mqtt", "retained", "clear", "-L", QStringLiteral("mqtt://127.0.0.1:%1").arg(open), "acl/#", "--quiet",
                "300", "--execute", "-o", "json"},
               m_data.path());
    broker.terminate();
    broker.waitForFinished(10000);
    QCOMPARE(r.exitCode, 0);
    o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value("cleared").toInt(), 2);
    QVERIFY2(r.err.contains("cleared 2 retained message(s)"), r.err.constData());
}

void TestCliMqttTree::pubLinesSendsOneMessagePerNonEmptyLine() {
    const QString topic = uniqueName("lines");
    QProcess sub;
    sub.start("mosquitto_sub", rigMosquittoPlainArgs() + QStringList{"-t", topic, "-C", "3", "-W", "10"});
    QVERIFY(sub.waitForStarted());
    QTest::qWait(500);
    const auto r = runCli({"mqtt", "pub", "-L", rigMqttPlainUrl(), "-t", topic, "-l", "-q", "1"}, m_data.path(), 15000,
                          "first\nsecond\n\nthird\n");
    QCOMPARE(r.exitCode, 0);
    QVERIFY(sub.waitForFinished(10000));
    QCOMPARE(sub.readAllStandardOutput(), QByteArray("first\nsecond\nthird\n"));
}

void TestCliMqttTree::pubRepeatSendsThatManyMessages() {
    const QString topic = uniqueName("repeat");
    QProcess sub;
    sub.start("mosquitto_sub", rigMosquittoPlainArgs() + QStringList{"-t", topic, "-C", "4", "-W", "10"});
    QVERIFY(sub.waitForStarted());
    QTest::qWait(500);
    const auto r = runCli({"mqtt", "pub", "-L", rigMqttPlainUrl(), "-t", topic, "-m", "tick", "--repeat", "4", "--interval", "20",
                           "-q", "1"},
                          m_data.path());
    QCOMPARE(r.exitCode, 0);
    QVERIFY(sub.waitForFinished(10000));
    QCOMPARE(sub.exitCode(), 0);
    QCOMPARE(sub.readAllStandardOutput(), QByteArray("tick\ntick\ntick\ntick\n"));
}

void TestCliMqttTree::subRetainedOnlyStopsAtFirstLiveMessage() {
    const QString base = uniqueName("ronly");
    publishRetained(base + "/kept", "old");
    QProcess sub;
    startCli(sub, {"mqtt", "sub", "-L", rigMqttPlainUrl(), "-t", base + "/#", "--retained-only", "-W", "15", "-v"},
             m_data.path());
    QVERIFY(sub.waitForStarted());
    QTest::qWait(800);
    QCOMPARE(runProcess("mosquitto_pub", rigMosquittoPlainArgs() + QStringList{"-t", base + "/live", "-m", "new"}).exitCode, 0);
    QVERIFY(sub.waitForFinished(10000));
    QCOMPARE(sub.exitCode(), 0);
    QCOMPARE(sub.readAllStandardOutput(), (base + "/kept old\n").toUtf8());
    runProcess("mosquitto_pub", rigMosquittoPlainArgs() + QStringList{"-r", "-n", "-t", base + "/kept"});
}

QTEST_GUILESS_MAIN(TestCliMqttTree)
#include "tst_cli_mqtt_tree.moc"
