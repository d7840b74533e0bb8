// The provisioning spec (core/provision/ProvisionSpec): parsing, ${ENV} in names only, merging of
// several files, and validation errors that name file, line and field. No broker is involved.

#include "TestSupport.h"
#include "provision/ProvisionSpec.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mqkit;
using namespace mqkit::provision;

namespace {

const EnvLookup kEnv = [](const QString& name) -> std::optional<QString> {
    if (name == QLatin1String("TENANT"))
        return QStringLiteral("acme");
    return std::nullopt;
};

QString errorOf(const QByteArray& yaml) {
    try {
        parseProvisionSpec(yaml, QStringLiteral("spec.yaml"), kEnv);
    } catch (const Error& e) {
        return e.kind() == ErrorKind::Usage ? e.message() : QStringLiteral("wrong kind: ") + e.message();
    }
    return QStringLiteral("no error");
}

const QByteArray kFull = R"(managed:
  topics: [telemetry]
  principals: ["User:bridge"]
  clients: [device-]
kafka:
  topics:
    - name: telemetry
      partitions: 6
      replication_factor: 1
      configs:
        retention.ms: 604800000
    - name: ${TENANT}.telemetry
  acls:
    - principal: User:bridge
      producer: [telemetry]
      idempotent: true
    - principal: User:analytics
      consumer: [telemetry]
      groups: [analytics]
    - principal: User:ops
      permission: deny
      resource: {type: topic, name: telemetry, pattern: prefixed}
      operations: [Alter]
mqtt:
  dynsec:
    default_acl: {publish_client_send: false, subscribe: false}
    roles:
      - name: tenant-${TENANT}
        acls:
          - {type: publishClientSend, topic: "t/${TENANT}/d/+/telemetry", priority: 1}
    groups:
      - name: devices
        roles: [tenant-acme]
    clients:
      - username: device-1
        password: env:DEVICE_PW
        groups: [devices]
        roles: [{name: tenant-acme, priority: 2}]
)";

QStringList aclLines(const ProvisionSpec& spec) {
    QStringList out;
    for (const auto& a : spec.acls)
        out << QStringLiteral("%1 %2 %3 %4:%5 %6 %7")
                   .arg(a.acl.principal, a.acl.permission, a.acl.operation, a.acl.resourceType, a.acl.resourceName,
                        a.acl.patternType, a.acl.host);
    return out;
}

} // namespace

class TestProvisionSpec : public QObject {
    Q_OBJECT
private slots:
    void fullSpecParsesEverySection();
    void shorthandsExpandAsKafkaAclsCreateDoes();
    void environmentIsSubstitutedInNamesOnly();
    void errorsNameFileLineAndField_data();
    void errorsNameFileLineAndField();
    void laterFilesOverrideByNameAndAclsAddUp();
    void duplicateNameInOneFileNamesBothPlaces();
    void writtenSpecReadsBackTheSame();
};

void TestProvisionSpec::fullSpecParsesEverySection() {
    const ProvisionSpec spec = parseProvisionSpec(kFull, "spec.yaml", kEnv);
    QVERIFY(spec.hasKafka);
    QVERIFY(spec.hasMqtt);
    QCOMPARE(spec.topics.size(), std::size_t(2));
    QCOMPARE(spec.topics[0].name, QStringLiteral("telemetry"));
    QCOMPARE(spec.topics[0].partitions, std::optional<int>(6));
    QCOMPARE(spec.topics[0].configs.at("retention.ms"), QStringLiteral("604800000"));
    QCOMPARE(spec.topics[0].where.describe(), QStringLiteral("spec.yaml:7"));
    QCOMPARE(spec.topics[1].name, QStringLiteral("acme.telemetry"));
    QVERIFY(!spec.topics[1].partitions);
    QCOMPARE(spec.managed.principals, QStringList{"User:bridge"});
    QCOMPARE(spec.dynsec.roles.at(0).name, QStringLiteral("tenant-acme"));
    QCOMPARE(spec.dynsec.roles.at(0).acls.at(0).topic, QStringLiteral("t/acme/d/+/telemetry"));
    QCOMPARE(spec.dynsec.roles.at(0).acls.at(0).priority, 1);
    QCOMPARE(spec.dynsec.clients.at(0).passwordRef, QStringLiteral("env:DEVICE_PW"));
    QCOMPARE(spec.dynsec.clients.at(0).roles.at(0), (dynsec::RoleRef{"tenant-acme", 2}));
    QCOMPARE(spec.dynsec.groups.at(0).clients, QStringList{"device-1"});
    QVERIFY(spec.dynsec.defaultAcl);
    QCOMPARE(spec.dynsec.defaultAcl->publishClientReceive, true); // not named: the plugin's default
    QCOMPARE(spec.dynsec.defaultAcl->subscribe, false);
}

