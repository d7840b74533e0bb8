// `mqkit kafka configs` against the real Kafka of tests/rig, cross-checked with kafka-configs.

#include "KafkaAdminTestTools.h"

using namespace kafkatest;

namespace {

// kafka-configs --describe: "  key=value sensitive=false synonyms={...}" per dynamic config.
std::map<QString, QString> kafkaConfigsDynamic(const QString& name, const QString& entityType = "topics") {
    const auto r = runKafkaTool({"configs", "--bootstrap-server", rigKafkaBootstrap(), "--describe", "--entity-type", entityType,
                              "--entity-name", name});
    requireSuccess(r, "kafka-configs --describe");
    std::map<QString, QString> out;
    for (const QByteArray& line : r.out.split('\n')) {
        const QString l = QString::fromUtf8(line).trimmed();
        const qsizetype sp = l.indexOf(" sensitive=");
        const qsizetype eq = l.indexOf(QLatin1Char('='));
        if (sp <= 0 || eq <= 0 || eq > sp)
            continue;
        out[l.left(eq)] = l.mid(eq + 1, sp - eq - 1);
    }
    return out;
}

void kafkaConfigsAdd(const QString& topic, const QString& configs) {
    requireSuccess(runKafkaTool({"configs", "--bootstrap-server", rigKafkaBootstrap(), "--alter", "--entity-type", "topics",
                           "--entity-name", topic, "--add-config", configs}),
                "kafka-configs --alter");
}

QString newTopic(const char* prefix) {
    const QString topic = uniqueName(QString::fromLatin1(prefix));
    requireSuccess(mqkitKafka({"topics", "create", topic}), "mqkit topics create");
    return topic;
}

QJsonObject entry(const QJsonArray& entries, const QString& name) {
    for (const auto& e : entries)
        if (e.toObject().value("name").toString() == name)
            return e.toObject();
    return {};
}

} // namespace

class TestCliKafkaConfigs : public QObject {
    Q_OBJECT
private slots:
    void describeShowsEachConfigsSource();
    void alterOneKeyKeepsTheOtherDynamicKeys();
    void deleteRemovesOnlyThatKey();
    void brokerAlterKeepsTheBrokersOtherDynamicKeys();
    void dryRunPrintsTheDiffAndChangesNothing();
    void unknownKeyExitsTwoAndBadValueExitsOneWithKafkasReason();
    void unknownTopicExitsOneNamingIt();
    void unknownBrokerKeyIsRefusedUnlessAllowed();
    void brokerNotInTheClusterIsNamedAtOnce();
    void illegalTopicNameIsAUsageErrorAtOnce();
};

void TestCliKafkaConfigs::describeShowsEachConfigsSource() {
    const QString topic = newTopic("cfg-src");
    kafkaConfigsAdd(topic, "retention.ms=777777");
    auto r = mqkitKafka({"configs", "describe", "--topic", topic, "-o", "json"});
    QVERIFY2(r.exitCode == 0, qPrintable(diag(r)));
    QJsonArray entries = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(entry(entries, "retention.ms").value("value").toString(), QStringLiteral("777777"));
    QCOMPARE(entry(entries, "retention.ms").value("source").toString(), QStringLiteral("dynamic-topic"));
    QVERIFY2(entry(entries, "cleanup.policy").isEmpty(), "defaults are shown only with --all");

    r = mqkitKafka({"configs", "describe", "--topic", topic, "--all", "-o", "json"});
    QVERIFY2(r.exitCode == 0, qPrintable(diag(r)));
    entries = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(entry(entries, "cleanup.policy").value("source").toString(), QStringLiteral("default"));
    QCOMPARE(entry(entries, "cleanup.policy").value("value").toString(), QStringLiteral("delete"));

    r = mqkitKafka({"configs", "describe", "--broker", "1", "-o", "json"});
    QVERIFY2(r.exitCode == 0, qPrintable(diag(r)));
    entries = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(entry(entries, "broker.id").value("source").toString(), QStringLiteral("static-broker"));
    QCOMPARE(entry(entries, "broker.id").value("read_only").toBool(), true);
    // sensitive values are never printed
    for (const auto& e : entries)
        if (e.toObject().value("sensitive").toBool())
            QVERIFY(e.toObject().value("value").isNull());
}

