#include "dynsec/DynsecClient.h"

#include "common/CoreTr.h"
#include "common/Error.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <algorithm>
#include <map>

namespace mqkit::dynsec {

namespace {

QString quoted(const QJsonObject& fields, const char* key) {
    return QStringLiteral("'%1'").arg(fields.value(QLatin1String(key)).toString());
}

void putText(QJsonObject& o, const char* key, const QString& value) {
    if (!value.isEmpty())
        o.insert(QLatin1String(key), value);
}

void putPriority(QJsonObject& o, int priority) {
    if (priority != -1)
        o.insert(QStringLiteral("priority"), priority);
}

QJsonArray roleRefsJson(const std::vector<RoleRef>& refs, const char* nameKey) {
    QJsonArray out;
    for (const auto& r : refs) {
        QJsonObject o{{QLatin1String(nameKey), r.name}};
        putPriority(o, r.priority);
        out.append(o);
    }
    return out;
}

QJsonArray aclsJson(const std::vector<AclEntry>& acls) {
    QJsonArray out;
    for (const auto& a : acls) {
        QJsonObject o{{"acltype", a.type}, {"topic", a.topic}, {"allow", a.allow}};
        putPriority(o, a.priority);
        out.append(o);
    }
    return out;
}

std::vector<RoleRef> roleRefsFromJson(const QJsonValue& v, const char* nameKey) {
    std::vector<RoleRef> out;
    for (const auto& item : v.toArray()) {
        const QJsonObject o = item.toObject();
        out.push_back({o.value(QLatin1String(nameKey)).toString(), o.value(QStringLiteral("priority")).toInt(-1)});
    }
    return out;
}

DynsecCommand make(const char* name, QJsonObject fields) {
    return {QString::fromLatin1(name), std::move(fields)};
}

template <typename T> void sortByName(std::vector<T>& items, QString T::*name) {
    std::sort(items.begin(), items.end(), [name](const T& a, const T& b) { return a.*name < b.*name; });
}

// A modify command's text name and description: only those given change (an empty one clears).
void putTextChanges(QJsonObject& o, const std::optional<QString>& textName, const std::optional<QString>& textDescription) {
    if (textName)
        o.insert(QStringLiteral("textname"), *textName);
    if (textDescription)
        o.insert(QStringLiteral("textdescription"), *textDescription);
}

} // namespace

// ---- commands -------------------------------------------------------------------------------

namespace commands {

DynsecCommand createClient(const Client& c, const std::optional<QString>& password) {
    QJsonObject o{{"username", c.username}};
    if (password)
        o.insert(QStringLiteral("password"), *password);
    putText(o, "clientid", c.clientId);
    putText(o, "textname", c.textName);
    putText(o, "textdescription", c.textDescription);
    if (!c.roles.empty())
        o.insert(QStringLiteral("roles"), roleRefsJson(c.roles, "rolename"));
    if (!c.groups.empty())
        o.insert(QStringLiteral("groups"), roleRefsJson(c.groups, "groupname"));
    return make("createClient", o);
}

DynsecCommand deleteClient(const QString& username) {
    return make("deleteClient", {{"username", username}});
}

DynsecCommand modifyClient(const QString& username, const ClientChanges& ch) {
    QJsonObject o{{"username", username}};
    putTextChanges(o, ch.textName, ch.textDescription);
    if (ch.roles)
        o.insert(QStringLiteral("roles"), roleRefsJson(*ch.roles, "rolename"));
    if (ch.groups)
        o.insert(QStringLiteral("groups"), roleRefsJson(*ch.groups, "groupname"));
    return make("modifyClient", o);
}

DynsecCommand setClientId(const QString& username, const QString& clientId) {
    QJsonObject o{{"username", username}};
    putText(o, "clientid", clientId);
    return make("setClientId", o);
}

DynsecCommand setClientPassword(const QString& username, const QString& password) {
    return make("setClientPassword", {{"username", username}, {"password", password}});
}

DynsecCommand enableClient(const QString& username, bool enable) {
    return make(enable ? "enableClient" : "disableClient", {{"username", username}});
}

DynsecCommand addClientRole(const QString& username, const RoleRef& role) {
    QJsonObject o{{"username", username}, {"rolename", role.name}};
    putPriority(o, role.priority);
    return make("addClientRole", o);
}

DynsecCommand removeClientRole(const QString& username, const QString& roleName) {
    return make("removeClientRole", {{"username", username}, {"rolename", roleName}});
}

DynsecCommand createRole(const Role& r) {
    QJsonObject o{{"rolename", r.name}};
    putText(o, "textname", r.textName);
    putText(o, "textdescription", r.textDescription);
    if (!r.acls.empty())
        o.insert(QStringLiteral("acls"), aclsJson(r.acls));
    return make("createRole", o);
}

DynsecCommand deleteRole(const QString& roleName) {
    return make("deleteRole", {{"rolename", roleName}});
}

DynsecCommand modifyRole(const QString& roleName, const RoleChanges& ch) {
    QJsonObject o{{"rolename", roleName}};
    putTextChanges(o, ch.textName, ch.textDescription);
    if (ch.acls)
        o.insert(QStringLiteral("acls"), aclsJson(*ch.acls));
    return make("modifyRole", o);
}

DynsecCommand addRoleAcl(const QString& roleName, const AclEntry& acl) {
    QJsonObject o{{"rolename", roleName}, {"acltype", acl.type}, {"topic", acl.topic}, {"allow", acl.allow}};
    putPriority(o, acl.priority);
    return make("addRoleACL", o);
}

DynsecCommand removeRoleAcl(const QString& roleName, const QString& aclType, const QString& topic) {
    return make("removeRoleACL", {{"rolename", roleName}, {"acltype", aclType}, {"topic", topic}});
}

DynsecCommand createGroup(const Group& g) {
    QJsonObject o{{"groupname", g.name}};
    putText(o, "textname", g.textName);
    putText(o, "textdescription", g.textDescription);
    if (!g.roles.empty())
        o.insert(QStringLiteral("roles"), roleRefsJson(g.roles, "rolename"));
    return make("createGroup", o);
}

DynsecCommand deleteGroup(const QString& groupName) {
    return make("deleteGroup", {{"groupname", groupName}});
}

DynsecCommand modifyGroup(const QString& groupName, const GroupChanges& ch) {
    QJsonObject o{{"groupname", groupName}};
    putTextChanges(o, ch.textName, ch.textDescription);
    if (ch.roles)
        o.insert(QStringLiteral("roles"), roleRefsJson(*ch.roles, "rolename"));
    return make("modifyGroup", o);
}

DynsecCommand addGroupRole(const QString& groupName, const RoleRef& role) {
    QJsonObject o{{"groupname", groupName}, {"rolename", role.name}};
    putPriority(o, role.priority);
    return make("addGroupRole", o);
}

DynsecCommand removeGroupRole(const QString& groupName, const QString& roleName) {
    return make("removeGroupRole", {{"groupname", groupName}, {"rolename", roleName}});
}

DynsecCommand addGroupClient(const QString& groupName, const QString& username, int priority) {
    QJsonObject o{{"groupname", groupName}, {"username", username}};
    putPriority(o, priority);
    return make("addGroupClient", o);
}

DynsecCommand removeGroupClient(const QString& groupName, const QString& username) {
    return make("removeGroupClient", {{"groupname", groupName}, {"username", username}});
}

DynsecCommand setDefaultAclAccess(const DefaultAclAccess& a) {
    const QJsonArray acls{QJsonObject{{"acltype", "publishClientSend"}, {"allow", a.publishClientSend}},
                          QJsonObject{{"acltype", "publishClientReceive"}, {"allow", a.publishClientReceive}},
                          QJsonObject{{"acltype", "subscribe"}, {"allow", a.subscribe}},
                          QJsonObject{{"acltype", "unsubscribe"}, {"allow", a.unsubscribe}}};
    return make("setDefaultACLAccess", {{"acls", acls}});
}

} // namespace commands

const QStringList& aclTypes() {
    static const QStringList types{QStringLiteral("publishClientSend"),  QStringLiteral("publishClientReceive"),
                                   QStringLiteral("subscribeLiteral"),   QStringLiteral("subscribePattern"),
                                   QStringLiteral("unsubscribeLiteral"), QStringLiteral("unsubscribePattern")};
    return types;
}

void checkAclType(const QString& type) {
    if (!aclTypes().contains(type))
        throw Error(ErrorKind::Usage, CoreTr::tr("unknown ACL type '%1': use %2")
                                          .arg(type, aclTypes().join(QStringLiteral(", "))));
}

// ---- words ----------------------------------------------------------------------------------

QString DynsecCommand::describe() const {
    const QString& c = command;
    const QJsonObject& f = fields;
    const QString user = quoted(f, "username");
    const QString role = quoted(f, "rolename");
    const QString group = quoted(f, "groupname");
    if (c == QLatin1String("createClient")) return CoreTr::tr("create client %1").arg(user);
    if (c == QLatin1String("deleteClient")) return CoreTr::tr("delete client %1").arg(user);
    if (c == QLatin1String("modifyClient")) return CoreTr::tr("modify client %1").arg(user);
    if (c == QLatin1String("setClientId")) return CoreTr::tr("set the client id of client %1").arg(user);
    if (c == QLatin1String("setClientPassword")) return CoreTr::tr("set the password of client %1").arg(user);
    if (c == QLatin1String("enableClient")) return CoreTr::tr("enable client %1").arg(user);
    if (c == QLatin1String("disableClient")) return CoreTr::tr("disable client %1").arg(user);
    if (c == QLatin1String("getClient")) return CoreTr::tr("read client %1").arg(user);
    if (c == QLatin1String("addClientRole")) return CoreTr::tr("add role %1 to client %2").arg(role, user);
    if (c == QLatin1String("removeClientRole")) return CoreTr::tr("remove role %1 from client %2").arg(role, user);
    if (c == QLatin1String("createRole")) return CoreTr::tr("create role %1").arg(role);
    if (c == QLatin1String("deleteRole")) return CoreTr::tr("delete role %1").arg(role);
    if (c == QLatin1String("modifyRole")) return CoreTr::tr("modify role %1").arg(role);
    if (c == QLatin1String("getRole")) return CoreTr::tr("read role %1").arg(role);
    if (c == QLatin1String("addRoleACL"))
        return CoreTr::tr("add a %1 ACL for %2 to role %3").arg(f.value(QLatin1String("acltype")).toString(), quoted(f, "topic"), role);
    if (c == QLatin1String("removeRoleACL"))
        return CoreTr::tr("remove the %1 ACL for %2 from role %3").arg(f.value(QLatin1String("acltype")).toString(), quoted(f, "topic"), role);
    if (c == QLatin1String("createGroup")) return CoreTr::tr("create group %1").arg(group);
    if (c == QLatin1String("deleteGroup")) return CoreTr::tr("delete group %1").arg(group);
    if (c == QLatin1String("modifyGroup")) return CoreTr::tr("modify group %1").arg(group);
    if (c == QLatin1String("getGroup")) return CoreTr::tr("read group %1").arg(group);
    if (c == QLatin1String("addGroupRole")) return CoreTr::tr("add role %1 to group %2").arg(role, group);
    if (c == QLatin1String("removeGroupRole")) return CoreTr::tr("remove role %1 from group %2").arg(role, group);
    if (c == QLatin1String("addGroupClient")) return CoreTr::tr("add client %1 to group %2").arg(user, group);
    if (c == QLatin1String("removeGroupClient")) return CoreTr::tr("remove client %1 from group %2").arg(user, group);
    if (c == QLatin1String("setDefaultACLAccess")) return CoreTr::tr("set the default ACL access");
    if (c == QLatin1String("getDefaultACLAccess")) return CoreTr::tr("read the default ACL access");
    return c;
}

namespace {

// The names a command's list field refers to: "'a', 'b'".
QString listedNames(const QJsonObject& f, const char* listKey, const char* nameKey) {
    QStringList names;
    for (const auto& v : f.value(QLatin1String(listKey)).toArray())
        names << QStringLiteral("'%1'").arg(v.toObject().value(QLatin1String(nameKey)).toString());
    return names.join(QStringLiteral(", "));
}

QString notFound(const QJsonObject& f, const char* kind, const char* nameKey, const char* listKey) {
    const QString what = QString::fromLatin1(kind);
    if (f.contains(QLatin1String(nameKey)))
        return CoreTr::tr("%1 %2 not found").arg(what, quoted(f, nameKey));
    const QString names = listedNames(f, listKey, nameKey);
    if (f.value(QLatin1String(listKey)).toArray().size() == 1)
        return CoreTr::tr("%1 %2 not found").arg(what, names);
    return names.isEmpty() ? CoreTr::tr("%1 not found").arg(what)
                           : CoreTr::tr("%1 not found (one of %2)").arg(what, names);
}

bool isNotFound(const QString& pluginError) {
    return pluginError.endsWith(QLatin1String("not found")) || pluginError.endsWith(QLatin1String("does not exist"));
}

} // namespace

QString describeFailure(const DynsecCommand& command, const QString& pluginError) {
    const QJsonObject& f = command.fields;
    const QString e = pluginError.trimmed();
    if (e == QLatin1String("Role not found") || e == QLatin1String("Role does not exist"))
        return notFound(f, "role", "rolename", "roles");
    if (e == QLatin1String("Group not found"))
        return notFound(f, "group", "groupname", "groups");
    if (e == QLatin1String("Client not found"))
        return CoreTr::tr("client %1 not found").arg(quoted(f, "username"));
    if (e == QLatin1String("Client already exists"))
        return CoreTr::tr("client %1 already exists").arg(quoted(f, "username"));
    if (e == QLatin1String("Role already exists"))
        return CoreTr::tr("role %1 already exists").arg(quoted(f, "rolename"));
    if (e == QLatin1String("Group already exists"))
        return CoreTr::tr("group %1 already exists").arg(quoted(f, "groupname"));
    if (e == QLatin1String("ACL with this topic already exists"))
        return CoreTr::tr("role %1 already has a %2 ACL for %3")
            .arg(quoted(f, "rolename"), f.value(QLatin1String("acltype")).toString(), quoted(f, "topic"));
    if (e == QLatin1String("ACL not found"))
        return CoreTr::tr("role %1 has no %2 ACL for %3")
            .arg(quoted(f, "rolename"), f.value(QLatin1String("acltype")).toString(), quoted(f, "topic"));
    if (e == QLatin1String("Client is already in this group"))
        return CoreTr::tr("client %1 is already in group %2").arg(quoted(f, "username"), quoted(f, "groupname"));
    if (e == QLatin1String("Unknown command"))
        return CoreTr::tr("this Mosquitto does not know the command '%1'").arg(command.command);
    if (e.isEmpty())
        return CoreTr::tr("failed without a reason");
    return e.left(1).toLower() + e.mid(1);
}

// ---- parsing --------------------------------------------------------------------------------

Client clientFromJson(const QJsonObject& o) {
    Client c;
    c.username = o.value(QStringLiteral("username")).toString();
    c.clientId = o.value(QStringLiteral("clientid")).toString();
    c.textName = o.value(QStringLiteral("textname")).toString();
    c.textDescription = o.value(QStringLiteral("textdescription")).toString();
    c.disabled = o.value(QStringLiteral("disabled")).toBool(false);
    c.roles = roleRefsFromJson(o.value(QStringLiteral("roles")), "rolename");
    c.groups = roleRefsFromJson(o.value(QStringLiteral("groups")), "groupname");
    return c;
}

Role roleFromJson(const QJsonObject& o) {
    Role r;
    r.name = o.value(QStringLiteral("rolename")).toString();
    r.textName = o.value(QStringLiteral("textname")).toString();
    r.textDescription = o.value(QStringLiteral("textdescription")).toString();
    for (const auto& v : o.value(QStringLiteral("acls")).toArray()) {
        const QJsonObject a = v.toObject();
        r.acls.push_back({a.value(QStringLiteral("acltype")).toString(), a.value(QStringLiteral("topic")).toString(),
                          a.value(QStringLiteral("priority")).toInt(0), a.value(QStringLiteral("allow")).toBool(false)});
    }
    return r;
}

Group groupFromJson(const QJsonObject& o) {
    Group g;
    g.name = o.value(QStringLiteral("groupname")).toString();
    g.textName = o.value(QStringLiteral("textname")).toString();
    g.textDescription = o.value(QStringLiteral("textdescription")).toString();
    g.roles = roleRefsFromJson(o.value(QStringLiteral("roles")), "rolename");
    for (const auto& v : o.value(QStringLiteral("clients")).toArray())
        g.clients << v.toObject().value(QStringLiteral("username")).toString();
    return g;
}

DefaultAclAccess defaultAclFromJson(const QJsonObject& data) {
    DefaultAclAccess a;
    for (const auto& v : data.value(QStringLiteral("acls")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString type = o.value(QStringLiteral("acltype")).toString();
        const bool allow = o.value(QStringLiteral("allow")).toBool(false);
        if (type == QLatin1String("publishClientSend")) a.publishClientSend = allow;
        else if (type == QLatin1String("publishClientReceive")) a.publishClientReceive = allow;
        else if (type == QLatin1String("subscribe")) a.subscribe = allow;
        else if (type == QLatin1String("unsubscribe")) a.unsubscribe = allow;
    }
    return a;
}

// ---- the client -----------------------------------------------------------------------------

DynsecClient::DynsecClient(MqttConnectOptions options, std::chrono::milliseconds timeout)
    : DynsecClient(std::make_shared<MqttSession>(std::move(options)), timeout) {}

DynsecClient::DynsecClient(std::shared_ptr<MqttSession> session, std::chrono::milliseconds timeout)
    : m_session(std::move(session)), m_timeout(timeout) {
    m_correlationPrefix = QStringLiteral("mqkit-%1-").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    m_session->connect();
    try {
        m_session->subscribe({QString::fromLatin1(kResponseTopic)}, 1);
    } catch (const Error& e) {
        throw Error(e.kind(), CoreTr::tr("cannot read the dynamic-security plugin's answers (%1): %2")
                                  .arg(QString::fromLatin1(kResponseTopic), e.message()));
    }
}

DynsecClient::~DynsecClient() = default;

namespace {
constexpr std::chrono::milliseconds kWaitSlice{100};
}

std::vector<DynsecResponse> DynsecClient::send(const std::vector<DynsecCommand>& cmds) {
    if (cmds.empty())
        return {};
    const QString request = m_correlationPrefix + QString::number(++m_nextRequest) + QLatin1Char('-');
    QJsonArray array;
    for (std::size_t i = 0; i < cmds.size(); ++i) {
        QJsonObject o = cmds[i].fields;
        o.insert(QStringLiteral("command"), cmds[i].command);
        o.insert(QStringLiteral("correlationData"), request + QString::number(i));
        array.append(o);
    }
    const QByteArray payload = QJsonDocument(QJsonObject{{"commands", array}}).toJson(QJsonDocument::Compact);
    m_session->publish(QString::fromLatin1(kRequestTopic), payload, 1, false);

    std::map<std::size_t, DynsecResponse> answers;
    const auto deadline = std::chrono::steady_clock::now() + m_timeout;
    while (answers.size() < cmds.size()) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0)
            throw Error(ErrorKind::Timeout,
                        CoreTr::tr("the dynamic-security plugin did not answer within %1 s (is it loaded for this "
                                   "listener, and may this user administer it?)")
                            .arg(static_cast<double>(m_timeout.count()) / 1000.0));
        if (const auto lost = m_session->connectionLost())
            throw Error(ErrorKind::Connection, CoreTr::tr("connection lost while waiting for the dynamic-security plugin: %1").arg(*lost));
        if (m_session->isCancelled()) // an abandoned read (MqttSession::cancel) ends within a slice
            throw Error(ErrorKind::Connection, CoreTr::tr("stopped while waiting for the dynamic-security plugin"));
        for (const auto& msg : m_session->takeBatch(100, std::min(left, kWaitSlice))) {
            const QJsonArray responses = QJsonDocument::fromJson(msg.payload).object().value(QStringLiteral("responses")).toArray();
            for (const auto& v : responses) {
                const QJsonObject r = v.toObject();
                const QString corr = r.value(QStringLiteral("correlationData")).toString();
                if (!corr.startsWith(request))
                    continue; // another request's answer
                bool ok = false;
                const std::size_t index = corr.mid(request.size()).toULongLong(&ok);
                if (ok && index < cmds.size())
                    answers[index] = {r.value(QStringLiteral("command")).toString(), r.value(QStringLiteral("data")).toObject(),
                                      r.contains(QStringLiteral("error")) ? r.value(QStringLiteral("error")).toString() : QString()};
            }
        }
    }
    std::vector<DynsecResponse> out;
    for (auto& [index, answer] : answers)
        out.push_back(std::move(answer));
    return out;
}

