// The mqkit binary as a user sees it, without brokers: help, version, profiles, and every
// kind of bad input giving one clear line on stderr and the documented exit code.

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestCliUsage : public QObject {
    Q_OBJECT
private slots:
    void init();
    void versionPrintsVersionAndExitsZero();
    void helpWorksOnEveryLevel_data();
    void helpWorksOnEveryLevel();
    void badInputGivesOneLineAndExitCode_data();
    void badInputGivesOneLineAndExitCode();
    void unreachableBrokerExitsOneWithinTimeout_data();
    void unreachableBrokerExitsOneWithinTimeout();
    void profileAddListShowRemoveRoundTrip();
    void profileListJsonIsValidJsonArray();
    void profileSecretFromEnvIsNotStored();
    void duplicateProfileNeedsForce();

private:
    QString m_data;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliUsage::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_data = m_dir->path();
}

void TestCliUsage::versionPrintsVersionAndExitsZero() {
    const auto r = runCli({"--version"}, m_data);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("mqkit "));
}

void TestCliUsage::helpWorksOnEveryLevel_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("mentions");
    QTest::newRow("top") << QStringList{"--help"} << QByteArray("Exit codes");
    QTest::newRow("profile") << QStringList{"profile", "--help"} << QByteArray("add");
    QTest::newRow("profile add") << QStringList{"profile", "add", "--help"} << QByteArray("--secret");
    QTest::newRow("mqtt") << QStringList{"mqtt", "--help"} << QByteArray("sub");
    QTest::newRow("mqtt sub") << QStringList{"mqtt", "sub", "--help"} << QByteArray("--count");
    QTest::newRow("mqtt pub") << QStringList{"mqtt", "pub", "--help"} << QByteArray("--retain");
    QTest::newRow("mqtt tree") << QStringList{"mqtt", "tree", "--help"} << QByteArray("--quiet");
    QTest::newRow("mqtt retained clear") << QStringList{"mqtt", "retained", "clear", "--help"} << QByteArray("--execute");
    QTest::newRow("kafka") << QStringList{"kafka", "--help"} << QByteArray("topics");
    QTest::newRow("kafka topics list") << QStringList{"kafka", "topics", "list", "--help"} << QByteArray("-X");
}

void TestCliUsage::helpWorksOnEveryLevel() {
    QFETCH(QStringList, args);
    QFETCH(QByteArray, mentions);
    const auto r = runCli(args, m_data);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(mentions), r.out.constData());
    QVERIFY(r.err.isEmpty());
}

void TestCliUsage::badInputGivesOneLineAndExitCode_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("mentions");
    QTest::newRow("no subcommand") << QStringList{} << 2 << QByteArray("subcommand");
    QTest::newRow("unknown flag") << QStringList{"mqtt", "sub", "-t", "a", "--bogus"} << 2 << QByteArray("--bogus");
    QTest::newRow("qos out of range") << QStringList{"mqtt", "sub", "-t", "a", "-q", "3"} << 2 << QByteArray("qos");
    QTest::newRow("malformed URL") << QStringList{"mqtt", "sub", "-t", "a", "-L", "mqtt://host:notaport"} << 2
                                   << QByteArray("malformed broker URL");
    QTest::newRow("unknown scheme") << QStringList{"mqtt", "pub", "-t", "a", "-m", "x", "-L", "http://h"} << 2
                                    << QByteArray("unknown scheme");
    QTest::newRow("unknown profile") << QStringList{"mqtt", "sub", "-t", "a", "--profile", "nope"} << 2
                                     << QByteArray("unknown profile 'nope'");
    QTest::newRow("missing CA file") << QStringList{"mqtt", "sub", "-t", "a", "-L", "mqtts://127.0.0.1:1", "--cafile",
                                                    "/nonexistent/ca.pem"}
                                     << 2 << QByteArray("CA file not found");
    QTest::newRow("TLS options on plain URL") << QStringList{"mqtt", "sub", "-t", "a", "-L", "mqtt://127.0.0.1:1",
                                                             "--insecure"}
                                              << 2 << QByteArray("not a TLS URL");
    QTest::newRow("cert without key") << QStringList{"mqtt", "sub", "-t", "a", "-L", "mqtts://127.0.0.1:1", "--cert",
                                                     "/etc/hostname"}
                                      << 2 << QByteArray("--key");
    QTest::newRow("malformed bootstrap") << QStringList{"kafka", "topics", "list", "-b", "localhost"} << 2
                                         << QByteArray("malformed bootstrap");
    QTest::newRow("unknown librdkafka property") << QStringList{"kafka", "topics", "list", "-b", "h:1", "-X", "no.such=1"}
                                                 << 2 << QByteArray("no.such");
    QTest::newRow("property without =") << QStringList{"kafka", "topics", "list", "-b", "h:1", "-X", "novalue"} << 2
                                        << QByteArray("key=value");
    QTest::newRow("no bootstrap") << QStringList{"kafka", "topics", "list"} << 2 << QByteArray("bootstrap");
    QTest::newRow("password env unset") << QStringList{"mqtt", "pub", "-t", "a", "-m", "x", "-u", "u", "--password-env",
                                                       "MQKIT_TEST_UNSET_VAR"}
                                        << 2 << QByteArray("MQKIT_TEST_UNSET_VAR");
    QTest::newRow("pub without payload") << QStringList{"mqtt", "pub", "-t", "a"} << 2 << QByteArray("-m");
    QTest::newRow("retained clear without filter") << QStringList{"mqtt", "retained", "clear"} << 2 << QByteArray("filter");
    QTest::newRow("tree quiet too short") << QStringList{"mqtt", "tree", "--quiet", "1"} << 2 << QByteArray("quiet");
}

