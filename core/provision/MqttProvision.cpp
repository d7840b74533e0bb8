#include "provision/MqttProvision.h"

#include "common/CoreTr.h"
#include "dynsec/DynsecClient.h"
#include "dynsec/DynsecPlan.h"

#include <QJsonValue>

#include <algorithm>
#include <future>
#include <optional>
#include <set>

namespace mqkit::provision {

namespace {

template <typename T, typename Name>
std::vector<T> owned(const std::vector<T>& live, const std::vector<T>& named, const QStringList& prefixes, Name nameOf) {
    std::set<QString> inSpec;
    for (const auto& n : named)
        inSpec.insert(nameOf(n));
    std::vector<T> out;
    for (const auto& l : live)
        if (inSpec.count(nameOf(l)) || ManagedPrefixes::matches(prefixes, nameOf(l)))
            out.push_back(l);
    return out;
}

const QString& clientName(const dynsec::Client& c) { return c.username; }
const QString& roleName(const dynsec::Role& r) { return r.name; }
const QString& groupName(const dynsec::Group& g) { return g.name; }

void tagSystem(Plan& plan, const QString& system) {
    for (auto& item : plan.items())
        item.details.insert(item.details.begin(), {QStringLiteral("system"), system});
}

} // namespace

dynsec::DynsecState ownedLiveState(const dynsec::DynsecState& live, const ProvisionSpec& spec) {
    dynsec::DynsecState out;
    out.clients = owned(live.clients, spec.dynsec.clients, spec.managed.clients, clientName);
    out.roles = owned(live.roles, spec.dynsec.roles, spec.managed.roles, roleName);
    out.groups = owned(live.groups, spec.dynsec.groups, spec.managed.groups, groupName);
    out.defaultAcl = live.defaultAcl;
    return out;
}

Plan planMqtt(dynsec::DynsecClient& client, const ProvisionSpec& spec) {
    const dynsec::DynsecManaged everything{{QString()}, {QString()}, {QString()}}; // already filtered
    Plan plan = dynsec::planDynsec(spec.dynsec, ownedLiveState(client.readState(), spec), everything);
    tagSystem(plan, QStringLiteral("mqtt"));
    return plan;
}

ProvisionPlan planProvision(KafkaAdminApi* admin, dynsec::DynsecClient* dynsec, const ProvisionSpec& spec,
                            const KafkaPlanOptions& options) {
    ProvisionSources sources;
    sources.admin = admin;
    if (dynsec)
        sources.connectDynsec = [dynsec] { return std::shared_ptr<dynsec::DynsecClient>(std::shared_ptr<void>(), dynsec); };
    return planProvision(sources, spec, options);
}

ProvisionPlan planProvision(const ProvisionSources& sources, const ProvisionSpec& spec, const KafkaPlanOptions& options) {
    ProvisionPlan out;
    // A failed MQTT connection is reported before a Kafka error, as when it connected first.
    std::promise<void> connecting;
    std::future<void> connected = connecting.get_future();
    std::future<Plan> mqtt;
    if (sources.connectDynsec) {
        mqtt = std::async(std::launch::async, [&] {
            std::shared_ptr<dynsec::DynsecClient> client;
            try {
                client = sources.connectDynsec();
            } catch (...) {
                connecting.set_exception(std::current_exception());
                throw;
            }
            connecting.set_value();
            return planMqtt(*client, spec);
        });
    }
    try {
        if (sources.admin) {
            std::optional<KafkaLiveRead> started;
            KafkaLiveRead& live = sources.kafkaLive ? *sources.kafkaLive : started.emplace(*sources.admin);
            out.kafka = planKafka(live, spec, options);
        }
    } catch (...) {
        if (mqtt.valid())
            connected.get(); // throws the connection's error
        throw;
    }
    if (mqtt.valid())
        out.mqtt = mqtt.get();
    return out;
}

std::size_t applyProvision(KafkaAdminApi* admin, dynsec::DynsecClient* dynsec, ProvisionPlan& plan,
                           const ProvisionSpec& spec, const std::function<QString(const QString& ref)>& secret,
                           bool allowMqttDeletes) {
    std::size_t applied = 0;
    if (admin && plan.kafka.plan.hasChanges())
        applied += applyKafkaPlan(*admin, plan.kafka.plan);
    if (!dynsec || !plan.mqtt.hasChanges())
        return applied;
    if (plan.kafka.plan.count(PlanOutcome::Failed) > 0) {
        for (auto& item : plan.mqtt.items())
            if (item.action != PlanAction::Keep)
                item.outcome = PlanOutcome::Skipped;
        return applied;
    }
    dynsec::applyDynsecPlan(*dynsec, plan.mqtt, spec.dynsec, secret, allowMqttDeletes);
    return applied + plan.mqtt.count(PlanOutcome::Applied);
}

Plan ProvisionPlan::combined() const {
    Plan out(QStringLiteral("provisioning"));
    auto add = [&](const Plan& plan, const QString& system) {
        for (PlanItem item : plan.items()) {
            if (item.detail(QStringLiteral("system")).isUndefined())
                item.details.insert(item.details.begin(), {QStringLiteral("system"), system});
            out.add(std::move(item));
        }
    };
    add(kafka.plan, QStringLiteral("kafka"));
    add(mqtt, QStringLiteral("mqtt"));
    return out;
}

QStringList mqttDeletesNotAllowed(const Plan& mqtt) {
    QStringList names;
    for (const auto& item : mqtt.items())
        if (item.action == PlanAction::Delete)
            names << QStringLiteral("%1 '%2'").arg(item.detail(QStringLiteral("kind")).toString(),
                                                   item.detail(QStringLiteral("name")).toString());
    if (names.isEmpty())
        return {};
    return {CoreTr::tr("%n MQTT client(s)/role(s)/group(s) (%1)", nullptr, static_cast<int>(names.size()))
                .arg(names.join(QStringLiteral(", ")))};
}

std::map<QString, QString> resolveMqttPasswords(const Plan& mqtt, const ProvisionSpec& spec,
                                                const std::function<QString(const QString& ref)>& resolve) {
    std::map<QString, QString> out;
    for (const auto& item : mqtt.items()) {
        if (item.action != PlanAction::Create || item.detail(QStringLiteral("kind")).toString() != QLatin1String("client"))
            continue;
        const QString name = item.detail(QStringLiteral("name")).toString();
        const auto it = std::find_if(spec.dynsec.clients.begin(), spec.dynsec.clients.end(),
                                     [&](const dynsec::Client& c) { return c.username == name; });
        if (it != spec.dynsec.clients.end() && !it->passwordRef.isEmpty() && !out.count(it->passwordRef))
            out[it->passwordRef] = resolve(it->passwordRef);
    }
    return out;
}

void exportMqtt(const dynsec::DynsecState& live, ProvisionSpec& into, const ManagedPrefixes* only, bool withDefaultAcl) {
    dynsec::DynsecState state = live;
    if (only) {
        ProvisionSpec owner; // names nothing: only the prefixes decide
        owner.managed = *only;
        state = ownedLiveState(live, owner);
    }
    if (!withDefaultAcl)
        state.defaultAcl.reset();
    into.dynsec = std::move(state);
    into.hasMqtt = true;
}

} // namespace mqkit::provision
