// Input a new user might try, without brokers: every bad value is a usage error (exit 2, one line
// on stderr naming the rule) found before any broker is contacted. Where a broker URL is needed it
// points at a closed port, so an input that slipped through would end as a connect failure (exit 1).

#include "TestSupport.h"
#include "store/MessageRecorder.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kNoBroker = QStringLiteral("mqtt://127.0.0.1:1");

QString repeated(char c, int n) {
    return QString(n, QLatin1Char(c));
}

} // namespace

class TestCliInputValidation : public QObject {
    Q_OBJECT
private slots:
    void init();
    void usageErrorBeforeAnyBroker_data();
    void usageErrorBeforeAnyBroker();
    void rangeMessagesAreReadable_data();
    void rangeMessagesAreReadable();
    void emptyMessageIsAPayloadNotAUsageError();
    void oversizeRegularFileIsRefusedBeforeReading();
    void endlessDeviceIsRefusedAfterTheLimit();
    void consumeCountRuleIsInHelp();
    void replayOffsetsThatOverflowAreUsageErrors_data();
    void replayOffsetsThatOverflowAreUsageErrors();
    void damagedRecordingsSayWhatIsWrong();
    void kafkaPropertyErrorIsOneLine();
    void bootstrapServersPropertyIsTheAddressNamed();
    void replayDryRunKeepsPercentInTopics();

private:
    QString recordingWithMessages(const QString& name);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliInputValidation::init() {
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestCliInputValidation::usageErrorBeforeAnyBroker_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("mentions");
    const QStringList sub{"mqtt", "sub", "-L", kNoBroker};
    const QStringList pub{"mqtt", "pub", "-L", kNoBroker};
    const QStringList kafka{"kafka", "topics", "list", "-b", "127.0.0.1:1"};
    const QString longText = repeated('t', 70000);
    const QString neverCreated = QDir::temp().filePath("mqkit-hardening-never-created.db");

    // 1. NaN and infinities, in every kind of floating-point option.
    QTest::newRow("sub -W nan") << (sub + QStringList{"-t", "a", "-W", "nan"}) << QByteArray("finite");
    QTest::newRow("sub -W inf") << (sub + QStringList{"-t", "a", "-W", "inf"}) << QByteArray("finite");
    QTest::newRow("record --duration nan")
        << QStringList{"mqtt", "record", "-L", kNoBroker, "a", "--to", neverCreated, "--duration", "nan"}
        << QByteArray("finite");
    QTest::newRow("tree --max-wait nan") << QStringList{"mqtt", "tree", "-L", kNoBroker, "--max-wait", "nan"}
                                         << QByteArray("finite");
    QTest::newRow("lag --watch nan") << QStringList{"kafka", "lag", "-b", "127.0.0.1:1", "--watch", "nan",
                                                    "--iterations", "2"}
                                     << QByteArray("finite");
    QTest::newRow("replay --speed nan") << QStringList{"mqtt", "replay", "x.db", "--speed", "nan"} << QByteArray("finite");
    QTest::newRow("replay --max-rate nan") << QStringList{"mqtt", "replay", "x.db", "--max-rate", "nan"}
                                           << QByteArray("finite");
    QTest::newRow("kafka --timeout nan") << (kafka + QStringList{"--timeout", "nan"}) << QByteArray("finite");
    QTest::newRow("connect timeout 1e999") << (sub + QStringList{"-t", "a", "--connect-timeout", "1e999"})
                                           << QByteArray("finite");

    // 2. MQTT length limits.
    QTest::newRow("topic 70k") << (pub + QStringList{"-t", longText, "-m", "x"}) << QByteArray("65,535");
    QTest::newRow("correlation data 70k") << (pub + QStringList{"-V", "5", "-t", "a", "-m", "x", "--correlation-data",
                                                                longText})
                                          << QByteArray("correlation data is 70000 bytes");
    QTest::newRow("user property 70k") << (pub + QStringList{"-V", "5", "-t", "a", "-m", "x", "--user-property",
                                                             "k=" + longText})
                                       << QByteArray("65,535");
    QTest::newRow("client id 70k") << (pub + QStringList{"-t", "a", "-m", "x", "-i", longText})
                                   << QByteArray("client id is 70000 bytes");
    QTest::newRow("user name 70k") << (pub + QStringList{"-t", "a", "-m", "x", "-u", longText, "--password-env",
                                                         "PATH"})
                                   << QByteArray("user name is 70000 bytes");
    QTest::newRow("will topic 70k") << (pub + QStringList{"-t", "a", "-m", "x", "--will-topic", longText})
                                    << QByteArray("Last Will topic is 70000 bytes");
    QTest::newRow("will topic with a wildcard") << (pub + QStringList{"-t", "a", "-m", "x", "--will-topic",
                                                                             "w/+"})
                                                        << QByteArray("wildcards");

    // 3. Topic filters, checked the same way by every subscribing command.
    QTest::newRow("sub a/#/b") << (sub + QStringList{"-t", "a/#/b"}) << QByteArray("invalid topic filter 'a/#/b'");
    QTest::newRow("sub a+") << (sub + QStringList{"-t", "a+"}) << QByteArray("invalid topic filter 'a+'");
    QTest::newRow("sub 70k filter") << (sub + QStringList{"-t", longText}) << QByteArray("65,535");
    QTest::newRow("record a+") << QStringList{"mqtt", "record", "-L", kNoBroker, "a+", "--to", neverCreated}
                               << QByteArray("invalid topic filter 'a+'");
    QTest::newRow("tree a/#/b") << QStringList{"mqtt", "tree", "-L", kNoBroker, "a/#/b"}
                                << QByteArray("invalid topic filter 'a/#/b'");
    QTest::newRow("retained clear a+") << QStringList{"mqtt", "retained", "clear", "-L", kNoBroker, "a+"}
                                       << QByteArray("invalid topic filter 'a+'");

    // 5. Kafka topic names, checked before any request.
    QTest::newRow("consume 100k topic") << QStringList{"kafka", "consume", repeated('t', 100000), "-b", "127.0.0.1:1"}
                                        << QByteArray("at most 249");
    QTest::newRow("produce topic with '/'") << QStringList{"kafka", "produce", "a/b", "-b", "127.0.0.1:1", "v"}
                                            << QByteArray("contains '/'");
    QTest::newRow("create topic '..'") << QStringList{"kafka", "topics", "create", "..", "-b", "127.0.0.1:1"}
                                       << QByteArray("not a legal Kafka topic name");

    // 6. Kafka argument checks.
    QTest::newRow("bootstrap ,,") << QStringList{"kafka", "topics", "list", "-b", ",,"} << QByteArray("malformed bootstrap");
    QTest::newRow("consume -c 0") << QStringList{"kafka", "consume", "t", "-b", "127.0.0.1:1", "-c", "0"}
                                  << QByteArray("0 is not greater than 0");
    QTest::newRow("consume -c -1") << QStringList{"kafka", "consume", "t", "-b", "127.0.0.1:1", "-c", "-1"}
                                   << QByteArray("-1 is not greater than 0");
}

void TestCliInputValidation::usageErrorBeforeAnyBroker() {
    QFETCH(QStringList, args);
    QFETCH(QByteArray, mentions);
    const auto r = runCli(args, m_dir->path(), 15000);
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(mentions), r.err.left(400).constData());
    QVERIFY2(r.err.startsWith("mqkit: "), r.err.left(400).constData());
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.err.size() < 400, "a long value is shown shortened"); // no 70k echo
}

