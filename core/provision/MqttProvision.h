#pragma once

#include "common/Plan.h"
#include "dynsec/DynsecTypes.h"
#include "provision/KafkaProvisionPlan.h"
#include "provision/ProvisionSpec.h"

#include <QString>
#include <QStringList>

#include <cstddef>
#include <functional>
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

// Reads the broker's state in one request and plans it (dynsec/DynsecPlan.h). Every item gets the
// detail "system": "mqtt" first.
Plan planMqtt(dynsec::DynsecClient& client, const ProvisionSpec& spec);

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

// Plans both halves at once (the broker and the cluster are read concurrently): Kafka when `admin`
// is given, MQTT when `dynsec` is given. The first error of either is thrown.
ProvisionPlan planProvision(KafkaAdminApi* admin, dynsec::DynsecClient* dynsec, const ProvisionSpec& spec,
                            const KafkaPlanOptions& options = {});

// What planProvision reads, for callers that connect as late or start reading as early as they can.
struct ProvisionSources {
    KafkaAdminApi* admin = nullptr; // the Kafka half when set
    KafkaLiveRead* kafkaLive = nullptr; // its spec-independent reads when already started (else started here)
    // The MQTT half when set: connects and returns the client. Called on the MQTT half's own thread,
    // so connecting overlaps the Kafka read; that thread lets go of the client when its half is
    // planned (a client nobody else holds disconnects there, while Kafka's half is still at work).
    std::function<std::shared_ptr<dynsec::DynsecClient>()> connectDynsec;
};
// As above. Errors come as when MQTT connected first: a failed MQTT connection, then Kafka's first
// error, then MQTT's.
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
