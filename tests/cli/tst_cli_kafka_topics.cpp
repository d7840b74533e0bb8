// `mqkit kafka topics` against the real Kafka of tests/rig, cross-checked with kafka-topics.

#include "KafkaAdminTestTools.h"

#include <QProcess>

using namespace kafkatest;

namespace {

QString kafkaTopicsDescribe(const QString& topic) {
    const auto r = runKafkaTool({"topics", "--bootstrap-server", rigKafkaBootstrap(), "--describe", "--topic", topic});
    requireSuccess(r, "kafka-topics --describe");
    return QString::fromUtf8(r.out);
}

QStringList kafkaTopicsList() {
    const auto r = runKafkaTool({"topics", "--bootstrap-server", rigKafkaBootstrap(), "--list"});
    requireSuccess(r, "kafka-topics --list");
    return QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QJsonObject describeJson(const QString& topic) {
    const auto r = mqkitKafka({"topics", "describe", topic, "-o", "json"});
    if (r.exitCode != 0)
        qFatal("mqkit kafka topics describe failed: %s", qPrintable(diag(r)));
    const QJsonArray arr = QJsonDocument::fromJson(r.out).array();
    return arr.isEmpty() ? QJsonObject() : arr.at(0).toObject();
}

} // namespace

class TestCliKafkaTopics : public QObject {
    Q_OBJECT
private slots:
    void createDescribeAddPartitionsDeleteAgreeWithKafkaTopics();
    void describeShowsWatermarksOfProducedRecords();
    void createExistingTopicExitsOneNamingTheKafkaError();
    void deleteWithoutYesAndWithoutTerminalRefusesAndKeepsTheTopic();
    void deleteOnATerminalAsksAndOnlyYesDeletes();
    void unknownTopicExitsOneNamingIt();
    void shrinkingPartitionsIsRefused();
    void growingBeyondTheControllersLimitIsRefusedAndChangesNothing();
    void internalTopicsAreHiddenUnlessAsked();
    void brokerDroppingTheConnectionFailsWithinTheTimeout();
};

void TestCliKafkaTopics::createDescribeAddPartitionsDeleteAgreeWithKafkaTopics() {
    const QString topic = uniqueName("topics-life");
    auto r = mqkitKafka({"topics", "create", topic, "--partitions", "2", "--replication-factor", "1", "--config",
                         "retention.ms=123456"});
    QVERIFY2(r.exitCode == 0, qPrintable(diag(r)));
    QVERIFY(r.out.contains(topic.toUtf8()));
    QString theirs = kafkaTopicsDescribe(topic);
    QVERIFY2(theirs.contains("PartitionCount: 2"), qPrintable(theirs));
    QVERIFY2(theirs.contains("retention.ms=123456"), qPrintable(theirs));

    const QJsonObject ours = describeJson(topic);
    QCOMPARE(ours.value("partition_count").toInt(), 2);
    QCOMPARE(ours.value("replication_factor").toInt(), 1);
    for (const auto& p : ours.value("partitions").toArray()) {
        const QJsonObject o = p.toObject();
        // kafka-topics: "Partition: N	Leader: 1	Replicas: 1	Isr: 1"
        QVERIFY2(theirs.contains(QStringLiteral("Partition: %1\tLeader: %2\tReplicas: 1\tIsr: 1")
                                     .arg(o.value("partition").toInt())
                                     .arg(o.value("leader").toInt())),
                 qPrintable(theirs));
        QCOMPARE(o.value("isr").toArray(), QJsonArray{o.value("leader").toInt()});
        QCOMPARE(o.value("under_replicated").toBool(), false);
        QCOMPARE(o.value("offline").toBool(), false);
    }

    r = mqkitKafka({"topics", "add-partitions", topic, "--partitions", "4"});
    QVERIFY2(r.exitCode == 0, qPrintable(diag(r)));
    QVERIFY2(kafkaTopicsDescribe(topic).contains("PartitionCount: 4"), "kafka-topics does not see 4 partitions");
    QCOMPARE(describeJson(topic).value("partitions").toArray().size(), 4);

    r = mqkitKafka({"topics", "delete", topic, "--yes"});
    QVERIFY2(r.exitCode == 0, qPrintable(diag(r)));
    QVERIFY(!kafkaTopicsList().contains(topic));
}

void TestCliKafkaTopics::describeShowsWatermarksOfProducedRecords() {
    const QString topic = uniqueName("topics-marks");
    requireSuccess(mqkitKafka({"topics", "create", topic, "--partitions", "2"}), "mqkit topics create");
    requireSuccess(runProcess("kcat", {"-P", "-b", rigKafkaBootstrap(), "-t", topic, "-p", "1"}, 30000, "a\nb\nc\nd\ne\n"), "kcat -P");
    const QJsonArray parts = describeJson(topic).value("partitions").toArray();
    QCOMPARE(parts.size(), 2);
    QCOMPARE(parts.at(0).toObject().value("low_watermark").toInteger(), 0);
    QCOMPARE(parts.at(0).toObject().value("high_watermark").toInteger(), 0);
    QCOMPARE(parts.at(1).toObject().value("low_watermark").toInteger(), 0);
    QCOMPARE(parts.at(1).toObject().value("high_watermark").toInteger(), 5);

    const auto text = mqkitKafka({"topics", "describe", topic});
    QVERIFY2(text.exitCode == 0, qPrintable(diag(text)));
    const QStringList lines = QString::fromUtf8(text.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith("TOPIC"));
    QCOMPARE(lines.at(2).simplified(), QStringLiteral("%1 1 1 1 1 0 5 -").arg(topic));
}

void TestCliKafkaTopics::createExistingTopicExitsOneNamingTheKafkaError() {
    const QString topic = uniqueName("topics-dup");
    requireSuccess(mqkitKafka({"topics", "create", topic}), "mqkit topics create");
    const auto r = mqkitKafka({"topics", "create", topic});
    QVERIFY2(r.exitCode == 1, qPrintable(diag(r)));
    QVERIFY2(r.err.startsWith("mqkit: ") && r.err.contains("TOPIC_ALREADY_EXISTS") && r.err.contains(topic.toUtf8()),
             qPrintable(diag(r)));
    QCOMPARE(mqkitKafka({"topics", "create", topic, "--if-not-exists"}).exitCode, 0);
}

void TestCliKafkaTopics::deleteWithoutYesAndWithoutTerminalRefusesAndKeepsTheTopic() {
    const QString topic = uniqueName("topics-keep");
    requireSuccess(mqkitKafka({"topics", "create", topic}), "mqkit topics create");
    const auto r = mqkitKafka({"topics", "delete", topic}, "y\n"); // stdin is no terminal: "y" must not count
    QVERIFY2(r.exitCode == 2, qPrintable(diag(r)));
    QVERIFY2(r.err.contains("--yes") && r.err.contains("no terminal"), qPrintable(diag(r)));
    QVERIFY(kafkaTopicsList().contains(topic));
}

void TestCliKafkaTopics::deleteOnATerminalAsksAndOnlyYesDeletes() {
    const QString topic = uniqueName("topics-ask");
    requireSuccess(mqkitKafka({"topics", "create", topic}), "mqkit topics create");
    // script(1) (util-linux) gives mqkit a pseudo-terminal as stdin, as a user at a shell has.
    const QString command = QStringLiteral("'%1' kafka topics delete -b %2 %3").arg(cliPath(), rigKafkaBootstrap(), topic);
    auto r = runProcess("script", {"-qec", command, "/dev/null"}, 60000, "n\n");
    QVERIFY2(r.out.contains("Delete topic '" + topic.toUtf8() + "'? [y/N]"), qPrintable(diag(r)));
    QVERIFY2(r.out.contains("not confirmed: nothing deleted"), qPrintable(diag(r)));
    QVERIFY2(r.exitCode == 2, qPrintable(diag(r)));
    QVERIFY(kafkaTopicsList().contains(topic));
    r = runProcess("script", {"-qec", command, "/dev/null"}, 60000, "y\n");
    QVERIFY2(r.exitCode == 0 && r.out.contains("deleted topic " + topic.toUtf8()), qPrintable(diag(r)));
    QVERIFY(!kafkaTopicsList().contains(topic));
}

void TestCliKafkaTopics::unknownTopicExitsOneNamingIt() {
    const QString topic = uniqueName("topics-missing");
    for (const QStringList& args : {QStringList{"topics", "describe", topic}, QStringList{"topics", "delete", topic, "--yes"},
                                    QStringList{"topics", "add-partitions", topic, "--partitions", "3"}}) {
        const auto r = mqkitKafka(args);
        QVERIFY2(r.exitCode == 1, qPrintable(diag(r)));
        QVERIFY2(r.err.startsWith("mqkit: ") && r.err.contains(topic.toUtf8()) && r.err.contains("UNKNOWN_TOPIC_OR_PART"),
                 qPrintable(diag(r)));
        QCOMPARE(r.err.count('\n'), 1);
    }
    // describe must not auto-create it (the rig has auto.create.topics.enable=true)
    QVERIFY(!kafkaTopicsList().contains(topic));
}

void TestCliKafkaTopics::shrinkingPartitionsIsRefused() {
    const QString topic = uniqueName("topics-shrink");
    requireSuccess(mqkitKafka({"topics", "create", topic, "--partitions", "3"}), "mqkit topics create");
    const auto r = mqkitKafka({"topics", "add-partitions", topic, "--partitions", "2"});
    QVERIFY2(r.exitCode == 2, qPrintable(diag(r)));
    QVERIFY2(r.err.contains("has 3 partition(s)"), qPrintable(diag(r)));
    QCOMPARE(describeJson(topic).value("partitions").toArray().size(), 3);
}

// Issue 14: Kafka's controller takes at most 10000 new partitions per request, fails a larger one
// with "Unknown broker error" after creating 10000 of them. mqkit refuses it before asking.
void TestCliKafkaTopics::growingBeyondTheControllersLimitIsRefusedAndChangesNothing() {
    const QString topic = uniqueName("topics-huge");
    requireSuccess(mqkitKafka({"topics", "create", topic, "--partitions", "3"}), "mqkit topics create");
    const auto r = mqkitKafka({"topics", "add-partitions", topic, "--partitions", "100000"});
    QVERIFY2(r.exitCode == 2, qPrintable(diag(r)));
    QVERIFY2(r.err.contains("10000 partitions per request") && r.err.count('\n') == 1, qPrintable(diag(r)));
    QVERIFY2(kafkaTopicsDescribe(topic).contains("PartitionCount: 3"), "kafka-topics sees a changed topic");
}

void TestCliKafkaTopics::internalTopicsAreHiddenUnlessAsked() {
    // A committed offset makes sure __consumer_offsets exists.
    const QString topic = uniqueName("topics-internal");
    requireSuccess(mqkitKafka({"topics", "create", topic}), "mqkit topics create");
    requireSuccess(runKafkaTool({"consumer-groups", "--bootstrap-server", rigKafkaBootstrap(), "--group", uniqueName("g"), "--topic",
                           topic, "--reset-offsets", "--to-earliest", "--execute"}),
                "kafka-consumer-groups --reset-offsets");
    auto names = [](const ProcessResult& r) {
        QStringList out;
        for (const auto& t : QJsonDocument::fromJson(r.out).array())
            out << t.toObject().value("name").toString();
        return out;
    };
    const auto hidden = mqkitKafka({"topics", "describe", "-o", "json"});
    QVERIFY2(hidden.exitCode == 0, qPrintable(diag(hidden)));
    QVERIFY(names(hidden).contains(topic));
    QVERIFY(!names(hidden).contains("__consumer_offsets"));
    const auto shown = mqkitKafka({"topics", "describe", "--include-internal", "-o", "json"});
    QVERIFY2(shown.exitCode == 0, qPrintable(diag(shown)));
    QVERIFY(names(shown).contains("__consumer_offsets"));
}

void TestCliKafkaTopics::brokerDroppingTheConnectionFailsWithinTheTimeout() {
    // A "broker" that accepts, reads the request and drops the connection, as a broker that stops
    // mid-request does (python3 is a rig dependency).
    QProcess broker;
    broker.start("python3", {"-u", "-c", R"(
import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen(16)
print(s.getsockname()[1], flush=True)
while True:
    c, _ = s.accept()
    c.recv(65536)
    c.close()
)"});
    QVERIFY(broker.waitForStarted());
    QVERIFY(broker.waitForReadyRead(10000));
    const QString port = QString::fromUtf8(broker.readLine()).trimmed();
    const auto r = runCli({"kafka", "topics", "describe", "-b", "127.0.0.1:" + port, "--timeout", "3"}, {}, 20000);
    broker.kill();
    broker.waitForFinished();
    QVERIFY2(r.finished, "mqkit did not give up within 20 s");
    QVERIFY2(r.exitCode == 1, qPrintable(diag(r)));
    QVERIFY2(r.err.startsWith("mqkit: ") && r.err.count('\n') == 1, r.err.constData());
    QVERIFY2(r.err.contains("within 3 s"), r.err.constData());
}

QTEST_GUILESS_MAIN(TestCliKafkaTopics)
#include "tst_cli_kafka_topics.moc"