void TestCliKafkaConfigs::alterOneKeyKeepsTheOtherDynamicKeys() {
    const QString topic = newTopic("cfg-keep");
    kafkaConfigsAdd(topic, "retention.ms=200000,segment.bytes=10485760");
    const auto r = mqkitKafka({"configs", "alter", "--topic", topic, "--set", "cleanup.policy=compact", "--execute"});
    QVERIFY2(r.exitCode == 0, qPrintable(diag(r)));
    QVERIFY2(r.out.contains("cleanup.policy: (not set) -> compact"), qPrintable(diag(r)));
    QVERIFY2(r.err.contains("replaces the whole dynamic set"), qPrintable(diag(r)));
    const auto theirs = kafkaConfigsDynamic(topic);
    const std::map<QString, QString> expected{
        {"cleanup.policy", "compact"}, {"retention.ms", "200000"}, {"segment.bytes", "10485760"}};
    QCOMPARE(theirs, expected);
}

void TestCliKafkaConfigs::deleteRemovesOnlyThatKey() {
    const QString topic = newTopic("cfg-del");
    kafkaConfigsAdd(topic, "retention.ms=300000,segment.bytes=20971520");
    const auto r = mqkitKafka({"configs", "alter", "--topic", topic, "--delete", "segment.bytes", "--set",
                               "retention.ms=400000", "--execute"});
    QVERIFY2(r.exitCode == 0, qPrintable(diag(r)));
    QVERIFY2(r.out.contains("segment.bytes: 20971520 -> (deleted)") && r.out.contains("retention.ms: 300000 -> 400000"),
             qPrintable(diag(r)));
    const std::map<QString, QString> expected{{"retention.ms", "400000"}};
    QCOMPARE(kafkaConfigsDynamic(topic), expected);
}

void TestCliKafkaConfigs::brokerAlterKeepsTheBrokersOtherDynamicKeys() {
    // Cleaner settings only: they matter to compacted topics alone, so other tests are unaffected.
    // The rig's single broker has node.id 1.
    const std::map<QString, QString> before = kafkaConfigsDynamic("1", "brokers");
    requireSuccess(runKafkaTool({"configs", "--bootstrap-server", rigKafkaBootstrap(), "--alter", "--entity-type", "brokers",
                           "--entity-name", "1", "--add-config",
                           "log.cleaner.backoff.ms=15001,log.cleaner.delete.retention.ms=86400001"}),
                "kafka-configs --alter broker");
    auto r = mqkitKafka({"configs", "alter", "--broker", "1", "--set", "log.cleaner.min.cleanable.ratio=0.6", "--execute"});
    QVERIFY2(r.exitCode == 0, qPrintable(diag(r)));
    std::map<QString, QString> expected = before;
    expected["log.cleaner.backoff.ms"] = "15001";
    expected["log.cleaner.delete.retention.ms"] = "86400001";
    expected["log.cleaner.min.cleanable.ratio"] = "0.6";
    QCOMPARE(kafkaConfigsDynamic("1", "brokers"), expected);

    r = mqkitKafka({"configs", "alter", "--broker", "1", "--delete", "log.cleaner.backoff.ms", "--delete",
                    "log.cleaner.delete.retention.ms", "--delete", "log.cleaner.min.cleanable.ratio", "--execute"});
    QVERIFY2(r.exitCode == 0, qPrintable(diag(r)));
    QCOMPARE(kafkaConfigsDynamic("1", "brokers"), before);
}

void TestCliKafkaConfigs::dryRunPrintsTheDiffAndChangesNothing() {
    const QString topic = newTopic("cfg-dry");
    kafkaConfigsAdd(topic, "retention.ms=500000");
    const auto r = mqkitKafka({"configs", "alter", "--topic", topic, "--set", "max.message.bytes=12345", "--delete",
                               "retention.ms"});
    QVERIFY2(r.exitCode == 0, qPrintable(diag(r)));
    QVERIFY2(r.out.contains("max.message.bytes: (not set) -> 12345") && r.out.contains("retention.ms: 500000 -> (deleted)"),
             qPrintable(diag(r)));
    QVERIFY2(r.err.contains("dry run") && r.err.contains("--execute"), qPrintable(diag(r)));
    const std::map<QString, QString> unchanged{{"retention.ms", "500000"}};
    QCOMPARE(kafkaConfigsDynamic(topic), unchanged);
}

