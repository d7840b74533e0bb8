#pragma once

#include "dynsec/DynsecTypes.h"
#include "mqtt/MqttSession.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <chrono>
#include <memory>
#include <optional>
#include <vector>

namespace mqkit::dynsec {

// One command of the plugin's protocol: {"command": name, ...fields}. The client adds the
// correlationData; built by the functions of namespace `commands` below.
struct DynsecCommand {
    QString command;    // "createClient", "addRoleACL" ...
    QJsonObject fields; // everything else (never "command" nor "correlationData")

    // The command in the user's words: "create client 'bridge'", "add a publishClientSend ACL
    // for 'a/#' to role 'devices'". Never shows a password.
    QString describe() const;
};

// The plugin's answer to one command: data on success, error (the plugin's own words) on failure.
struct DynsecResponse {
    QString command;
    QJsonObject data;
    QString error; // empty: done
    bool ok() const { return error.isEmpty(); }
};

// A change of a client, role or group: unset fields stay as they are (modifyClient/Role/Group).
// Lists replace the whole list on the broker.
struct ClientChanges {
    std::optional<QString> textName;
    std::optional<QString> textDescription;
    std::optional<std::vector<RoleRef>> roles;
    std::optional<std::vector<RoleRef>> groups;
};
struct RoleChanges {
    std::optional<QString> textName;
    std::optional<QString> textDescription;
    std::optional<std::vector<AclEntry>> acls;
};
struct GroupChanges {
    std::optional<QString> textName;
    std::optional<QString> textDescription;
    std::optional<std::vector<RoleRef>> roles;
};

// The commands of $CONTROL/dynamic-security/v1 as Mosquitto 2.0 (2.0.11, Debian 12) knows them.
namespace commands {
// createClient with roles, groups, client id and texts; `disabled` needs a separate disableClient.
DynsecCommand createClient(const Client& client, const std::optional<QString>& password);
DynsecCommand deleteClient(const QString& username);
DynsecCommand modifyClient(const QString& username, const ClientChanges& changes);
DynsecCommand setClientId(const QString& username, const QString& clientId); // empty: any client id
DynsecCommand setClientPassword(const QString& username, const QString& password);
DynsecCommand enableClient(const QString& username, bool enable); // enableClient / disableClient
DynsecCommand addClientRole(const QString& username, const RoleRef& role);
DynsecCommand removeClientRole(const QString& username, const QString& roleName);

DynsecCommand createRole(const Role& role); // with its ACLs
DynsecCommand deleteRole(const QString& roleName);
DynsecCommand modifyRole(const QString& roleName, const RoleChanges& changes);
DynsecCommand addRoleAcl(const QString& roleName, const AclEntry& acl);
DynsecCommand removeRoleAcl(const QString& roleName, const QString& aclType, const QString& topic);

DynsecCommand createGroup(const Group& group); // with its roles (members join from the client side)
DynsecCommand deleteGroup(const QString& groupName);
DynsecCommand modifyGroup(const QString& groupName, const GroupChanges& changes);
DynsecCommand addGroupRole(const QString& groupName, const RoleRef& role);
DynsecCommand removeGroupRole(const QString& groupName, const QString& roleName);
DynsecCommand addGroupClient(const QString& groupName, const QString& username, int priority = -1);
DynsecCommand removeGroupClient(const QString& groupName, const QString& username);

DynsecCommand setDefaultAclAccess(const DefaultAclAccess& access);
} // namespace commands

// The ACL types a role may hold, as the plugin spells them.
const QStringList& aclTypes();
// Throws Error(Usage) naming the valid types.
void checkAclType(const QString& type);

// Request/response with Mosquitto's dynamic-security plugin over $CONTROL/dynamic-security/v1, on
// one MQTT connection of the admin user (the resolved connection settings of any MQTT command).
// Commands go batched in one request ({"commands": [...]}, each with its correlationData); the
// answers come on $CONTROL/dynamic-security/v1/response. Answers to other admins' requests on the
// same topic are told apart by the correlation data and ignored.
class DynsecClient {
public:
    // Connects and subscribes to the response topic. Throws Error(Connection|Auth|Timeout|Usage).
    explicit DynsecClient(MqttConnectOptions options, std::chrono::milliseconds timeout = std::chrono::seconds(10));
    // The same on a session not connected yet, which another thread may cancel() meanwhile.
    explicit DynsecClient(std::shared_ptr<MqttSession> session, std::chrono::milliseconds timeout = std::chrono::seconds(10));
    ~DynsecClient();
    DynsecClient(const DynsecClient&) = delete;
    DynsecClient& operator=(const DynsecClient&) = delete;

