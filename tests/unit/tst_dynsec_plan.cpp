// Planning Mosquitto's dynamic security on in-memory states: what changes, only what changed, and
// nothing outside the managed prefixes (pure planning logic, no broker).

#include "common/Plan.h"
#include "dynsec/DynsecPlan.h"

#include <QJsonArray>
#include <QTest>

using namespace mqkit;
using namespace mqkit::dynsec;

namespace {

DynsecManaged everything() {
    return {{QString()}, {QString()}, {QString()}};
}

Role devicesRole() {
    return {QStringLiteral("devices"), {}, {},
            {{QStringLiteral("publishClientSend"), QStringLiteral("t/+/d/#"), -1, true},
             {QStringLiteral("subscribePattern"), QStringLiteral("t/+/cmd/#"), 5, false}}};
}

Client bridgeClient() {
    Client c;
    c.username = QStringLiteral("bridge");
    c.roles = {{QStringLiteral("devices"), -1}};
    c.groups = {{QStringLiteral("ops"), 2}};
    c.passwordRef = QStringLiteral("env:BRIDGE_PASSWORD");
    return c;
}

Group opsGroup() {
    Group g;
    g.name = QStringLiteral("ops");
    g.roles = {{QStringLiteral("devices"), 1}};
    return g;
}

DynsecState spec() {
    DynsecState s;
    s.roles = {devicesRole()};
    s.groups = {opsGroup()};
    s.clients = {bridgeClient()};
    return s;
}

// The same state as the broker returns it: no password reference, ACL priorities explicit.
DynsecState liveOf(DynsecState s) {
    for (auto& c : s.clients)
        c.passwordRef.clear();
    for (auto& r : s.roles)
        for (auto& a : r.acls)
            if (a.priority == -1)
                a.priority = 0;
    for (auto& g : s.groups)
        g.clients = {QStringLiteral("bridge")};
    s.defaultAcl = DefaultAclAccess{};
    return s;
}

const PlanItem* find(const Plan& plan, const QString& target) {
    for (const auto& i : plan.items())
        if (i.target == target)
            return &i;
    return nullptr;
}

QStringList changed(const PlanItem& item) {
    QStringList out;
    for (const auto& v : item.detail(QStringLiteral("changed")).toArray())
        out << v.toString();
    return out;
}

} // namespace

class TestDynsecPlan : public QObject {
    Q_OBJECT
private slots:
    void emptyBrokerCreatesEverythingInDependencyOrder() {
        const Plan plan = planDynsec(spec(), DynsecState{}, everything());
        QCOMPARE(plan.count(PlanAction::Create), std::size_t(3));
        QCOMPARE(plan.targets(), QStringList({"mqtt role 'devices'", "mqtt group 'ops'", "mqtt client 'bridge'"}));
        const PlanItem* role = find(plan, "mqtt role 'devices'");
        QVERIFY(!role->before);
        QVERIFY(role->after->contains("allow publishClientSend t/+/d/#"));
        QVERIFY(role->after->contains("deny subscribePattern t/+/cmd/# (priority 5)"));
        QCOMPARE(role->detail("kind").toString(), QStringLiteral("role"));
        QCOMPARE(role->detail("name").toString(), QStringLiteral("devices"));
    }

    void sameStateAsTheBrokerReturnsItPlansNothing() {
        // ACL priority -1 is the plugin's default 0; group members and password references are not compared.
        const Plan plan = planDynsec(spec(), liveOf(spec()), everything());
        QVERIFY2(!plan.hasChanges(), qPrintable(plan.diffLines().join('\n')));
        QCOMPARE(plan.items().size(), std::size_t(0));
    }

    void aclsAreComparedAsSetsAndOnlyTheDifferenceIsShown() {
        DynsecState live = liveOf(spec());
        std::reverse(live.roles[0].acls.begin(), live.roles[0].acls.end()); // order does not matter
        QVERIFY(!planDynsec(spec(), live, everything()).hasChanges());

        live.roles[0].acls[0].allow = !live.roles[0].acls[0].allow; // the deny on t/+/cmd/# became an allow
        live.roles[0].acls.push_back({QStringLiteral("publishClientReceive"), QStringLiteral("x"), 0, true});
        const Plan plan = planDynsec(spec(), live, everything());
        QCOMPARE(plan.items().size(), std::size_t(1));
        const PlanItem& item = plan.items().front();
        QCOMPARE(item.action, PlanAction::Update);
        QCOMPARE(item.target, QStringLiteral("mqtt role 'devices'"));
        QCOMPARE(changed(item), QStringList({"acls"}));
        QCOMPARE(*item.before, QStringLiteral("acls: - allow publishClientReceive x, allow subscribePattern t/+/cmd/# (priority 5)"));
        QCOMPARE(*item.after, QStringLiteral("acls: + deny subscribePattern t/+/cmd/# (priority 5)"));
    }

