// `mqkit kafka acls` against the real Kafka of tests/rig (SASL listener with StandardAuthorizer),
// cross-checked with kafka-acls and with what alice can really do through kcat.

#include "KafkaAdminTestTools.h"

using namespace kafkatest;

namespace {

QStringList saslArgs(const QString& user) {
    return {"-X", "security.protocol=SASL_PLAINTEXT", "-X", "sasl.mechanisms=PLAIN", "-X", "sasl.username=" + user};
}

// kcat -P as alice over SASL PLAIN
ProcessResult produceAsAlice(const QString& topic) {
    const RigEnv& rig = RigEnv::get();
    return runProcess("kcat",
                      QStringList{"-P", "-b", rig.value("MQKIT_RIG_KAFKA_SASL"), "-t", topic} +
                          saslArgs(rig.value("MQKIT_RIG_KAFKA_USER1")) +
                          QStringList{"-X", "sasl.password=" + rig.value("MQKIT_RIG_KAFKA_PASSWORD1"), "-X",
                                      "message.timeout.ms=10000"},
                      30000, "hello\n");
}

QString kafkaAclsList(const QString& topic) {
    const auto r = runKafkaTool({"acls", "--bootstrap-server", rigKafkaBootstrap(), "--list", "--topic", topic});
    requireSuccess(r, "kafka-acls --list");
    return QString::fromUtf8(r.out);
}

QJsonArray mqkitAcls(const QStringList& filter) {
    const auto r = mqkitKafka(QStringList{"acls", "list", "-o", "json"} + filter);
    if (r.exitCode != 0)
        qFatal("mqkit kafka acls list failed: %s", qPrintable(diag(r)));
    return QJsonDocument::fromJson(r.out).array();
}

QStringList operationsOf(const QJsonArray& acls, const QString& principal) {
    QStringList ops;
    for (const auto& a : acls)
        if (a.toObject().value("principal").toString() == principal)
            ops << a.toObject().value("operation").toString();
    ops.sort();
    return ops;
}

} // namespace

class TestCliKafkaAcls : public QObject {
    Q_OBJECT
private slots:
    void producerAclLetsAliceProduceToTheGrantedTopicOnly();
    void consumerShortcutGrantsReadOnTopicAndGroup();
    void prefixedAclIsListedWithItsPatternType();
    void deleteShowsMatchesNeedsYesThenRemoves();
    void badPrincipalExitsTwoBeforeContactingTheBroker();
    void wrongPasswordExitsOneWithinTheTimeout();
};

void TestCliKafkaAcls::producerAclLetsAliceProduceToTheGrantedTopicOnly() {
    const QString granted = uniqueName("acl-granted");
    const QString other = uniqueName("acl-other");
    requireSuccess(mqkitKafka({"topics", "create", granted, other}), "mqkit topics create");
    const auto r = mqkitKafka({"acls", "create", "--allow-principal", "User:alice", "--producer", "--topic", granted});
    QVERIFY2(r.exitCode == 0, qPrintable(diag(r)));

    const auto ok = produceAsAlice(granted);
    QVERIFY2(ok.exitCode == 0, qPrintable(diag(ok)));
    const auto refused = produceAsAlice(other);
    QVERIFY2(refused.exitCode != 0, qPrintable(diag(refused)));
    QVERIFY2(refused.err.contains("authorization") || refused.err.contains("Authorization"), qPrintable(diag(refused)));

    // kafka-acls sees exactly the producer set, and so does mqkit acls list
    const QString theirs = kafkaAclsList(granted);
    for (const char* op : {"WRITE", "DESCRIBE", "CREATE"})
        QVERIFY2(theirs.contains(QStringLiteral("principal=User:alice, host=*, operation=%1, permissionType=ALLOW")
                                     .arg(QLatin1String(op))),
                 qPrintable(theirs));
    const QJsonArray ours = mqkitAcls({"--topic", granted});
    QCOMPARE(operationsOf(ours, "User:alice"), (QStringList{"Create", "Describe", "Write"}));
    for (const auto& a : ours) {
        QCOMPARE(a.toObject().value("resource_type").toString(), QStringLiteral("Topic"));
        QCOMPARE(a.toObject().value("pattern_type").toString(), QStringLiteral("Literal"));
        QCOMPARE(a.toObject().value("permission").toString(), QStringLiteral("Allow"));
        QCOMPARE(a.toObject().value("host").toString(), QStringLiteral("*"));
    }
}

