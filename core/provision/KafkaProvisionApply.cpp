// applyKafkaPlan and exportKafka: the Kafka half of `provision apply` and `provision export`.

#include "provision/KafkaProvisionPlan.h"

#include "common/CoreTr.h"
#include "common/Error.h"
#include "kafka/KafkaConfigAlter.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QThread>

namespace mqkit::provision {

namespace {

constexpr std::size_t kBatch = 500;

QString kindOf(const PlanItem& i) {
    return i.detail(QStringLiteral("kind")).toString();
}
QString topicOf(const PlanItem& i) {
    return i.detail(QStringLiteral("topic")).toString();
}

// Items that go in one request: topic creates, topic deletes, ACL creates or deletes together;
// the config changes of one topic together; everything else alone.
QString batchKey(const PlanItem& i) {
    const QString kind = kindOf(i);
    const QString key = kind + QLatin1Char('/') + planActionName(i.action);
    if (kind == QLatin1String("config"))
        return key + QLatin1Char('/') + topicOf(i);
    return key;
}

KafkaAcl aclOf(const PlanItem& i) {
    auto d = [&](const char* k) { return i.detail(QLatin1String(k)).toString(); };
    return {d("resource_type"), d("resource_name"), d("pattern_type"), d("principal"), d("host"), d("operation"), d("permission")};
}

KafkaNewTopic newTopicOf(const PlanItem& i) {
    KafkaNewTopic t;
    t.name = topicOf(i);
    t.partitions = i.detail(QStringLiteral("partitions")).toInt(-1);
    t.replicationFactor = i.detail(QStringLiteral("replication_factor")).toInt(-1);
    const QJsonObject configs = i.detail(QStringLiteral("configs")).toObject();
    for (auto it = configs.begin(); it != configs.end(); ++it)
        t.configs.emplace_back(it.key(), it.value().toString());
    return t;
}

// Per-item errors of a batched topic request, in the batch's order.
std::vector<QString> itemErrors(const std::vector<PlanItem*>& batch, const std::vector<KafkaItemResult>& results) {
    std::vector<QString> out;
    for (const auto* item : batch) {
        QString error;
        for (const auto& r : results)
            if (r.name == topicOf(*item) && !r.ok())
                error = QStringLiteral("%1 (%2)").arg(r.message, r.errorName);
        out.push_back(error);
    }
    return out;
}

// The controller commits ACLs before every broker serves them: waits (at most 10 s) until the
// broker that answers DescribeAcls shows the change, so the next plan sees it.
void awaitAcls(KafkaAdminApi& admin, const std::vector<KafkaAcl>& acls, bool present) {
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        const auto live = admin.describeAcls(KafkaAcl{});
        const bool done = std::all_of(acls.begin(), acls.end(), [&](const KafkaAcl& a) {
            return (std::find(live.begin(), live.end(), a) != live.end()) == present;
        });
        if (done)
            return;
        if (timer.hasExpired(10000))
            throw Error(ErrorKind::Timeout, CoreTr::tr("the broker did not show the changed ACLs within 10 s"));
        QThread::msleep(100);
    }
}

// Runs one batch; per-item errors (empty: applied). Throws to fail the whole batch.
std::vector<QString> runBatch(KafkaAdminApi& admin, const std::vector<PlanItem*>& batch) {
    const PlanItem& first = *batch.front();
    const QString kind = kindOf(first);
    if (kind == QLatin1String("topic") && first.action == PlanAction::Create) {
        std::vector<KafkaNewTopic> topics;
        for (const auto* i : batch)
            topics.push_back(newTopicOf(*i));
        return itemErrors(batch, admin.createTopics(topics, false));
    }
    if (kind == QLatin1String("topic")) {
        QStringList names;
        for (const auto* i : batch)
            names << topicOf(*i);
        return itemErrors(batch, admin.deleteTopics(names));
    }
    if (kind == QLatin1String("partitions")) {
        admin.createPartitions(topicOf(first), first.detail(QStringLiteral("partitions")).toInt(), false);
    } else if (kind == QLatin1String("config")) {
        KafkaConfigAlterRequest request;
        for (const auto* i : batch) {
            const QString key = i->detail(QStringLiteral("key")).toString();
            if (i->after)
                request.set[key] = *i->after;
            else
                request.remove << key;
        }
        const KafkaConfigResource resource{KafkaConfigResourceType::Topic, topicOf(first)};
        admin.applyConfigPlan(planConfigAlter(admin, resource, request), false);
    } else if (kind == QLatin1String("acl")) {
        std::vector<KafkaAcl> acls;
        for (const auto* i : batch)
            acls.push_back(aclOf(*i));
        if (first.action == PlanAction::Create)
            admin.createAcls(acls);
        else
            admin.deleteAcls(acls);
        awaitAcls(admin, acls, first.action == PlanAction::Create);
    } else {
        throw Error(ErrorKind::Usage, CoreTr::tr("unknown plan item %1").arg(first.target));
    }
    return std::vector<QString>(batch.size());
}

} // namespace

std::size_t applyKafkaPlan(KafkaAdminApi& admin, Plan& plan) {
    auto& items = plan.items();
    std::size_t applied = 0;
    bool stopped = false;
    for (std::size_t i = 0; i < items.size();) {
        if (items[i].action == PlanAction::Keep) {
            ++i;
            continue;
        }
        std::vector<PlanItem*> batch{&items[i]};
        const QString key = batchKey(items[i]);
        std::size_t j = i + 1;
        for (; j < items.size() && batch.size() < kBatch && items[j].action != PlanAction::Keep && batchKey(items[j]) == key; ++j)
            batch.push_back(&items[j]);
        i = j;
        if (stopped) {
            for (auto* item : batch)
                item->outcome = PlanOutcome::Skipped;
            continue;
        }
        std::vector<QString> errors;
        try {
            errors = runBatch(admin, batch);
        } catch (const Error& e) {
            errors.assign(batch.size(), e.message());
        }
        for (std::size_t k = 0; k < batch.size(); ++k) {
            batch[k]->outcome = errors[k].isEmpty() ? PlanOutcome::Applied : PlanOutcome::Failed;
            batch[k]->error = errors[k];
            applied += errors[k].isEmpty() ? 1 : 0;
            stopped = stopped || !errors[k].isEmpty();
        }
    }
    return applied;
}

ProvisionSpec exportKafka(KafkaAdminApi& admin, const ManagedPrefixes* only) {
    ProvisionSpec spec;
    spec.hasKafka = true;
    if (only) {
        spec.managed.topics = only->topics;
        spec.managed.principals = only->principals;
    }
    QStringList names;
    const auto topics = admin.listTopics(false);
    for (const auto& t : topics)
        if (!only || ManagedPrefixes::matches(only->topics, t.name))
            names << t.name;
    const auto configs = admin.describeTopicConfigs(names);
    for (const auto& t : topics) {
        if (!names.contains(t.name))
            continue;
        TopicSpec s;
        s.name = t.name;
        s.partitions = t.partitions;
        s.replicationFactor = t.replicationFactor;
        if (const auto it = configs.find(t.name); it != configs.end())
            for (const auto& e : it->second)
                if (e.source == KafkaConfigSource::DynamicTopic && e.value && !e.sensitive)
                    s.configs[e.name] = *e.value;
        spec.topics.push_back(s);
    }
    for (const auto& a : admin.describeAcls(KafkaAcl{}))
        if (!only || ManagedPrefixes::matches(only->principals, a.principal))
            spec.acls.push_back({a, {}});
    return spec;
}

} // namespace mqkit::provision
