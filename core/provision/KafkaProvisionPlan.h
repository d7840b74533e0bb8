#pragma once

#include "common/Plan.h"
#include "kafka/KafkaAdminApi.h"
#include "provision/ProvisionSpec.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <future>
#include <map>
#include <vector>

namespace mqkit::provision {

struct KafkaPlanOptions {
    // A partition decrease or replication-factor change becomes a delete + create of the topic
    // (its records are lost) instead of a refusal.
    bool allowRecreate = false;
};

// The Kafka half of a provisioning plan, computed against the live cluster (never a state file).
// Items come in the order they are applied: recreated topics' deletes, topic creates, partition
// increases, config updates, ACL creates, ACL deletes, topic deletes. Every item has the details
// "kind" (topic, partitions, config, acl) and "topic" or the ACL's fields.
//
// Topics: only the config keys the spec names are compared, against the live value whatever its
// source (so a broker default never shows as a change). On a topic under the managed prefixes the
// spec's configs are the whole dynamic set: a key set on the topic itself (dynamic-topic) that the
// spec does not name is reset to the default. Topics under the managed prefixes that the spec does
// not name are deleted; topics outside them never are. ACLs are compared as sets; only ACLs of
// managed principals are ever deleted.
struct KafkaProvisionPlan {
    Plan plan{QStringLiteral("kafka")};
    QStringList refusals; // changes this plan will not make, each with its reason
};

// The reads of the live cluster a plan needs that do not depend on the spec: every topic (metadata)
// and every ACL (one DescribeAcls), both requested at once, each on a thread of its own, as soon as
// it is constructed; so they can run while the spec is still being parsed. With `mayBeNamed`, the
// configs of the live topics it accepts are described too, as soon as the metadata is in.
class KafkaLiveRead {
public:
    explicit KafkaLiveRead(KafkaAdminApi& admin, std::function<bool(const QString& topic)> mayBeNamed = {});
    // Waits for a read still running (each is bounded by the admin's timeout; KafkaAdmin::cancel()
    // ends them at once).
    ~KafkaLiveRead();
    KafkaLiveRead(const KafkaLiveRead&) = delete;
    KafkaLiveRead& operator=(const KafkaLiveRead&) = delete;

    // The answers, waited for; each throws its read's error. topics() first, once; acls() once.
    std::vector<KafkaTopicInfo> topics();
    // The configs of these topics (that exist): those described early, the others now. An early
    // describe that failed is not reported: the topics are described again, now.
    std::map<QString, std::vector<KafkaConfigEntry>> topicConfigs(const QStringList& names);
    std::vector<KafkaAcl> acls();

private:
    struct Listing {
        std::vector<KafkaTopicInfo> topics;
        std::map<QString, std::vector<KafkaConfigEntry>> configs; // described early
    };
    KafkaAdminApi& m_admin;
    std::future<Listing> m_topics;
    std::future<std::vector<KafkaAcl>> m_acls;
    std::map<QString, std::vector<KafkaConfigEntry>> m_earlyConfigs;
};

// Reads the cluster in a fixed number of requests: metadata and one DescribeAcls of every ACL at
// once, then batched DescribeConfigs of the spec's topics that exist. An error of the metadata
// comes before one of the configs, which comes before one of the ACLs.
KafkaProvisionPlan planKafka(KafkaAdminApi& admin, const ProvisionSpec& spec, const KafkaPlanOptions& options = {});
// The same with the spec-independent reads already started (and not yet taken).
KafkaProvisionPlan planKafka(KafkaLiveRead& live, const ProvisionSpec& spec, const KafkaPlanOptions& options = {});

// What the plan would delete but is not allowed to ("2 topics (orders, x)"), empty when nothing.
QStringList kafkaDeletesNotAllowed(const Plan& plan, bool topicsAllowed, bool aclsAllowed);

// Applies the plan in its order: topic creates, ACL creates and deletes, topic deletes in batched
// requests, partitions and configs per topic. Each item gets its outcome; the first failure stops
// it (the items after it are Skipped). Returns how many items were applied. Planning again from the
// live state then resumes where it stopped.
std::size_t applyKafkaPlan(KafkaAdminApi& admin, Plan& plan);

// The live cluster as a spec that applies cleanly: every non-internal topic with its partitions,
// replication factor and dynamic-topic configs, and every ACL; with `only`, just the topics and
// principals under its prefixes (and those prefixes as the spec's managed section).
ProvisionSpec exportKafka(KafkaAdminApi& admin, const ManagedPrefixes* only = nullptr);

} // namespace mqkit::provision
