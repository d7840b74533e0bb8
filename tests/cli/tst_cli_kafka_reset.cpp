// `mqkit kafka groups reset` against the real Kafka of tests/rig: every target computes the same
// new offsets as kafka-consumer-groups --reset-offsets --dry-run on the same group; dry runs change
// nothing; --execute refuses active groups; --export / --from-file undo a reset.

#include "GroupOffsetsReferees.h"
#include "TestSupport.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <map>

class TestCliKafkaReset : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void newOffsetsEqualKafkaConsumerGroups_data();
    void newOffsetsEqualKafkaConsumerGroups();
    void dryRunChangesNothing();
    void clampedTargetsSayWhy();
    void exportThenFromFileUndoesAReset();
    void toGroupCopiesAnotherGroupsOffsets();
    void executeIsRefusedWhileMembersAreActive();
    void badInputExitsTwoBeforeContactingKafka_data();
    void badInputExitsTwoBeforeContactingKafka();
    void unknownTopicOrPartitionExitsOne();
    void shiftWithoutCommittedOffsetExitsOne();
    void offsetsFileWithAnIllegalTopicOrUnknownPartitionSaysWhich();

private:
    QString m_topic;
    QString m_full;    // committed 3 on every partition
    QString m_partial; // committed 3 on partition 0 only
    QString m_sinceT1; // --to-datetime: only partition 0 has records after it
    QTemporaryDir m_tmp;
};

void TestCliKafkaReset::initTestCase() {
    QVERIFY(m_tmp.isValid());
    m_topic = uniqueName("reset");
    m_full = uniqueName("full");
    m_partial = uniqueName("partial");
    createKafkaTopic(m_topic, 3);
    kcatProduce(m_topic, 0, 10);
    kcatProduce(m_topic, 1, 20);
    kcatProduce(m_topic, 2, 30);
    QTest::qWait(1200);
    // Local time without a zone, the form kafka-consumer-groups documents.
    m_sinceT1 = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"));
    QTest::qWait(1200);
    kcatProduce(m_topic, 0, 5); // offsets 10..14 are newer than T1; partitions 1 and 2 have nothing newer
    commitWithKafkaTool(m_full, m_topic, 3);
    commitWithKafkaTool(m_partial, m_topic + ":0", 3);
}

void TestCliKafkaReset::newOffsetsEqualKafkaConsumerGroups_data() {
    QTest::addColumn<bool>("partialGroup");
    QTest::addColumn<QStringList>("target");
    QTest::addColumn<QStringList>("topicOrAll"); // empty: --topic <topic>
    QTest::newRow("to-earliest") << false << QStringList{"--to-earliest"} << QStringList{};
    QTest::newRow("to-latest") << false << QStringList{"--to-latest"} << QStringList{};
    QTest::newRow("to-current") << false << QStringList{"--to-current"} << QStringList{};
    QTest::newRow("to-current without commits falls back to log end") << true << QStringList{"--to-current"}
                                                                       << QStringList{};
    QTest::newRow("to-offset inside every log") << false << QStringList{"--to-offset", "7"} << QStringList{};
    QTest::newRow("to-offset past some log ends is clamped") << false << QStringList{"--to-offset", "17"} << QStringList{};
    QTest::newRow("shift-by back") << false << QStringList{"--shift-by", "-2"} << QStringList{};
    QTest::newRow("shift-by back past the start is clamped") << false << QStringList{"--shift-by", "-50"} << QStringList{};
    QTest::newRow("shift-by forward past the end is clamped") << false << QStringList{"--shift-by", "100"}
                                                              << QStringList{};
    QTest::newRow("to-datetime with no later record falls back to log end") << false << QStringList{"--to-datetime", "@T1@"}
                                                                            << QStringList{};
    QTest::newRow("to-datetime before everything") << false << QStringList{"--to-datetime", "2020-01-01T00:00:00.000"}
                                                   << QStringList{};
    QTest::newRow("by-duration") << false << QStringList{"--by-duration", "PT1H"} << QStringList{};
    QTest::newRow("all-topics") << true << QStringList{"--to-latest"} << QStringList{"--all-topics"};
    QTest::newRow("chosen partitions") << false << QStringList{"--to-earliest"} << QStringList{"--topic", "@TOPIC@:0,2"};
}

