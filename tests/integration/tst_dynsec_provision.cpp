// planDynsec + applyDynsecPlan against the rig's real dynamic-security plugin: apply, read back,
// plan again (no changes); drift made with mosquitto_ctrl is reported exactly; deletes only when
// allowed; a failure stops the later phases; nothing outside the managed prefix is touched.

#include "TestSupport.h"
#include "dynsec/DynsecClient.h"
#include "dynsec/DynsecPlan.h"

#include <QJsonArray>
#include <QTest>

using namespace mqkit;
using namespace mqkit::dynsec;

namespace {

MqttConnectOptions admin() {
    const RigEnv& rig = RigEnv::get();
    MqttConnectOptions o;
    o.url = BrokerUrl::parse(QStringLiteral("mqtt://127.0.0.1:%1").arg(rig.port("MQKIT_RIG_MQTT_AUTH_PORT")));
    o.username = rig.value("MQKIT_RIG_MQTT_ADMIN_USER");
    o.password = rig.value("MQKIT_RIG_MQTT_ADMIN_PASSWORD");
    return o;
}

void ctrl(const QStringList& args) {
    const RigEnv& rig = RigEnv::get();
    const QStringList base{"-h", "127.0.0.1", "-p", rig.value("MQKIT_RIG_MQTT_AUTH_PORT"), "-u",
                           rig.value("MQKIT_RIG_MQTT_ADMIN_USER"), "-P", rig.value("MQKIT_RIG_MQTT_ADMIN_PASSWORD"), "dynsec"};
    requireSuccess(runProcess("mosquitto_ctrl", base + args), "mosquitto_ctrl");
}

QStringList changed(const PlanItem& item) {
    QStringList out;
    for (const auto& v : item.detail("changed").toArray())
        out << v.toString();
    return out;
}

QString outcomes(const Plan& plan) {
    QStringList lines;
    for (const auto& i : plan.items())
        lines << QStringLiteral("%1 %2 %3 %4").arg(planActionSymbol(i.action), i.target, planOutcomeName(i.outcome), i.error);
    return lines.join('\n');
}

} // namespace

class TestDynsecProvision : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void applyThenPlanShowsNoChanges();
    void driftMadeWithMosquittoCtrlIsReportedExactly();
    void deletesOnlyWhenAllowed();
    void aFailureStopsTheLaterPhases();

private:
    DynsecState desired() const;
    Plan planNow(DynsecClient& client, const DynsecState& want) const;
    QString m_prefix;
    DynsecManaged m_managed;
    const QString m_password = QStringLiteral("bridge-secret");
    std::function<QString(const QString&)> m_secrets;
};

void TestDynsecProvision::initTestCase() {
    m_prefix = uniqueName("prov") + '-';
    m_managed = {{m_prefix}, {m_prefix}, {m_prefix}};
    m_secrets = [this](const QString& ref) {
        if (ref != QLatin1String("env:BRIDGE_PASSWORD"))
            throw Error(ErrorKind::Usage, "unexpected reference " + ref);
        return m_password;
    };
}

void TestDynsecProvision::cleanupTestCase() {
    DynsecClient client(admin());
    const DynsecState live = client.readState();
    std::vector<DynsecCommand> cmds;
    for (const auto& c : live.clients)
        if (c.username.startsWith(m_prefix))
            cmds.push_back(commands::deleteClient(c.username));
    for (const auto& g : live.groups)
        if (g.name.startsWith(m_prefix))
            cmds.push_back(commands::deleteGroup(g.name));
    for (const auto& r : live.roles)
        if (r.name.startsWith(m_prefix))
            cmds.push_back(commands::deleteRole(r.name));
    client.send(cmds);
}

DynsecState TestDynsecProvision::desired() const {
    DynsecState s;
    const QString base = m_prefix + "t";
    s.roles.push_back({m_prefix + "devices", "Devices", {},
                       {{"publishClientSend", base + "/+/d/+/telemetry", -1, true},
                        {"subscribePattern", base + "/+/cmd/#", 3, true},
                        {"publishClientReceive", base + "/+/cmd/#", -1, true},
                        {"publishClientSend", base + "/secret/#", 9, false}}});
    s.roles.push_back({m_prefix + "reader", {}, {}, {{"subscribePattern", base + "/#", -1, true}}});
    Group ops;
    ops.name = m_prefix + "ops";
    ops.roles = {{m_prefix + "reader", 2}};
    s.groups.push_back(ops);
    Client bridge;
    bridge.username = m_prefix + "bridge";
    bridge.clientId = m_prefix + "bridge-1";
    bridge.roles = {{m_prefix + "devices", -1}};
    bridge.groups = {{m_prefix + "ops", 1}};
    bridge.passwordRef = "env:BRIDGE_PASSWORD";
    s.clients.push_back(bridge);
    return s;
}

Plan TestDynsecProvision::planNow(DynsecClient& client, const DynsecState& want) const {
    return planDynsec(want, client.readState(), m_managed);
}

