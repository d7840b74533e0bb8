#pragma once

#include "kafka/KafkaAdminTypes.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace mqkit {

// kafka-acls' shorthands, shared by `kafka acls create` and the provisioning spec: a producer gets
// Write, Describe and Create on its topics (and IdempotentWrite on the cluster when idempotent), a
// consumer Read and Describe on its topics and Read on its groups.
struct KafkaAclShorthand {
    bool producer = false;
    bool consumer = false;
    bool idempotent = false;
    QStringList topics;
    QStringList groups;
};

// One resource and one operation the shorthand grants.
struct KafkaAclGrant {
    QString resourceType; // Topic, Group, Cluster
    QString resourceName;
    QString operation;
};

// The grants of a shorthand, topics first, without duplicates (a producer and consumer gets
// Describe once).
std::vector<KafkaAclGrant> kafkaShorthandGrants(const KafkaAclShorthand& shorthand);

// The ACL bindings a shorthand creates for one principal on one host (`kafka acls create
// --producer/--consumer`, the GUI's ACL form): its topic and group grants with `patternType`
// (Literal or Prefixed), its cluster grant Literal (the cluster has one name). Names are checked by
// KafkaAdmin::normalizedAcl, not here.
std::vector<KafkaAcl> kafkaShorthandBindings(const KafkaAclShorthand& shorthand, const QString& principal, const QString& host,
                                             const QString& permission, const QString& patternType);

} // namespace mqkit
