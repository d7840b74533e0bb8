#include "provision/KafkaProvisionPlan.h"

#include "common/CoreTr.h"
#include "common/Error.h"
#include "kafka/KafkaConfigAlter.h"

#include <QJsonObject>

#include <algorithm>
#include <set>
#include <tuple>

namespace mqkit::provision {

namespace {

const QString kKind = QStringLiteral("kind");
const QString kTopic = QStringLiteral("topic");

auto aclKey(const KafkaAcl& a) {
    return std::tie(a.principal, a.resourceType, a.resourceName, a.patternType, a.host, a.operation, a.permission);
}
struct AclLess {
    bool operator()(const KafkaAcl& x, const KafkaAcl& y) const { return aclKey(x) < aclKey(y); }
};

QString topicShape(int partitions, int replicationFactor, const std::map<QString, QString>& configs = {}) {
    QStringList parts;
    parts << QStringLiteral("partitions=%1").arg(partitions < 0 ? QStringLiteral("default") : QString::number(partitions));
    parts << QStringLiteral("replication_factor=%1")
                 .arg(replicationFactor < 0 ? QStringLiteral("default") : QString::number(replicationFactor));
    for (const auto& [k, v] : configs)
        parts << QStringLiteral("%1=%2").arg(k, v);
    return parts.join(QLatin1Char(' '));
}

PlanItem topicItem(const QString& name, PlanAction action, std::optional<QString> before, std::optional<QString> after) {
    PlanItem item;
    item.target = QStringLiteral("topic %1").arg(name);
    item.action = action;
    item.before = std::move(before);
    item.after = std::move(after);
    item.details = {{kKind, QStringLiteral("topic")}, {kTopic, name}};
    return item;
}

PlanItem createItem(const TopicSpec& t) {
    PlanItem item = topicItem(t.name, PlanAction::Create, std::nullopt,
                              topicShape(t.partitions.value_or(-1), t.replicationFactor.value_or(-1), t.configs));
    item.details.emplace_back(QStringLiteral("partitions"), t.partitions.value_or(-1));
    item.details.emplace_back(QStringLiteral("replication_factor"), t.replicationFactor.value_or(-1));
    QJsonObject configs;
    for (const auto& [k, v] : t.configs)
        configs.insert(k, v);
    item.details.emplace_back(QStringLiteral("configs"), configs);
    return item;
}

QString aclTarget(const KafkaAcl& a) {
    return QStringLiteral("acl %1 %2 %3 on %4:%5 (%6, host %7)")
        .arg(a.principal, a.permission, a.operation, a.resourceType, a.resourceName, a.patternType, a.host);
}

PlanItem aclItem(const KafkaAcl& a, PlanAction action) {
    PlanItem item;
    item.target = aclTarget(a);
    item.action = action;
    (action == PlanAction::Create ? item.after : item.before) = a.permission;
    item.details = {{kKind, QStringLiteral("acl")},
                    {QStringLiteral("principal"), a.principal},
                    {QStringLiteral("resource_type"), a.resourceType},
                    {QStringLiteral("resource_name"), a.resourceName},
                    {QStringLiteral("pattern_type"), a.patternType},
                    {QStringLiteral("host"), a.host},
                    {QStringLiteral("operation"), a.operation},
                    {QStringLiteral("permission"), a.permission}};
    return item;
}

QString kindOf(const PlanItem& i) {
    return i.detail(kKind).toString();
}

// The items of one topic that exists: a recreate, a partition increase, config changes.
struct TopicDiff {
    std::vector<PlanItem> recreateDeletes, creates, partitions, configs;
    QStringList refusals;
};

void diffShape(const TopicSpec& t, const KafkaTopicInfo& live, const KafkaPlanOptions& options, TopicDiff& out) {
    QStringList reasons;
    if (t.partitions && *t.partitions < live.partitions)
        reasons << CoreTr::tr("partitions %1 -> %2 (Kafka cannot remove partitions)").arg(live.partitions).arg(*t.partitions);
    if (t.replicationFactor && *t.replicationFactor != live.replicationFactor)
        reasons << CoreTr::tr("replication factor %1 -> %2 (needs a partition reassignment)")
                       .arg(live.replicationFactor)
                       .arg(*t.replicationFactor);
    if (!reasons.isEmpty() && !options.allowRecreate) {
        out.refusals << CoreTr::tr("topic %1: %2; only a delete and create would do it, which loses its records")
                            .arg(t.name, reasons.join(QStringLiteral(", ")));
        return;
    }
    if (!reasons.isEmpty()) {
        const QString note = CoreTr::tr("replace (-/+): %1; its records are lost").arg(reasons.join(QStringLiteral(", ")));
        PlanItem del = topicItem(t.name, PlanAction::Delete, topicShape(live.partitions, live.replicationFactor), std::nullopt);
        del.note = note;
        del.details.emplace_back(QStringLiteral("replace"), true);
        out.recreateDeletes.push_back(del);
        PlanItem create = createItem(t);
        create.note = note;
        create.details.emplace_back(QStringLiteral("replace"), true);
        out.creates.push_back(create);
        return;
    }
    if (t.partitions && *t.partitions > live.partitions) {
        PlanItem p;
        p.target = QStringLiteral("topic %1 partitions").arg(t.name);
        p.before = QString::number(live.partitions);
        p.after = QString::number(*t.partitions);
        p.action = PlanAction::Update;
        p.details = {{kKind, QStringLiteral("partitions")}, {kTopic, t.name}, {QStringLiteral("partitions"), *t.partitions}};
        out.partitions.push_back(p);
    }
}

void diffConfigs(const TopicSpec& t, const std::vector<KafkaConfigEntry>& live, bool managed, TopicDiff& out) {
    auto configItem = [&](const QString& key, std::optional<QString> before, std::optional<QString> after) {
        PlanItem c;
        c.target = QStringLiteral("topic %1 config %2").arg(t.name, key);
        c.before = std::move(before);
        c.after = std::move(after);
        c.action = PlanAction::Update;
        c.details = {{kKind, QStringLiteral("config")}, {kTopic, t.name}, {QStringLiteral("key"), key}};
        return c;
    };
    for (const auto& [key, value] : t.configs) {
        // a spec names a few keys of the ~40 a topic has: a scan beats building an index per topic
        const auto it = std::find_if(live.begin(), live.end(), [&wanted = key](const KafkaConfigEntry& e) { return e.name == wanted; });
        const std::optional<QString> now = it == live.end() ? std::nullopt : it->value;
        if (now != value)
            out.configs.push_back(configItem(key, now, value));
    }
    if (!managed)
        return;
    for (const auto& e : live)
        if (e.source == KafkaConfigSource::DynamicTopic && !e.sensitive && !t.configs.count(e.name)) {
            PlanItem c = configItem(e.name, e.value, std::nullopt);
            c.note = CoreTr::tr("reset to the broker default (not in the spec)");
            out.configs.push_back(c);
        }
}

struct AclDiff {
    std::vector<PlanItem> creates, deletes;
};

AclDiff diffAcls(const std::vector<KafkaAcl>& liveAcls, const ProvisionSpec& spec) {
    const std::set<KafkaAcl, AclLess> live(liveAcls.begin(), liveAcls.end());
    std::set<KafkaAcl, AclLess> wanted;
    AclDiff out;
    for (const auto& a : spec.acls) {
        wanted.insert(a.acl);
        if (!live.count(a.acl))
            out.creates.push_back(aclItem(a.acl, PlanAction::Create));
    }
    for (const auto& a : liveAcls)
        if (!wanted.count(a) && ManagedPrefixes::matches(spec.managed.principals, a.principal))
            out.deletes.push_back(aclItem(a, PlanAction::Delete));
    return out;
}

void appendAll(Plan& plan, std::vector<PlanItem>& items) {
    for (auto& i : items)
        plan.add(std::move(i));
    items.clear();
}

} // namespace

KafkaLiveRead::KafkaLiveRead(KafkaAdminApi& admin, std::function<bool(const QString&)> mayBeNamed)
    : m_admin(admin),
      m_topics(std::async(std::launch::async,
                          [&admin, mayBeNamed = std::move(mayBeNamed)] {
                              Listing out;
                              out.topics = admin.listTopics(false);
                              if (!mayBeNamed)
                                  return out;
                              QStringList names;
                              for (const auto& t : out.topics)
                                  if (mayBeNamed(t.name))
                                      names << t.name;
                              try {
                                  out.configs = admin.describeTopicConfigs(names);
                              } catch (const Error&) {
                                  // described again when the spec names them (then with its error)
                              }
                              return out;
                          })),
      m_acls(std::async(std::launch::async, [&admin] { return admin.describeAcls(KafkaAcl{}); })) {}

KafkaLiveRead::~KafkaLiveRead() = default; // std::async's futures wait

std::vector<KafkaTopicInfo> KafkaLiveRead::topics() {
    Listing listing = m_topics.get();
    m_earlyConfigs = std::move(listing.configs);
    return std::move(listing.topics);
}

std::map<QString, std::vector<KafkaConfigEntry>> KafkaLiveRead::topicConfigs(const QStringList& names) {
    std::map<QString, std::vector<KafkaConfigEntry>> out;
    QStringList rest;
    for (const auto& n : names) {
        if (auto it = m_earlyConfigs.find(n); it != m_earlyConfigs.end())
            out[n] = std::move(it->second);
        else
            rest << n;
    }
    if (!rest.isEmpty())
        out.merge(m_admin.describeTopicConfigs(rest));
    return out;
}

std::vector<KafkaAcl> KafkaLiveRead::acls() {
    return m_acls.get();
}

KafkaProvisionPlan planKafka(KafkaAdminApi& admin, const ProvisionSpec& spec, const KafkaPlanOptions& options) {
    KafkaLiveRead live(admin);
    return planKafka(live, spec, options);
}

KafkaProvisionPlan planKafka(KafkaLiveRead& reads, const ProvisionSpec& spec,
                             const KafkaPlanOptions& options) {
    // The ACLs first: they come in one answer, while the configs of thousands of topics take
    // several, and are compared in the meantime.
    AclDiff acls = diffAcls(reads.acls(), spec);

    const auto liveTopics = reads.topics();
    std::map<QString, const KafkaTopicInfo*> live;
    for (const auto& t : liveTopics)
        live[t.name] = &t;
    QStringList existing;
    for (const auto& t : spec.topics)
        if (live.count(t.name))
            existing << t.name;
    const auto configs = reads.topicConfigs(existing);

    KafkaProvisionPlan out;
    TopicDiff diff;
    std::set<QString> named;
    for (const auto& t : spec.topics) {
        named.insert(t.name);
        const auto it = live.find(t.name);
        if (it == live.end()) {
            diff.creates.push_back(createItem(t));
            continue;
        }
        const std::size_t replaced = diff.recreateDeletes.size();
        diffShape(t, *it->second, options, diff);
        if (diff.recreateDeletes.size() != replaced)
            continue;
        const auto c = configs.find(t.name);
        diffConfigs(t, c == configs.end() ? std::vector<KafkaConfigEntry>{} : c->second,
                    ManagedPrefixes::matches(spec.managed.topics, t.name), diff);
    }
    std::vector<PlanItem> topicDeletes;
    for (const auto& t : liveTopics)
        if (!named.count(t.name) && ManagedPrefixes::matches(spec.managed.topics, t.name))
            topicDeletes.push_back(topicItem(t.name, PlanAction::Delete, topicShape(t.partitions, t.replicationFactor), std::nullopt));


    appendAll(out.plan, diff.recreateDeletes);
    appendAll(out.plan, diff.creates);
    appendAll(out.plan, diff.partitions);
    appendAll(out.plan, diff.configs);
    appendAll(out.plan, acls.creates);
    appendAll(out.plan, acls.deletes);
    appendAll(out.plan, topicDeletes);
    out.refusals = diff.refusals;
    return out;
}

QStringList kafkaDeletesNotAllowed(const Plan& plan, bool topicsAllowed, bool aclsAllowed) {
    QStringList topics, acls;
    for (const auto& i : plan.items()) {
        if (i.action != PlanAction::Delete || i.detail(QStringLiteral("replace")).toBool())
            continue;
        if (kindOf(i) == QLatin1String("topic") && !topicsAllowed)
            topics << i.detail(kTopic).toString();
        else if (kindOf(i) == QLatin1String("acl") && !aclsAllowed)
            acls << i.target;
    }
    QStringList out;
    if (!topics.isEmpty())
        out << CoreTr::tr("%n topic(s) (%1)", nullptr, int(topics.size())).arg(topics.join(QStringLiteral(", ")));
    if (!acls.isEmpty())
        out << CoreTr::tr("%n ACL(s)", nullptr, int(acls.size()));
    return out;
}

} // namespace mqkit::provision
