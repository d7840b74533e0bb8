// `mqkit mqtt dynsec` against the rig's dynamic-security listener, with mosquitto_ctrl as referee
// and the broker itself as the judge: a client made by mqkit may publish where its role allows,
// and what its role denies is dropped.

#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString authUrl() {
    return QStringLiteral("mqtt://127.0.0.1:%1").arg(RigEnv::get().port("MQKIT_RIG_MQTT_AUTH_PORT"));
}

QHash<QString, QString> adminEnv() {
    return {{"MQKIT_PASSWORD", RigEnv::get().value("MQKIT_RIG_MQTT_ADMIN_PASSWORD")}};
}

// mqkit mqtt dynsec ARGS as the rig's dynsec admin.
ProcessResult dynsec(const QStringList& args, const QHash<QString, QString>& extraEnv = {}) {
    auto env = adminEnv();
    for (auto it = extraEnv.begin(); it != extraEnv.end(); ++it)
        env.insert(it.key(), it.value());
    return runCli(QStringList{"mqtt", "dynsec"} + args + QStringList{"-L", authUrl(), "-u", "admin"}, {}, 30000, {}, env);
}

QStringList ctrlArgs() {
    const RigEnv& rig = RigEnv::get();
    return {"-h", "127.0.0.1", "-p", rig.value("MQKIT_RIG_MQTT_AUTH_PORT"), "-u", rig.value("MQKIT_RIG_MQTT_ADMIN_USER"),
            "-P", rig.value("MQKIT_RIG_MQTT_ADMIN_PASSWORD"), "dynsec"};
}

// mosquitto_ctrl dynsec ARGS: the referee.
QString ctrl(const QStringList& args) {
    const ProcessResult r = runProcess("mosquitto_ctrl", ctrlArgs() + args);
    return QString::fromUtf8(r.out);
}

QString describe(const ProcessResult& r) {
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.exitCode).arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err));
}

} // namespace

class TestCliMqttDynsec : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void roleWithAclsAndClientAreWhatMosquittoCtrlSees();
    void listingsAsJson();
    void clientPublishesWhereAllowedAndIsDroppedWhereDenied();
    void pluginErrorsAreInWords();
    void deleteNeedsConfirmation();
    void aUserWhoMayNotAdministerGetsATimeoutInWords();

private:
    QString m_role;
    QString m_client;
    QString m_base; // the topics the role allows: BASE/#
    const QString m_password = QStringLiteral("dynsec-test-secret");
};

void TestCliMqttDynsec::initTestCase() {
    m_role = uniqueName("tst-dynsec-role").replace('/', '-');
    m_client = uniqueName("tst-dynsec-client").replace('/', '-');
    m_base = uniqueName("dynsec/allowed");
}

void TestCliMqttDynsec::cleanupTestCase() {
    ctrl({"deleteClient", m_client});
    ctrl({"deleteRole", m_role});
}

void TestCliMqttDynsec::roleWithAclsAndClientAreWhatMosquittoCtrlSees() {
    auto r = dynsec({"roles", "create", m_role, "--text-name", "test role"});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    for (const QStringList& acl : {QStringList{"publishClientSend", m_base + "/#", "--allow"},
                                   QStringList{"publishClientSend", m_base + "/denied", "--deny", "--priority", "5"},
                                   QStringList{"subscribePattern", m_base + "/#", "--allow"},
                                   QStringList{"publishClientReceive", m_base + "/#", "--allow"}}) {
        r = dynsec(QStringList{"roles", "add-acl", m_role} + acl);
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    }
    r = dynsec({"clients", "create", m_client, "--password-ref", "env:TST_DYNSEC_PASSWORD", "--role", m_role},
               {{"TST_DYNSEC_PASSWORD", m_password}});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY(r.out.contains("create client '" + m_client.toUtf8() + "': done"));

    const QString client = ctrl({"getClient", m_client});
    QVERIFY2(client.contains("Username: " + m_client), qPrintable(client));
    QVERIFY2(client.contains("Roles:    " + m_role), qPrintable(client));
    const QString role = ctrl({"getRole", m_role});
    QVERIFY2(role.contains(": allow : " + m_base + "/# (priority: 0)"), qPrintable(role));
    QVERIFY2(role.contains(": deny  : " + m_base + "/denied (priority: 5)") ||
                 role.contains(": deny : " + m_base + "/denied (priority: 5)"),
             qPrintable(role));
    QCOMPARE(role.count("publishClientSend"), 2);
    QCOMPARE(role.count("subscribePattern"), 1);
    QCOMPARE(role.count("publishClientReceive"), 1);
}

