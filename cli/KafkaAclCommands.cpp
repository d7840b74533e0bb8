#include "KafkaAclCommands.h"

#include "CommandRunner.h"
#include "Confirmation.h"
#include "ConnectionOptions.h"
#include "Output.h"
#include "common/Error.h"
#include "kafka/KafkaAclShorthand.h"
#include "kafka/KafkaAdmin.h"

#include <CLI/CLI.hpp>

#include <optional>

using namespace mqkit;

namespace {

// Flags as kafka-acls names them.
struct AclFlags {
    std::vector<std::string> topics;
    std::vector<std::string> groups;
    bool cluster = false;
    std::string patternType; // literal | prefixed (| match, any for list/delete)
    std::vector<std::string> allowPrincipals;
    std::vector<std::string> denyPrincipals;
    std::vector<std::string> allowHosts;
    std::vector<std::string> denyHosts;
    std::vector<std::string> operations;
    std::vector<std::string> principals; // list: --principal
    bool producer = false;
    bool consumer = false;
    bool idempotent = false;
};

struct AclsListOptions {
    KafkaConnectionFlags connection;
    AclFlags acl;
    OutputFormat format = OutputFormat::Text;
};

struct AclsCreateOptions {
    KafkaConnectionFlags connection;
    AclFlags acl;
};

struct AclsDeleteOptions {
    KafkaConnectionFlags connection;
    AclFlags acl;
    bool yes = false;
    OutputFormat format = OutputFormat::Text;
};

void addResourceFlags(CLI::App* cmd, AclFlags& f, bool filter) {
    cmd->add_option("--topic", f.topics, "Topic (repeatable; * for every topic)");
    cmd->add_option("--group", f.groups, "Consumer group (repeatable; * for every group)");
    cmd->add_flag("--cluster", f.cluster, "The cluster resource");
    cmd->add_option("--resource-pattern-type", f.patternType,
                    filter ? "literal, prefixed, match or any (default: any)" : "literal or prefixed (default: literal)");
}

void addBindingFlags(CLI::App* cmd, AclFlags& f) {
    cmd->add_option("--allow-principal", f.allowPrincipals, "Principal to allow, Type:name e.g. User:alice (repeatable)");
    cmd->add_option("--deny-principal", f.denyPrincipals, "Principal to deny, Type:name (repeatable)");
    cmd->add_option("--allow-host", f.allowHosts, "Host the allow applies to (default: *)");
    cmd->add_option("--deny-host", f.denyHosts, "Host the deny applies to (default: *)");
    cmd->add_option("--operation", f.operations,
                    "Read, Write, Create, Delete, Alter, Describe, ClusterAction, DescribeConfigs, AlterConfigs, "
                    "IdempotentWrite or All (repeatable)");
    cmd->add_flag("--producer", f.producer, "Shortcut: Write, Describe, Create on the --topic(s)");
    cmd->add_flag("--consumer", f.consumer, "Shortcut: Read, Describe on the --topic(s), Read on the --group(s)");
    cmd->add_flag("--idempotent", f.idempotent, "With --producer: IdempotentWrite on the cluster");
}

struct Resource {
    QString type;
    QString name;
};

std::vector<Resource> resources(const AclFlags& f) {
    std::vector<Resource> out;
    for (const auto& t : f.topics)
        out.push_back({QStringLiteral("Topic"), QString::fromStdString(t)});
    for (const auto& g : f.groups)
        out.push_back({QStringLiteral("Group"), QString::fromStdString(g)});
    if (f.cluster)
        out.push_back({QStringLiteral("Cluster"), QStringLiteral("kafka-cluster")});
    return out;
}

// The bindings (create) or filters (delete) the flags describe, kafka-acls style.
std::vector<KafkaAcl> bindings(const AclFlags& f, bool filter) {
    // As kafka-acls: literal unless said otherwise; a filter without a resource matches any pattern.
    QString pattern = QString::fromStdString(f.patternType);
    if (pattern.compare(QLatin1String("any"), Qt::CaseInsensitive) == 0)
        pattern.clear();
    else if (pattern.isEmpty() && !resources(f).empty())
        pattern = QStringLiteral("Literal");
    struct Principal {
        QString name;
        QString permission;
        std::vector<std::string> hosts;
    };
    std::vector<Principal> principals;
    for (const auto& p : f.allowPrincipals)
        principals.push_back({QString::fromStdString(p), QStringLiteral("Allow"), f.allowHosts});
    for (const auto& p : f.denyPrincipals)
        principals.push_back({QString::fromStdString(p), QStringLiteral("Deny"), f.denyHosts});
    if (principals.empty() && !filter)
        throw Error(ErrorKind::Usage, QStringLiteral("give --allow-principal or --deny-principal"));
    if (principals.empty())
        principals.push_back({QString(), QString(), {}});
    const auto res = resources(f);
    if (res.empty() && !filter)
        throw Error(ErrorKind::Usage, QStringLiteral("give a resource: --topic, --group or --cluster"));
    if ((f.producer || f.consumer) && !f.operations.empty())
        throw Error(ErrorKind::Usage, QStringLiteral("--producer/--consumer choose the operations; drop --operation"));
    if ((f.producer || f.consumer) && f.topics.empty())
        throw Error(ErrorKind::Usage, QStringLiteral("--producer and --consumer need --topic"));
    if (f.consumer && f.groups.empty() && !filter)
        throw Error(ErrorKind::Usage, QStringLiteral("--consumer needs --group"));
    if (f.idempotent && !f.producer)
        throw Error(ErrorKind::Usage, QStringLiteral("--idempotent goes with --producer"));

    // (resource, operation) pairs
    std::vector<std::pair<Resource, QString>> grants;
    std::optional<KafkaAclShorthand> shorthand;
    if (f.producer || f.consumer) {
        shorthand = KafkaAclShorthand{f.producer, f.consumer, f.idempotent, {}, {}};
        for (const auto& t : f.topics)
            shorthand->topics << QString::fromStdString(t);
        for (const auto& g : f.groups)
            shorthand->groups << QString::fromStdString(g);
        for (const auto& g : kafkaShorthandGrants(*shorthand))
            grants.push_back({{g.resourceType, g.resourceName}, g.operation});
    } else {
        if (f.operations.empty() && !filter)
            throw Error(ErrorKind::Usage, QStringLiteral("give --operation, --producer or --consumer"));
        const std::vector<std::string> ops = f.operations.empty() ? std::vector<std::string>{""} : f.operations;
        const std::vector<Resource> rs = res.empty() ? std::vector<Resource>{{QString(), QString()}} : res;
        for (const auto& r : rs)
            for (const auto& op : ops)
                grants.push_back({r, QString::fromStdString(op)});
    }
    std::vector<KafkaAcl> out;
    for (const auto& p : principals) {
        const std::vector<std::string> hosts = p.hosts.empty() ? std::vector<std::string>{filter ? "" : "*"} : p.hosts;
        for (const auto& h : hosts) {
            if (shorthand && !filter) { // the bindings the GUI's ACL form creates too
                for (const auto& a : kafkaShorthandBindings(*shorthand, p.name, QString::fromStdString(h), p.permission, pattern))
                    out.push_back(KafkaAdmin::normalizedAcl(a, false));
                continue;
            }
            for (const auto& [r, op] : grants) {
                KafkaAcl a{r.type, r.name, pattern, p.name, QString::fromStdString(h), op, p.permission};
                if (a.resourceType == QLatin1String("Cluster") && !filter)
                    a.patternType = QStringLiteral("Literal"); // the cluster has one literal name
                if (a.resourceName == QLatin1String("*") && !filter && a.patternType.isEmpty())
                    a.patternType = QStringLiteral("Literal");
                out.push_back(KafkaAdmin::normalizedAcl(a, filter));
            }
        }
    }
    return out;
}

KafkaAcl listFilter(const AclFlags& f) {
    const auto res = resources(f);
    if (res.size() > 1)
        throw Error(ErrorKind::Usage, QStringLiteral("list one resource at a time (or none for every ACL)"));
    if (f.principals.size() > 1)
        throw Error(ErrorKind::Usage, QStringLiteral("list one --principal at a time"));
    KafkaAcl a;
    if (!res.empty()) {
        a.resourceType = res.front().type;
        a.resourceName = res.front().name;
    }
    a.patternType = QString::fromStdString(f.patternType);
    if (a.patternType.compare(QLatin1String("any"), Qt::CaseInsensitive) == 0)
        a.patternType.clear();
    if (!f.principals.empty())
        a.principal = QString::fromStdString(f.principals.front());
    return KafkaAdmin::normalizedAcl(a, true);
}

void printAcls(const std::vector<KafkaAcl>& acls, OutputFormat format) {
    if (format == OutputFormat::Json) {
        QJsonArray arr;
        for (const auto& a : acls)
            arr.append(QJsonObject{{"resource_type", a.resourceType},
                                   {"resource_name", a.resourceName},
                                   {"pattern_type", a.patternType},
                                   {"principal", a.principal},
                                   {"host", a.host},
                                   {"operation", a.operation},
                                   {"permission", a.permission}});
        printJson(arr);
        return;
    }
    std::vector<QStringList> rows;
    for (const auto& a : acls)
        rows.push_back({a.resourceType, a.resourceName, a.patternType, a.principal, a.host, a.operation, a.permission});
    printTable({"RESOURCE-TYPE", "NAME", "PATTERN", "PRINCIPAL", "HOST", "OPERATION", "PERMISSION"}, rows);
}

int runAclsList(const AclsListOptions& o) {
    const KafkaAcl filter = listFilter(o.acl);
    KafkaAdmin admin(resolveKafkaConnection(o.connection));
    printAcls(admin.describeAcls(filter), o.format);
    return exitcode::Ok;
}

int runAclsCreate(const AclsCreateOptions& o) {
    const auto acls = bindings(o.acl, false);
    KafkaAdmin admin(resolveKafkaConnection(o.connection));
    admin.createAcls(acls);
    for (const auto& a : acls)
        printLine(QStringLiteral("created: %1").arg(a.describe()));
    return exitcode::Ok;
}

int runAclsDelete(const AclsDeleteOptions& o) {
    if (o.acl.allowPrincipals.empty() && o.acl.denyPrincipals.empty() && resources(o.acl).empty())
        throw Error(ErrorKind::Usage, QStringLiteral("say which ACLs to delete: a resource (--topic, --group, "
                                                     "--cluster) and/or a principal (--allow-principal, --deny-principal)"));
    auto filters = bindings(o.acl, true);
    KafkaAdmin admin(resolveKafkaConnection(o.connection));
    std::vector<KafkaAcl> matching;
    for (const auto& f : filters)
        for (const auto& a : admin.describeAcls(f))
            if (std::find(matching.begin(), matching.end(), a) == matching.end())
                matching.push_back(a);
    if (matching.empty()) {
        printDiagnostic(QStringLiteral("no ACL matches: nothing deleted"));
        if (o.format == OutputFormat::Json)
            printJson(QJsonArray());
        return exitcode::Ok;
    }
    printDiagnostic(QStringLiteral("%1 ACL(s) match:").arg(matching.size()));
    for (const auto& a : matching)
        printDiagnostic(QStringLiteral("  %1").arg(a.describe()));
    requireConfirmation(o.yes, QStringLiteral("%1 ACL(s)").arg(matching.size()));
    const auto deleted = admin.deleteAcls(filters);
    printAcls(deleted, o.format);
    return exitcode::Ok;
}

} // namespace