    void aclPriorityChangeIsAnUpdate() {
        DynsecState live = liveOf(spec());
        live.roles[0].acls[1].priority = 6;
        const Plan plan = planDynsec(spec(), live, everything());
        QCOMPARE(plan.items().size(), std::size_t(1));
        QCOMPARE(changed(plan.items().front()), QStringList({"acls"}));
    }

    void clientUpdateListsOnlyTheChangedFields() {
        DynsecState live = liveOf(spec());
        live.clients[0].roles.clear();
        live.clients[0].disabled = true;
        const Plan plan = planDynsec(spec(), live, everything());
        QCOMPARE(plan.items().size(), std::size_t(1));
        const PlanItem& item = plan.items().front();
        QCOMPARE(item.target, QStringLiteral("mqtt client 'bridge'"));
        QCOMPARE(changed(item), QStringList({"disabled", "roles"}));
        QCOMPARE(*item.before, QStringLiteral("disabled: yes; roles: (none)"));
        QCOMPARE(*item.after, QStringLiteral("disabled: no; roles: devices"));
    }

    void groupPriorityOfAClientCounts() {
        DynsecState live = liveOf(spec());
        live.clients[0].groups[0].priority = -1;
        const Plan plan = planDynsec(spec(), live, everything());
        QCOMPARE(plan.items().size(), std::size_t(1));
        QCOMPARE(changed(plan.items().front()), QStringList({"groups"}));
        QCOMPARE(*plan.items().front().after, QStringLiteral("groups: ops (priority 2)"));
    }

    void textsAreComparedOnlyWhenTheSpecGivesThem() {
        DynsecState live = liveOf(spec());
        live.roles[0].textName = QStringLiteral("set by hand");
        QVERIFY(!planDynsec(spec(), live, everything()).hasChanges());
        DynsecState want = spec();
        want.roles[0].textName = QStringLiteral("Devices");
        const Plan plan = planDynsec(want, live, everything());
        QCOMPARE(changed(plan.items().front()), QStringList({"textname"}));
        QCOMPARE(*plan.items().front().before, QStringLiteral("textname: set by hand"));
    }

    void liveObjectsMissingFromTheSpecAreDeletedInsideManagedOnly() {
        DynsecState live = liveOf(spec());
        Client stray;
        stray.username = QStringLiteral("old-sensor");
        live.clients.push_back(stray);
        Client admin;
        admin.username = QStringLiteral("admin");
        live.clients.push_back(admin);
        live.roles.push_back({QStringLiteral("admin"), {}, {}, {}});
        const DynsecManaged managed{{QStringLiteral("bridge"), QStringLiteral("old-")}, {QStringLiteral("dev")}, {}};
        const Plan plan = planDynsec(spec(), live, managed);
        QCOMPARE(plan.targets(), QStringList({"mqtt client 'old-sensor'"}));
        QCOMPARE(plan.items().front().action, PlanAction::Delete);
        QVERIFY(plan.items().front().before->contains("roles: (none)"));
    }

    void nothingManagedNothingPlanned() {
        const Plan plan = planDynsec(spec(), DynsecState{}, DynsecManaged{});
        QCOMPARE(plan.items().size(), std::size_t(0));
    }

    void specObjectsOutsideManagedAreIgnored() {
        const DynsecManaged onlyRoles{{}, {QString()}, {}};
        const Plan plan = planDynsec(spec(), DynsecState{}, onlyRoles);
        QCOMPARE(plan.targets(), QStringList({"mqtt role 'devices'"}));
    }

    void defaultAclOnlyWhenTheSpecSetsIt() {
        DynsecState live = liveOf(spec());
        live.defaultAcl->subscribe = true;
        QVERIFY(!planDynsec(spec(), live, everything()).hasChanges());
        DynsecState want = spec();
        want.defaultAcl = DefaultAclAccess{};
        const Plan plan = planDynsec(want, live, everything());
        QCOMPARE(plan.targets(), QStringList({"mqtt default ACL access"}));
        QVERIFY(plan.items().front().before->contains("subscribe allow"));
        QVERIFY(plan.items().front().after->contains("subscribe deny"));
    }

    void passwordsOnlyWhenAsked() {
        const DynsecState live = liveOf(spec());
        QVERIFY(!planDynsec(spec(), live, everything()).hasChanges());
        const Plan plan = planDynsec(spec(), live, everything(), DynsecPlanOptions{true});
        QCOMPARE(plan.items().size(), std::size_t(1));
        QCOMPARE(changed(plan.items().front()), QStringList({"password"}));
        QCOMPARE(*plan.items().front().after, QStringLiteral("password: from env:BRIDGE_PASSWORD"));
        QVERIFY(!plan.items().front().before->contains("BRIDGE"));
    }
};

QTEST_GUILESS_MAIN(TestDynsecPlan)
#include "tst_dynsec_plan.moc"
