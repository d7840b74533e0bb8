#include "kafka/KafkaConfigAlter.h"

#include "common/Error.h"
#include "kafka/KafkaAdmin.h"

#include <set>

namespace mqkit {

namespace {

[[noreturn]] void usage(const QString& message) {
    throw Error(ErrorKind::Usage, message);
}

// The source under which AlterConfigs stores this resource's own values.
KafkaConfigSource ownDynamicSource(const KafkaConfigResource& r) {
    if (r.type == KafkaConfigResourceType::Topic)
        return KafkaConfigSource::DynamicTopic;
    return r.name.isEmpty() ? KafkaConfigSource::DynamicDefaultBroker : KafkaConfigSource::DynamicBroker;
}

// What DescribeConfigs said, indexed, and the resource's own dynamic values split into the
// readable ones and the sensitive ones whose values Kafka hides.
struct ConfigState {
    std::map<QString, KafkaConfigEntry> byName;
    std::map<QString, QString> dynamic;
    QStringList hiddenSensitive;
};

ConfigState readState(KafkaAdminApi& admin, const KafkaConfigResource& resource) {
    ConfigState state;
    const KafkaConfigSource own = ownDynamicSource(resource);
    for (const auto& e : admin.describeConfigs(resource)) {
        state.byName[e.name] = e;
        if (e.source != own)
            continue;
        if (e.sensitive || !e.value)
            state.hiddenSensitive << e.name;
        else
            state.dynamic[e.name] = *e.value;
    }
    return state;
}

// "listener.name.internal.ssl.keystore.location" is known when "ssl.keystore.location" is.
bool isKnownKey(const ConfigState& state, const KafkaConfigResource& resource, const QString& key) {
    if (state.byName.count(key))
        return true;
    static const QString prefix = QStringLiteral("listener.name.");
    if (resource.type != KafkaConfigResourceType::Broker || !key.startsWith(prefix))
        return false;
    const qsizetype dot = key.indexOf(QLatin1Char('.'), prefix.size());
    return dot > 0 && state.byName.count(key.mid(dot + 1));
}

void checkRequest(const ConfigState& state, const KafkaConfigResource& resource, const KafkaConfigAlterRequest& request) {
    const bool topic = resource.type == KafkaConfigResourceType::Topic;
    for (const auto& [k, v] : request.set) {
        if (!isKnownKey(state, resource, k) && (topic || !request.allowUnknownKeys))
            usage(topic ? QStringLiteral("unknown config '%1' for %2 (Kafka does not list it)").arg(k, resource.describe())
                        : QStringLiteral("unknown config '%1' for %2 (Kafka does not list it; it would store it as a "
                                         "sensitive value that later changes cannot keep): check the name, or allow "
                                         "unknown keys to send it anyway")
                              .arg(k, resource.describe()));
        const auto it = state.byName.find(k);
        if (topic && it != state.byName.end() && it->second.readOnly)
            usage(QStringLiteral("config '%1' of %2 is read-only").arg(k, resource.describe()));
    }
    for (const auto& k : request.remove)
        if (!state.dynamic.count(k) && !state.hiddenSensitive.contains(k))
            usage(QStringLiteral("config '%1' is not set dynamically on %2; nothing to delete").arg(k, resource.describe()));
    QStringList lost;
    for (const auto& k : state.hiddenSensitive)
        if (!request.set.count(k) && !request.remove.contains(k))
            lost << k;
    if (!lost.isEmpty())
        usage(QStringLiteral("%1 has sensitive dynamic config %2 whose value Kafka never reveals; librdkafka %3 "
                             "can only replace the whole dynamic set (no IncrementalAlterConfigs), which would "
                             "remove it: set it again in the same command, or use kafka-configs")
                  .arg(resource.describe(), lost.join(QStringLiteral(", ")), KafkaAdmin::clientLibraryVersion()));
}

std::vector<KafkaConfigChange> changesOf(const ConfigState& state, const KafkaConfigPlan& plan,
                                         const KafkaConfigAlterRequest& request) {
    std::set<QString> keys;
    for (const auto& [k, v] : plan.dynamicBefore)
        keys.insert(k);
    for (const auto& [k, v] : plan.dynamicAfter)
        keys.insert(k);
    for (const auto& k : state.hiddenSensitive)
        keys.insert(k);
    std::vector<KafkaConfigChange> changes;
    for (const auto& k : keys) {
        KafkaConfigChange c;
        c.key = k;
        const auto entry = state.byName.find(k);
        c.sensitive = state.hiddenSensitive.contains(k) || (entry != state.byName.end() && entry->second.sensitive);
        if (const auto it = plan.dynamicBefore.find(k); it != plan.dynamicBefore.end())
            c.oldValue = it->second;
        else if (state.hiddenSensitive.contains(k))
            c.oldValue = QString(); // set, value hidden
        if (const auto it = plan.dynamicAfter.find(k); it != plan.dynamicAfter.end())
            c.newValue = it->second;
        if (c.oldValue != c.newValue || (c.sensitive && request.set.count(k)))
            changes.push_back(c);
    }
    return changes;
}

} // namespace

KafkaConfigPlan planConfigAlter(KafkaAdminApi& admin, const KafkaConfigResource& resource,
                                const KafkaConfigAlterRequest& request) {
    for (const auto& k : request.remove)
        if (request.set.count(k))
            usage(QStringLiteral("config '%1' is both set and deleted").arg(k));
    const ConfigState state = readState(admin, resource);
    checkRequest(state, resource, request);
    KafkaConfigPlan plan;
    plan.resource = resource;
    plan.dynamicBefore = state.dynamic;
    plan.dynamicAfter = state.dynamic;
    for (const auto& k : request.remove)
        plan.dynamicAfter.erase(k);
    for (const auto& [k, v] : request.set)
        plan.dynamicAfter[k] = v;
    plan.changes = changesOf(state, plan, request);
    return plan;
}

Plan configChangePlan(const KafkaConfigPlan& plan) {
    Plan out(plan.resource.describe());
    for (const auto& c : plan.changes) {
        PlanItem item;
        item.target = c.key;
        item.hidden = c.sensitive;
        const auto shown = [&](const std::optional<QString>& v) -> std::optional<QString> {
            if (!v)
                return std::nullopt;
            return c.sensitive ? QStringLiteral("(sensitive)") : *v;
        };
        item.before = shown(c.oldValue);
        item.after = shown(c.newValue);
        item.action = PlanItem::actionFor(c.oldValue, c.newValue);
        if (item.action == PlanAction::Keep)
            item.action = PlanAction::Update; // a sensitive value set again: Kafka cannot tell it is the same
        const auto hiddenOrValue = [&](const std::optional<QString>& v) {
            return c.sensitive || !v ? QJsonValue() : QJsonValue(*v);
        };
        item.details = {{QStringLiteral("key"), c.key},
                        {QStringLiteral("old"), hiddenOrValue(c.oldValue)},
                        {QStringLiteral("new"), hiddenOrValue(c.newValue)},
                        {QStringLiteral("sensitive"), c.sensitive}};
        out.add(std::move(item));
    }
    return out;
}

} // namespace mqkit