void TestCliMqttDynsec::listingsAsJson() {
    const auto r = dynsec({"clients", "list", "-o", "json"});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    bool found = false;
    for (const auto& v : QJsonDocument::fromJson(r.out).array()) {
        const QJsonObject c = v.toObject();
        if (c.value("username").toString() != m_client)
            continue;
        found = true;
        QCOMPARE(c.value("roles").toArray().first().toObject().value("rolename").toString(), m_role);
        QCOMPARE(c.value("disabled").toBool(), false);
    }
    QVERIFY(found);

    const auto role = dynsec({"roles", "get", m_role, "-o", "json"});
    const QJsonObject o = QJsonDocument::fromJson(role.out).object();
    QCOMPARE(o.value("rolename").toString(), m_role);
    QCOMPARE(o.value("textname").toString(), QStringLiteral("test role"));
    QCOMPARE(o.value("acls").toArray().size(), 4);

    const auto text = dynsec({"roles", "get", m_role});
    QVERIFY2(text.out.contains("TYPE") && text.out.contains(m_base.toUtf8() + "/denied"), text.out.constData());
}

void TestCliMqttDynsec::clientPublishesWhereAllowedAndIsDroppedWhereDenied() {
    // The admin may read everything: it watches what the broker really delivers.
    QProcess watcher;
    const RigEnv& rig = RigEnv::get();
    watcher.start("mosquitto_sub", {"-h", "127.0.0.1", "-p", rig.value("MQKIT_RIG_MQTT_AUTH_PORT"), "-u", "admin", "-P",
                                    rig.value("MQKIT_RIG_MQTT_ADMIN_PASSWORD"), "-t", m_base + "/#", "-v", "-C", "2", "-W", "15"});
    QVERIFY(watcher.waitForStarted());
    QTest::qWait(1000); // subscribed

    const QHash<QString, QString> asClient{{"MQKIT_PASSWORD", m_password}};
    auto pub = [&](const QString& topic, const QString& payload) {
        return runCli({"mqtt", "pub", "-L", authUrl(), "-u", m_client, "-q", "1", "-t", topic, "-m", payload}, {}, 30000, {}, asClient);
    };
    // In order, each acknowledged before the next: the denied one would arrive before the last.
    auto r = pub(m_base + "/ok", "allowed");
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    r = pub(m_base + "/denied", "denied"); // MQTT 3.1.1: acknowledged, then dropped by the broker
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    r = pub(m_base + "/last", "last");
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));

    QVERIFY(watcher.waitForFinished(20000));
    const QByteArray seen = watcher.readAllStandardOutput();
    QCOMPARE(seen, (m_base + "/ok allowed\n" + m_base + "/last last\n").toUtf8());

    // A wrong password is refused: the password really came from the reference.
    const auto wrong = runCli({"mqtt", "pub", "-L", authUrl(), "-u", m_client, "-t", m_base + "/ok", "-m", "x"}, {}, 30000, {},
                              {{"MQKIT_PASSWORD", "not-the-password"}});
    QCOMPARE(wrong.exitCode, 1);
}

void TestCliMqttDynsec::pluginErrorsAreInWords() {
    const QString missing = uniqueName("tst-dynsec-missing").replace('/', '-');
    auto r = dynsec({"roles", "add-acl", missing, "publishClientSend", "a/#", "--allow"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("role '" + missing.toUtf8() + "' not found"), r.err.constData());

    r = dynsec({"roles", "add-acl", m_role, "publishClientSend", m_base + "/#", "--allow"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("already has a publishClientSend ACL for '" + m_base.toUtf8() + "/#'"), r.err.constData());

    r = dynsec({"roles", "add-acl", m_role, "publishEverything", "a/#", "--allow"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("unknown ACL type 'publishEverything'"), r.err.constData());

    r = dynsec({"clients", "create", missing}); // no reference, no terminal
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--password-ref"), r.err.constData());
}

void TestCliMqttDynsec::deleteNeedsConfirmation() {
    auto r = dynsec({"clients", "delete", m_client});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("without --yes"), r.err.constData());
    QVERIFY(ctrl({"getClient", m_client}).contains("Username: " + m_client));

    r = dynsec({"clients", "delete", m_client, "--yes"});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY(!ctrl({"getClient", m_client}).contains("Username:"));
    r = dynsec({"roles", "delete", m_role, "--yes"});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY(!ctrl({"getRole", m_role}).contains("Rolename:"));
}

void TestCliMqttDynsec::aUserWhoMayNotAdministerGetsATimeoutInWords() {
    // The rig's plain user may publish to '#', which never matches $CONTROL/...: the broker drops
    // the request (MQTT 3.1.1), so the plugin never answers.
    const RigEnv& rig = RigEnv::get();
    const auto r = runCli({"mqtt", "dynsec", "clients", "list", "-L", authUrl(), "-u", rig.value("MQKIT_RIG_MQTT_USER")}, {},
                          30000, {}, {{"MQKIT_PASSWORD", rig.value("MQKIT_RIG_MQTT_PASSWORD")}});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("the dynamic-security plugin did not answer within 10 s"), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliMqttDynsec)
#include "tst_cli_mqtt_dynsec.moc"
