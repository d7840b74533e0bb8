// kafkaShorthandBindings: the ACLs `kafka acls create --producer/--consumer` and the GUI's ACL form create.

#include "kafka/KafkaAclShorthand.h"

#include <QTest>

using namespace mqkit;

class TestKafkaAclShorthand : public QObject {
    Q_OBJECT
private slots:
    void producerGetsWriteDescribeCreateAndTheClusterLiteral();
    void consumerGetsReadDescribeAndReadOnItsGroups();
};

void TestKafkaAclShorthand::producerGetsWriteDescribeCreateAndTheClusterLiteral() {
    const KafkaAclShorthand producer{true, false, true, {"orders-"}, {}};
    const auto acls = kafkaShorthandBindings(producer, "User:alice", "*", "Allow", "Prefixed");
    const std::vector<KafkaAcl> expected{
        {"Topic", "orders-", "Prefixed", "User:alice", "*", "Write", "Allow"},
        {"Topic", "orders-", "Prefixed", "User:alice", "*", "Describe", "Allow"},
        {"Topic", "orders-", "Prefixed", "User:alice", "*", "Create", "Allow"},
        {"Cluster", "kafka-cluster", "Literal", "User:alice", "*", "IdempotentWrite", "Allow"},
    };
    QCOMPARE(acls.size(), expected.size());
    for (size_t i = 0; i < expected.size(); ++i)
        QVERIFY2(acls[i] == expected[i], qPrintable(acls[i].describe()));
}

void TestKafkaAclShorthand::consumerGetsReadDescribeAndReadOnItsGroups() {
    const KafkaAclShorthand consumer{false, true, false, {"a", "b"}, {"billing"}};
    const auto acls = kafkaShorthandBindings(consumer, "User:bob", "10.0.0.1", "Deny", "Literal");
    QStringList seen;
    for (const auto& a : acls) {
        QCOMPARE(a.principal, QStringLiteral("User:bob"));
        QCOMPARE(a.host, QStringLiteral("10.0.0.1"));
        QCOMPARE(a.permission, QStringLiteral("Deny"));
        QCOMPARE(a.patternType, QStringLiteral("Literal"));
        seen << a.resourceType + ":" + a.resourceName + ":" + a.operation;
    }
    QCOMPARE(seen, (QStringList{"Topic:a:Read", "Topic:a:Describe", "Topic:b:Read", "Topic:b:Describe", "Group:billing:Read"}));
}

QTEST_GUILESS_MAIN(TestKafkaAclShorthand)
#include "tst_kafka_acl_shorthand.moc"