void TestDynsecProvision::applyThenPlanShowsNoChanges() {
    DynsecClient client(admin());
    Plan plan = planNow(client, desired());
    QCOMPARE(plan.targets(), QStringList({"mqtt role '" + m_prefix + "devices'", "mqtt role '" + m_prefix + "reader'",
                                          "mqtt group '" + m_prefix + "ops'", "mqtt client '" + m_prefix + "bridge'"}));
    applyDynsecPlan(client, plan, desired(), m_secrets, false);
    QVERIFY2(plan.count(PlanOutcome::Applied) == 4, qPrintable(outcomes(plan)));

    const Plan again = planNow(client, desired());
    QVERIFY2(!again.hasChanges(), qPrintable(again.diffLines().join('\n')));

    // The password came from the reference: the bridge can log in with it (and its client id).
    MqttConnectOptions asBridge = admin();
    asBridge.username = m_prefix + "bridge";
    asBridge.password = m_password;
    asBridge.clientId = m_prefix + "bridge-1";
    MqttSession session(asBridge);
    session.connect();
    session.disconnect();

    // Nothing else was touched: the rig's own users are still there as they were.
    const DynsecState live = client.readState();
    QVERIFY(std::any_of(live.clients.begin(), live.clients.end(), [](const Client& c) { return c.username == "mqkit"; }));
}

void TestDynsecProvision::driftMadeWithMosquittoCtrlIsReportedExactly() {
    DynsecClient client(admin());
    QVERIFY(!planNow(client, desired()).hasChanges());
    const QString base = m_prefix + "t";
    ctrl({"removeRoleACL", m_prefix + "devices", "subscribePattern", base + "/+/cmd/#"});
    ctrl({"addRoleACL", m_prefix + "devices", "publishClientSend", base + "/extra", "allow", "4"});
    ctrl({"removeClientRole", m_prefix + "bridge", m_prefix + "devices"});

    Plan plan = planNow(client, desired());
    QCOMPARE(plan.targets(), QStringList({"mqtt role '" + m_prefix + "devices'", "mqtt client '" + m_prefix + "bridge'"}));
    const PlanItem& role = plan.items()[0];
    QCOMPARE(role.action, PlanAction::Update);
    QCOMPARE(changed(role), QStringList({"acls"}));
    QCOMPARE(*role.before, "acls: - allow publishClientSend " + base + "/extra (priority 4)");
    QCOMPARE(*role.after, "acls: + allow subscribePattern " + base + "/+/cmd/# (priority 3)");
    const PlanItem& bridge = plan.items()[1];
    QCOMPARE(changed(bridge), QStringList({"roles"}));
    QCOMPARE(*bridge.before, QStringLiteral("roles: (none)"));
    QCOMPARE(*bridge.after, "roles: " + m_prefix + "devices");

    applyDynsecPlan(client, plan, desired(), m_secrets, false);
    QVERIFY2(plan.count(PlanOutcome::Applied) == 2, qPrintable(outcomes(plan)));
    QVERIFY(!planNow(client, desired()).hasChanges());
}

void TestDynsecProvision::deletesOnlyWhenAllowed() {
    DynsecClient client(admin());
    DynsecState want = desired();
    want.clients.clear(); // the bridge goes; its group stays
    Plan plan = planNow(client, want);
    QCOMPARE(plan.targets(), QStringList({"mqtt client '" + m_prefix + "bridge'"}));
    QCOMPARE(plan.items()[0].action, PlanAction::Delete);

    applyDynsecPlan(client, plan, want, m_secrets, false);
    QCOMPARE(plan.items()[0].outcome, PlanOutcome::Skipped);
    QVERIFY(planNow(client, want).hasChanges()); // still there

    Plan allowed = planNow(client, want);
    applyDynsecPlan(client, allowed, want, m_secrets, true);
    QVERIFY2(allowed.items()[0].outcome == PlanOutcome::Applied, qPrintable(outcomes(allowed)));
    QVERIFY(!planNow(client, want).hasChanges());
}

void TestDynsecProvision::aFailureStopsTheLaterPhases() {
    DynsecClient client(admin());
    DynsecState want = desired();
    want.groups.push_back({m_prefix + "broken", {}, {}, {{m_prefix + "no-such-role", -1}}, {}});
    want.roles.push_back({m_prefix + "late", {}, {}, {}});
    Plan plan = planNow(client, want);
    // roles (late), groups (broken), clients (bridge again, deleted by the test before)
    QCOMPARE(plan.count(PlanAction::Create), std::size_t(3));
    applyDynsecPlan(client, plan, want, m_secrets, false);
    QVERIFY2(plan.count(PlanOutcome::Applied) == 1, qPrintable(outcomes(plan)));
    QCOMPARE(plan.count(PlanOutcome::Failed), std::size_t(1));
    QCOMPARE(plan.count(PlanOutcome::Skipped), std::size_t(1));
    for (const auto& item : plan.items()) {
        if (item.outcome != PlanOutcome::Failed)
            continue;
        QCOMPARE(item.target, "mqtt group '" + m_prefix + "broken'");
        QVERIFY2(item.error.contains("role '" + m_prefix + "no-such-role' not found"), qPrintable(item.error));
    }
    // The next apply resumes: without the broken group everything else goes through.
    want.groups.pop_back();
    Plan resume = planNow(client, want);
    QCOMPARE(resume.targets(), QStringList({"mqtt client '" + m_prefix + "bridge'"}));
    applyDynsecPlan(client, resume, want, m_secrets, false);
    QVERIFY2(resume.count(PlanOutcome::Applied) == 1, qPrintable(outcomes(resume)));
}

QTEST_GUILESS_MAIN(TestDynsecProvision)
#include "tst_dynsec_provision.moc"