void DynsecClient::execute(const std::vector<DynsecCommand>& cmds) {
    const auto answers = send(cmds);
    QStringList failures;
    bool allNotFound = true;
    for (std::size_t i = 0; i < answers.size(); ++i) {
        if (answers[i].ok())
            continue;
        allNotFound = allNotFound && isNotFound(answers[i].error);
        failures << QStringLiteral("%1: %2").arg(cmds[i].describe(), describeFailure(cmds[i], answers[i].error));
    }
    if (!failures.isEmpty())
        throw Error(allNotFound ? ErrorKind::NotFound : ErrorKind::Broker, failures.join(QStringLiteral("; ")));
}

DynsecResponse DynsecClient::sendOne(const DynsecCommand& command) {
    auto answers = send({command});
    if (!answers.front().ok()) {
        throw Error(isNotFound(answers.front().error) ? ErrorKind::NotFound : ErrorKind::Broker,
                    QStringLiteral("%1: %2").arg(command.describe(), describeFailure(command, answers.front().error)));
    }
    return answers.front();
}

namespace {

const QJsonObject kAllVerbose{{"verbose", true}, {"count", -1}};

template <typename T> std::vector<T> listed(const DynsecResponse& answer, const char* key, T (*parse)(const QJsonObject&)) {
    std::vector<T> out;
    for (const auto& v : answer.data.value(QLatin1String(key)).toArray())
        out.push_back(parse(v.toObject()));
    return out;
}

} // namespace