void TestCliInputValidation::rangeMessagesAreReadable_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("mentions");
    QTest::newRow("positive count") << QStringList{"mqtt", "sub", "-t", "a", "-C", "0"}
                                    << QByteArray("--count: 0 is not greater than 0");
    QTest::newRow("non-negative") << QStringList{"mqtt", "pub", "-t", "a", "-m", "x", "--interval", "-1"}
                                  << QByteArray("--interval: -1 is negative");
    QTest::newRow("float range") << QStringList{"kafka", "topics", "list", "-b", "h:1", "--timeout", "0"}
                                 << QByteArray("--timeout: 0 is not in the range 0.1 to 3600");
}

void TestCliInputValidation::rangeMessagesAreReadable() {
    QFETCH(QStringList, args);
    QFETCH(QByteArray, mentions);
    const auto r = runCli(args, m_dir->path());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(mentions), r.err.constData());
    QVERIFY2(r.err.size() < 200, r.err.constData()); // CLI11's own: "0.000000 to 1797693..." (309 digits)
}

void TestCliInputValidation::emptyMessageIsAPayloadNotAUsageError() {
    // Accepted as a zero-length payload: the command goes on to connect (and fails there).
    const auto r = runCli({"mqtt", "pub", "-L", kNoBroker, "-t", "a", "-m", ""}, m_dir->path(), 15000);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("cannot connect"), r.err.constData());
    QVERIFY2(!r.err.contains("exactly one"), r.err.constData());
}

