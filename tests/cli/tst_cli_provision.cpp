// `mqkit provision plan | apply | export` against the real Kafka of tests/rig, cross-checked with
// kafka-topics, kafka-configs, kafka-acls and what alice can really do through kcat.

#include "KafkaAdminTestTools.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace kafkatest;

namespace {

QString writeSpec(const QTemporaryDir& dir, const QString& name, const QByteArray& yaml) {
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(yaml) != yaml.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// With the rig's dynsec admin too: a spec with an mqtt.dynsec section (the pipeline) is planned on
// both systems; the pipeline's client passwords come from these variables.
ProcessResult provision(const QStringList& args, const QHash<QString, QString>& env = {}) {
    const RigEnv& rig = RigEnv::get();
    QHash<QString, QString> all{{"MQKIT_PASSWORD", rig.value("MQKIT_RIG_MQTT_ADMIN_PASSWORD")},
                                {"DEVICE_0001_PASSWORD", "device-0001-secret"},
                                {"BRIDGE_PASSWORD", "bridge-secret"}};
    for (auto it = env.begin(); it != env.end(); ++it)
        all.insert(it.key(), it.value());
    const QString mqttUrl = QStringLiteral("mqtt://127.0.0.1:%1").arg(rig.value("MQKIT_RIG_MQTT_AUTH_PORT"));
    return runCli(QStringList{"provision"} + args +
                      QStringList{"-b", rigKafkaBootstrap(), "-L", mqttUrl, "-u", rig.value("MQKIT_RIG_MQTT_ADMIN_USER")},
                  {}, 90000, {}, all);
}

QJsonObject planJson(const QString& spec) {
    const auto r = provision({"plan", "-f", spec, "-o", "json"});
    if (r.exitCode != 0)
        qFatal("provision plan failed: %s", qPrintable(diag(r)));
    return QJsonDocument::fromJson(r.out).object();
}

QStringList planTargets(const QString& spec) {
    QStringList out;
    for (const auto& i : planJson(spec).value("kafka").toObject().value("items").toArray())
        out << i.toObject().value("action").toString() + QLatin1Char(' ') + i.toObject().value("target").toString();
    return out;
}

// A spec owning the topics under `prefix` (not alice: other tests give her ACLs too): one topic with
// a config, alice a producer on it.
QByteArray ownedSpec(const QString& prefix, int partitions = 2) {
    return QStringLiteral("managed: {topics: [\"%1\"]}\n"
                          "kafka:\n  topics:\n"
                          "    - {name: \"%1.a\", partitions: %2, replication_factor: 1, configs: {retention.ms: \"3600000\"}}\n"
                          "  acls:\n    - {principal: \"User:alice\", producer: [\"%1.a\"]}\n")
        .arg(prefix)
        .arg(partitions)
        .toUtf8();
}

ProcessResult produceAsAlice(const QString& topic) {
    const RigEnv& rig = RigEnv::get();
    return runProcess("kcat",
                      {"-P", "-b", rig.value("MQKIT_RIG_KAFKA_SASL"), "-t", topic, "-X", "security.protocol=SASL_PLAINTEXT",
                       "-X", "sasl.mechanisms=PLAIN", "-X", "sasl.username=" + rig.value("MQKIT_RIG_KAFKA_USER1"), "-X",
                       "sasl.password=" + rig.value("MQKIT_RIG_KAFKA_PASSWORD1"), "-X", "message.timeout.ms=10000"},
                      30000, "hello\n");
}

bool topicExists(const QString& topic) {
    const auto r = runKafkaTool({"topics", "--bootstrap-server", rigKafkaBootstrap(), "--list"});
    requireSuccess(r, "kafka-topics --list");
    return QString::fromUtf8(r.out).split('\n').contains(topic);
}

// A Kafka that hangs: the kernel completes every TCP handshake on the listening socket, nobody ever
// reads or answers.
class SilentListener {
public:
    SilentListener() : m_fd(::socket(AF_INET, SOCK_STREAM, 0)) {
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof a;
        if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<sockaddr*>(&a), len) != 0 || ::listen(m_fd, 16) != 0 ||
            ::getsockname(m_fd, reinterpret_cast<sockaddr*>(&a), &len) != 0)
            qFatal("cannot listen on loopback");
        m_port = ntohs(a.sin_port);
    }
    ~SilentListener() { ::close(m_fd); }
    SilentListener(const SilentListener&) = delete;
    SilentListener& operator=(const SilentListener&) = delete;
    QString address() const { return QStringLiteral("127.0.0.1:%1").arg(m_port); }

private:
    int m_fd;
    int m_port = 0;
};

} // namespace