void TestCliKafkaReset::newOffsetsEqualKafkaConsumerGroups() {
    QFETCH(bool, partialGroup);
    QFETCH(QStringList, target);
    QFETCH(QStringList, topicOrAll);
    const QString group = partialGroup ? m_partial : m_full;
    target.replaceInStrings(QStringLiteral("@T1@"), m_sinceT1);
    QStringList scope = topicOrAll.isEmpty() ? QStringList{"--topic", m_topic} : topicOrAll;
    scope.replaceInStrings(QStringLiteral("@TOPIC@"), m_topic);
    const Offsets theirs = kafkaToolPlan(group, scope + target);
    const Offsets ours = mqkitPlan(group, scope + target);
    QVERIFY2(!theirs.empty(), "kafka-consumer-groups planned nothing");
    QCOMPARE(ours, theirs);
}

void TestCliKafkaReset::dryRunChangesNothing() {
    const Offsets before = committedByKafkaTool(m_full);
    const auto r = runCli({"kafka", "groups", "reset", m_full, "-b", rigKafkaBootstrap(), "--topic", m_topic, "--to-earliest"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.contains("dry run"));
    QVERIFY(r.out.contains("NEW-OFFSET"));
    QCOMPARE(committedByKafkaTool(m_full), before);
}

void TestCliKafkaReset::clampedTargetsSayWhy() {
    const auto r = runCli({"kafka", "groups", "reset", m_full, "-b", rigKafkaBootstrap(), "--topic", m_topic + ":0",
                           "--to-offset", "1000"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains("1000 is past the log end: clamped"), r.err.constData());
}

void TestCliKafkaReset::exportThenFromFileUndoesAReset() {
    const QString group = uniqueName("undo");
    commitWithKafkaTool(group, m_topic, 4);
    const Offsets before = committedByKafkaTool(group);
    const QString undo = m_tmp.filePath(group + ".csv");
    const auto reset = runCli({"kafka", "groups", "reset", group, "-b", rigKafkaBootstrap(), "--topic", m_topic,
                               "--to-latest", "--export", undo, "--execute"});
    QCOMPARE(reset.exitCode, 0);
    const Offsets moved = committedByKafkaTool(group);
    QVERIFY(moved != before);
    QCOMPARE(moved.at({m_topic, 2}), 30);

    // Kafka's own tool takes the undo file too (dry run), and agrees with mqkit's plan.
    QCOMPARE(kafkaToolPlan(group, {"--from-file", undo}), mqkitPlan(group, {"--from-file", undo}));
    const auto restore = runCli({"kafka", "groups", "reset", group, "-b", rigKafkaBootstrap(), "--from-file", undo, "--execute"});
    QCOMPARE(restore.exitCode, 0);
    QCOMPARE(committedByKafkaTool(group), before);
}

void TestCliKafkaReset::toGroupCopiesAnotherGroupsOffsets() {
    const QString group = uniqueName("copy");
    commitWithKafkaTool(group, m_topic, 0);
    const auto r = runCli({"kafka", "groups", "reset", group, "-b", rigKafkaBootstrap(), "--topic", m_topic,
                           "--to-group", m_full, "--execute"});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(committedByKafkaTool(group), committedByKafkaTool(m_full));
}

void TestCliKafkaReset::executeIsRefusedWhileMembersAreActive() {
    const QString group = uniqueName("active");
    const QString clientId = uniqueName("reset-client");
    commitWithKafkaTool(group, m_topic, 2);
    // Kafka's console consumer with auto commit off: a member that never commits (kcat commits
    // what it consumed, which would race with the check below).
    QProcess member;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("MQKIT_KAFKA_VERSION", RigEnv::get().value("MQKIT_RIG_KAFKA_VERSION"));
    member.setProcessEnvironment(env);
    member.start(RigEnv::get().value("MQKIT_RIG_KAFKA_TOOL"),
                 {"console-consumer", "--bootstrap-server", rigKafkaBootstrap(), "--topic", m_topic, "--group", group,
                  "--consumer-property", "enable.auto.commit=false", "--consumer-property", "client.id=" + clientId});
    QVERIFY(member.waitForStarted());
    QElapsedTimer clock;
    clock.start();
    while (true) {
        const auto d = runCli({"kafka", "groups", "describe", "-b", rigKafkaBootstrap(), group, "-o", "json"});
        if (d.exitCode == 0 && !QJsonDocument::fromJson(d.out).array().at(0).toObject().value("members").toArray().isEmpty())
            break;
        QVERIFY2(clock.elapsed() < 60000, "the kcat member did not join within 60 s");
        QTest::qWait(500);
    }
    const Offsets before = committedByKafkaTool(group);
    const auto r = runCli({"kafka", "groups", "reset", group, "-b", rigKafkaBootstrap(), "--topic", m_topic,
                           "--to-earliest", "--execute"});
    const Offsets after = committedByKafkaTool(group);
    member.terminate();
    member.waitForFinished(10000);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("active members") && r.err.contains(clientId.toUtf8()), r.err.constData());
    QCOMPARE(after, before);
}

void TestCliKafkaReset::badInputExitsTwoBeforeContactingKafka_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("says");
    QTest::newRow("no target") << QStringList{"--topic", "t"} << QByteArray("exactly one of");
    QTest::newRow("two targets") << QStringList{"--topic", "t", "--to-earliest", "--to-latest"} << QByteArray("exactly one of");
    QTest::newRow("no scope") << QStringList{"--to-earliest"} << QByteArray("--topic");
    QTest::newRow("bad partition list") << QStringList{"--topic", "t:a", "--to-earliest"} << QByteArray("TOPIC:PARTITION");
    QTest::newRow("bad datetime") << QStringList{"--topic", "t", "--to-datetime", "yesterday"} << QByteArray("ISO-8601");
    QTest::newRow("bad duration") << QStringList{"--topic", "t", "--by-duration", "1h"} << QByteArray("ISO-8601");
    QTest::newRow("missing file") << QStringList{"--from-file", "/nonexistent.csv"} << QByteArray("cannot read");
    // Issue 14: these reached Kafka, which answered UNSUPPORTED_VERSION.
    QTest::newRow("duration past any clock") << QStringList{"--topic", "t", "--by-duration", "P99999999999999D"}
                                             << QByteArray("P99999999999999D");
    QTest::newRow("duration reaching before 1970") << QStringList{"--topic", "t", "--by-duration", "P30000D"}
                                                   << QByteArray("before 1970");
    QTest::newRow("datetime before 1970") << QStringList{"--topic", "t", "--to-datetime", "1960-01-01T00:00:00"}
                                          << QByteArray("before 1970");
    QTest::newRow("illegal topic name") << QStringList{"--topic", "a/b:0", "--to-earliest"} << QByteArray("a/b");
}

