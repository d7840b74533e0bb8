#include "MqttDynsecCommands.h"

#include "CommandRunner.h"
#include "Confirmation.h"
#include "ConnectionOptions.h"
#include "Output.h"
#include "Terminal.h"
#include "common/Error.h"
#include "dynsec/DynsecClient.h"
#include "profile/SecretStore.h"

#include <QJsonArray>
#include <QJsonObject>

#include <CLI/CLI.hpp>

#include <map>

using namespace mqkit;
using namespace mqkit::dynsec;

namespace {

// ---- options --------------------------------------------------------------------------------

struct ListOptions {
    MqttConnectionFlags connection;
    OutputFormat format = OutputFormat::Text;
};

struct NameOptions { // get, delete, enable, disable
    MqttConnectionFlags connection;
    std::string name;
    bool yes = false;
    OutputFormat format = OutputFormat::Text;
};

struct TextFlags {
    std::optional<std::string> textName;
    std::optional<std::string> textDescription;
};

struct ClientCreateOptions {
    MqttConnectionFlags connection;
    std::string name;
    std::string passwordRef;
    bool noPassword = false;
    std::string clientId;
    std::vector<std::string> roles;
    std::vector<std::string> groups;
    TextFlags text;
    bool disabled = false;
};

struct ModifyOptions { // clients/roles/groups modify
    MqttConnectionFlags connection;
    std::string name;
    TextFlags text;
    std::optional<std::string> clientId; // clients only
};

struct PasswordOptions {
    MqttConnectionFlags connection;
    std::string name;
    std::string passwordRef;
};

struct LinkOptions { // add-role, remove-role, add-client, remove-client
    MqttConnectionFlags connection;
    std::string name;
    std::string other;
    int priority = -1;
};

struct AclOptions {
    MqttConnectionFlags connection;
    std::string role;
    std::string type;
    std::string topic;
    bool allow = false;
    bool deny = false;
    int priority = -1;
};

struct DefaultAclOptions {
    MqttConnectionFlags connection;
    std::map<std::string, std::string> access; // acl type -> allow|deny
};

// ---- helpers --------------------------------------------------------------------------------

DynsecClient connect(const MqttConnectionFlags& flags) {
    return DynsecClient(resolveMqttConnection(flags));
}

void done(const DynsecCommand& command) {
    printLine(QStringLiteral("%1: done").arg(command.describe()));
}

int runCommand(const MqttConnectionFlags& flags, const DynsecCommand& command) {
    DynsecClient client = connect(flags);
    client.execute({command});
    done(command);
    return exitcode::Ok;
}

std::vector<RoleRef> refs(const std::vector<std::string>& names) {
    std::vector<RoleRef> out;
    for (const auto& n : names)
        out.push_back({q(n), -1});
    return out;
}

QString refsText(const std::vector<RoleRef>& refs) {
    QStringList parts;
    for (const auto& r : refs)
        parts << (r.priority == -1 ? r.name : QStringLiteral("%1 (priority %2)").arg(r.name, QString::number(r.priority)));
    return parts.isEmpty() ? QStringLiteral("-") : parts.join(QStringLiteral(", "));
}

QJsonArray refsJson(const std::vector<RoleRef>& refs, const char* key) {
    QJsonArray out;
    for (const auto& r : refs) {
        QJsonObject o{{QLatin1String(key), r.name}};
        if (r.priority != -1)
            o.insert(QStringLiteral("priority"), r.priority);
        out.append(o);
    }
    return out;
}

QString orDash(const QString& s) {
    return s.isEmpty() ? QStringLiteral("-") : s;
}

// A client's password: from its secret reference, or typed on the terminal (never argv).
QString passwordFor(const QString& username, const std::string& ref) {
    const QString question = QStringLiteral("Password for MQTT client '%1'").arg(username);
    TerminalSecretPrompter terminal;
    const SecretStore::Prompter prompter = [&](const QString& what) {
        return terminal.askSecret(what, SecretPrompter::Need::Required);
    };
    if (!ref.empty()) {
        QString password;
        withFlag("--password-ref", [&] { password = SecretStore::resolveReference(q(ref), question, prompter); });
        return password;
    }
    if (!stdinIsTerminal())
        throw Error(ErrorKind::Usage, QStringLiteral("--password-ref: say where the password comes from (env:VAR, "
                                                     "file:PATH, keyring:KEY); there is no terminal to ask on"));
    const auto typed = prompter(question);
    if (!typed || typed->isEmpty())
        throw Error(ErrorKind::Usage, QStringLiteral("no password given"));
    return *typed;
}

// ---- JSON and text forms --------------------------------------------------------------------

QJsonObject clientJson(const Client& c) {
    return {{"username", c.username}, {"clientid", c.clientId}, {"textname", c.textName},
            {"textdescription", c.textDescription}, {"disabled", c.disabled},
            {"roles", refsJson(c.roles, "rolename")}, {"groups", refsJson(c.groups, "groupname")}};
}

QJsonObject roleJson(const Role& r) {
    QJsonArray acls;
    for (const auto& a : r.acls)
        acls.append(QJsonObject{{"acltype", a.type}, {"topic", a.topic}, {"priority", a.priority}, {"allow", a.allow}});
    return {{"rolename", r.name}, {"textname", r.textName}, {"textdescription", r.textDescription}, {"acls", acls}};
}

QJsonObject groupJson(const Group& g) {
    return {{"groupname", g.name}, {"textname", g.textName}, {"textdescription", g.textDescription},
            {"roles", refsJson(g.roles, "rolename")}, {"clients", QJsonArray::fromStringList(g.clients)}};
}

void printFields(const std::vector<std::pair<QString, QString>>& fields) {
    qsizetype width = 0;
    for (const auto& f : fields)
        width = std::max(width, f.first.size() + 1);
    for (const auto& [key, value] : fields)
        printLine(QStringLiteral("%1  %2").arg((key + QLatin1Char(':')).leftJustified(width), value));
}

void printAclTable(const std::vector<Role>& roles, bool withRole) {
    QStringList headers{"TYPE", "TOPIC", "ACCESS", "PRIORITY"};
    if (withRole)
        headers.prepend(QStringLiteral("ROLE"));
    std::vector<QStringList> rows;
    for (const auto& r : roles) {
        if (r.acls.empty() && withRole)
            rows.push_back({r.name, "-", "-", "-", "-"});
        for (const auto& a : r.acls) {
            QStringList row{a.type, a.topic, a.allow ? QStringLiteral("allow") : QStringLiteral("deny"), QString::number(a.priority)};
            if (withRole)
                row.prepend(r.name);
            rows.push_back(row);
        }
    }
    printTable(headers, rows);
}

// A listing as one JSON array, each item through its JSON function.
template <typename Item, typename ToJson>
void printJsonArray(const std::vector<Item>& items, ToJson toJson) {
    QJsonArray arr;
    for (const auto& item : items)
        arr.append(toJson(item));
    printJson(arr);
}

void printClients(const std::vector<Client>& clients, OutputFormat format) {
    if (format == OutputFormat::Json)
        return printJsonArray(clients, clientJson);
    std::vector<QStringList> rows;
    for (const auto& c : clients)
        rows.push_back({c.username, orDash(c.clientId), c.disabled ? QStringLiteral("yes") : QStringLiteral("no"),
                        refsText(c.roles), refsText(c.groups)});
    printTable({"USERNAME", "CLIENT-ID", "DISABLED", "ROLES", "GROUPS"}, rows);
}

void printGroups(const std::vector<Group>& groups, OutputFormat format) {
    if (format == OutputFormat::Json)
        return printJsonArray(groups, groupJson);
    std::vector<QStringList> rows;
    for (const auto& g : groups)
        rows.push_back({g.name, refsText(g.roles), g.clients.isEmpty() ? QStringLiteral("-") : g.clients.join(QStringLiteral(", "))});
    printTable({"GROUP", "ROLES", "CLIENTS"}, rows);
}

// ---- runs -----------------------------------------------------------------------------------

int runClientsList(const ListOptions& o) {
    printClients(connect(o.connection).listClients(), o.format);
    return exitcode::Ok;
}

int runClientsGet(const NameOptions& o) {
    const Client c = connect(o.connection).getClient(q(o.name));
    if (o.format == OutputFormat::Json) {
        printJson(clientJson(c));
        return exitcode::Ok;
    }
    printFields({{"username", c.username}, {"client id", orDash(c.clientId)}, {"text name", orDash(c.textName)},
                 {"description", orDash(c.textDescription)}, {"disabled", c.disabled ? "yes" : "no"},
                 {"roles", refsText(c.roles)}, {"groups", refsText(c.groups)}});
    return exitcode::Ok;
}

int runClientsCreate(const ClientCreateOptions& o) {
    Client c;
    c.username = q(o.name);
    c.clientId = q(o.clientId);
    c.textName = q(o.text.textName.value_or(""));
    c.textDescription = q(o.text.textDescription.value_or(""));
    c.roles = refs(o.roles);
    c.groups = refs(o.groups);
    c.disabled = o.disabled;
    if (o.noPassword && !o.passwordRef.empty())
        throw Error(ErrorKind::Usage, QStringLiteral("--no-password and --password-ref exclude each other"));
    const std::optional<QString> password = o.noPassword ? std::nullopt : std::optional(passwordFor(c.username, o.passwordRef));
    connect(o.connection).createClient(c, password);
    done(commands::createClient(c, std::nullopt));
    return exitcode::Ok;
}

// The text name and description a modify command was given (unset: left as they are).
template <typename Changes>
Changes textChanges(const TextFlags& text) {
    Changes ch;
    if (text.textName)
        ch.textName = q(*text.textName);
    if (text.textDescription)
        ch.textDescription = q(*text.textDescription);
    return ch;
}

int runClientsModify(const ModifyOptions& o) {
    const auto ch = textChanges<ClientChanges>(o.text);
    std::vector<DynsecCommand> cmds;
    if (ch.textName || ch.textDescription)
        cmds.push_back(commands::modifyClient(q(o.name), ch));
    if (o.clientId)
        cmds.push_back(commands::setClientId(q(o.name), q(*o.clientId)));
    if (cmds.empty())
        throw Error(ErrorKind::Usage, QStringLiteral("nothing to change: give --text-name, --text-description or --client-id"));
    connect(o.connection).execute(cmds);
    for (const auto& c : cmds)
        done(c);
    return exitcode::Ok;
}

int runClientsSetPassword(const PasswordOptions& o) {
    const QString password = passwordFor(q(o.name), o.passwordRef);
    DynsecClient client = connect(o.connection);
    client.setClientPassword(q(o.name), password);
    done(commands::setClientPassword(q(o.name), QString()));
    return exitcode::Ok;
}

int runRolesList(const ListOptions& o) {
    const auto roles = connect(o.connection).listRoles();
    if (o.format == OutputFormat::Json)
        printJsonArray(roles, roleJson);
    else
        printAclTable(roles, true);
    return exitcode::Ok;
}

int runRolesGet(const NameOptions& o) {
    const Role r = connect(o.connection).getRole(q(o.name));
    if (o.format == OutputFormat::Json) {
        printJson(roleJson(r));
        return exitcode::Ok;
    }
    printFields({{"role", r.name}, {"text name", orDash(r.textName)}, {"description", orDash(r.textDescription)}});
    printAclTable({r}, false);
    return exitcode::Ok;
}

Role roleOf(const std::string& name, const TextFlags& text) {
    return {q(name), q(text.textName.value_or("")), q(text.textDescription.value_or("")), {}};
}

int runRolesModify(const ModifyOptions& o) {
    const auto ch = textChanges<RoleChanges>(o.text);
    if (!ch.textName && !ch.textDescription)
        throw Error(ErrorKind::Usage, QStringLiteral("nothing to change: give --text-name or --text-description"));
    return runCommand(o.connection, commands::modifyRole(q(o.name), ch));
}

int runRolesAddAcl(const AclOptions& o) {
    withFlag("TYPE", [&] { checkAclType(q(o.type)); });
    if (o.allow == o.deny)
        throw Error(ErrorKind::Usage, QStringLiteral("say --allow or --deny"));
    return runCommand(o.connection, commands::addRoleAcl(q(o.role), {q(o.type), q(o.topic), o.priority, o.allow}));
}

int runRolesRemoveAcl(const AclOptions& o) {
    withFlag("TYPE", [&] { checkAclType(q(o.type)); });
    return runCommand(o.connection, commands::removeRoleAcl(q(o.role), q(o.type), q(o.topic)));
}

int runGroupsList(const ListOptions& o) {
    printGroups(connect(o.connection).listGroups(), o.format);
    return exitcode::Ok;
}

int runGroupsGet(const NameOptions& o) {
    const Group g = connect(o.connection).getGroup(q(o.name));
    if (o.format == OutputFormat::Json) {
        printJson(groupJson(g));
        return exitcode::Ok;
    }
    printFields({{"group", g.name}, {"text name", orDash(g.textName)}, {"description", orDash(g.textDescription)},
                 {"roles", refsText(g.roles)}, {"clients", g.clients.isEmpty() ? QStringLiteral("-") : g.clients.join(QStringLiteral(", "))}});
    return exitcode::Ok;
}

int runGroupsModify(const ModifyOptions& o) {
    const auto ch = textChanges<GroupChanges>(o.text);
    if (!ch.textName && !ch.textDescription)
        throw Error(ErrorKind::Usage, QStringLiteral("nothing to change: give --text-name or --text-description"));
    return runCommand(o.connection, commands::modifyGroup(q(o.name), ch));
}

int runDelete(const NameOptions& o, const QString& kind, DynsecCommand command) {
    requireConfirmation(o.yes, QStringLiteral("MQTT %1 '%2'").arg(kind, q(o.name)));
    return runCommand(o.connection, command);
}

const std::vector<std::pair<std::string, QString>>& defaultAclKeys() {
    static const std::vector<std::pair<std::string, QString>> keys{
        {"publish-client-send", QStringLiteral("publishClientSend")},
        {"publish-client-receive", QStringLiteral("publishClientReceive")},
        {"subscribe", QStringLiteral("subscribe")},
        {"unsubscribe", QStringLiteral("unsubscribe")}};
    return keys;
}

std::vector<std::pair<QString, bool>> accessList(const DefaultAclAccess& a) {
    return {{"publishClientSend", a.publishClientSend}, {"publishClientReceive", a.publishClientReceive},
            {"subscribe", a.subscribe}, {"unsubscribe", a.unsubscribe}};
}

int runDefaultAclGet(const ListOptions& o) {
    const DefaultAclAccess a = connect(o.connection).getDefaultAclAccess();
    if (o.format == OutputFormat::Json) {
        QJsonObject obj;
        for (const auto& [type, allow] : accessList(a))
            obj.insert(type, allow);
        printJson(obj);
        return exitcode::Ok;
    }
    std::vector<QStringList> rows;
    for (const auto& [type, allow] : accessList(a))
        rows.push_back({type, allow ? QStringLiteral("allow") : QStringLiteral("deny")});
    printTable({"ACL-TYPE", "ACCESS"}, rows);
    return exitcode::Ok;
}

int runDefaultAclSet(const DefaultAclOptions& o) {
    if (o.access.empty())
        throw Error(ErrorKind::Usage, QStringLiteral("say what to set: --publish-client-send, --publish-client-receive, "
                                                     "--subscribe and/or --unsubscribe (allow or deny)"));
    DynsecClient client = connect(o.connection);
    DefaultAclAccess a = client.getDefaultAclAccess();
    for (const auto& [flag, value] : o.access) {
        const bool allow = value == "allow";
        if (flag == "publish-client-send") a.publishClientSend = allow;
        else if (flag == "publish-client-receive") a.publishClientReceive = allow;
        else if (flag == "subscribe") a.subscribe = allow;
        else if (flag == "unsubscribe") a.unsubscribe = allow;
    }
    const DynsecCommand command = commands::setDefaultAclAccess(a);
    client.execute({command});
    done(command);
    return exitcode::Ok;
}

// ---- setup ----------------------------------------------------------------------------------

template <typename Opts>
CLI::App* sub(CLI::App* parent, const char* name, const char* help, std::shared_ptr<Opts> opts) {
    auto* cmd = parent->add_subcommand(name, help);
    addMqttConnectionFlags(cmd, opts->connection);
    return cmd;
}

// An option whose absence differs from an empty value.
void addOptionalText(CLI::App* cmd, const std::string& name, std::optional<std::string>& target, const std::string& help) {
    cmd->add_option_function<std::string>(name, [&target](const std::string& v) { target = v; }, help);
}

void addTextFlags(CLI::App* cmd, TextFlags& t) {
    addOptionalText(cmd, "--text-name", t.textName, "A display name");
    addOptionalText(cmd, "--text-description", t.textDescription, "A description");
}

void addNameCommands(CLI::App* parent, CommandRunner& runner, const QString& kind, const char* nameHelp,
                     DynsecCommand (*deleteCommand)(const QString&), int (*get)(const NameOptions&),
                     int (*list)(const ListOptions&)) {
    auto l = std::make_shared<ListOptions>();
    auto* listCmd = sub(parent, "list", "List them all (verbose)", l);
    addOutputOption(listCmd, l->format);
    runner.bind(listCmd, l, list);

    auto g = std::make_shared<NameOptions>();
    auto* getCmd = sub(parent, "get", "Show one", g);
    getCmd->add_option("NAME", g->name, nameHelp)->required();
    addOutputOption(getCmd, g->format);
    runner.bind(getCmd, g, get);

    auto d = std::make_shared<NameOptions>();
    auto* delCmd = sub(parent, "delete", "Delete one (asks on a terminal; --yes to skip; refuses without either)", d);
    delCmd->add_option("NAME", d->name, nameHelp)->required();
    delCmd->add_flag("-y,--yes", d->yes, "Delete without asking");
    runner.bind(delCmd, d, [kind, deleteCommand](const NameOptions& o) { return runDelete(o, kind, deleteCommand(q(o.name))); });
}

void addLinkCommand(CLI::App* parent, CommandRunner& runner, const char* name, const char* help, const char* otherName,
                    bool withPriority, DynsecCommand (*make)(const LinkOptions&)) {
    auto o = std::make_shared<LinkOptions>();
    auto* cmd = sub(parent, name, help, o);
    cmd->add_option("NAME", o->name, "Whose")->required();
    cmd->add_option(otherName, o->other, "Which")->required();
    if (withPriority)
        cmd->add_option("--priority", o->priority, "Priority (higher first; default: the plugin's)");
    runner.bind(cmd, o, [make](const LinkOptions& opts) { return runCommand(opts.connection, make(opts)); });
}

void setupClients(CLI::App* dynsec, CommandRunner& runner) {
    auto* clients = dynsec->add_subcommand("clients", "Clients (MQTT user names): list, get, create, delete, modify ...");
    clients->require_subcommand(1);
    addNameCommands(clients, runner, QStringLiteral("client"), "User name", &commands::deleteClient, runClientsGet, runClientsList);

    auto c = std::make_shared<ClientCreateOptions>();
    auto* createCmd = sub(clients, "create", "Create a client (password from --password-ref or typed on the terminal)", c);
    createCmd->add_option("NAME", c->name, "User name")->required();
    createCmd->add_option("--password-ref", c->passwordRef, "Where the password comes from: env:VAR, file:PATH, keyring:KEY");
    createCmd->add_flag("--no-password", c->noPassword, "Create it without a password");
    createCmd->add_option("--client-id", c->clientId, "Only this client id may use it");
    createCmd->add_option("--role", c->roles, "A role it has (repeatable)");
    createCmd->add_option("--group", c->groups, "A group it is in (repeatable)");
    createCmd->add_flag("--disabled", c->disabled, "Create it disabled");
    addTextFlags(createCmd, c->text);
    runner.bind(createCmd, c, runClientsCreate);

    auto m = std::make_shared<ModifyOptions>();
    auto* modifyCmd = sub(clients, "modify", "Change a client's texts or client id", m);
    modifyCmd->add_option("NAME", m->name, "User name")->required();
    addTextFlags(modifyCmd, m->text);
    addOptionalText(modifyCmd, "--client-id", m->clientId, "Only this client id may use it ('' for any)");
    runner.bind(modifyCmd, m, runClientsModify);

    auto p = std::make_shared<PasswordOptions>();
    auto* passwordCmd = sub(clients, "set-password", "Set a client's password (from --password-ref or typed)", p);
    passwordCmd->add_option("NAME", p->name, "User name")->required();
    passwordCmd->add_option("--password-ref", p->passwordRef, "Where the password comes from: env:VAR, file:PATH, keyring:KEY");
    runner.bind(passwordCmd, p, runClientsSetPassword);

    for (const bool enable : {true, false}) {
        auto e = std::make_shared<NameOptions>();
        auto* cmd = sub(clients, enable ? "enable" : "disable", enable ? "Let a client connect again" : "Refuse a client's connections", e);
        cmd->add_option("NAME", e->name, "User name")->required();
        runner.bind(cmd, e, [enable](const NameOptions& o) { return runCommand(o.connection, commands::enableClient(q(o.name), enable)); });
    }
    addLinkCommand(clients, runner, "add-role", "Give a client a role", "ROLE", true,
                   [](const LinkOptions& o) { return commands::addClientRole(q(o.name), {q(o.other), o.priority}); });
    addLinkCommand(clients, runner, "remove-role", "Take a role from a client", "ROLE", false,
                   [](const LinkOptions& o) { return commands::removeClientRole(q(o.name), q(o.other)); });
}

void setupRoles(CLI::App* dynsec, CommandRunner& runner) {
    auto* roles = dynsec->add_subcommand("roles", "Roles and their ACLs: list, get, create, delete, add-acl, remove-acl ...");
    roles->require_subcommand(1);
    addNameCommands(roles, runner, QStringLiteral("role"), "Role name", &commands::deleteRole, runRolesGet, runRolesList);

    auto c = std::make_shared<ModifyOptions>();
    auto* createCmd = sub(roles, "create", "Create a role (without ACLs: add them with add-acl)", c);
    createCmd->add_option("NAME", c->name, "Role name")->required();
    addTextFlags(createCmd, c->text);
    runner.bind(createCmd, c, [](const ModifyOptions& o) { return runCommand(o.connection, commands::createRole(roleOf(o.name, o.text))); });

    auto m = std::make_shared<ModifyOptions>();
    auto* modifyCmd = sub(roles, "modify", "Change a role's texts", m);
    modifyCmd->add_option("NAME", m->name, "Role name")->required();
    addTextFlags(modifyCmd, m->text);
    runner.bind(modifyCmd, m, runRolesModify);

    const std::string types = "ACL type: " + aclTypes().join(QStringLiteral(", ")).toStdString();
    auto a = std::make_shared<AclOptions>();
    auto* addCmd = sub(roles, "add-acl", "Add an ACL to a role", a);
    addCmd->add_option("ROLE", a->role, "Role name")->required();
    addCmd->add_option("TYPE", a->type, types)->required();
    addCmd->add_option("TOPIC", a->topic, "Topic or filter")->required();
    addCmd->add_flag("--allow", a->allow, "Allow what it matches");
    addCmd->add_flag("--deny", a->deny, "Deny what it matches");
    addCmd->add_option("--priority", a->priority, "Priority (higher first; default 0)");
    runner.bind(addCmd, a, runRolesAddAcl);

    auto r = std::make_shared<AclOptions>();
    auto* removeCmd = sub(roles, "remove-acl", "Remove an ACL from a role", r);
    removeCmd->add_option("ROLE", r->role, "Role name")->required();
    removeCmd->add_option("TYPE", r->type, types)->required();
    removeCmd->add_option("TOPIC", r->topic, "Topic or filter")->required();
    runner.bind(removeCmd, r, runRolesRemoveAcl);
}

void setupGroups(CLI::App* dynsec, CommandRunner& runner) {
    auto* groups = dynsec->add_subcommand("groups", "Groups: list, get, create, delete, add-role, add-client ...");
    groups->require_subcommand(1);
    addNameCommands(groups, runner, QStringLiteral("group"), "Group name", &commands::deleteGroup, runGroupsGet, runGroupsList);

    auto c = std::make_shared<ModifyOptions>();
    auto* createCmd = sub(groups, "create", "Create a group", c);
    createCmd->add_option("NAME", c->name, "Group name")->required();
    addTextFlags(createCmd, c->text);
    runner.bind(createCmd, c, [](const ModifyOptions& o) {
        const Group g{q(o.name), q(o.text.textName.value_or("")), q(o.text.textDescription.value_or("")), {}, {}};
        return runCommand(o.connection, commands::createGroup(g));
    });

    auto m = std::make_shared<ModifyOptions>();
    auto* modifyCmd = sub(groups, "modify", "Change a group's texts", m);
    modifyCmd->add_option("NAME", m->name, "Group name")->required();
    addTextFlags(modifyCmd, m->text);
    runner.bind(modifyCmd, m, runGroupsModify);

    addLinkCommand(groups, runner, "add-role", "Give a group a role", "ROLE", true,
                   [](const LinkOptions& o) { return commands::addGroupRole(q(o.name), {q(o.other), o.priority}); });
    addLinkCommand(groups, runner, "remove-role", "Take a role from a group", "ROLE", false,
                   [](const LinkOptions& o) { return commands::removeGroupRole(q(o.name), q(o.other)); });
    addLinkCommand(groups, runner, "add-client", "Put a client in a group", "USERNAME", true,
                   [](const LinkOptions& o) { return commands::addGroupClient(q(o.name), q(o.other), o.priority); });
    addLinkCommand(groups, runner, "remove-client", "Take a client out of a group", "USERNAME", false,
                   [](const LinkOptions& o) { return commands::removeGroupClient(q(o.name), q(o.other)); });
}

void setupDefaultAcl(CLI::App* dynsec, CommandRunner& runner) {
    auto* acl = dynsec->add_subcommand("default-acl", "The default ACL access (when no role ACL matches): get, set");
    acl->require_subcommand(1);
    auto g = std::make_shared<ListOptions>();
    auto* getCmd = sub(acl, "get", "Show it", g);
    addOutputOption(getCmd, g->format);
    runner.bind(getCmd, g, runDefaultAclGet);

    auto s = std::make_shared<DefaultAclOptions>();
    auto* setCmd = sub(acl, "set", "Change some of it (the rest stays)", s);
    for (const auto& [flag, type] : defaultAclKeys()) {
        const std::string key = flag;
        setCmd->add_option_function<std::string>("--" + flag, [s, key](const std::string& v) { s->access[key] = v; },
                                                 "allow or deny: " + type.toStdString())
            ->check(CLI::IsMember({"allow", "deny"}));
    }
    runner.bind(setCmd, s, runDefaultAclSet);
}

} // namespace

void setupMqttDynsecCommands(CLI::App* mqtt, CommandRunner& runner) {
    auto* dynsec = mqtt->add_subcommand("dynsec", "Mosquitto's dynamic security: clients, roles, groups, default ACL access "
                                                  "(as mosquitto_ctrl dynsec)");
    dynsec->require_subcommand(1);
    setupClients(dynsec, runner);
    setupRoles(dynsec, runner);
    setupGroups(dynsec, runner);
    setupDefaultAcl(dynsec, runner);
}