class TestCliProvision : public QObject {
    Q_OBJECT
private slots:
    void malformedSpecNamesTheLineBeforeAnyBroker();
    void malformedSpecIsReportedAtOnceWhileTheClusterHangs();
    void malformedSpecIsReportedAtOnceWhileTheMqttBrokerHangs();
    void pipelineExampleAppliesThenPlansNoChangesAndKafkaToolsAgree();
    void driftMadeWithKafkasToolsIsReportedExactly();
    void deletesNeedAllowDeleteAndNothingOutsideManagedIsTouched();
    void partitionDecreaseIsRefused();
    void exportApplyExportGivesTheSameSpec();
    void appliedAclGrantsAndAMissingOneDenies();

private:
    QTemporaryDir m_dir;
};

void TestCliProvision::malformedSpecNamesTheLineBeforeAnyBroker() {
    const QString spec = writeSpec(m_dir, "bad.yaml", "kafka:\n  topics:\n    - name: ok\n    - name: x\n      partitions: -3\n");
    // nothing listens on port 1: a contacted broker would end in a timeout (exit 1), not 2
    const auto r = runCli({"provision", "plan", "-f", spec, "-b", "127.0.0.1:1"});
    QVERIFY2(r.exitCode == 2, qPrintable(diag(r)));
    QVERIFY2(r.err.contains("bad.yaml:5: kafka.topics[1].partitions: must be a positive integer"), qPrintable(diag(r)));
    const auto unset = runCli({"provision", "plan", "-f", writeSpec(m_dir, "env.yaml", "kafka:\n  topics:\n    - name: t-${MQKIT_SURELY_UNSET}\n"),
                               "-b", "127.0.0.1:1"});
    QVERIFY2(unset.exitCode == 2 && unset.err.contains("env.yaml:3: kafka.topics[0].name: environment variable MQKIT_SURELY_UNSET is not set"),
             qPrintable(diag(unset)));
}

// The cluster is read while the spec is parsed; a bad spec still wins, and the read is abandoned
// without waiting for the broker's timeout.
void TestCliProvision::malformedSpecIsReportedAtOnceWhileTheClusterHangs() {
    const SilentListener kafka;
    QByteArray yaml = "kafka:\n  topics:\n";
    for (int i = 0; i < 2000; ++i) // parsing takes a while: the early read is under way
        yaml += QStringLiteral("    - {name: t%1, partitions: 1, configs: {retention.ms: '1000'}}\n").arg(i).toUtf8();
    yaml += "    - name: x\n      partitions: -3\n";
    const QString spec = writeSpec(m_dir, "late-bad.yaml", yaml);
    QElapsedTimer clock;
    clock.start();
    const auto r = runCli({"provision", "plan", "-f", spec, "-b", kafka.address(), "--timeout", "60"});
    const qint64 ms = clock.elapsed();
    QVERIFY2(r.exitCode == 2, qPrintable(diag(r)));
    QVERIFY2(r.err.contains("late-bad.yaml:2004: kafka.topics[2000].partitions: must be a positive integer"), qPrintable(diag(r)));
    QVERIFY2(ms < 10000, qPrintable(QStringLiteral("took %1 ms with a 60 s timeout").arg(ms)));
}

// The broker's dynamic-security state is read while the spec is parsed too: a connection attempt
// that would wait 60 s for a CONNACK is given up as soon as the spec is found bad.
void TestCliProvision::malformedSpecIsReportedAtOnceWhileTheMqttBrokerHangs() {
    const SilentListener mqtt;
    QByteArray yaml = "kafka:\n  topics:\n";
    for (int i = 0; i < 2000; ++i)
        yaml += QStringLiteral("    - {name: t%1, partitions: 1}\n").arg(i).toUtf8();
    yaml += "    - name: x\n      partitions: -3\nmqtt:\n  dynsec:\n    clients:\n      - {username: d1}\n";
    const QString spec = writeSpec(m_dir, "late-bad-mqtt.yaml", yaml);
    QElapsedTimer clock;
    clock.start();
    const auto r = runCli({"provision", "plan", "-f", spec, "-b", "127.0.0.1:1", "-L", "mqtt://" + mqtt.address(),
                           "--connect-timeout", "60"});
    const qint64 ms = clock.elapsed();
    QVERIFY2(r.exitCode == 2, qPrintable(diag(r)));
    QVERIFY2(r.err.contains("late-bad-mqtt.yaml:2004: kafka.topics[2000].partitions: must be a positive integer"),
             qPrintable(diag(r)));
    QVERIFY2(ms < 10000, qPrintable(QStringLiteral("took %1 ms with a 60 s connect timeout").arg(ms)));
}