void TestCliKafkaAcls::consumerShortcutGrantsReadOnTopicAndGroup() {
    const QString topic = uniqueName("acl-cons");
    const QString group = uniqueName("acl-group");
    auto r = mqkitKafka({"acls", "create", "--allow-principal", "User:bob", "--consumer", "--topic", topic});
    QVERIFY2(r.exitCode == 2, qPrintable(diag(r))); // kafka-acls too needs a group with --consumer
    r = mqkitKafka({"acls", "create", "--allow-principal", "User:bob", "--consumer", "--topic", topic, "--group", group});
    QVERIFY2(r.exitCode == 0, qPrintable(diag(r)));
    QCOMPARE(operationsOf(mqkitAcls({"--topic", topic}), "User:bob"), (QStringList{"Describe", "Read"}));
    QCOMPARE(operationsOf(mqkitAcls({"--group", group}), "User:bob"), (QStringList{"Read"}));
}

void TestCliKafkaAcls::prefixedAclIsListedWithItsPatternType() {
    const QString prefix = uniqueName("acl-prefix");
    const auto r = mqkitKafka({"acls", "create", "--allow-principal", "User:bob", "--operation", "Read", "--topic", prefix,
                               "--resource-pattern-type", "prefixed"});
    QVERIFY2(r.exitCode == 0, qPrintable(diag(r)));
    const auto theirs = runKafkaTool({"acls", "--bootstrap-server", rigKafkaBootstrap(), "--list", "--topic", prefix,
                                   "--resource-pattern-type", "prefixed"});
    QVERIFY2(theirs.out.contains("patternType=PREFIXED") && theirs.out.contains("operation=READ"), theirs.out.constData());
    const QJsonArray ours = mqkitAcls({"--topic", prefix, "--resource-pattern-type", "prefixed"});
    QCOMPARE(ours.size(), 1);
    QCOMPARE(ours.at(0).toObject().value("pattern_type").toString(), QStringLiteral("Prefixed"));
    // "match" finds the prefixed ACL for a topic under the prefix
    const QJsonArray matching = mqkitAcls({"--topic", prefix + "-x", "--resource-pattern-type", "match"});
    QCOMPARE(matching.size(), 1);
}

void TestCliKafkaAcls::deleteShowsMatchesNeedsYesThenRemoves() {
    const QString topic = uniqueName("acl-del");
    requireSuccess(mqkitKafka({"acls", "create", "--allow-principal", "User:alice", "--operation", "Read", "--operation",
                            "Describe", "--topic", topic}),
                "mqkit acls create");
    auto r = mqkitKafka({"acls", "delete", "--allow-principal", "User:alice", "--topic", topic});
    QVERIFY2(r.exitCode == 2, qPrintable(diag(r)));
    QVERIFY2(r.err.contains("2 ACL(s) match") && r.err.contains("--yes"), qPrintable(diag(r)));
    QCOMPARE(mqkitAcls({"--topic", topic}).size(), 2);

    r = mqkitKafka({"acls", "delete", "--allow-principal", "User:alice", "--topic", topic, "--operation", "Read", "--yes",
                    "-o", "json"});
    QVERIFY2(r.exitCode == 0, qPrintable(diag(r)));
    const QJsonArray deleted = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(deleted.size(), 1);
    QCOMPARE(deleted.at(0).toObject().value("operation").toString(), QStringLiteral("Read"));
    const QString theirs = kafkaAclsList(topic);
    QVERIFY2(theirs.contains("operation=DESCRIBE") && !theirs.contains("operation=READ"), qPrintable(theirs));
}

void TestCliKafkaAcls::badPrincipalExitsTwoBeforeContactingTheBroker() {
    // port 1: nothing listens, so exit 2 proves no broker was needed
    for (const QStringList& extra : {QStringList{"--allow-principal", "alice"}, QStringList{"--allow-principal", "User:"},
                                     QStringList{"--allow-principal", "User:alice", "--operation", "Fly"}}) {
        const auto r = runCli(QStringList{"kafka", "acls", "create", "-b", "127.0.0.1:1", "--topic", "t"} + extra);
        QVERIFY2(r.exitCode == 2, qPrintable(diag(r)));
        QVERIFY2(r.err.startsWith("mqkit: ") && r.err.count('\n') == 1, qPrintable(diag(r)));
    }
}

void TestCliKafkaAcls::wrongPasswordExitsOneWithinTheTimeout() {
    const RigEnv& rig = RigEnv::get();
    const auto r = runCli(QStringList{"kafka", "acls", "list", "-b", rig.value("MQKIT_RIG_KAFKA_SASL"), "--timeout", "5"} +
                              saslArgs(rig.value("MQKIT_RIG_KAFKA_USER1")),
                          {}, 30000, {}, {{"MQKIT_PASSWORD", "not-the-password"}});
    QVERIFY(r.finished);
    QVERIFY2(r.exitCode == 1, qPrintable(diag(r)));
    QVERIFY2(r.err.startsWith("mqkit: ") && r.err.contains("authentication") && r.err.count('\n') == 1,
             qPrintable(diag(r)));
}

QTEST_GUILESS_MAIN(TestCliKafkaAcls)
#include "tst_cli_kafka_acls.moc"
