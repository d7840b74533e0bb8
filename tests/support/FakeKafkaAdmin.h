#pragma once

// An in-memory cluster behind KafkaAdminApi, for unit tests of planning logic only (LagInspector,
// OffsetResetter, planConfigAlter). It never stands in for a broker in integration tests: those
// use the real rig.

#include "common/Error.h"
#include "kafka/KafkaAdminApi.h"

#include <algorithm>
#include <atomic>
#include <map>
#include <optional>
#include <vector>

class FakeKafkaAdmin final : public mqkit::KafkaAdminApi {
public:
    using TP = mqkit::KafkaTopicPartition;

    // ---- The cluster's state, set up by a test ----
    std::map<QString, int> topics;                       // partition counts
    std::map<TP, mqkit::KafkaWatermarks> marks;          // absent partition: no answer for it
    std::map<QString, mqkit::KafkaGroupDescription> groups;
    std::map<QString, std::map<TP, std::int64_t>> committed;
    std::map<QString, QString> committedErrors;          // group -> error of its OffsetFetch
    std::map<TP, std::map<std::int64_t, std::int64_t>> recordTimes; // offset -> timestamp (ms)
    std::map<QString, std::vector<mqkit::KafkaConfigEntry>> configs; // by KafkaConfigResource::describe()
    std::map<QString, int> replication;                  // replication factor per topic (absent: 1)
    std::vector<mqkit::KafkaAcl> acls;
    QString failCreateTopic; // createTopics answers this topic with POLICY_VIOLATION
    int failTopicConfigs = 0; // the next this many describeTopicConfigs calls fail (Broker)

    // ---- What the planners did ----
    // planKafka reads topics and ACLs on two threads at once: counters that may be bumped concurrently
    // and still copied with the fake.
    struct Counter {
        std::atomic<int> n{0};
        Counter() = default;
        Counter(const Counter& o) : n(o.n.load()) {}
        Counter& operator=(const Counter& o) {
            n = o.n.load();
            return *this;
        }
        Counter& operator++() {
            ++n;
            return *this;
        }
        int load() const { return n.load(); }
    };
    Counter calls; // every call of the interface
    std::vector<std::pair<QString, std::map<TP, std::int64_t>>> commits; // alterCommittedOffsets
    int describeConfigRequests = 0; // describeConfigs + describeTopicConfigs
    Counter aclRequests;            // describeAcls

    static QString topicKey(const QString& name) {
        return mqkit::KafkaConfigResource{mqkit::KafkaConfigResourceType::Topic, name}.describe();
    }
    // A topic-level config as DescribeConfigs reports it.
    void setTopicConfig(const QString& topic, const QString& key, const QString& value, mqkit::KafkaConfigSource source) {
        auto& entries = configs[topicKey(topic)];
        for (auto& e : entries)
            if (e.name == key) {
                e.value = value;
                e.source = source;
                return;
            }
        mqkit::KafkaConfigEntry e;
        e.name = key;
        e.value = value;
        e.source = source;
        entries.push_back(e);
    }

    // A topic whose every partition holds offsets [logStart, logEnd).
    void addTopic(const QString& name, const std::vector<std::pair<std::int64_t, std::int64_t>>& partitionLogs) {
        topics[name] = static_cast<int>(partitionLogs.size());
        for (int p = 0; p < static_cast<int>(partitionLogs.size()); ++p) {
            mqkit::KafkaWatermarks w;
            w.logStart = partitionLogs[static_cast<size_t>(p)].first;
            w.logEnd = partitionLogs[static_cast<size_t>(p)].second;
            marks[{name, p}] = w;
        }
    }
    mqkit::KafkaGroupDescription& addGroup(const QString& id, const QString& state = QStringLiteral("Empty")) {
        auto& g = groups[id];
        g.groupId = id;
        g.state = state;
        committed[id]; // known to OffsetFetch, possibly with nothing committed
        return g;
    }