void TestCliUsage::badInputGivesOneLineAndExitCode() {
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, mentions);
    const auto r = runCli(args, m_data, 15000);
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(mentions), r.err.constData());
    QCOMPARE(r.err.count('\n'), 1); // one line
    QVERIFY(r.err.startsWith("mqkit: "));
}

void TestCliUsage::unreachableBrokerExitsOneWithinTimeout_data() {
    QTest::addColumn<QStringList>("args");
    QTest::newRow("mqtt") << QStringList{"mqtt", "sub", "-t", "a", "-L", "mqtt://127.0.0.1:1", "--connect-timeout", "2"};
    QTest::newRow("kafka") << QStringList{"kafka", "topics", "list", "-b", "127.0.0.1:1", "--timeout", "2"};
}

void TestCliUsage::unreachableBrokerExitsOneWithinTimeout() {
    QFETCH(QStringList, args);
    const auto r = runCli(args, m_data, 15000);
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("127.0.0.1:1"), r.err.constData());
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.elapsedMs < 6000, qPrintable(QString::number(r.elapsedMs)));
}

void TestCliUsage::profileAddListShowRemoveRoundTrip() {
    QCOMPARE(runCli({"profile", "add", "edge", "-L", "mqtt://10.0.0.5:1883", "-u", "dev", "--secret", "env:EDGE_PW"}, m_data)
                 .exitCode,
             0);
    QCOMPARE(runCli({"profile", "add", "backbone", "-b", "k1:9092,k2:9092", "-u", "alice", "--auth", "SCRAM-SHA-256",
                     "--secret", "env:K_PW", "-X", "client.rack=r1"},
                    m_data)
                 .exitCode,
             0);
    const auto list = runCli({"profile", "list"}, m_data);
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.contains("edge"));
    QVERIFY(list.out.contains("backbone"));

    const auto show = runCli({"profile", "show", "backbone", "-o", "json"}, m_data);
    QCOMPARE(show.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(show.out).object();
    QCOMPARE(o.value("kind").toString(), QStringLiteral("kafka"));
    QCOMPARE(o.value("address").toString(), QStringLiteral("k1:9092,k2:9092"));
    QCOMPARE(o.value("auth_mechanism").toString(), QStringLiteral("SCRAM-SHA-256"));
    QCOMPARE(o.value("secret").toString(), QStringLiteral("env:K_PW"));
    QCOMPARE(o.value("properties").toObject().value("client.rack").toString(), QStringLiteral("r1"));

    QCOMPARE(runCli({"profile", "rm", "edge"}, m_data).exitCode, 0);
    const auto after = runCli({"profile", "list", "-o", "json"}, m_data);
    QCOMPARE(QJsonDocument::fromJson(after.out).array().size(), 1);
    const auto gone = runCli({"profile", "show", "edge"}, m_data);
    QCOMPARE(gone.exitCode, 2);
    QVERIFY(gone.err.contains("unknown profile 'edge'"));
}

void TestCliUsage::profileListJsonIsValidJsonArray() {
    const auto empty = runCli({"profile", "list", "-o", "json"}, m_data);
    QCOMPARE(empty.exitCode, 0);
    QJsonParseError err{};
    const auto doc = QJsonDocument::fromJson(empty.out, &err);
    QCOMPARE(err.error, QJsonParseError::NoError);
    QVERIFY(doc.isArray());
    QCOMPARE(doc.array().size(), 0);
}

void TestCliUsage::profileSecretFromEnvIsNotStored() {
    // --password-stdin needs a keyring; with none reachable it says so and saves nothing.
    const auto r = runCli({"profile", "add", "k", "-L", "mqtt://h:1", "-u", "dev", "--password-stdin"}, m_data, 15000,
                          "hunter2-secret\n");
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("keyring"), r.err.constData());
    QCOMPARE(runCli({"profile", "show", "k"}, m_data).exitCode, 2);
    QFile db(QDir(m_data).filePath("mqkit.db"));
    QVERIFY(db.open(QIODevice::ReadOnly));
    QVERIFY(!db.readAll().contains("hunter2-secret"));
}

void TestCliUsage::duplicateProfileNeedsForce() {
    QCOMPARE(runCli({"profile", "add", "p", "-L", "mqtt://a:1"}, m_data).exitCode, 0);
    const auto dup = runCli({"profile", "add", "p", "-L", "mqtt://b:2"}, m_data);
    QCOMPARE(dup.exitCode, 2);
    QVERIFY(dup.err.contains("--force"));
    QCOMPARE(runCli({"profile", "add", "p", "-L", "mqtt://b:2", "--force"}, m_data).exitCode, 0);
    const auto show = runCli({"profile", "show", "p", "-o", "json"}, m_data);
    QCOMPARE(QJsonDocument::fromJson(show.out).object().value("address").toString(), QStringLiteral("mqtt://b:2"));
}

QTEST_GUILESS_MAIN(TestCliUsage)
#include "tst_cli_usage.moc"