void TestCliInputValidation::oversizeRegularFileIsRefusedBeforeReading() {
    const QString path = m_dir->filePath("big.bin");
    QFile big(path);
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(300LL * 1024 * 1024)); // sparse: no disk used
    big.close();
    const auto r = runCli({"mqtt", "pub", "-L", kNoBroker, "-t", "a", "-f", path}, m_dir->path(), 15000);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("314572800 bytes") && r.err.contains("268,435,455"), r.err.constData());
    QVERIFY2(r.elapsedMs < 3000, "refused from its size, not after reading 300 MB");
}

void TestCliInputValidation::endlessDeviceIsRefusedAfterTheLimit() {
    const auto r = runCli({"mqtt", "pub", "-L", kNoBroker, "-t", "a", "-f", "/dev/zero"}, m_dir->path(), 60000);
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("268,435,455") && !r.err.contains("bad_alloc"), r.err.constData());
}

void TestCliInputValidation::consumeCountRuleIsInHelp() {
    const auto r = runCli({"kafka", "consume", "--help"}, m_dir->path());
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("without -c: no limit"), r.out.constData());
}

QString TestCliInputValidation::recordingWithMessages(const QString& name) {
    const QString path = m_dir->filePath(name);
    mqkit::MessageRecorder recorder(path, mqkit::RecordingRunInfo{QStringLiteral("mqtt://h:1"), {"a/#"}, 1, 4});
    mqkit::MqttBatch batch;
    for (int i = 0; i < 2000; ++i) {
        mqkit::MqttMessage m;
        m.topic = QStringLiteral("a/%1").arg(i);
        m.payload = QByteArray(200, 'p');
        m.receivedAtMs = 1700000000000 + i;
        batch.push_back(m);
    }
    recorder.write(batch);
    recorder.finish();
    return path;
}

// MQTT topics may contain '%': chained QString::arg() calls replaced a "%2" in the topic too.
void TestCliInputValidation::replayDryRunKeepsPercentInTopics() {
    const QString path = m_dir->filePath("percent.db");
    {
        mqkit::MessageRecorder recorder(path, mqkit::RecordingRunInfo{QStringLiteral("mqtt://h:1"), {"#"}, 1, 4});
        mqkit::MqttMessage m;
        m.topic = QStringLiteral("load/%2/%1");
        m.payload = "x";
        m.qos = 1;
        m.receivedAtMs = 1700000000000;
        recorder.write({m});
        recorder.finish();
    }
    const auto r = runCli({"mqtt", "replay", path, "--dry-run"}, m_dir->path(), 15000);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("load/%2/%1  qos 1  1 bytes\n"));
}

