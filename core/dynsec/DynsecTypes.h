#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace mqkit::dynsec {

// Mosquitto's dynamic-security state, in the plugin's own terms ($CONTROL/dynamic-security/v1).
// One set of types serves the imperative commands (`mqtt dynsec`), the provisioning spec's
// `mqtt.dynsec` section (desired state) and what is read from a live broker (actual state), so the
// provisioning planner compares like with like. Secrets never live here: a client's password is a
// secret reference resolved only when a command is sent.

// One ACL of a role. type: publishClientSend, publishClientReceive, subscribeLiteral,
// subscribePattern, unsubscribeLiteral, unsubscribePattern.
struct AclEntry {
    QString type;
    QString topic;
    int priority = -1; // the plugin's default
    bool allow = true;
    friend bool operator==(const AclEntry&, const AclEntry&) = default;
};

// A role (or group) a client or group has, with its priority (-1: the plugin's default).
struct RoleRef {
    QString name;
    int priority = -1;
    friend bool operator==(const RoleRef&, const RoleRef&) = default;
};

struct Role {
    QString name;
    QString textName;
    QString textDescription;
    std::vector<AclEntry> acls;
    friend bool operator==(const Role&, const Role&) = default;
};

struct Client {
    QString username;
    QString clientId; // empty: any client id
    QString textName;
    QString textDescription;
    std::vector<RoleRef> roles;
    std::vector<RoleRef> groups;
    bool disabled = false;
    // Desired state only: where the password comes from ("env:VAR", "file:PATH", "keyring:NAME");
    // empty on live state (the plugin never returns passwords).
    QString passwordRef;
    friend bool operator==(const Client&, const Client&) = default;
};

struct Group {
    QString name;
    QString textName;
    QString textDescription;
    std::vector<RoleRef> roles;
    QStringList clients; // live state: its members; desired state: derived from clients' groups
    friend bool operator==(const Group&, const Group&) = default;
};

// setDefaultACLAccess: what applies when no role ACL matches.
struct DefaultAclAccess {
    bool publishClientSend = false;
    bool publishClientReceive = true;
    bool subscribe = false;
    bool unsubscribe = true;
    friend bool operator==(const DefaultAclAccess&, const DefaultAclAccess&) = default;
};

// A whole dynamic-security configuration: read from a broker, or wanted by a spec.
struct DynsecState {
    std::vector<Client> clients;
    std::vector<Role> roles;
    std::vector<Group> groups;
    std::optional<DefaultAclAccess> defaultAcl; // desired: absent = not managed
};

} // namespace mqkit::dynsec