void setupKafkaAclCommands(CLI::App* kafka, CommandRunner& runner) {
    auto* acls = kafka->add_subcommand("acls", "ACLs: list, create, delete (flags as kafka-acls)");
    acls->require_subcommand(1);

    auto list = std::make_shared<AclsListOptions>();
    auto* listCmd = acls->add_subcommand("list", "List ACLs, optionally of one resource and/or principal");
    addKafkaConnectionFlags(listCmd, list->connection);
    addResourceFlags(listCmd, list->acl, true);
    listCmd->add_option("--principal", list->acl.principals, "Only ACLs of this principal, Type:name");
    addOutputOption(listCmd, list->format);
    runner.bind(listCmd, list, runAclsList);

    auto create = std::make_shared<AclsCreateOptions>();
    auto* createCmd = acls->add_subcommand("create", "Create ACLs");
    addKafkaConnectionFlags(createCmd, create->connection);
    addResourceFlags(createCmd, create->acl, false);
    addBindingFlags(createCmd, create->acl);
    runner.bind(createCmd, create, runAclsCreate);

    auto del = std::make_shared<AclsDeleteOptions>();
    auto* deleteCmd = acls->add_subcommand(
        "delete", "Delete the ACLs the flags match (shows them; asks on a terminal; --yes to skip; refuses without either)");
    addKafkaConnectionFlags(deleteCmd, del->connection);
    addResourceFlags(deleteCmd, del->acl, true);
    addBindingFlags(deleteCmd, del->acl);
    deleteCmd->add_flag("-y,--yes", del->yes, "Delete without asking");
    addOutputOption(deleteCmd, del->format);
    runner.bind(deleteCmd, del, runAclsDelete);
}
