#pragma once

#include "dynsec/DynsecTypes.h"
#include "kafka/KafkaAdminTypes.h"

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace mqkit::provision {

// Where something was written: "spec.yaml:12".
struct SpecLocation {
    QString file;
    int line = 0; // 1-based
    QString describe() const;
};

struct TopicSpec {
    QString name;
    std::optional<int> partitions;        // absent: the broker's default on create, never compared
    std::optional<int> replicationFactor; // absent: as partitions
    std::map<QString, QString> configs;   // only these keys are compared
    SpecLocation where;
};

struct AclSpec {
    KafkaAcl acl; // one binding, normalized (shorthands expanded)
    SpecLocation where;
};

// The prefixes this spec owns. Only there does a plan delete what the spec does not name (topics,
// ACLs of principals, dynsec clients, roles, groups), or reset a topic's dynamic config keys the
// spec does not name. Outside them nothing is touched or reported.
struct ManagedPrefixes {
    QStringList topics;
    QStringList principals; // whole principal strings: "User:svc-" owns User:svc-billing
    QStringList clients;
    QStringList roles;
    QStringList groups;

    static bool matches(const QStringList& prefixes, const QString& name);
    bool empty() const;
};

// One provisioning spec: several files merged in order (a later file adds to and overrides the
// earlier ones, entry by entry by name; ACLs add up; managed prefixes add up).
struct ProvisionSpec {
    QStringList files;
    std::vector<TopicSpec> topics;
    std::vector<AclSpec> acls;
    bool hasKafka = false; // a kafka section, or managed topics/principals
    bool hasMqtt = false;  // an mqtt.dynsec section, or managed clients/roles/groups
    dynsec::DynsecState dynsec;
    ManagedPrefixes managed;
};

// Looks up an environment variable for ${NAME} substitution; std::nullopt when unset.
using EnvLookup = std::function<std::optional<QString>(const QString&)>;
std::optional<QString> systemEnv(const QString& name);

// Reads and validates the files. ${NAME} is replaced in names and topics (never in a password,
// which is a secret reference: env:VAR, file:PATH or keyring:NAME). Every problem is an
// Error(Usage) naming file, line and field: "spec.yaml:12: kafka.topics[2].partitions: must be a
// positive integer". Nothing here contacts a broker.
ProvisionSpec loadProvisionSpec(const QStringList& files, const EnvLookup& env = systemEnv);
// The same from text (tests; `name` stands for the file name in messages).
ProvisionSpec parseProvisionSpec(const QByteArray& yaml, const QString& name, const EnvLookup& env = systemEnv);

// What spec files probably hold, from a glance at their text without parsing it (a few ms, before
// the parse and the validation): for starting reads early, never for deciding what a plan covers
// (loadProvisionSpec does). Unreadable files count as empty.
struct SpecGlance {
    bool kafka = false; // a line starts with "kafka:"
    bool mqtt = false;  // a line starts with "mqtt:"
    QSet<QByteArray> words; // every run of the characters a Kafka topic name may have
    // Whether the spec may name this topic (false for a name only ${VAR} substitution makes).
    bool mayName(const QString& topic) const { return words.contains(topic.toLatin1()); }
};
SpecGlance glanceAtSpec(const QStringList& files);

// The spec as YAML, in the order the loader reads it (`provision export`).
QByteArray writeProvisionSpec(const ProvisionSpec& spec);

} // namespace mqkit::provision
