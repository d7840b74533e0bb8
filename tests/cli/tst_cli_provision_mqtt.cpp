// `mqkit provision plan | apply | export` on the MQTT half (Mosquitto's dynamic security) against the
// rig's dynsec listener, with mosquitto_ctrl as referee and the broker as judge: a client created by
// apply may publish where its role allows, and what it does not allow is dropped.

#include "TestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kDevicePassword = QStringLiteral("tpm-device-secret");

QString authUrl() {
    return QStringLiteral("mqtt://127.0.0.1:%1").arg(RigEnv::get().port("MQKIT_RIG_MQTT_AUTH_PORT"));
}

QString describe(const ProcessResult& r) {
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.exitCode).arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err));
}

// mqkit provision ARGS as the rig's dynsec admin; no Kafka flags: these specs have no kafka section.
ProcessResult provision(const QStringList& args) {
    const RigEnv& rig = RigEnv::get();
    const QHash<QString, QString> env{{"MQKIT_PASSWORD", rig.value("MQKIT_RIG_MQTT_ADMIN_PASSWORD")},
                                      {"TPM_DEVICE_PASSWORD", kDevicePassword},
                                      {"TPM_BRIDGE_PASSWORD", "tpm-bridge-secret"}};
    return runCli(QStringList{"provision"} + args + QStringList{"-L", authUrl(), "-u", rig.value("MQKIT_RIG_MQTT_ADMIN_USER")},
                  {}, 60000, {}, env);
}

// mosquitto_ctrl dynsec ARGS: the referee.
QString ctrl(const QStringList& args) {
    const RigEnv& rig = RigEnv::get();
    const ProcessResult r = runProcess("mosquitto_ctrl", QStringList{"-h", "127.0.0.1", "-p", rig.value("MQKIT_RIG_MQTT_AUTH_PORT"), "-u",
                                                                     rig.value("MQKIT_RIG_MQTT_ADMIN_USER"), "-P",
                                                                     rig.value("MQKIT_RIG_MQTT_ADMIN_PASSWORD"), "dynsec"} +
                                                             args);
    return QString::fromUtf8(r.out + r.err);
}

// The seeds' MQTT side under prefix P: devices publish P/t/{device}/telemetry, the bridge reads it.
QByteArray pipelineSpec(const QString& p) {
    return QStringLiteral("managed: {clients: [\"%1-\"], roles: [\"%1-\"], groups: [\"%1-\"]}\n"
                          "mqtt:\n  dynsec:\n"
                          "    roles:\n"
                          "      - name: \"%1-device\"\n"
                          "        acls:\n"
                          "          - {type: publishClientSend, topic: \"%1/t/+/telemetry\", allow: true}\n"
                          "      - name: \"%1-bridge\"\n"
                          "        acls:\n"
                          "          - {type: subscribePattern, topic: \"%1/t/+/telemetry\", allow: true}\n"
                          "          - {type: publishClientReceive, topic: \"%1/t/+/telemetry\", allow: true}\n"
                          "    groups:\n"
                          "      - {name: \"%1-devices\", roles: [\"%1-device\"]}\n"
                          "    clients:\n"
                          "      - {username: \"%1-dev1\", password: \"env:TPM_DEVICE_PASSWORD\", groups: [\"%1-devices\"]}\n"
                          "      - {username: \"%1-bridge\", password: \"env:TPM_BRIDGE_PASSWORD\", roles: [\"%1-bridge\"]}\n")
        .arg(p)
        .toUtf8();
}

QJsonArray mqttItems(const QString& spec) {
    const auto r = provision({"plan", "-f", spec, "-o", "json"});
    if (r.exitCode != 0)
        qFatal("provision plan failed: %s", qPrintable(describe(r)));
    return QJsonDocument::fromJson(r.out).object().value("mqtt").toObject().value("items").toArray();
}