void TestCliKafkaConfigs::unknownKeyExitsTwoAndBadValueExitsOneWithKafkasReason() {
    const QString topic = newTopic("cfg-bad");
    auto r = mqkitKafka({"configs", "alter", "--topic", topic, "--set", "no.such.key=1", "--execute"});
    QVERIFY2(r.exitCode == 2, qPrintable(diag(r)));
    QVERIFY2(r.err.startsWith("mqkit: ") && r.err.contains("no.such.key"), qPrintable(diag(r)));
    r = mqkitKafka({"configs", "alter", "--topic", topic, "--set", "retention.ms=soon", "--execute"});
    QVERIFY2(r.exitCode == 1, qPrintable(diag(r)));
    QVERIFY2(r.err.startsWith("mqkit: ") && r.err.contains("INVALID_CONFIG") && r.err.count('\n') == 1,
             qPrintable(diag(r)));
    r = mqkitKafka({"configs", "alter", "--topic", topic, "--set", "novalue"});
    QVERIFY2(r.exitCode == 2, qPrintable(diag(r)));
    QVERIFY(kafkaConfigsDynamic(topic).empty());
}

void TestCliKafkaConfigs::unknownTopicExitsOneNamingIt() {
    const QString topic = uniqueName("cfg-missing");
    for (const QStringList& args : {QStringList{"configs", "describe", "--topic", topic},
                                    QStringList{"configs", "alter", "--topic", topic, "--set", "retention.ms=1"}}) {
        const auto r = mqkitKafka(args);
        QVERIFY2(r.exitCode == 1, qPrintable(diag(r)));
        QVERIFY2(r.err.contains(topic.toUtf8()) && r.err.contains("UNKNOWN_TOPIC_OR_PART"), qPrintable(diag(r)));
    }
}

// Issue 14: a typo'd broker key passed the dry run, and --execute stored it as a sensitive value
// that broke every later alter of that broker.
void TestCliKafkaConfigs::unknownBrokerKeyIsRefusedUnlessAllowed() {
    const std::map<QString, QString> before = kafkaConfigsDynamic("1", "brokers");
    auto r = mqkitKafka({"configs", "alter", "--broker", "1", "--set", "log.cleaner.thread=2", "--execute"});
    QVERIFY2(r.exitCode == 2, qPrintable(diag(r)));
    QVERIFY2(r.err.contains("log.cleaner.thread") && r.err.contains("broker 1") && r.err.count('\n') == 1,
             qPrintable(diag(r)));
    QCOMPARE(kafkaConfigsDynamic("1", "brokers"), before);
    // Allowed, the dry run goes through to the broker's own validation (and changes nothing).
    r = mqkitKafka({"configs", "alter", "--broker", "1", "--set", "log.cleaner.thread=2", "--allow-unknown"});
    QVERIFY2(r.exitCode == 0, qPrintable(diag(r)));
    QVERIFY2(r.out.contains("log.cleaner.thread: (not set) -> 2") && r.err.contains("dry run"), qPrintable(diag(r)));
    QCOMPARE(kafkaConfigsDynamic("1", "brokers"), before);
}

// Issue 14: --broker 99 waited the whole timeout for "no answer from Kafka".
void TestCliKafkaConfigs::brokerNotInTheClusterIsNamedAtOnce() {
    for (const QStringList& args : {QStringList{"configs", "alter", "--broker", "99", "--set", "log.cleaner.threads=2"},
                                    QStringList{"configs", "describe", "--broker", "99"}}) {
        const auto r = mqkitKafka(args);
        QVERIFY2(r.exitCode == 1, qPrintable(diag(r)));
        QVERIFY2(r.err.contains("broker 99 is not in the cluster") && r.err.contains("brokers: 1"), qPrintable(diag(r)));
        QVERIFY2(r.elapsedMs < 5000, qPrintable(QStringLiteral("took %1 ms").arg(r.elapsedMs)));
    }
}

void TestCliKafkaConfigs::illegalTopicNameIsAUsageErrorAtOnce() {
    const auto r = mqkitKafka({"configs", "alter", "--topic", "a/b", "--set", "retention.ms=1"});
    QVERIFY2(r.exitCode == 2, qPrintable(diag(r)));
    QVERIFY2(r.err.contains("'a/b' is not a legal Kafka topic name"), qPrintable(diag(r)));
    QVERIFY2(r.elapsedMs < 5000, qPrintable(QStringLiteral("took %1 ms").arg(r.elapsedMs)));
}

QTEST_GUILESS_MAIN(TestCliKafkaConfigs)
#include "tst_cli_kafka_configs.moc"
