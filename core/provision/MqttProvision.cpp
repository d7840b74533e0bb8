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

Plan planMqtt(const dynsec::DynsecState& live, const ProvisionSpec& spec) {
    const dynsec::DynsecManaged everything{{QString()}, {QString()}, {QString()}}; // already filtered
    Plan plan = dynsec::planDynsec(spec.dynsec, ownedLiveState(live, spec), everything);
    tagSystem(plan, QStringLiteral("mqtt"));
    return plan;
}

DynsecLiveRead::DynsecLiveRead(MqttConnectOptions options, bool keepConnected)
    : m_client(m_connecting.get_future().share()) {
    auto session = std::make_shared<MqttSession>(std::move(options));
    m_session = session;
    m_state = std::async(std::launch::async, [this, keepConnected, session = std::move(session)]() mutable {
                  std::shared_ptr<dynsec::DynsecClient> client;
                  try {
                      client = std::make_shared<dynsec::DynsecClient>(std::move(session));
                  } catch (...) {
                      m_connecting.set_exception(std::current_exception());
                      throw;
                  }
                  m_connecting.set_value(keepConnected ? client : nullptr);
                  return client->readState(); // a client not kept disconnects here, on this thread
              }).share();
}

DynsecLiveRead::~DynsecLiveRead() {
    m_state.wait();
}

void DynsecLiveRead::cancel() {
    if (const std::shared_ptr<MqttSession> session = m_session.lock())
        session->cancel();
}

std::shared_ptr<dynsec::DynsecClient> DynsecLiveRead::client() {
    return m_client.get();
}

dynsec::DynsecState DynsecLiveRead::state() {
    return m_state.get();
}

ProvisionPlan planProvision(const ProvisionSources& sources, const ProvisionSpec& spec, const KafkaPlanOptions& options) {
    ProvisionPlan out;
    try {
        if (sources.admin) {
            std::optional<KafkaLiveRead> started;
            KafkaLiveRead& live = sources.kafkaLive ? *sources.kafkaLive : started.emplace(*sources.admin);
            out.kafka = planKafka(live, spec, options);
        }
    } catch (...) {
        if (sources.dynsec)
            sources.dynsec->client(); // throws the connection's error
        throw;
    }
    if (sources.dynsec)
        out.mqtt = planMqtt(sources.dynsec->state(), spec);
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