QStringList mqttTargets(const QString& spec) {
    QStringList out;
    for (const auto& i : mqttItems(spec))
        out << i.toObject().value("action").toString() + QLatin1Char(' ') + i.toObject().value("target").toString();
    return out;
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCliProvisionMqtt : public QObject {
    Q_OBJECT
private slots:
    void cleanupTestCase();
    void applyThenMosquittoCtrlAgreesAndNothingIsLeftToChange();
    void aRoleChangedWithMosquittoCtrlIsExactlyTheDrift();
    void deletesNeedAllowDeleteMqttAndNothingOutsideManagedIsTouched();
    void exportThenApplyOnAFreshStateExportsTheSame();
    void appliedClientPublishesWhereAllowedAndADeniedTopicIsDropped();
    void malformedSpecIsReportedAtOnceWhileThePluginDoesNotAnswer();

private:
    // A fresh prefix with its spec written and applied.
    QString appliedPrefix(const QString& name);
    QString specOf(const QString& prefix) const { return m_dir.filePath(prefix + ".yaml"); }

    QTemporaryDir m_dir;
    QStringList m_prefixes;
};

QString TestCliProvisionMqtt::appliedPrefix(const QString& name) {
    const QString p = uniqueName(name);
    m_prefixes << p;
    QFile f(specOf(p));
    if (!f.open(QIODevice::WriteOnly) || f.write(pipelineSpec(p)) < 0)
        qFatal("cannot write the spec");
    f.close();
    const auto r = provision({"apply", "-f", specOf(p), "--execute"});
    if (r.exitCode != 0)
        qFatal("provision apply failed: %s", qPrintable(describe(r)));
    return p;
}

void TestCliProvisionMqtt::cleanupTestCase() {
    for (const auto& p : m_prefixes) {
        ctrl({"deleteClient", p + "-dev1"});
        ctrl({"deleteClient", p + "-bridge"});
        ctrl({"deleteGroup", p + "-devices"});
        ctrl({"deleteRole", p + "-device"});
        ctrl({"deleteRole", p + "-bridge"});
    }
}

void TestCliProvisionMqtt::applyThenMosquittoCtrlAgreesAndNothingIsLeftToChange() {
    const QString p = appliedPrefix("tpm-apply");
    const QString role = ctrl({"getRole", p + "-device"});
    QVERIFY2(role.contains("publishClientSend") && role.contains(": allow : " + p + "/t/+/telemetry"), qPrintable(role));
    const QString bridge = ctrl({"getRole", p + "-bridge"});
    QVERIFY2(bridge.contains("subscribePattern") && bridge.contains("publishClientReceive"), qPrintable(bridge));
    const QString client = ctrl({"getClient", p + "-bridge"});
    QVERIFY2(client.contains("Username: " + p + "-bridge") && client.contains("Roles:    " + p + "-bridge"), qPrintable(client));
    const QString device = ctrl({"getClient", p + "-dev1"});
    QVERIFY2(device.contains("Groups:   " + p + "-devices"), qPrintable(device));
    QVERIFY2(ctrl({"getGroup", p + "-devices"}).contains(p + "-device"), "group without its role");

    // no changes: plan exits 0 with --exit-code, a second apply does nothing. A Kafka that does not
    // exist is never contacted: the spec has no kafka section.
    auto r = provision({"plan", "-f", specOf(p), "--exit-code", "-b", "127.0.0.1:1"});
    QVERIFY2(r.exitCode == 0 && r.out.contains("No changes"), qPrintable(describe(r)));
    r = provision({"apply", "-f", specOf(p), "--execute"});
    QVERIFY2(r.exitCode == 0 && r.out.contains("No changes"), qPrintable(describe(r)));
}

void TestCliProvisionMqtt::aRoleChangedWithMosquittoCtrlIsExactlyTheDrift() {
    const QString p = appliedPrefix("tpm-drift");
    ctrl({"addRoleACL", p + "-device", "publishClientSend", p + "/extra", "allow"});
    const QJsonArray items = mqttItems(specOf(p));
    QCOMPARE(items.size(), 1);
    const QJsonObject item = items.first().toObject();
    QCOMPARE(item.value("action").toString(), QStringLiteral("update"));
    QCOMPARE(item.value("target").toString(), "mqtt role '" + p + "-device'");
    QCOMPARE(item.value("system").toString(), QStringLiteral("mqtt"));
    QCOMPARE(item.value("changed").toArray(), QJsonArray{"acls"});
    QVERIFY2(item.value("before").toString().contains(p + "/extra") && !item.value("after").toString().contains(p + "/extra"),
             qPrintable(QJsonDocument(item).toJson()));

    auto r = provision({"plan", "-f", specOf(p), "--exit-code"}); // MQTT changes count for --exit-code
    QVERIFY2(r.exitCode == 3 && r.out.contains("mqtt") && r.out.contains("Plan: 0 to create, 1 to update, 0 to delete."),
             qPrintable(describe(r)));
    r = provision({"apply", "-f", specOf(p), "--execute"});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY(mqttTargets(specOf(p)).isEmpty());
    QVERIFY(!ctrl({"getRole", p + "-device"}).contains(p + "/extra"));
}

void TestCliProvisionMqtt::deletesNeedAllowDeleteMqttAndNothingOutsideManagedIsTouched() {
    const QString p = appliedPrefix("tpm-del");
    const QString outside = uniqueName("tpm-outside");
    ctrl({"createRole", p + "-extra"});   // managed, not in the spec
    ctrl({"createRole", outside});        // outside the managed prefixes
    QCOMPARE(mqttTargets(specOf(p)), QStringList{"delete mqtt role '" + p + "-extra'"});

    auto r = provision({"apply", "-f", specOf(p), "--execute"});
    QVERIFY2(r.exitCode == 2 && r.err.contains("nothing applied") && r.err.contains("--allow-delete"), qPrintable(describe(r)));
    QVERIFY(ctrl({"getRole", p + "-extra"}).contains("Rolename: " + p + "-extra"));
    r = provision({"apply", "-f", specOf(p), "--execute", "--allow-delete", "topics,acls"}); // not mqtt: still refused
    QCOMPARE(r.exitCode, 2);
    r = provision({"apply", "-f", specOf(p), "--execute", "--allow-delete", "mqtt"});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY(!ctrl({"getRole", p + "-extra"}).contains("Rolename:"));
    QVERIFY(ctrl({"getRole", outside}).contains("Rolename: " + outside));
    QVERIFY(ctrl({"getRole", p + "-device"}).contains("Rolename: " + p + "-device"));
    ctrl({"deleteRole", outside});
}

void TestCliProvisionMqtt::exportThenApplyOnAFreshStateExportsTheSame() {
    const QString p = appliedPrefix("tpm-export");
    const QString exported = m_dir.filePath(p + "-exported.yaml");
    auto r = provision({"export", "-f", specOf(p), "--managed-only", "-o", exported});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QByteArray first = readAll(exported);
    QVERIFY2(first.contains("\"" + p.toUtf8() + "-dev1\"") && first.contains(p.toUtf8() + "/t/+/telemetry") &&
                 !first.contains("kafka:") && !first.contains("default_acl"),
             first.constData());
    QCOMPARE(provision({"plan", "-f", exported, "--exit-code"}).exitCode, 0);

    // a fresh state for these prefixes: everything removed with mosquitto_ctrl
    for (const auto& c : {p + "-dev1", p + "-bridge"})
        ctrl({"deleteClient", c});
    ctrl({"deleteGroup", p + "-devices"});
    for (const auto& role : {p + "-device", p + "-bridge"})
        ctrl({"deleteRole", role});
    QCOMPARE(mqttTargets(exported).size(), 5);
    r = provision({"apply", "-f", exported, "--execute"});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    r = provision({"export", "-f", specOf(p), "--managed-only"});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(QString::fromUtf8(r.out), QString::fromUtf8(first));
}

void TestCliProvisionMqtt::appliedClientPublishesWhereAllowedAndADeniedTopicIsDropped() {
    const QString p = appliedPrefix("tpm-grant");
    const RigEnv& rig = RigEnv::get();
    QProcess watcher; // the admin may read everything: it sees what the broker really delivers
    watcher.start("mosquitto_sub", {"-h", "127.0.0.1", "-p", rig.value("MQKIT_RIG_MQTT_AUTH_PORT"), "-u", "admin", "-P",
                                    rig.value("MQKIT_RIG_MQTT_ADMIN_PASSWORD"), "-t", p + "/#", "-v", "-C", "2", "-W", "15"});
    QVERIFY(watcher.waitForStarted());
    QTest::qWait(1000); // subscribed

    auto pub = [&](const QString& topic, const QString& payload) {
        return runCli({"mqtt", "pub", "-L", authUrl(), "-u", p + "-dev1", "-q", "1", "-t", topic, "-m", payload}, {}, 30000, {},
                      {{"MQKIT_PASSWORD", kDevicePassword}});
    };
    // each acknowledged before the next: the denied one would arrive before the last
    auto r = pub(p + "/t/dev1/telemetry", "allowed");
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    r = pub(p + "/t/dev1/config", "denied"); // MQTT 3.1.1: acknowledged, then dropped
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    r = pub(p + "/t/dev2/telemetry", "last");
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY(watcher.waitForFinished(20000));
    QCOMPARE(watcher.readAllStandardOutput(),
             (p + "/t/dev1/telemetry allowed\n" + p + "/t/dev2/telemetry last\n").toUtf8());
}

// The broker's state is read while the spec is parsed. On the rig's anonymous listener the
// plugin never answers (a plan there waits its 10 s); a bad spec ends that read at once.
void TestCliProvisionMqtt::malformedSpecIsReportedAtOnceWhileThePluginDoesNotAnswer() {
    QByteArray yaml = "mqtt:\n  dynsec:\n    clients:\n";
    for (int i = 0; i < 3000; ++i) // parsing takes a while: the early read is under way
        yaml += QStringLiteral("      - {username: d%1}\n").arg(i).toUtf8();
    yaml += "      - {username: bad, bogus: 1}\n";
    QFile f(m_dir.filePath("late-bad.yaml"));
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write(yaml) == yaml.size());
    f.close();
    QElapsedTimer clock;
    clock.start();
    const auto r = runCli({"provision", "plan", "-f", f.fileName(), "-L", rigMqttPlainUrl()});
    const qint64 ms = clock.elapsed();
    QVERIFY2(r.exitCode == 2, qPrintable(describe(r)));
    QVERIFY2(r.err.contains("late-bad.yaml:3004: mqtt.dynsec.clients[3000].bogus: unknown field"), qPrintable(describe(r)));
    QVERIFY2(ms < 8000, qPrintable(QStringLiteral("took %1 ms; the plugin's timeout is 10 s").arg(ms)));
}

QTEST_GUILESS_MAIN(TestCliProvisionMqtt)

#include "tst_cli_provision_mqtt.moc"
