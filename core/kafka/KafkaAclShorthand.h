#pragma once

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

} // namespace mqkit