DynsecState DynsecClient::readState() {
    const auto answers = send({make("listClients", kAllVerbose), make("listRoles", kAllVerbose), make("listGroups", kAllVerbose),
                               make("getDefaultACLAccess", {})});
    for (const auto& a : answers)
        if (!a.ok())
            throw Error(ErrorKind::Broker, CoreTr::tr("the dynamic-security plugin refused %1: %2").arg(a.command, a.error));
    DynsecState state;
    state.clients = listed(answers[0], "clients", &clientFromJson);
    state.roles = listed(answers[1], "roles", &roleFromJson);
    state.groups = listed(answers[2], "groups", &groupFromJson);
    state.defaultAcl = defaultAclFromJson(answers[3].data);
    sortByName(state.clients, &Client::username);
    sortByName(state.roles, &Role::name);
    sortByName(state.groups, &Group::name);
    return state;
}

std::vector<Client> DynsecClient::listClients() {
    auto out = listed(sendOne(make("listClients", kAllVerbose)), "clients", &clientFromJson);
    sortByName(out, &Client::username);
    return out;
}

std::vector<Role> DynsecClient::listRoles() {
    auto out = listed(sendOne(make("listRoles", kAllVerbose)), "roles", &roleFromJson);
    sortByName(out, &Role::name);
    return out;
}