    // Everything in four commands of one request: clients, roles and groups (verbose listings)
    // and the default ACL access, each list sorted by name.
    DynsecState readState();

    // Sends the commands in one request and returns each answer, in order. Throws
    // Error(Timeout) when the plugin does not answer them all in time (not loaded on this
    // listener, or the user may not publish to $CONTROL/dynamic-security/v1).
    std::vector<DynsecResponse> send(const std::vector<DynsecCommand>& commands);
    // send(), then throws Error (NotFound when every failure is a "not found", else Broker) with
    // each failed command in words: "add role 'x' to client 'c': role 'x' not found".
    void execute(const std::vector<DynsecCommand>& commands);

    // Reads. Throw Error(NotFound) for an unknown name.
    std::vector<Client> listClients();
    std::vector<Role> listRoles();
    std::vector<Group> listGroups();
    Client getClient(const QString& username);
    Role getRole(const QString& roleName);
    Group getGroup(const QString& groupName);
    DefaultAclAccess getDefaultAclAccess();

    // The imperative calls: each one command through execute().
    void createClient(const Client& client, const std::optional<QString>& password);
    void deleteClient(const QString& username);
    void modifyClient(const QString& username, const ClientChanges& changes);
    void setClientId(const QString& username, const QString& clientId);
    void setClientPassword(const QString& username, const QString& password);
    void enableClient(const QString& username, bool enable);
    void addClientRole(const QString& username, const RoleRef& role);
    void removeClientRole(const QString& username, const QString& roleName);
    void createRole(const Role& role);
    void deleteRole(const QString& roleName);
    void modifyRole(const QString& roleName, const RoleChanges& changes);
    void addRoleAcl(const QString& roleName, const AclEntry& acl);
    void removeRoleAcl(const QString& roleName, const QString& aclType, const QString& topic);
    void createGroup(const Group& group);
    void deleteGroup(const QString& groupName);
    void modifyGroup(const QString& groupName, const GroupChanges& changes);
    void addGroupRole(const QString& groupName, const RoleRef& role);
    void removeGroupRole(const QString& groupName, const QString& roleName);
    void addGroupClient(const QString& groupName, const QString& username, int priority = -1);
    void removeGroupClient(const QString& groupName, const QString& username);
    void setDefaultAclAccess(const DefaultAclAccess& access);

    static constexpr const char* kRequestTopic = "$CONTROL/dynamic-security/v1";
    static constexpr const char* kResponseTopic = "$CONTROL/dynamic-security/v1/response";

private:
    DynsecResponse sendOne(const DynsecCommand& command); // throws as execute() for an error

    std::shared_ptr<MqttSession> m_session;
    std::chrono::milliseconds m_timeout;
    quint64 m_nextRequest = 0;
    QString m_correlationPrefix;
};

// The answer to a failed command in words: "role 'x' not found", "client 'bridge' already exists".
QString describeFailure(const DynsecCommand& command, const QString& pluginError);

// Parsing the plugin's JSON (verbose listings, getClient ...) into the shared types.
Client clientFromJson(const QJsonObject& o);
Role roleFromJson(const QJsonObject& o);
Group groupFromJson(const QJsonObject& o);
DefaultAclAccess defaultAclFromJson(const QJsonObject& data);

} // namespace mqkit::dynsec
