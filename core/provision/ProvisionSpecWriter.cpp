// writeProvisionSpec: a spec as YAML in the shape loadProvisionSpec reads (`provision export`).

#include "provision/ProvisionSpec.h"

#include <yaml-cpp/yaml.h>

#include <tuple>

namespace mqkit::provision {

namespace {

std::string s(const QString& v) {
    return v.toStdString();
}

// Quoted, so "*", "true" or "0123" stay strings and a name never reads as YAML syntax.
YAML::Emitter& quoted(YAML::Emitter& out, const QString& v) {
    return out << YAML::DoubleQuoted << s(v);
}

void writeList(YAML::Emitter& out, const char* key, const QStringList& values) {
    if (values.isEmpty())
        return;
    out << YAML::Key << key << YAML::Value << YAML::Flow << YAML::BeginSeq;
    for (const auto& v : values)
        quoted(out, v);
    out << YAML::EndSeq;
}

void writeManaged(YAML::Emitter& out, const ManagedPrefixes& m) {
    if (m.empty())
        return;
    out << YAML::Key << "managed" << YAML::Value << YAML::BeginMap;
    writeList(out, "topics", m.topics);
    writeList(out, "principals", m.principals);
    writeList(out, "clients", m.clients);
    writeList(out, "roles", m.roles);
    writeList(out, "groups", m.groups);
    out << YAML::EndMap;
}

void writeTopics(YAML::Emitter& out, const std::vector<TopicSpec>& topics) {
    out << YAML::Key << "topics" << YAML::Value << YAML::BeginSeq;
    for (const auto& t : topics) {
        out << YAML::BeginMap << YAML::Key << "name" << YAML::Value;
        quoted(out, t.name);
        if (t.partitions)
            out << YAML::Key << "partitions" << YAML::Value << *t.partitions;
        if (t.replicationFactor)
            out << YAML::Key << "replication_factor" << YAML::Value << *t.replicationFactor;
        if (!t.configs.empty()) {
            out << YAML::Key << "configs" << YAML::Value << YAML::BeginMap;
            for (const auto& [k, v] : t.configs) {
                out << YAML::Key << s(k) << YAML::Value;
                quoted(out, v);
            }
            out << YAML::EndMap;
        }
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;
}

// ACLs that differ only in the operation become one entry with a list of operations.
void writeAcls(YAML::Emitter& out, const std::vector<AclSpec>& acls) {
    using Key = std::tuple<QString, QString, QString, QString, QString, QString>;
    std::map<Key, QStringList> grouped;
    for (const auto& a : acls)
        grouped[{a.acl.principal, a.acl.permission, a.acl.host, a.acl.resourceType, a.acl.resourceName, a.acl.patternType}]
            << a.acl.operation;
    out << YAML::Key << "acls" << YAML::Value << YAML::BeginSeq;
    for (auto& [key, ops] : grouped) {
        const auto& [principal, permission, host, type, name, pattern] = key;
        ops.sort();
        out << YAML::BeginMap << YAML::Key << "principal" << YAML::Value;
        quoted(out, principal);
        out << YAML::Key << "permission" << YAML::Value << s(permission);
        out << YAML::Key << "host" << YAML::Value;
        quoted(out, host);
        out << YAML::Key << "resource" << YAML::Value << YAML::Flow << YAML::BeginMap;
        out << YAML::Key << "type" << YAML::Value << s(type) << YAML::Key << "name" << YAML::Value;
        quoted(out, name);
        out << YAML::Key << "pattern" << YAML::Value << s(pattern) << YAML::EndMap;
        out << YAML::Key << "operations" << YAML::Value << YAML::Flow << YAML::BeginSeq;
        for (const auto& op : ops)
            out << s(op);
        out << YAML::EndSeq << YAML::EndMap;
    }
    out << YAML::EndSeq;
}

void writeRoleRefs(YAML::Emitter& out, const char* key, const std::vector<dynsec::RoleRef>& refs) {
    if (refs.empty())
        return;
    out << YAML::Key << key << YAML::Value << YAML::BeginSeq;
    for (const auto& r : refs) {
        if (r.priority == -1) {
            quoted(out, r.name);
            continue;
        }
        out << YAML::Flow << YAML::BeginMap << YAML::Key << "name" << YAML::Value;
        quoted(out, r.name);
        out << YAML::Key << "priority" << YAML::Value << r.priority << YAML::EndMap;
    }
    out << YAML::EndSeq;
}

void writeText(YAML::Emitter& out, const char* key, const QString& v) {
    if (v.isEmpty())
        return;
    out << YAML::Key << key << YAML::Value;
    quoted(out, v);
}

void writeRoles(YAML::Emitter& out, const std::vector<dynsec::Role>& roles) {
    out << YAML::Key << "roles" << YAML::Value << YAML::BeginSeq;
    for (const auto& r : roles) {
        out << YAML::BeginMap << YAML::Key << "name" << YAML::Value;
        quoted(out, r.name);
        writeText(out, "text_name", r.textName);
        writeText(out, "text_description", r.textDescription);
        if (!r.acls.empty()) {
            out << YAML::Key << "acls" << YAML::Value << YAML::BeginSeq;
            for (const auto& a : r.acls) {
                out << YAML::Flow << YAML::BeginMap << YAML::Key << "type" << YAML::Value << s(a.type);
                out << YAML::Key << "topic" << YAML::Value;
                quoted(out, a.topic);
                if (a.priority != -1)
                    out << YAML::Key << "priority" << YAML::Value << a.priority;
                out << YAML::Key << "allow" << YAML::Value << a.allow << YAML::EndMap;
            }
            out << YAML::EndSeq;
        }
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;
}

void writeDynsec(YAML::Emitter& out, const dynsec::DynsecState& d) {
    out << YAML::Key << "mqtt" << YAML::Value << YAML::BeginMap << YAML::Key << "dynsec" << YAML::Value << YAML::BeginMap;
    if (d.defaultAcl) {
        out << YAML::Key << "default_acl" << YAML::Value << YAML::BeginMap;
        out << YAML::Key << "publish_client_send" << YAML::Value << d.defaultAcl->publishClientSend;
        out << YAML::Key << "publish_client_receive" << YAML::Value << d.defaultAcl->publishClientReceive;
        out << YAML::Key << "subscribe" << YAML::Value << d.defaultAcl->subscribe;
        out << YAML::Key << "unsubscribe" << YAML::Value << d.defaultAcl->unsubscribe << YAML::EndMap;
    }
    writeRoles(out, d.roles);
    out << YAML::Key << "groups" << YAML::Value << YAML::BeginSeq;
    for (const auto& g : d.groups) {
        out << YAML::BeginMap << YAML::Key << "name" << YAML::Value;
        quoted(out, g.name);
        writeText(out, "text_name", g.textName);
        writeText(out, "text_description", g.textDescription);
        writeRoleRefs(out, "roles", g.roles);
        out << YAML::EndMap;
    }
    out << YAML::EndSeq << YAML::Key << "clients" << YAML::Value << YAML::BeginSeq;
    for (const auto& c : d.clients) {
        out << YAML::BeginMap << YAML::Key << "username" << YAML::Value;
        quoted(out, c.username);
        writeText(out, "password", c.passwordRef);
        writeText(out, "client_id", c.clientId);
        writeText(out, "text_name", c.textName);
        writeText(out, "text_description", c.textDescription);
        writeRoleRefs(out, "roles", c.roles);
        writeRoleRefs(out, "groups", c.groups);
        if (c.disabled)
            out << YAML::Key << "disabled" << YAML::Value << true;
        out << YAML::EndMap;
    }
    out << YAML::EndSeq << YAML::EndMap << YAML::EndMap;
}

} // namespace

QByteArray writeProvisionSpec(const ProvisionSpec& spec) {
    YAML::Emitter out;
    out.SetBoolFormat(YAML::TrueFalseBool);
    out << YAML::BeginMap;
    writeManaged(out, spec.managed);
    if (spec.hasKafka) {
        out << YAML::Key << "kafka" << YAML::Value << YAML::BeginMap;
        writeTopics(out, spec.topics);
        writeAcls(out, spec.acls);
        out << YAML::EndMap;
    }
    if (spec.hasMqtt)
        writeDynsec(out, spec.dynsec);
    out << YAML::EndMap;
    return QByteArray(out.c_str()) + '\n';
}

} // namespace mqkit::provision
