#include "dynsec/DynsecPlan.h"

#include "common/CoreTr.h"
#include "common/Error.h"
#include "dynsec/DynsecClient.h"

#include <QJsonArray>

#include <algorithm>
#include <map>

namespace mqkit::dynsec {

namespace {

struct FieldChange {
    QString field;
    QString before;
    QString after;
};
using Changes = std::vector<FieldChange>;

bool isManaged(const QStringList& prefixes, const QString& name) {
    return std::any_of(prefixes.begin(), prefixes.end(), [&](const QString& p) { return name.startsWith(p); });
}

QString aclText(const AclEntry& a) {
    const int priority = a.priority == -1 ? 0 : a.priority; // the plugin's default for an ACL
    QString text = QStringLiteral("%1 %2 %3").arg(a.allow ? QStringLiteral("allow") : QStringLiteral("deny"), a.type, a.topic);
    if (priority != 0)
        text += QStringLiteral(" (priority %1)").arg(priority);
    return text;
}

QString refText(const RoleRef& r) {
    return r.priority == -1 ? r.name : QStringLiteral("%1 (priority %2)").arg(r.name, QString::number(r.priority));
}

template <typename T, typename F> QStringList texts(const std::vector<T>& items, F text) {
    QStringList out;
    for (const auto& i : items)
        out << text(i);
    out.sort();
    out.removeDuplicates();
    return out;
}

QString listText(const QStringList& list) {
    return list.isEmpty() ? QStringLiteral("(none)") : list.join(QStringLiteral(", "));
}

QStringList minus(const QStringList& a, const QStringList& b) {
    QStringList out;
    for (const auto& x : a)
        if (!b.contains(x))
            out << x;
    return out;
}

void diffText(Changes& out, const char* field, const QString& want, const QString& have) {
    if (!want.isEmpty() && want != have)
        out.push_back({QString::fromLatin1(field), have.isEmpty() ? QStringLiteral("(none)") : have, want});
}

void diffRefs(Changes& out, const char* field, const std::vector<RoleRef>& want, const std::vector<RoleRef>& have) {
    const QStringList w = texts(want, refText);
    const QStringList h = texts(have, refText);
    if (w != h)
        out.push_back({QString::fromLatin1(field), listText(h), listText(w)});
}

Changes diffClient(const Client& want, const Client& have) {
    Changes out;
    diffText(out, "textname", want.textName, have.textName);
    diffText(out, "textdescription", want.textDescription, have.textDescription);
    if (want.clientId != have.clientId)
        out.push_back({QStringLiteral("clientid"), have.clientId.isEmpty() ? QStringLiteral("(any)") : have.clientId,
                       want.clientId.isEmpty() ? QStringLiteral("(any)") : want.clientId});
    if (want.disabled != have.disabled)
        out.push_back({QStringLiteral("disabled"), have.disabled ? QStringLiteral("yes") : QStringLiteral("no"),
                       want.disabled ? QStringLiteral("yes") : QStringLiteral("no")});
    diffRefs(out, "roles", want.roles, have.roles);
    diffRefs(out, "groups", want.groups, have.groups);
    return out;
}

// ACLs: before lists the ones to remove, after the ones to add.
Changes diffRole(const Role& want, const Role& have) {
    Changes out;
    diffText(out, "textname", want.textName, have.textName);
    diffText(out, "textdescription", want.textDescription, have.textDescription);
    const QStringList w = texts(want.acls, aclText);
    const QStringList h = texts(have.acls, aclText);
    if (w != h)
        out.push_back({QStringLiteral("acls"), QStringLiteral("- ") + listText(minus(h, w)),
                       QStringLiteral("+ ") + listText(minus(w, h))});
    return out;
}

Changes diffGroup(const Group& want, const Group& have) {
    Changes out;
    diffText(out, "textname", want.textName, have.textName);
    diffText(out, "textdescription", want.textDescription, have.textDescription);
    diffRefs(out, "roles", want.roles, have.roles);
    return out;
}

QString accessText(const DefaultAclAccess& a) {
    auto word = [](bool allow) { return allow ? QStringLiteral("allow") : QStringLiteral("deny"); };
    return QStringLiteral("publishClientSend %1, publishClientReceive %2, subscribe %3, unsubscribe %4")
        .arg(word(a.publishClientSend), word(a.publishClientReceive), word(a.subscribe), word(a.unsubscribe));
}

// What a whole object is, for its create and delete items.
QString summary(const Client& c) {
    QStringList parts{QStringLiteral("roles: %1").arg(listText(texts(c.roles, refText))),
                      QStringLiteral("groups: %1").arg(listText(texts(c.groups, refText)))};
    if (!c.clientId.isEmpty())
        parts << QStringLiteral("clientid: %1").arg(c.clientId);
    if (c.disabled)
        parts << QStringLiteral("disabled");
    return parts.join(QStringLiteral("; "));
}
QString summary(const Role& r) {
    return QStringLiteral("acls: %1").arg(listText(texts(r.acls, aclText)));
}
QString summary(const Group& g) {
    return QStringLiteral("roles: %1").arg(listText(texts(g.roles, refText)));
}

const QString& nameOf(const Client& c) { return c.username; }
const QString& nameOf(const Role& r) { return r.name; }
const QString& nameOf(const Group& g) { return g.name; }
Changes diffOf(const Client& w, const Client& h) { return diffClient(w, h); }
Changes diffOf(const Role& w, const Role& h) { return diffRole(w, h); }
Changes diffOf(const Group& w, const Group& h) { return diffGroup(w, h); }

PlanItem makeItem(const QString& kind, const QString& name, PlanAction action) {
    PlanItem item;
    item.target = kind == QLatin1String("default-acl") ? QStringLiteral("mqtt default ACL access")
                                                        : QStringLiteral("mqtt %1 '%2'").arg(kind, name);
    item.action = action;
    item.details = {{QStringLiteral("kind"), kind}, {QStringLiteral("name"), name}};
    return item;
}

void setChanges(PlanItem& item, const Changes& changes) {
    QStringList before, after;
    QJsonArray fields;
    for (const auto& c : changes) {
        before << QStringLiteral("%1: %2").arg(c.field, c.before);
        after << QStringLiteral("%1: %2").arg(c.field, c.after);
        fields.append(c.field);
    }
    item.before = before.join(QStringLiteral("; "));
    item.after = after.join(QStringLiteral("; "));
    item.details.emplace_back(QStringLiteral("changed"), fields);
}

template <typename T>
void planKind(Plan& plan, const char* kindName, const std::vector<T>& desired, const std::vector<T>& live,
              const QStringList& prefixes, const std::function<void(PlanItem&, const T&)>& extra) {
    const QString kind = QString::fromLatin1(kindName);
    std::map<QString, const T*> wanted, present;
    for (const auto& d : desired)
        if (isManaged(prefixes, nameOf(d)))
            wanted[nameOf(d)] = &d;
    for (const auto& l : live)
        if (isManaged(prefixes, nameOf(l)))
            present[nameOf(l)] = &l;
    for (const auto& [name, want] : wanted) {
        const auto have = present.find(name);
        if (have == present.end()) {
            PlanItem item = makeItem(kind, name, PlanAction::Create);
            item.after = summary(*want);
            plan.add(std::move(item));
            continue;
        }
        PlanItem item = makeItem(kind, name, PlanAction::Update);
        setChanges(item, diffOf(*want, *have->second));
        if (extra)
            extra(item, *want);
        if (item.detail(QStringLiteral("changed")).toArray().isEmpty())
            continue;
        plan.add(std::move(item));
    }
    for (const auto& [name, have] : present) {
        if (wanted.count(name))
            continue;
        PlanItem item = makeItem(kind, name, PlanAction::Delete);
        item.before = summary(*have);
        plan.add(std::move(item));
    }
}

} // namespace

Plan planDynsec(const DynsecState& desired, const DynsecState& live, const DynsecManaged& managed,
                const DynsecPlanOptions& options) {
    Plan plan(CoreTr::tr("MQTT dynamic security"));
    planKind<Role>(plan, "role", desired.roles, live.roles, managed.rolePrefixes, {});
    planKind<Group>(plan, "group", desired.groups, live.groups, managed.groupPrefixes, {});
    std::function<void(PlanItem&, const Client&)> password;
    if (options.setPasswords)
        password = [](PlanItem& item, const Client& want) {
            if (want.passwordRef.isEmpty())
                return;
            QJsonArray fields = item.detail(QStringLiteral("changed")).toArray();
            item.before = item.before->isEmpty() ? QStringLiteral("password: (not shown)")
                                                 : *item.before + QStringLiteral("; password: (not shown)");
            const QString after = QStringLiteral("password: from %1").arg(want.passwordRef);
            item.after = item.after->isEmpty() ? after : *item.after + QStringLiteral("; ") + after;
            fields.append(QStringLiteral("password"));
            for (auto& [key, value] : item.details)
                if (key == QLatin1String("changed"))
                    value = fields;
        };
    planKind<Client>(plan, "client", desired.clients, live.clients, managed.clientPrefixes, password);
    if (desired.defaultAcl && live.defaultAcl != desired.defaultAcl) {
        PlanItem item = makeItem(QStringLiteral("default-acl"), QString(), PlanAction::Update);
        setChanges(item, {{QStringLiteral("access"),
                           live.defaultAcl ? accessText(*live.defaultAcl) : QStringLiteral("(unknown)"),
                           accessText(*desired.defaultAcl)}});
        plan.add(std::move(item));
    }
    return plan;
}

namespace {

enum class Phase { Roles, Groups, Clients, Deletes };

template <typename T> const T* findNamed(const std::vector<T>& items, const QString& name) {
    const auto it = std::find_if(items.begin(), items.end(), [&](const T& i) { return nameOf(i) == name; });
    return it == items.end() ? nullptr : &*it;
}

struct ItemRef {
    QString kind;
    QString name;
    QStringList changed;
};

ItemRef refOf(const PlanItem& item) {
    ItemRef r{item.detail(QStringLiteral("kind")).toString(), item.detail(QStringLiteral("name")).toString(), {}};
    for (const auto& v : item.detail(QStringLiteral("changed")).toArray())
        r.changed << v.toString();
    return r;
}

Phase phaseOf(const PlanItem& item, const ItemRef& r) {
    if (item.action == PlanAction::Delete)
        return Phase::Deletes;
    if (r.kind == QLatin1String("role"))
        return Phase::Roles;
    if (r.kind == QLatin1String("group"))
        return Phase::Groups;
    return Phase::Clients;
}

// The order of deletes: clients before the groups and roles they use.
int deleteRank(const ItemRef& r) {
    return r.kind == QLatin1String("client") ? 0 : r.kind == QLatin1String("group") ? 1 : 2;
}

template <typename T> const T& wanted(const std::vector<T>& items, const QString& name) {
    if (const T* found = findNamed(items, name))
        return *found;
    throw Error(ErrorKind::Usage, CoreTr::tr("not in the desired state"));
}

template <typename Changes> void setTexts(Changes& ch, const QStringList& changed, const QString& name, const QString& description) {
    if (changed.contains(QLatin1String("textname")))
        ch.textName = name;
    if (changed.contains(QLatin1String("textdescription")))
        ch.textDescription = description;
}

std::vector<DynsecCommand> clientCommands(const PlanItem& item, const ItemRef& r, const DynsecState& desired,
                                          const std::function<QString(const QString&)>& resolveSecret) {
    const Client& c = wanted(desired.clients, r.name);
    auto password = [&]() -> std::optional<QString> {
        if (c.passwordRef.isEmpty())
            return std::nullopt;
        return resolveSecret(c.passwordRef);
    };
    if (item.action == PlanAction::Create) {
        std::vector<DynsecCommand> cmds{commands::createClient(c, password())};
        if (c.disabled)
            cmds.push_back(commands::enableClient(c.username, false));
        return cmds;
    }
    std::vector<DynsecCommand> cmds;
    ClientChanges ch;
    setTexts(ch, r.changed, c.textName, c.textDescription);
    if (r.changed.contains(QLatin1String("roles")))
        ch.roles = c.roles;
    if (r.changed.contains(QLatin1String("groups")))
        ch.groups = c.groups;
    if (ch.textName || ch.textDescription || ch.roles || ch.groups)
        cmds.push_back(commands::modifyClient(c.username, ch));
    if (r.changed.contains(QLatin1String("clientid")))
        cmds.push_back(commands::setClientId(c.username, c.clientId));
    if (r.changed.contains(QLatin1String("disabled")))
        cmds.push_back(commands::enableClient(c.username, !c.disabled));
    if (r.changed.contains(QLatin1String("password")))
        if (const auto p = password())
            cmds.push_back(commands::setClientPassword(c.username, *p));
    return cmds;
}

std::vector<DynsecCommand> itemCommands(const PlanItem& item, const ItemRef& r, const DynsecState& desired,
                                        const std::function<QString(const QString&)>& resolveSecret) {
    if (item.action == PlanAction::Delete) {
        if (r.kind == QLatin1String("client"))
            return {commands::deleteClient(r.name)};
        if (r.kind == QLatin1String("group"))
            return {commands::deleteGroup(r.name)};
        return {commands::deleteRole(r.name)};
    }
    if (r.kind == QLatin1String("role")) {
        const Role& role = wanted(desired.roles, r.name);
        if (item.action == PlanAction::Create)
            return {commands::createRole(role)};
        RoleChanges ch;
        setTexts(ch, r.changed, role.textName, role.textDescription);
        if (r.changed.contains(QLatin1String("acls")))
            ch.acls = role.acls;
        return {commands::modifyRole(role.name, ch)};
    }
    if (r.kind == QLatin1String("group")) {
        const Group& group = wanted(desired.groups, r.name);
        if (item.action == PlanAction::Create)
            return {commands::createGroup(group)};
        GroupChanges ch;
        setTexts(ch, r.changed, group.textName, group.textDescription);
        if (r.changed.contains(QLatin1String("roles")))
            ch.roles = group.roles;
        return {commands::modifyGroup(group.name, ch)};
    }
    if (r.kind == QLatin1String("default-acl")) {
        if (!desired.defaultAcl)
            throw Error(ErrorKind::Usage, CoreTr::tr("not in the desired state"));
        return {commands::setDefaultAclAccess(*desired.defaultAcl)};
    }
    return clientCommands(item, r, desired, resolveSecret);
}

struct Pending {
    std::size_t item;
    std::size_t firstCommand;
    std::size_t commandCount;
};

// Sends one phase as one request and records each item's outcome. False when an item failed.
bool runPhase(DynsecClient& client, Plan& plan, const std::vector<std::size_t>& items, const DynsecState& desired,
              const std::function<QString(const QString&)>& resolveSecret) {
    std::vector<DynsecCommand> cmds;
    std::vector<Pending> pending;
    for (const std::size_t i : items) {
        PlanItem& item = plan.items()[i];
        try {
            auto mine = itemCommands(item, refOf(item), desired, resolveSecret);
            pending.push_back({i, cmds.size(), mine.size()});
            std::move(mine.begin(), mine.end(), std::back_inserter(cmds));
        } catch (const Error& e) {
            item.outcome = PlanOutcome::Failed;
            item.error = e.message();
            return false; // nothing of this phase sent yet
        }
    }
    std::vector<DynsecResponse> answers;
    try {
        answers = client.send(cmds);
    } catch (const Error& e) {
        for (const auto& p : pending) {
            plan.items()[p.item].outcome = PlanOutcome::Failed;
            plan.items()[p.item].error = e.message();
        }
        return false;
    }
    bool allOk = true;
    for (const auto& p : pending) {
        QStringList failures;
        for (std::size_t c = p.firstCommand; c < p.firstCommand + p.commandCount; ++c)
            if (!answers[c].ok())
                failures << QStringLiteral("%1: %2").arg(cmds[c].describe(), describeFailure(cmds[c], answers[c].error));
        PlanItem& item = plan.items()[p.item];
        item.outcome = failures.isEmpty() ? PlanOutcome::Applied : PlanOutcome::Failed;
        item.error = failures.join(QStringLiteral("; "));
        allOk = allOk && failures.isEmpty();
    }
    return allOk;
}

// What still differs between the desired object and the one read back ("" when nothing does).
QString stillDiffers(const PlanItem& item, const ItemRef& r, const DynsecState& desired, const DynsecState& live) {
    auto fields = [](const Changes& changes) {
        QStringList out;
        for (const auto& c : changes)
            out << c.field;
        return out.isEmpty() ? QString() : CoreTr::tr("read back after the change, still differs in: %1").arg(out.join(QStringLiteral(", ")));
    };
    auto check = [&](const auto& desiredItems, const auto& liveItems) -> QString {
        const auto* have = findNamed(liveItems, r.name);
        if (item.action == PlanAction::Delete)
            return have ? CoreTr::tr("still there after the delete") : QString();
        const auto* want = findNamed(desiredItems, r.name);
        if (!have)
            return CoreTr::tr("not there after the create");
        return want ? fields(diffOf(*want, *have)) : QString();
    };
    if (r.kind == QLatin1String("client"))
        return check(desired.clients, live.clients);
    if (r.kind == QLatin1String("role"))
        return check(desired.roles, live.roles);
    if (r.kind == QLatin1String("group"))
        return check(desired.groups, live.groups);
    return desired.defaultAcl && live.defaultAcl != desired.defaultAcl
               ? CoreTr::tr("read back after the change, still differs in: access")
               : QString();
}

void verify(DynsecClient& client, Plan& plan, const DynsecState& desired) {
    const DynsecState live = client.readState();
    for (auto& item : plan.items()) {
        if (item.outcome != PlanOutcome::Applied)
            continue;
        const QString differs = stillDiffers(item, refOf(item), desired, live);
        if (differs.isEmpty())
            continue;
        item.outcome = PlanOutcome::Failed;
        item.error = differs;
    }
}

} // namespace

void applyDynsecPlan(DynsecClient& client, Plan& plan, const DynsecState& desired,
                     const std::function<QString(const QString& ref)>& resolveSecret, bool allowDelete) {
    std::map<Phase, std::vector<std::size_t>> phases;
    for (std::size_t i = 0; i < plan.items().size(); ++i) {
        PlanItem& item = plan.items()[i];
        if (item.action == PlanAction::Keep || item.outcome != PlanOutcome::Planned)
            continue;
        const ItemRef r = refOf(item);
        if (item.action == PlanAction::Delete && !allowDelete) {
            item.outcome = PlanOutcome::Skipped;
            item.error = CoreTr::tr("not deleted: deletions were not allowed");
            continue;
        }
        phases[phaseOf(item, r)].push_back(i);
    }
    auto& deletes = phases[Phase::Deletes];
    std::stable_sort(deletes.begin(), deletes.end(), [&](std::size_t a, std::size_t b) {
        return deleteRank(refOf(plan.items()[a])) < deleteRank(refOf(plan.items()[b]));
    });
    bool stopped = false;
    bool sentAny = false;
    for (auto& [phase, items] : phases) {
        if (items.empty())
            continue;
        if (stopped) {
            for (const std::size_t i : items)
                plan.items()[i].outcome = PlanOutcome::Skipped;
            continue;
        }
        sentAny = true;
        stopped = !runPhase(client, plan, items, desired, resolveSecret);
        if (stopped)
            for (const std::size_t i : items)
                if (plan.items()[i].outcome == PlanOutcome::Planned)
                    plan.items()[i].outcome = PlanOutcome::Skipped;
    }
    if (sentAny)
        verify(client, plan, desired);
}

} // namespace mqkit::dynsec