    std::vector<mqkit::KafkaGroupListing> listGroups() override {
        ++calls;
        std::vector<mqkit::KafkaGroupListing> out;
        for (const auto& [id, g] : groups)
            out.push_back({id, g.state, false});
        return out;
    }
    std::vector<mqkit::KafkaGroupDescription> describeGroups(const QStringList& groupIds) override {
        ++calls;
        std::vector<mqkit::KafkaGroupDescription> out;
        for (const auto& id : groupIds) {
            const auto it = groups.find(id);
            if (it != groups.end()) {
                out.push_back(it->second);
            } else {
                mqkit::KafkaGroupDescription dead; // as Kafka: an unknown group describes as Dead
                dead.groupId = id;
                dead.state = QStringLiteral("Dead");
                out.push_back(dead);
            }
        }
        return out;
    }
    std::vector<mqkit::KafkaGroupOffsets> committedOffsets(const QStringList& groupIds) override {
        ++calls;
        std::vector<mqkit::KafkaGroupOffsets> out;
        for (const auto& id : groupIds) {
            mqkit::KafkaGroupOffsets o;
            o.groupId = id;
            if (const auto it = committed.find(id); it != committed.end())
                o.committed = it->second;
            if (const auto it = committedErrors.find(id); it != committedErrors.end())
                o.error = it->second;
            out.push_back(o);
        }
        return out;
    }
    std::map<TP, mqkit::KafkaWatermarks> watermarks(const std::vector<TP>& partitions) override {
        ++calls;
        std::map<TP, mqkit::KafkaWatermarks> out;
        for (const auto& tp : partitions) {
            const auto it = marks.find(tp);
            if (it != marks.end())
                out[tp] = it->second;
            else
                out[tp].error = QStringLiteral("UNKNOWN_TOPIC_OR_PART: Broker: Unknown topic or partition");
        }
        return out;
    }
    std::map<TP, std::optional<std::int64_t>> offsetsForTimestamp(const std::vector<TP>& partitions,
                                                                  std::int64_t timestampMs) override {
        ++calls;
        std::map<TP, std::optional<std::int64_t>> out;
        for (const auto& tp : partitions) {
            out[tp] = std::nullopt;
            for (const auto& [offset, ts] : recordTimes[tp])
                if (ts >= timestampMs) {
                    out[tp] = offset;
                    break;
                }
        }
        return out;
    }
    std::map<TP, std::int64_t> recordTimestamps(const std::map<TP, std::int64_t>& offsets,
                                                std::chrono::milliseconds) override {
        ++calls;
        std::map<TP, std::int64_t> out;
        for (const auto& [tp, offset] : offsets) {
            const auto& times = recordTimes[tp];
            const auto it = times.lower_bound(offset); // compacted away: the next record's time
            if (it != times.end())
                out[tp] = it->second;
        }
        return out;
    }
    void alterCommittedOffsets(const QString& groupId, const std::map<TP, std::int64_t>& offsets) override {
        ++calls;
        commits.emplace_back(groupId, offsets);
        for (const auto& [tp, off] : offsets)
            committed[groupId][tp] = off;
    }
    std::map<QString, int> partitionCounts(const QStringList& names) override {
        ++calls;
        std::map<QString, int> out;
        for (const auto& n : names)
            if (const auto it = topics.find(n); it != topics.end())
                out[n] = it->second;
        return out;
    }
    std::vector<mqkit::KafkaConfigEntry> describeConfigs(const mqkit::KafkaConfigResource& resource) override {
        ++calls;
        ++describeConfigRequests;
        const auto it = configs.find(resource.describe());
        if (it == configs.end())
            throw mqkit::Error(mqkit::ErrorKind::NotFound, QStringLiteral("%1 does not exist").arg(resource.describe()));
        return it->second;
    }
    std::vector<mqkit::KafkaTopicInfo> listTopics(bool) override {
        ++calls;
        std::vector<mqkit::KafkaTopicInfo> out;
        for (const auto& [name, partitions] : topics)
            out.push_back({name, partitions, replication.count(name) ? replication.at(name) : 1, false});
        return out;
    }
    std::map<QString, std::vector<mqkit::KafkaConfigEntry>> describeTopicConfigs(const QStringList& names) override {
        ++calls;
        ++describeConfigRequests;
        if (failTopicConfigs > 0) {
            --failTopicConfigs;
            throw mqkit::Error(mqkit::ErrorKind::Broker, QStringLiteral("describing the configs failed"));
        }
        std::map<QString, std::vector<mqkit::KafkaConfigEntry>> out;
        for (const auto& n : names) {
            if (!topics.count(n))
                throw mqkit::Error(mqkit::ErrorKind::NotFound, QStringLiteral("topic '%1' does not exist").arg(n));
            out[n] = configs[topicKey(n)];
        }
        return out;
    }
    std::vector<mqkit::KafkaItemResult> createTopics(const std::vector<mqkit::KafkaNewTopic>& newTopics, bool) override {
        ++calls;
        std::vector<mqkit::KafkaItemResult> out;
        for (const auto& t : newTopics) {
            if (t.name == failCreateTopic || topics.count(t.name)) {
                out.push_back({t.name, t.name == failCreateTopic ? "POLICY_VIOLATION" : "TOPIC_ALREADY_EXISTS", "refused"});
                continue;
            }
            topics[t.name] = t.partitions < 0 ? 1 : t.partitions;
            replication[t.name] = t.replicationFactor < 0 ? 1 : t.replicationFactor;
            configs[topicKey(t.name)];
            for (const auto& [k, v] : t.configs)
                setTopicConfig(t.name, k, v, mqkit::KafkaConfigSource::DynamicTopic);
            out.push_back({t.name, {}, {}});
        }
        return out;
    }
    std::vector<mqkit::KafkaItemResult> deleteTopics(const QStringList& names) override {
        ++calls;
        std::vector<mqkit::KafkaItemResult> out;
        for (const auto& n : names) {
            out.push_back({n, topics.erase(n) ? QString() : QStringLiteral("UNKNOWN_TOPIC_OR_PART"), {}});
            configs.erase(topicKey(n));
        }
        return out;
    }
    void createPartitions(const QString& topic, int total, bool) override {
        ++calls;
        topics[topic] = total;
    }
    void applyConfigPlan(const mqkit::KafkaConfigPlan& plan, bool) override {
        ++calls;
        auto& entries = configs[plan.resource.describe()];
        entries.erase(std::remove_if(entries.begin(), entries.end(),
                                     [](const auto& e) { return e.source == mqkit::KafkaConfigSource::DynamicTopic; }),
                      entries.end());
        for (const auto& [k, v] : plan.dynamicAfter)
            setTopicConfig(plan.resource.name, k, v, mqkit::KafkaConfigSource::DynamicTopic);
    }
    std::vector<mqkit::KafkaAcl> describeAcls(const mqkit::KafkaAcl&) override {
        ++calls;
        ++aclRequests;
        return acls;
    }
    void createAcls(const std::vector<mqkit::KafkaAcl>& add) override {
        ++calls;
        for (const auto& a : add)
            if (std::find(acls.begin(), acls.end(), a) == acls.end())
                acls.push_back(a);
    }
    std::vector<mqkit::KafkaAcl> deleteAcls(const std::vector<mqkit::KafkaAcl>& exact) override {
        ++calls;
        std::vector<mqkit::KafkaAcl> deleted;
        for (const auto& a : exact) {
            const auto it = std::find(acls.begin(), acls.end(), a);
            if (it != acls.end()) {
                deleted.push_back(a);
                acls.erase(it);
            }
        }
        return deleted;
    }
};