void TestProvisionSpec::shorthandsExpandAsKafkaAclsCreateDoes() {
    const QStringList acls = aclLines(parseProvisionSpec(kFull, "spec.yaml", kEnv));
    QCOMPARE(acls, (QStringList{"User:bridge Allow Write Topic:telemetry Literal *",
                                "User:bridge Allow Describe Topic:telemetry Literal *",
                                "User:bridge Allow Create Topic:telemetry Literal *",
                                "User:bridge Allow IdempotentWrite Cluster:kafka-cluster Literal *",
                                "User:analytics Allow Read Topic:telemetry Literal *",
                                "User:analytics Allow Describe Topic:telemetry Literal *",
                                "User:analytics Allow Read Group:analytics Literal *",
                                "User:ops Deny Alter Topic:telemetry Prefixed *"}));
}

void TestProvisionSpec::environmentIsSubstitutedInNamesOnly() {
    QCOMPARE(errorOf("kafka:\n  topics:\n    - name: x-${NOPE}\n"),
             QStringLiteral("spec.yaml:3: kafka.topics[0].name: environment variable NOPE is not set"));
    QCOMPARE(errorOf("mqtt:\n  dynsec:\n    clients:\n      - username: a\n        password: ${TENANT}\n"),
             QStringLiteral("spec.yaml:5: mqtt.dynsec.clients[0].password: secret references are never substituted; "
                            "write env:VAR instead of ${VAR}"));
}

void TestProvisionSpec::errorsNameFileLineAndField_data() {
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("error");
    QTest::newRow("partitions not positive")
        << QByteArray("kafka:\n  topics:\n    - name: a\n    - name: b\n    - name: c\n      partitions: 0\n")
        << "spec.yaml:6: kafka.topics[2].partitions: must be a positive integer";
    QTest::newRow("illegal topic name") << QByteArray("kafka:\n  topics:\n    - name: a/b\n")
                                        << "spec.yaml:3: kafka.topics[0].name: 'a/b' is not a legal Kafka topic name";
    QTest::newRow("unknown field") << QByteArray("kafka:\n  topics:\n    - name: a\n      partition: 3\n")
                                   << "spec.yaml:4: kafka.topics[0].partition: unknown field";
    QTest::newRow("missing name") << QByteArray("kafka:\n  topics:\n    - partitions: 3\n")
                                  << "spec.yaml:3: kafka.topics[0].name: is required";
    QTest::newRow("bad principal") << QByteArray("kafka:\n  acls:\n    - principal: alice\n      producer: [t]\n")
                                   << "spec.yaml:3: kafka.acls[0]: invalid principal 'alice'";
    QTest::newRow("consumer without group") << QByteArray("kafka:\n  acls:\n    - principal: User:a\n      consumer: [t]\n")
                                            << "spec.yaml:3: kafka.acls[0].groups: a consumer needs its consumer groups";
    QTest::newRow("unknown operation")
        << QByteArray("kafka:\n  acls:\n    - principal: User:a\n      resource: {type: topic, name: t}\n      operations: [Fly]\n")
        << "spec.yaml:3: kafka.acls[0]: unknown operation 'Fly'";
    QTest::newRow("dynsec acl type")
        << QByteArray("mqtt:\n  dynsec:\n    roles:\n      - name: r\n        acls:\n          - {type: publish, topic: a}\n")
        << "spec.yaml:6: mqtt.dynsec.roles[0].acls[0].type: must be one of";
    QTest::newRow("secret reference") << QByteArray("mqtt:\n  dynsec:\n    clients:\n      - username: u\n        password: hunter2\n")
                                      << "spec.yaml:5: mqtt.dynsec.clients[0].password: must be a secret reference";
    QTest::newRow("yaml syntax") << QByteArray("kafka:\n  topics: [a\n\n") << "spec.yaml:";
    QTest::newRow("top-level") << QByteArray("kafak:\n  topics: []\n") << "spec.yaml:1: kafak: unknown field";
}

