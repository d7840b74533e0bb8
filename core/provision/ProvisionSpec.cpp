#include "provision/ProvisionSpec.h"

#include "common/CoreTr.h"
#include "common/Error.h"
#include "common/YamlDocument.h"
#include "kafka/KafkaAclShorthand.h"
#include "kafka/KafkaAdmin.h"
#include "kafka/KafkaNames.h"

#include <QFile>
#include <QRegularExpression>

#include <algorithm>
#include <set>

namespace mqkit::provision {

QString SpecLocation::describe() const {
    return QStringLiteral("%1:%2").arg(file, QString::number(line));
}

bool ManagedPrefixes::matches(const QStringList& prefixes, const QString& name) {
    for (const auto& p : prefixes)
        if (name.startsWith(p))
            return true;
    return false;
}

bool ManagedPrefixes::empty() const {
    return topics.isEmpty() && principals.isEmpty() && clients.isEmpty() && roles.isEmpty() && groups.isEmpty();
}

std::optional<QString> systemEnv(const QString& name) {
    const QByteArray key = name.toUtf8();
    if (!qEnvironmentVariableIsSet(key.constData()))
        return std::nullopt;
    return qEnvironmentVariable(key.constData());
}

namespace {

const QStringList kDynsecAclTypes = {"publishClientSend",  "publishClientReceive", "subscribeLiteral",
                                     "subscribePattern",   "unsubscribeLiteral",   "unsubscribePattern"};

// Reads one file's YAML into a ProvisionSpec, naming file, line and field in every error.
class SpecReader {
public:
    SpecReader(QString file, const EnvLookup& env) : m_file(std::move(file)), m_env(env) {}

    void read(const YamlNode& root, ProvisionSpec& spec) {
        if (!root || root.isNull())
            return;
        requireMap(root, QStringLiteral("(document)"));
        checkKeys(root, QString(), {"kafka", "mqtt", "managed"});
        if (const auto kafka = root["kafka"]) {
            spec.hasKafka = true;
            requireMap(kafka, QStringLiteral("kafka"));
            checkKeys(kafka, QStringLiteral("kafka"), {"topics", "acls"});
            forEach(kafka["topics"], QStringLiteral("kafka.topics"), [&](const YamlNode& n, const QString& f) { readTopic(n, f, spec); });
            forEach(kafka["acls"], QStringLiteral("kafka.acls"), [&](const YamlNode& n, const QString& f) { readAcl(n, f, spec); });
        }
        if (const auto mqtt = root["mqtt"]) {
            requireMap(mqtt, QStringLiteral("mqtt"));
            checkKeys(mqtt, QStringLiteral("mqtt"), {"dynsec"});
            if (const auto d = mqtt["dynsec"])
                readDynsec(d, spec);
        }
        if (const auto m = root["managed"])
            readManaged(m, spec);
    }

private:
    [[noreturn]] void fail(const YamlNode& n, const QString& field, const QString& what) const {
        throw Error(ErrorKind::Usage, QStringLiteral("%1:%2: %3: %4").arg(m_file, QString::number(n.line()), field, what));
    }
    SpecLocation where(const YamlNode& n) const { return {m_file, n.line()}; }

