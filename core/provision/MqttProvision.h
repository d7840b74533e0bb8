#pragma once

#include "common/Plan.h"
#include "dynsec/DynsecTypes.h"
#include "mqtt/MqttSession.h"
#include "provision/KafkaProvisionPlan.h"
#include "provision/ProvisionSpec.h"

#include <QString>
#include <QStringList>

#include <cstddef>
#include <functional>
#include <future>
#include <map>
#include <memory>

namespace mqkit::dynsec {
class DynsecClient;
}

namespace mqkit::provision {

// The MQTT half of provisioning (Mosquitto's dynamic security) and the whole plan of both halves.
//
// Ownership works as on the Kafka side: a client, role or group the spec names is always planned
// (created or updated); one the spec does not name is deleted only when it is under the managed
// prefixes; anything else on the broker is never touched nor reported.

// The live state as the planner should see it: the objects the spec names and those under the
// managed prefixes; everything else left out.
dynsec::DynsecState ownedLiveState(const dynsec::DynsecState& live, const ProvisionSpec& spec);

// Plans the broker's state (dynsec/DynsecPlan.h). Every item gets the detail "system": "mqtt" first.
Plan planMqtt(const dynsec::DynsecState& live, const ProvisionSpec& spec);

// The broker's dynamic-security state a plan needs, read as the admin user: connects and reads
// it in one request on a thread of its own as soon as it is constructed, so that it can run while
// the spec is still being parsed. With `keepConnected` the client stays connected for applying the
// plan; without, that thread disconnects right after the read.
class DynsecLiveRead {
public:
    DynsecLiveRead(MqttConnectOptions options, bool keepConnected);
    // Waits for the thread: at most the connection's and the read's timeouts; after cancel(), the
    // connection attempt or the read ends within 100 ms.
    ~DynsecLiveRead();
    DynsecLiveRead(const DynsecLiveRead&) = delete;
    DynsecLiveRead& operator=(const DynsecLiveRead&) = delete;

    void cancel(); // the read is not wanted any more (a bad spec)
    // Each waits; the client throws the connection's error, the state that or the read's. The
    // client is null unless kept connected.
    std::shared_ptr<dynsec::DynsecClient> client();
    dynsec::DynsecState state();

private:
    std::weak_ptr<MqttSession> m_session; // held by the client (and the thread until it has one)
    std::promise<std::shared_ptr<dynsec::DynsecClient>> m_connecting;
    std::shared_future<std::shared_ptr<dynsec::DynsecClient>> m_client;
    std::shared_future<dynsec::DynsecState> m_state; // last: destroyed (waited for) first
};

// Both halves. Applied Kafka first, then MQTT: the topics and ACLs a bridge writes to exist before
// the MQTT clients that feed it can connect; a Kafka failure leaves the MQTT half unapplied.
struct ProvisionPlan {
    KafkaProvisionPlan kafka;
    Plan mqtt{QStringLiteral("mqtt")};

    std::size_t changes() const { return kafka.plan.changes() + mqtt.changes(); }
    bool hasChanges() const { return changes() > 0; }
    std::size_t count(PlanOutcome outcome) const { return kafka.plan.count(outcome) + mqtt.count(outcome); }
    // Both plans' items in the order they are applied, each with the detail "system" (kafka, mqtt)
    // first: one table for both systems.
    Plan combined() const;
};

// What planProvision reads. Both reads run at once, and may have started before the spec was parsed.
struct ProvisionSources {
    KafkaAdminApi* admin = nullptr; // the Kafka half when set
    KafkaLiveRead* kafkaLive = nullptr; // its spec-independent reads when already started (else started here)
    DynsecLiveRead* dynsec = nullptr; // the MQTT half when set
};
// Plans the halves the sources have. Errors come as when MQTT connected first: a failed MQTT
// connection, then Kafka's first error, then MQTT's.
ProvisionPlan planProvision(const ProvisionSources& sources, const ProvisionSpec& spec, const KafkaPlanOptions& options = {});

// What the MQTT plan would delete but is not allowed to ("2 MQTT clients/roles/groups (a, b)"),
// empty when nothing.
QStringList mqttDeletesNotAllowed(const Plan& mqtt);

// The passwords the MQTT plan needs (clients it creates), resolved before anything is changed:
// reference -> password. `resolve` throws Error(Usage) for a reference that gives none.
std::map<QString, QString> resolveMqttPasswords(const Plan& mqtt, const ProvisionSpec& spec,
                                                const std::function<QString(const QString& ref)>& resolve);

// Applies both halves of a plan, Kafka first, then MQTT (see ProvisionPlan): each item gets its
// outcome; a Kafka failure leaves the MQTT half Skipped. `secret` gives a client's password from its
// reference (resolve them first with resolveMqttPasswords, so nothing is changed before every one
// is known). MQTT deletes happen only with allowMqttDeletes (Kafka deletes: refuse the plan before,
// with kafkaDeletesNotAllowed). Returns how many items were applied.
std::size_t applyProvision(KafkaAdminApi* admin, dynsec::DynsecClient* dynsec, ProvisionPlan& plan,
                           const ProvisionSpec& spec, const std::function<QString(const QString& ref)>& secret,
                           bool allowMqttDeletes);

// The live dynamic-security state as the spec's mqtt.dynsec section: with `only`, just the clients,
// roles and groups under its prefixes. The default ACL access is exported when `withDefaultAcl`.
void exportMqtt(const dynsec::DynsecState& live, ProvisionSpec& into, const ManagedPrefixes* only, bool withDefaultAcl);

} // namespace mqkit::provision