void TestProvisionSpec::errorsNameFileLineAndField() {
    QFETCH(QByteArray, yaml);
    QFETCH(QString, error);
    const QString got = errorOf(yaml);
    QVERIFY2(got.startsWith(error), qPrintable(got));
}

void TestProvisionSpec::laterFilesOverrideByNameAndAclsAddUp() {
    QTemporaryDir dir;
    const QString a = dir.filePath("a.yaml"), b = dir.filePath("b.yaml");
    QFile fa(a), fb(b);
    QVERIFY(fa.open(QIODevice::WriteOnly) && fb.open(QIODevice::WriteOnly));
    fa.write("managed: {topics: [t]}\nkafka:\n  topics:\n    - {name: t1, partitions: 1}\n    - {name: t2, partitions: 2}\n"
             "  acls:\n    - {principal: 'User:a', resource: {type: topic, name: t1}, operations: [Read]}\n");
    fb.write("managed: {topics: [u]}\nkafka:\n  topics:\n    - {name: t2, partitions: 5}\n    - {name: t3}\n"
             "  acls:\n    - {principal: 'User:b', resource: {type: topic, name: t1}, operations: [Read]}\n");
    fa.close();
    fb.close();
    const ProvisionSpec spec = loadProvisionSpec({a, b}, kEnv);
    QCOMPARE(spec.topics.size(), std::size_t(3));
    QCOMPARE(spec.topics[1].name, QStringLiteral("t2"));
    QCOMPARE(spec.topics[1].partitions, std::optional<int>(5));
    QCOMPARE(spec.topics[1].where.file, b);
    QCOMPARE(spec.acls.size(), std::size_t(2));
    QCOMPARE(spec.managed.topics, (QStringList{"t", "u"}));
}

void TestProvisionSpec::duplicateNameInOneFileNamesBothPlaces() {
    QCOMPARE(errorOf("kafka:\n  topics:\n    - name: t\n    - name: u\n    - name: t\n"),
             QStringLiteral("spec.yaml:5: kafka.topics[2].name: topic 't' is already defined at spec.yaml:3"));
}

void TestProvisionSpec::writtenSpecReadsBackTheSame() {
    const ProvisionSpec spec = parseProvisionSpec(kFull, "spec.yaml", kEnv);
    const QByteArray written = writeProvisionSpec(spec);
    const ProvisionSpec back = parseProvisionSpec(written, "written.yaml", kEnv);
    QCOMPARE(back.topics.size(), spec.topics.size());
    for (std::size_t i = 0; i < spec.topics.size(); ++i) {
        QCOMPARE(back.topics[i].name, spec.topics[i].name);
        QCOMPARE(back.topics[i].partitions, spec.topics[i].partitions);
        QCOMPARE(back.topics[i].configs, spec.topics[i].configs);
    }
    QStringList before = aclLines(spec), after = aclLines(back);
    before.sort();
    after.sort();
    QCOMPARE(after, before);
    QCOMPARE(back.dynsec.clients, spec.dynsec.clients);
    QCOMPARE(back.dynsec.roles, spec.dynsec.roles);
    QCOMPARE(back.dynsec.groups, spec.dynsec.groups);
    QCOMPARE(back.dynsec.defaultAcl, spec.dynsec.defaultAcl);
    QCOMPARE(back.managed.topics, spec.managed.topics);
    QCOMPARE(writeProvisionSpec(back), written);
}

QTEST_GUILESS_MAIN(TestProvisionSpec)
#include "tst_provision_spec.moc"