    void requireMap(const YamlNode& n, const QString& field) const {
        if (!n.isMap())
            fail(n, field, CoreTr::tr("must be a mapping (key: value)"));
    }
    void checkKeys(const YamlNode& n, const QString& field, std::initializer_list<const char*> allowed) const {
        for (std::size_t i = 0; i < n.size(); ++i) {
            const YamlNode key = n.entry(i).key;
            if (std::any_of(allowed.begin(), allowed.end(), [&](const char* a) { return key.scalar() == a; }))
                continue;
            QStringList names;
            for (const char* a : allowed)
                names << QLatin1String(a);
            const QString k = key.text();
            fail(key, field.isEmpty() ? k : field + QLatin1Char('.') + k,
                 CoreTr::tr("unknown field (expected one of %1)").arg(names.join(QStringLiteral(", "))));
        }
    }
    template <typename F>
    void forEach(const YamlNode& seq, const QString& field, F each) const {
        if (!seq)
            return;
        if (!seq.isSequence())
            fail(seq, field, CoreTr::tr("must be a list"));
        for (std::size_t i = 0; i < seq.size(); ++i)
            each(seq.item(i), QStringLiteral("%1[%2]").arg(field).arg(i));
    }
    QString plain(const YamlNode& n, const QString& field) const {
        if (!n.isScalar())
            fail(n, field, CoreTr::tr("must be a single value"));
        return n.text();
    }
    // A name: ${VAR} replaced from the environment; an unset variable is an error.
    QString name(const YamlNode& n, const QString& field) const {
        QString s = plain(n, field);
        if (!s.contains(QLatin1String("${"))) {
            if (s.isEmpty())
                fail(n, field, CoreTr::tr("must not be empty"));
            return s;
        }
        static const QRegularExpression var(QStringLiteral("\\$\\{([A-Za-z_][A-Za-z0-9_]*)\\}"));
        QString out;
        qsizetype last = 0;
        for (auto it = var.globalMatch(s); it.hasNext();) {
            const auto m = it.next();
            const auto value = m_env(m.captured(1));
            if (!value)
                fail(n, field, CoreTr::tr("environment variable %1 is not set").arg(m.captured(1)));
            out += s.mid(last, m.capturedStart() - last) + *value;
            last = m.capturedEnd();
        }
        out += s.mid(last);
        if (out.isEmpty())
            fail(n, field, CoreTr::tr("must not be empty"));
        return out;
    }
    QString required(const YamlNode& map, const char* key, const QString& field) const {
        const auto n = map[key];
        if (!n)
            fail(map, field + QLatin1Char('.') + QLatin1String(key), CoreTr::tr("is required"));
        return name(n, field + QLatin1Char('.') + QLatin1String(key));
    }
    int positive(const YamlNode& n, const QString& field) const {
        bool ok = false;
        const int v = plain(n, field).toInt(&ok);
        if (!ok || v <= 0)
            fail(n, field, CoreTr::tr("must be a positive integer"));
        return v;
    }
    int integer(const YamlNode& n, const QString& field) const {
        bool ok = false;
        const int v = plain(n, field).toInt(&ok);
        if (!ok)
            fail(n, field, CoreTr::tr("must be an integer"));
        return v;
    }
    bool boolean(const YamlNode& n, const QString& field) const {
        plain(n, field); // one value
        if (const auto b = n.toBool())
            return *b;
        fail(n, field, CoreTr::tr("must be true or false"));
    }
    QStringList names(const YamlNode& n, const QString& field) const {
        QStringList out;
        if (n.isScalar())
            return {name(n, field)};
        forEach(n, field, [&](const YamlNode& e, const QString& f) { out << name(e, f); });
        return out;
    }

    void readTopic(const YamlNode& n, const QString& field, ProvisionSpec& spec) const;
    void readAcl(const YamlNode& n, const QString& field, ProvisionSpec& spec) const;
    std::vector<KafkaAclGrant> aclGrants(const YamlNode& n, const QString& field, QString& pattern) const;
    void readDynsec(const YamlNode& n, ProvisionSpec& spec) const;
    std::vector<dynsec::RoleRef> roleRefs(const YamlNode& n, const QString& field) const;
    void readRole(const YamlNode& n, const QString& field, ProvisionSpec& spec) const;
    void readClient(const YamlNode& n, const QString& field, ProvisionSpec& spec) const;
    void readGroup(const YamlNode& n, const QString& field, ProvisionSpec& spec) const;
    void readManaged(const YamlNode& n, ProvisionSpec& spec) const;