void TestCliInputValidation::replayOffsetsThatOverflowAreUsageErrors_data() {
    QTest::addColumn<QStringList>("range");
    QTest::newRow("--from wraps around") << QStringList{"--from", "+2562047788015h"};
    QTest::newRow("--until beyond double precision") << QStringList{"--until", "+99999999999999999h"};
}

void TestCliInputValidation::replayOffsetsThatOverflowAreUsageErrors() {
    QFETCH(QStringList, range);
    const QString path = recordingWithMessages(QStringLiteral("ok.db"));
    const auto r = runCli(QStringList{"mqtt", "replay", path, "--dry-run"} + range, m_dir->path());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("too large"), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

void TestCliInputValidation::damagedRecordingsSayWhatIsWrong() {
    const QString good = recordingWithMessages(QStringLiteral("good.db"));
    const QString truncated = m_dir->filePath("truncated.db");
    QVERIFY(QFile::copy(good, truncated));
    QFile cut(truncated);
    QVERIFY(cut.resize(cut.size() / 2));
    auto r = runCli({"mqtt", "record", "info", truncated}, m_dir->path());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("truncated or damaged"), r.err.constData());

    const QString junk = m_dir->filePath("junk.db");
    QFile j(junk);
    QVERIFY(j.open(QIODevice::WriteOnly));
    j.write(QByteArray(4096, 'x'));
    j.close();
    r = runCli({"mqtt", "record", "info", junk}, m_dir->path());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("not an SQLite database"), r.err.constData());

    // A valid recording in a directory mqkit cannot write (SQLite's -wal/-shm files go there).
    // As root only an immutable directory is unwritable; chattr may be unavailable in a container.
    const QString lockedDir = m_dir->filePath("locked");
    QVERIFY(QDir().mkpath(lockedDir));
    QVERIFY(QFile::copy(good, lockedDir + "/rec.db"));
    const bool root = qEnvironmentVariable("USER") == QLatin1String("root") || QDir::homePath() == QLatin1String("/root");
    const bool locked = root ? QProcess::execute("chattr", {"+i", lockedDir}) == 0
                             : QFile::setPermissions(lockedDir, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    if (!locked)
        QSKIP("cannot make a directory unwritable here (root without CAP_LINUX_IMMUTABLE)");
    r = runCli({"mqtt", "record", "info", lockedDir + "/rec.db"}, m_dir->path());
    if (root)
        QProcess::execute("chattr", {"-i", lockedDir});
    else
        QFile::setPermissions(lockedDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("is not writable"), r.err.constData());
}

void TestCliInputValidation::kafkaPropertyErrorIsOneLine() {
    const auto r = runCli({"kafka", "topics", "list", "-b", "127.0.0.1:1", "-X", "socket.timeout.ms=1"}, m_dir->path());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("socket.timeout.ms"), r.err.constData());
    QVERIFY2(r.err.endsWith("\n") && !r.err.endsWith("\n\n"), r.err.constData());
    QCOMPARE(r.err.count('\n'), 1);
}

void TestCliInputValidation::bootstrapServersPropertyIsTheAddressNamed() {
    // Given only as -X bootstrap.servers: that is the cluster tried and named.
    const auto r = runCli({"kafka", "topics", "list", "-X", "bootstrap.servers=127.0.0.1:1", "--timeout", "2"},
                          m_dir->path(), 15000);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("127.0.0.1:1"), r.err.constData());
    // Both given: -X wins (librdkafka's own rule), and the message names it, not -b.
    const auto both = runCli({"kafka", "topics", "list", "-b", "127.0.0.1:2", "-X", "bootstrap.servers=127.0.0.1:1",
                              "--timeout", "2"},
                             m_dir->path(), 15000);
    QCOMPARE(both.exitCode, 1);
    QVERIFY2(both.err.contains("127.0.0.1:1") && !both.err.contains("127.0.0.1:2"), both.err.constData());
}

QTEST_GUILESS_MAIN(TestCliInputValidation)
#include "tst_cli_input_validation.moc"
