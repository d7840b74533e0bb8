#include "kafka/KafkaAclShorthand.h"

namespace mqkit {

std::vector<KafkaAclGrant> kafkaShorthandGrants(const KafkaAclShorthand& s) {
    std::vector<KafkaAclGrant> grants;
    for (const auto& t : s.topics) {
        const QString topic = QStringLiteral("Topic");
        if (s.producer)
            for (const char* op : {"Write", "Describe", "Create"})
                grants.push_back({topic, t, QString::fromLatin1(op)});
        if (s.consumer)
            for (const char* op : {"Read", "Describe"})
                if (!s.producer || QLatin1String(op) != QLatin1String("Describe"))
                    grants.push_back({topic, t, QString::fromLatin1(op)});
    }
    if (s.consumer)
        for (const auto& g : s.groups)
            grants.push_back({QStringLiteral("Group"), g, QStringLiteral("Read")});
    if (s.producer && s.idempotent)
        grants.push_back({QStringLiteral("Cluster"), QStringLiteral("kafka-cluster"), QStringLiteral("IdempotentWrite")});
    return grants;
}

std::vector<KafkaAcl> kafkaShorthandBindings(const KafkaAclShorthand& shorthand, const QString& principal, const QString& host,
                                             const QString& permission, const QString& patternType) {
    std::vector<KafkaAcl> bindings;
    for (const auto& g : kafkaShorthandGrants(shorthand)) {
        const bool cluster = g.resourceType == QLatin1String("Cluster");
        bindings.push_back({g.resourceType, g.resourceName, cluster ? QStringLiteral("Literal") : patternType, principal, host,
                            g.operation, permission});
    }
    return bindings;
}

} // namespace mqkit