std::vector<Group> DynsecClient::listGroups() {
    auto out = listed(sendOne(make("listGroups", kAllVerbose)), "groups", &groupFromJson);
    sortByName(out, &Group::name);
    return out;
}

Client DynsecClient::getClient(const QString& username) {
    return clientFromJson(sendOne(make("getClient", {{"username", username}})).data.value(QStringLiteral("client")).toObject());
}

Role DynsecClient::getRole(const QString& roleName) {
    return roleFromJson(sendOne(make("getRole", {{"rolename", roleName}})).data.value(QStringLiteral("role")).toObject());
}

Group DynsecClient::getGroup(const QString& groupName) {
    return groupFromJson(sendOne(make("getGroup", {{"groupname", groupName}})).data.value(QStringLiteral("group")).toObject());
}

DefaultAclAccess DynsecClient::getDefaultAclAccess() {
    return defaultAclFromJson(sendOne(make("getDefaultACLAccess", {})).data);
}

void DynsecClient::createClient(const Client& client, const std::optional<QString>& password) {
    std::vector<DynsecCommand> cmds{commands::createClient(client, password)};
    if (client.disabled)
        cmds.push_back(commands::enableClient(client.username, false));
    execute(cmds);
}
void DynsecClient::deleteClient(const QString& u) { execute({commands::deleteClient(u)}); }
void DynsecClient::modifyClient(const QString& u, const ClientChanges& ch) { execute({commands::modifyClient(u, ch)}); }
void DynsecClient::setClientId(const QString& u, const QString& id) { execute({commands::setClientId(u, id)}); }
void DynsecClient::setClientPassword(const QString& u, const QString& p) { execute({commands::setClientPassword(u, p)}); }
void DynsecClient::enableClient(const QString& u, bool enable) { execute({commands::enableClient(u, enable)}); }
void DynsecClient::addClientRole(const QString& u, const RoleRef& r) { execute({commands::addClientRole(u, r)}); }
void DynsecClient::removeClientRole(const QString& u, const QString& r) { execute({commands::removeClientRole(u, r)}); }
void DynsecClient::createRole(const Role& r) { execute({commands::createRole(r)}); }
void DynsecClient::deleteRole(const QString& r) { execute({commands::deleteRole(r)}); }
void DynsecClient::modifyRole(const QString& r, const RoleChanges& ch) { execute({commands::modifyRole(r, ch)}); }
void DynsecClient::addRoleAcl(const QString& r, const AclEntry& a) { execute({commands::addRoleAcl(r, a)}); }
void DynsecClient::removeRoleAcl(const QString& r, const QString& type, const QString& topic) {
    execute({commands::removeRoleAcl(r, type, topic)});
}
void DynsecClient::createGroup(const Group& g) { execute({commands::createGroup(g)}); }
void DynsecClient::deleteGroup(const QString& g) { execute({commands::deleteGroup(g)}); }
void DynsecClient::modifyGroup(const QString& g, const GroupChanges& ch) { execute({commands::modifyGroup(g, ch)}); }
void DynsecClient::addGroupRole(const QString& g, const RoleRef& r) { execute({commands::addGroupRole(g, r)}); }
void DynsecClient::removeGroupRole(const QString& g, const QString& r) { execute({commands::removeGroupRole(g, r)}); }
void DynsecClient::addGroupClient(const QString& g, const QString& u, int priority) {
    execute({commands::addGroupClient(g, u, priority)});
}
void DynsecClient::removeGroupClient(const QString& g, const QString& u) { execute({commands::removeGroupClient(g, u)}); }
void DynsecClient::setDefaultAclAccess(const DefaultAclAccess& a) { execute({commands::setDefaultAclAccess(a)}); }

} // namespace mqkit::dynsec