void TestCliKafkaReset::badInputExitsTwoBeforeContactingKafka() {
    QFETCH(QStringList, args);
    QFETCH(QByteArray, says);
    // An unreachable bootstrap: a usage error must be found before any connection attempt.
    const auto r = runCli(QStringList{"kafka", "groups", "reset", "g", "-b", "127.0.0.1:1", "--timeout", "2"} + args);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.err.contains(says), r.err.constData());
}

void TestCliKafkaReset::unknownTopicOrPartitionExitsOne() {
    const auto topic = runCli({"kafka", "groups", "reset", m_full, "-b", rigKafkaBootstrap(), "--topic",
                               uniqueName("missing"), "--to-earliest"});
    QCOMPARE(topic.exitCode, 1);
    QVERIFY2(topic.err.contains("does not exist"), topic.err.constData());
    const auto partition = runCli({"kafka", "groups", "reset", m_full, "-b", rigKafkaBootstrap(), "--topic",
                                   m_topic + ":9", "--to-earliest"});
    QCOMPARE(partition.exitCode, 1);
    QVERIFY2(partition.err.contains(":9 does not exist"), partition.err.constData());
}

void TestCliKafkaReset::shiftWithoutCommittedOffsetExitsOne() {
    const auto r = runCli({"kafka", "groups", "reset", m_partial, "-b", rigKafkaBootstrap(), "--topic", m_topic,
                           "--shift-by", "1"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("no committed offset"), r.err.constData());
}

// Issue 14: an illegal topic name in the file waited 10 s for "no answer from Kafka"; partition 99
// was "Unknown partition" without saying which.
void TestCliKafkaReset::offsetsFileWithAnIllegalTopicOrUnknownPartitionSaysWhich() {
    const QString illegal = m_tmp.filePath("illegal.csv");
    const QString unknown = m_tmp.filePath("unknown.csv");
    QFile f(illegal);
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write("a/b,0,5\n") > 0);
    f.close();
    QFile g(unknown);
    QVERIFY(g.open(QIODevice::WriteOnly) && g.write(QStringLiteral("%1,99,5\n").arg(m_topic).toUtf8()) > 0);
    g.close();
    auto r = runCli({"kafka", "groups", "reset", m_full, "-b", rigKafkaBootstrap(), "--from-file", illegal});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("line 1") && r.err.contains("a/b") && r.err.count('\n') == 1, r.err.constData());
    QVERIFY2(r.elapsedMs < 5000, qPrintable(QStringLiteral("took %1 ms").arg(r.elapsedMs)));
    r = runCli({"kafka", "groups", "reset", m_full, "-b", rigKafkaBootstrap(), "--from-file", unknown});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("%1:99").arg(m_topic).toUtf8()) && r.err.contains("has 3"), r.err.constData());
}

QTEST_GUILESS_MAIN(TestCliKafkaReset)
#include "tst_cli_kafka_reset.moc"