    QString m_file;
    const EnvLookup& m_env;
    // Indexes for the duplicate checks (big specs: thousands of topics and ACLs).
    mutable std::map<QString, SpecLocation> m_topicsSeen;
    mutable std::set<QString> m_aclsSeen;
};

QString aclKey(const KafkaAcl& a) {
    return QStringList{a.principal, a.permission, a.operation, a.resourceType, a.resourceName, a.patternType, a.host}
        .join(QChar(0x1f));
}

void SpecReader::readTopic(const YamlNode& n, const QString& field, ProvisionSpec& spec) const {
    requireMap(n, field);
    checkKeys(n, field, {"name", "partitions", "replication_factor", "configs"});
    TopicSpec t;
    t.where = where(n);
    t.name = required(n, "name", field);
    if (const QString problem = kafkaTopicNameProblem(t.name); !problem.isEmpty())
        fail(n["name"], field + QStringLiteral(".name"), problem);
    if (const auto p = n["partitions"])
        t.partitions = positive(p, field + QStringLiteral(".partitions"));
    if (const auto r = n["replication_factor"])
        t.replicationFactor = positive(r, field + QStringLiteral(".replication_factor"));
    if (const auto c = n["configs"]) {
        requireMap(c, field + QStringLiteral(".configs"));
        for (std::size_t i = 0; i < c.size(); ++i) {
            const auto [keyNode, value] = c.entry(i);
            const QString key = keyNode.text();
            t.configs[key] = plain(value, field + QStringLiteral(".configs.") + key);
        }
    }
    if (const auto it = m_topicsSeen.find(t.name); it != m_topicsSeen.end())
        fail(n, field + QStringLiteral(".name"),
             CoreTr::tr("topic '%1' is already defined at %2").arg(t.name, it->second.describe()));
    m_topicsSeen[t.name] = t.where;
    spec.topics.push_back(t);
}

std::vector<KafkaAclGrant> SpecReader::aclGrants(const YamlNode& n, const QString& field, QString& pattern) const {
    const bool shorthand = n["producer"] || n["consumer"];
    if (shorthand) {
        if (n["resource"] || n["operations"])
            fail(n, field, CoreTr::tr("producer/consumer choose the resources and operations; drop resource and operations"));
        KafkaAclShorthand s;
        s.producer = bool(n["producer"]);
        s.consumer = bool(n["consumer"]);
        QStringList topics = names(n["producer"], field + QStringLiteral(".producer"));
        for (const auto& t : names(n["consumer"], field + QStringLiteral(".consumer")))
            if (!topics.contains(t))
                topics << t;
        s.topics = topics;
        s.groups = names(n["groups"], field + QStringLiteral(".groups"));
        if (n["idempotent"])
            s.idempotent = boolean(n["idempotent"], field + QStringLiteral(".idempotent"));
        if (s.consumer && s.groups.isEmpty())
            fail(n, field + QStringLiteral(".groups"), CoreTr::tr("a consumer needs its consumer groups"));
        return kafkaShorthandGrants(s);
    }
    const auto r = n["resource"];
    if (!r)
        fail(n, field + QStringLiteral(".resource"), CoreTr::tr("is required (or producer/consumer)"));
    requireMap(r, field + QStringLiteral(".resource"));
    checkKeys(r, field + QStringLiteral(".resource"), {"type", "name", "pattern"});
    const QString type = required(r, "type", field + QStringLiteral(".resource"));
    QString resName = r["name"] ? name(r["name"], field + QStringLiteral(".resource.name")) : QString();
    if (r["pattern"])
        pattern = plain(r["pattern"], field + QStringLiteral(".resource.pattern"));
    const QStringList ops = names(n["operations"], field + QStringLiteral(".operations"));
    if (ops.isEmpty())
        fail(n, field + QStringLiteral(".operations"), CoreTr::tr("is required (or producer/consumer)"));
    std::vector<KafkaAclGrant> out;
    for (const auto& op : ops)
        out.push_back({type, resName, op});
    return out;
}

void SpecReader::readAcl(const YamlNode& n, const QString& field, ProvisionSpec& spec) const {
    requireMap(n, field);
    checkKeys(n, field, {"principal", "permission", "host", "resource", "operations", "producer", "consumer", "groups",
                         "idempotent", "pattern"});
    const QString principal = required(n, "principal", field);
    const QString permission = n["permission"] ? plain(n["permission"], field + QStringLiteral(".permission")) : QStringLiteral("Allow");
    const QString host = n["host"] ? name(n["host"], field + QStringLiteral(".host")) : QStringLiteral("*");
    QString pattern = n["pattern"] ? plain(n["pattern"], field + QStringLiteral(".pattern")) : QString();
    for (const auto& g : aclGrants(n, field, pattern)) {
        KafkaAcl a{g.resourceType, g.resourceName, pattern, principal, host, g.operation, permission};
        if (a.resourceType.compare(QLatin1String("cluster"), Qt::CaseInsensitive) == 0)
            a.patternType = QStringLiteral("Literal");
        try {
            a = KafkaAdmin::normalizedAcl(a, false);
        } catch (const Error& e) {
            fail(n, field, e.message());
        }
        if (m_aclsSeen.insert(aclKey(a)).second)
            spec.acls.push_back({a, where(n)});
    }
}

std::vector<dynsec::RoleRef> SpecReader::roleRefs(const YamlNode& n, const QString& field) const {
    std::vector<dynsec::RoleRef> out;
    forEach(n, field, [&](const YamlNode& e, const QString& f) {
        if (e.isScalar()) {
            out.push_back({name(e, f), -1});
            return;
        }
        requireMap(e, f);
        checkKeys(e, f, {"name", "priority"});
        out.push_back({required(e, "name", f), e["priority"] ? integer(e["priority"], f + QStringLiteral(".priority")) : -1});
    });
    return out;
}

void SpecReader::readRole(const YamlNode& n, const QString& field, ProvisionSpec& spec) const {
    requireMap(n, field);
    checkKeys(n, field, {"name", "text_name", "text_description", "acls"});
    dynsec::Role role;
    role.name = required(n, "name", field);
    if (n["text_name"])
        role.textName = plain(n["text_name"], field + QStringLiteral(".text_name"));
    if (n["text_description"])
        role.textDescription = plain(n["text_description"], field + QStringLiteral(".text_description"));
    forEach(n["acls"], field + QStringLiteral(".acls"), [&](const YamlNode& a, const QString& f) {
        requireMap(a, f);
        checkKeys(a, f, {"type", "topic", "priority", "allow"});
        dynsec::AclEntry e;
        e.type = required(a, "type", f);
        if (!kDynsecAclTypes.contains(e.type))
            fail(a["type"], f + QStringLiteral(".type"), CoreTr::tr("must be one of %1").arg(kDynsecAclTypes.join(QStringLiteral(", "))));
        e.topic = required(a, "topic", f);
        if (a["priority"])
            e.priority = integer(a["priority"], f + QStringLiteral(".priority"));
        if (a["allow"])
            e.allow = boolean(a["allow"], f + QStringLiteral(".allow"));
        role.acls.push_back(e);
    });
    for (const auto& r : spec.dynsec.roles)
        if (r.name == role.name)
            fail(n, field + QStringLiteral(".name"), CoreTr::tr("role '%1' is defined twice in this file").arg(role.name));
    spec.dynsec.roles.push_back(role);
}

void SpecReader::readClient(const YamlNode& n, const QString& field, ProvisionSpec& spec) const {
    requireMap(n, field);
    checkKeys(n, field, {"username", "password", "client_id", "text_name", "text_description", "roles", "groups", "disabled"});
    dynsec::Client c;
    c.username = required(n, "username", field);
    if (const auto p = n["password"]) {
        c.passwordRef = plain(p, field + QStringLiteral(".password"));
        static const QRegularExpression ref(QStringLiteral("^(env|file|keyring):.+$"));
        if (c.passwordRef.contains(QLatin1String("${")))
            fail(p, field + QStringLiteral(".password"), CoreTr::tr("secret references are never substituted; write env:VAR instead of ${VAR}"));
        if (!ref.match(c.passwordRef).hasMatch())
            fail(p, field + QStringLiteral(".password"), CoreTr::tr("must be a secret reference: env:VAR, file:PATH or keyring:NAME"));
    }
    if (n["client_id"])
        c.clientId = name(n["client_id"], field + QStringLiteral(".client_id"));
    if (n["text_name"])
        c.textName = plain(n["text_name"], field + QStringLiteral(".text_name"));
    if (n["text_description"])
        c.textDescription = plain(n["text_description"], field + QStringLiteral(".text_description"));
    c.roles = roleRefs(n["roles"], field + QStringLiteral(".roles"));
    c.groups = roleRefs(n["groups"], field + QStringLiteral(".groups"));
    if (n["disabled"])
        c.disabled = boolean(n["disabled"], field + QStringLiteral(".disabled"));
    for (const auto& o : spec.dynsec.clients)
        if (o.username == c.username)
            fail(n, field + QStringLiteral(".username"), CoreTr::tr("client '%1' is defined twice in this file").arg(c.username));
    spec.dynsec.clients.push_back(c);
}

void SpecReader::readGroup(const YamlNode& n, const QString& field, ProvisionSpec& spec) const {
    requireMap(n, field);
    checkKeys(n, field, {"name", "text_name", "text_description", "roles"});
    dynsec::Group g;
    g.name = required(n, "name", field);
    if (n["text_name"])
        g.textName = plain(n["text_name"], field + QStringLiteral(".text_name"));
    if (n["text_description"])
        g.textDescription = plain(n["text_description"], field + QStringLiteral(".text_description"));
    g.roles = roleRefs(n["roles"], field + QStringLiteral(".roles"));
    for (const auto& o : spec.dynsec.groups)
        if (o.name == g.name)
            fail(n, field + QStringLiteral(".name"), CoreTr::tr("group '%1' is defined twice in this file").arg(g.name));
    spec.dynsec.groups.push_back(g);
}

void SpecReader::readDynsec(const YamlNode& n, ProvisionSpec& spec) const {
    const QString field = QStringLiteral("mqtt.dynsec");
    requireMap(n, field);
    checkKeys(n, field, {"clients", "roles", "groups", "default_acl"});
    spec.hasMqtt = true;
    forEach(n["roles"], field + QStringLiteral(".roles"), [&](const YamlNode& e, const QString& f) { readRole(e, f, spec); });
    forEach(n["groups"], field + QStringLiteral(".groups"), [&](const YamlNode& e, const QString& f) { readGroup(e, f, spec); });
    forEach(n["clients"], field + QStringLiteral(".clients"), [&](const YamlNode& e, const QString& f) { readClient(e, f, spec); });
    if (const auto d = n["default_acl"]) {
        const QString f = field + QStringLiteral(".default_acl");
        requireMap(d, f);
        checkKeys(d, f, {"publish_client_send", "publish_client_receive", "subscribe", "unsubscribe"});
        dynsec::DefaultAclAccess a;
        auto flag = [&](const char* key, bool& out) {
            if (d[key])
                out = boolean(d[key], f + QLatin1Char('.') + QLatin1String(key));
        };
        flag("publish_client_send", a.publishClientSend);
        flag("publish_client_receive", a.publishClientReceive);
        flag("subscribe", a.subscribe);
        flag("unsubscribe", a.unsubscribe);
        spec.dynsec.defaultAcl = a;
    }
}

void SpecReader::readManaged(const YamlNode& n, ProvisionSpec& spec) const {
    requireMap(n, QStringLiteral("managed"));
    checkKeys(n, QStringLiteral("managed"), {"topics", "principals", "clients", "roles", "groups"});
    auto& m = spec.managed;
    m.topics += names(n["topics"], QStringLiteral("managed.topics"));
    m.principals += names(n["principals"], QStringLiteral("managed.principals"));
    m.clients += names(n["clients"], QStringLiteral("managed.clients"));
    m.roles += names(n["roles"], QStringLiteral("managed.roles"));
    m.groups += names(n["groups"], QStringLiteral("managed.groups"));
    spec.hasKafka = spec.hasKafka || !m.topics.isEmpty() || !m.principals.isEmpty();
    spec.hasMqtt = spec.hasMqtt || !m.clients.isEmpty() || !m.roles.isEmpty() || !m.groups.isEmpty();
}

// Replaces the entry of the same key in `into`, or appends.
template <typename T, typename Key>
void overrideByKey(std::vector<T>& into, const std::vector<T>& from, Key key) {
    std::map<QString, std::size_t> index;
    for (std::size_t i = 0; i < into.size(); ++i)
        index[key(into[i])] = i;
    for (const auto& item : from) {
        if (const auto it = index.find(key(item)); it != index.end()) {
            into[it->second] = item;
        } else {
            index[key(item)] = into.size();
            into.push_back(item);
        }
    }
}

void addUnique(QStringList& into, const QStringList& from) {
    for (const auto& s : from)
        if (!into.contains(s))
            into << s;
}

void merge(ProvisionSpec& into, const ProvisionSpec& from) {
    overrideByKey(into.topics, from.topics, [](const TopicSpec& t) { return t.name; });
    std::set<QString> seen;
    for (const auto& a : into.acls)
        seen.insert(aclKey(a.acl));
    for (const auto& a : from.acls)
        if (seen.insert(aclKey(a.acl)).second)
            into.acls.push_back(a);
    overrideByKey(into.dynsec.roles, from.dynsec.roles, [](const dynsec::Role& r) { return r.name; });
    overrideByKey(into.dynsec.groups, from.dynsec.groups, [](const dynsec::Group& g) { return g.name; });
    overrideByKey(into.dynsec.clients, from.dynsec.clients, [](const dynsec::Client& c) { return c.username; });
    if (from.dynsec.defaultAcl)
        into.dynsec.defaultAcl = from.dynsec.defaultAcl;
    addUnique(into.managed.topics, from.managed.topics);
    addUnique(into.managed.principals, from.managed.principals);
    addUnique(into.managed.clients, from.managed.clients);
    addUnique(into.managed.roles, from.managed.roles);
    addUnique(into.managed.groups, from.managed.groups);
    into.hasKafka = into.hasKafka || from.hasKafka;
    into.hasMqtt = into.hasMqtt || from.hasMqtt;
    into.files += from.files;
}

// A group's members, as the plugin reports them: the clients that name the group.
void deriveGroupMembers(dynsec::DynsecState& state) {
    for (auto& g : state.groups) {
        g.clients.clear();
        for (const auto& c : state.clients)
            for (const auto& ref : c.groups)
                if (ref.name == g.name)
                    g.clients << c.username;
    }
}

} // namespace

ProvisionSpec parseProvisionSpec(const QByteArray& yaml, const QString& name, const EnvLookup& env) {
    ProvisionSpec spec;
    spec.files << name;
    const YamlDocument document(yaml, name);
    SpecReader(name, env).read(document.root(), spec);
    deriveGroupMembers(spec.dynsec);
    return spec;
}

SpecGlance glanceAtSpec(const QStringList& files) {
    const auto topLevel = [](const QByteArray& text, const QByteArray& key) {
        return text.startsWith(key) || text.contains('\n' + key);
    };
    const auto nameChar = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
    };
    SpecGlance out;
    for (const auto& path : files) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = f.readAll();
        out.kafka = out.kafka || topLevel(text, QByteArrayLiteral("kafka:"));
        out.mqtt = out.mqtt || topLevel(text, QByteArrayLiteral("mqtt:"));
        for (qsizetype i = 0; i < text.size();) {
            if (!nameChar(text[i])) {
                ++i;
                continue;
            }
            qsizetype end = i + 1;
            while (end < text.size() && nameChar(text[end]))
                ++end;
            out.words.insert(text.mid(i, end - i));
            i = end;
        }
    }
    return out;
}

ProvisionSpec loadProvisionSpec(const QStringList& files, const EnvLookup& env) {
    if (files.isEmpty())
        throw Error(ErrorKind::Usage, CoreTr::tr("no spec file given"));
    ProvisionSpec spec;
    for (const auto& path : files) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            throw Error(ErrorKind::Usage, CoreTr::tr("cannot read the spec %1: %2").arg(path, f.errorString()));
        merge(spec, parseProvisionSpec(f.readAll(), path, env));
    }
    deriveGroupMembers(spec.dynsec);
    return spec;
}

} // namespace mqkit::provision
