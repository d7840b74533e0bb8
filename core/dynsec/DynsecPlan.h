#pragma once

#include "common/Plan.h"
#include "dynsec/DynsecTypes.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace mqkit::dynsec {

class DynsecClient;

// What a provisioning spec owns on the broker, per kind, by name prefix. An empty list manages
// nothing of that kind; a "" prefix manages every name. Objects outside are never touched nor
// reported, whether the spec lists them or the broker has them.
struct DynsecManaged {
    QStringList clientPrefixes;
    QStringList rolePrefixes;
    QStringList groupPrefixes;
};

struct DynsecPlanOptions {
    // Set the password of every managed client that stays (from its secret reference), not only of
    // new ones: the plugin never returns passwords, so a changed secret cannot be seen otherwise.
    bool setPasswords = false;
};

// The plan that turns `live` into `desired`, as Mosquitto's dynamic security sees it. One item per
// client, role and group (targets "mqtt client 'bridge'", "mqtt role 'devices'", "mqtt group 'g'")
// and one for the default ACL access when `desired` sets it: create, update (before/after list only
// the changed fields), delete (live and managed, not desired). No item for what is unchanged.
//
// Compared as the plugin behaves:
// - a role's ACLs as a set of (type, topic, priority, allow); an ACL priority of -1 is the plugin's
//   default, 0; a client's roles and groups and a group's roles as sets of (name, priority);
// - text name and description only when `desired` gives one (an empty one is not managed);
// - client id (empty: any) and disabled always; passwords never (see DynsecPlanOptions);
// - group members from the client side only (a client's groups), never twice.
// Each item's details: "kind" (client, role, group, default-acl), "name", "changed" (field names:
// textname, textdescription, clientid, disabled, roles, groups, acls, password, access).
Plan planDynsec(const DynsecState& desired, const DynsecState& live, const DynsecManaged& managed,
                const DynsecPlanOptions& options = {});

// Applies a plan of planDynsec in dependency order, as few requests as the order allows: roles
// (created with their ACLs), then groups (with their roles), then clients (with roles, groups,
// client id, password) and the default ACL access, then the deletes (clients, groups, roles): one
// batched request per phase. Each item ends Applied or Failed (with the plugin's reason in words);
// after a phase with a failure the later phases are Skipped. Deletes are Skipped unless allowDelete.
// Passwords come from resolveSecret(client's passwordRef) for new clients (and for every item that
// lists "password"); a client without a reference gets none. Afterwards the state is read again
// and an applied item that still differs is marked Failed, saying what still differs.
void applyDynsecPlan(DynsecClient& client, Plan& plan, const DynsecState& desired,
                     const std::function<QString(const QString& ref)>& resolveSecret, bool allowDelete);

} // namespace mqkit::dynsec