void TestCliProvision::pipelineExampleAppliesThenPlansNoChangesAndKafkaToolsAgree() {
    const QString spec = QStringLiteral(MQKIT_SOURCE_DIR "/packaging/examples/pipeline.yaml");
    const QHash<QString, QString> env{{"TENANT", "acme"}};
    auto r = provision({"apply", "-f", spec, "--execute"}, env);
    QVERIFY2(r.exitCode == 0, qPrintable(diag(r)));
    r = provision({"plan", "-f", spec, "--exit-code"}, env);
    QVERIFY2(r.exitCode == 0 && r.out.contains("No changes"), qPrintable(diag(r)));
    r = provision({"apply", "-f", spec, "--execute"}, env); // twice: nothing to do
    QVERIFY2(r.exitCode == 0 && r.out.contains("No changes"), qPrintable(diag(r)));

    const auto topics = runKafkaTool({"topics", "--bootstrap-server", rigKafkaBootstrap(), "--describe", "--topic", "telemetry"});
    requireSuccess(topics, "kafka-topics --describe");
    QVERIFY2(topics.out.contains("PartitionCount: 6") && topics.out.contains("ReplicationFactor: 1"), topics.out.constData());
    QVERIFY2(topics.out.contains("compression.type=lz4") && topics.out.contains("retention.ms=604800000"), topics.out.constData());
    const auto acls = runKafkaTool({"acls", "--bootstrap-server", rigKafkaBootstrap(), "--list", "--principal", "User:bridge"});
    requireSuccess(acls, "kafka-acls --list");
    QCOMPARE(acls.out.count("principal=User:bridge"), 7); // 3 per topic + IdempotentWrite
}

void TestCliProvision::driftMadeWithKafkasToolsIsReportedExactly() {
    const QString prefix = uniqueName("prov-drift");
    const QString spec = writeSpec(m_dir, prefix + ".yaml", ownedSpec(prefix));
    requireSuccess(provision({"apply", "-f", spec, "--execute"}), "provision apply");
    requireSuccess(runKafkaTool({"configs", "--bootstrap-server", rigKafkaBootstrap(), "--alter", "--entity-type", "topics",
                                 "--entity-name", prefix + ".a", "--add-config", "retention.ms=1000"}),
                   "kafka-configs --alter");
    requireSuccess(runKafkaTool({"acls", "--bootstrap-server", rigKafkaBootstrap(), "--remove", "--force", "--allow-principal",
                                 "User:alice", "--operation", "Create", "--topic", prefix + ".a"}),
                   "kafka-acls --remove");
    QTRY_COMPARE_WITH_TIMEOUT(planTargets(spec).size(), 2, 10000);
    const QJsonArray items = planJson(spec).value("kafka").toObject().value("items").toArray();
    QCOMPARE(items.at(0).toObject().value("target").toString(), "topic " + prefix + ".a config retention.ms");
    QCOMPARE(items.at(0).toObject().value("before").toString(), QStringLiteral("1000"));
    QCOMPARE(items.at(0).toObject().value("after").toString(), QStringLiteral("3600000"));
    QCOMPARE(items.at(1).toObject().value("action").toString(), QStringLiteral("create"));
    QCOMPARE(items.at(1).toObject().value("operation").toString(), QStringLiteral("Create"));
    requireSuccess(provision({"apply", "-f", spec, "--execute"}), "provision apply (repair)");
    QVERIFY(planTargets(spec).isEmpty());
}

void TestCliProvision::deletesNeedAllowDeleteAndNothingOutsideManagedIsTouched() {
    const QString prefix = uniqueName("prov-del");
    const QString spec = writeSpec(m_dir, prefix + ".yaml", ownedSpec(prefix));
    requireSuccess(provision({"apply", "-f", spec, "--execute"}), "provision apply");
    createKafkaTopic(prefix + ".extra", 1);   // under managed, not in the spec
    const QString outside = uniqueName("prov-outside");
    createKafkaTopic(outside, 1);             // outside managed
    QCOMPARE(planTargets(spec), QStringList{"delete topic " + prefix + ".extra"});

    auto r = provision({"apply", "-f", spec, "--execute"});
    QVERIFY2(r.exitCode == 2 && r.err.contains("nothing applied") && r.err.contains((prefix + ".extra").toUtf8()), qPrintable(diag(r)));
    QVERIFY(topicExists(prefix + ".extra"));
    r = provision({"apply", "-f", spec, "--execute", "--allow-delete", "topics"});
    QVERIFY2(r.exitCode == 0, qPrintable(diag(r)));
    QVERIFY(!topicExists(prefix + ".extra"));
    QVERIFY(topicExists(outside));
    QVERIFY(topicExists(prefix + ".a"));
}

void TestCliProvision::partitionDecreaseIsRefused() {
    const QString prefix = uniqueName("prov-shrink");
    requireSuccess(provision({"apply", "-f", writeSpec(m_dir, prefix + "-4.yaml", ownedSpec(prefix, 4)), "--execute"}),
                   "provision apply");
    const QString smaller = writeSpec(m_dir, prefix + "-2.yaml", ownedSpec(prefix, 2));
    const auto r = provision({"apply", "-f", smaller, "--execute"});
    QVERIFY2(r.exitCode == 2 && r.err.contains("partitions 4 -> 2"), qPrintable(diag(r)));
    const auto topics = runKafkaTool({"topics", "--bootstrap-server", rigKafkaBootstrap(), "--describe", "--topic", prefix + ".a"});
    QVERIFY2(topics.out.contains("PartitionCount: 4"), topics.out.constData());
    const auto recreate = provision({"apply", "-f", smaller, "--execute", "--allow-recreate"});
    QVERIFY2(recreate.exitCode == 0, qPrintable(diag(recreate)));
    const auto after = runKafkaTool({"topics", "--bootstrap-server", rigKafkaBootstrap(), "--describe", "--topic", prefix + ".a"});
    QVERIFY2(after.out.contains("PartitionCount: 2"), after.out.constData());
}

void TestCliProvision::exportApplyExportGivesTheSameSpec() {
    const QString prefix = uniqueName("prov-export");
    // a principal of this test's own, managed: its ACLs are exported too
    QByteArray yaml = ownedSpec(prefix).replace("User:alice", "User:" + prefix.toUtf8());
    yaml.replace("managed: {topics: [\"" + prefix.toUtf8() + "\"]}", "managed: {topics: [\"" + prefix.toUtf8() +
                                                                       "\"], principals: [\"User:" + prefix.toUtf8() + "\"]}");
    const QString spec = writeSpec(m_dir, prefix + ".yaml", yaml);
    requireSuccess(provision({"apply", "-f", spec, "--execute"}), "provision apply");
    const QString exported = m_dir.filePath(prefix + "-exported.yaml");
    auto r = provision({"export", "-f", spec, "--managed-only", "-o", exported});
    QVERIFY2(r.exitCode == 0, qPrintable(diag(r)));
    QFile f(exported);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray first = f.readAll();
    // its principal twice: in managed, and one ACL entry with the producer's three operations
    QVERIFY2(first.contains(prefix.toUtf8() + ".a") && first.contains("3600000") &&
                 first.count("User:" + prefix.toUtf8()) == 2, first.constData());
    // the exported spec applies cleanly: nothing to change
    r = provision({"plan", "-f", exported, "--exit-code"});
    QVERIFY2(r.exitCode == 0, qPrintable(diag(r)));
    r = provision({"apply", "-f", exported, "--execute"});
    QVERIFY2(r.exitCode == 0 && r.out.contains("No changes"), qPrintable(diag(r)));
    r = provision({"export", "-f", spec, "--managed-only"});
    QVERIFY2(r.exitCode == 0, qPrintable(diag(r)));
    QCOMPARE(QString::fromUtf8(r.out), QString::fromUtf8(first));
}

void TestCliProvision::appliedAclGrantsAndAMissingOneDenies() {
    const QString prefix = uniqueName("prov-grant");
    const QString spec = writeSpec(m_dir, prefix + ".yaml", ownedSpec(prefix));
    requireSuccess(provision({"apply", "-f", spec, "--execute"}), "provision apply");
    createKafkaTopic(prefix + "-other", 1); // exists, no ACL for alice
    const auto granted = produceAsAlice(prefix + ".a");
    QVERIFY2(granted.exitCode == 0, qPrintable(diag(granted)));
    const auto denied = produceAsAlice(prefix + "-other");
    QVERIFY2(denied.exitCode != 0 && denied.err.contains("uthorization"), qPrintable(diag(denied)));
}

QTEST_GUILESS_MAIN(TestCliProvision)
#include "tst_cli_provision.moc"
