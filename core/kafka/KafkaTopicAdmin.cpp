// KafkaAdmin's topic calls: describe (metadata + watermarks), create, delete, add partitions.

#include "kafka/KafkaAdminPrivate.h"
#include "kafka/KafkaNames.h"

#include <QThread>

#include <set>

namespace mqkit {

namespace {

QString str(const char* s) {
    return s ? QString::fromUtf8(s) : QString();
}

template <typename T, void (*Destroy)(T*)>
struct Owned {
    std::vector<T*> items;
    Owned() = default;
    Owned(const Owned&) = delete;
    Owned& operator=(const Owned&) = delete;
    ~Owned() {
        for (T* t : items)
            Destroy(t);
    }
};

std::vector<KafkaItemResult> topicResults(const rd_kafka_topic_result_t** results, size_t count) {
    std::vector<KafkaItemResult> out;
    for (size_t i = 0; i < count; ++i) {
        KafkaItemResult r;
        r.name = str(rd_kafka_topic_result_name(results[i]));
        const rd_kafka_resp_err_t err = rd_kafka_topic_result_error(results[i]);
        if (err != RD_KAFKA_RESP_ERR_NO_ERROR) {
            r.errorName = str(rd_kafka_err2name(err));
            r.message = str(rd_kafka_topic_result_error_string(results[i]));
            if (r.message.isEmpty())
                r.message = str(rd_kafka_err2str(err));
        }
        out.push_back(r);
    }
    return out;
}

// Partition counts (with a leader for every partition) of the topics metadata shows.
std::map<QString, int> readyPartitionCounts(const rd_kafka_metadata_t* md) {
    std::map<QString, int> out;
    for (int i = 0; i < md->topic_cnt; ++i) {
        const auto& t = md->topics[i];
        if (t.err != RD_KAFKA_RESP_ERR_NO_ERROR)
            continue;
        bool led = true;
        for (int p = 0; p < t.partition_cnt; ++p)
            led = led && t.partitions[p].leader >= 0;
        if (led)
            out[str(t.topic)] = t.partition_cnt;
    }
    return out;
}

} // namespace

// The controller has committed a change once the admin call returns, but the broker answering
// metadata may still show the old state for a moment. Waits (within the timeout, never failing)
// until `settled` holds, so a describe right after a create/delete/add-partitions sees it.
template <typename Settled>
static void awaitMetadata(rd_kafka_t* rk, std::chrono::milliseconds timeout, Settled settled) {
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeout.count()) {
        const rd_kafka_metadata_t* md = nullptr;
        if (rd_kafka_metadata(rk, 1, nullptr, &md, 1000) == RD_KAFKA_RESP_ERR_NO_ERROR) {
            const rdk::Metadata owned(md);
            if (settled(readyPartitionCounts(md)))
                return;
        }
        QThread::msleep(100);
    }
}

std::vector<KafkaTopicDescription> KafkaAdmin::describeTopics(const QStringList& topics, bool includeInternal) {
    // All-topics metadata: a request naming a topic would make the broker auto-create it.
    const auto md = m_impl->metadata(true);
    const std::set<QString> wanted(topics.begin(), topics.end());
    std::vector<KafkaTopicDescription> out;
    std::set<QString> seen;
    for (int i = 0; i < md->topic_cnt; ++i) {
        const auto& t = md->topics[i];
        KafkaTopicDescription d;
        d.name = str(t.topic);
        d.internal = d.name.startsWith(QLatin1String("__"));
        if (wanted.empty() ? (d.internal && !includeInternal) : !wanted.count(d.name))
            continue;
        if (t.err == RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART)
            continue;
        seen.insert(d.name);
        for (int p = 0; p < t.partition_cnt; ++p) {
            const auto& mp = t.partitions[p];
            KafkaPartitionState s;
            s.partition = mp.id;
            s.leader = mp.leader;
            s.replicas.assign(mp.replicas, mp.replicas + mp.replica_cnt);
            s.isr.assign(mp.isrs, mp.isrs + mp.isr_cnt);
            s.offline = mp.leader < 0;
            s.underReplicated = mp.isr_cnt < mp.replica_cnt;
            if (mp.err != RD_KAFKA_RESP_ERR_NO_ERROR)
                s.error = str(rd_kafka_err2name(mp.err));
            d.partitions.push_back(s);
        }
        std::sort(d.partitions.begin(), d.partitions.end(),
                  [](const auto& a, const auto& b) { return a.partition < b.partition; });
        out.push_back(d);
    }
    QStringList missing;
    for (const auto& w : wanted)
        if (!seen.count(w))
            missing << QStringLiteral("'%1'").arg(w);
    if (!missing.isEmpty())
        throw Error(ErrorKind::NotFound,
                    QStringLiteral("unknown topic %1 (UNKNOWN_TOPIC_OR_PART): Kafka at %2 has no such topic, or it is "
                                   "not visible to this user")
                        .arg(missing.join(QStringLiteral(", ")), m_impl->config.bootstrap));
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.name < b.name; });

    std::vector<KafkaTopicPartition> parts;
    for (const auto& d : out)
        for (const auto& p : d.partitions)
            if (!p.offline)
                parts.push_back({d.name, p.partition});
    // watermarks() fails the whole call on a transient leadership error (a topic created a moment
    // ago: metadata names a leader the broker has not taken up yet); retry that within the timeout.
    std::map<KafkaTopicPartition, KafkaWatermarks> marks;
    QElapsedTimer clock;
    clock.start();
    while (true) {
        try {
            marks = watermarks(parts);
            break;
        } catch (const Error& e) {
            const bool transient = e.message().contains(QLatin1String("NOT_LEADER")) ||
                                   e.message().contains(QLatin1String("LEADER_NOT_AVAILABLE"));
            if (!transient || clock.elapsed() + 200 >= m_impl->config.timeout.count())
                throw;
            QThread::msleep(200);
        }
    }
    for (auto& d : out)
        for (auto& p : d.partitions) {
            const auto it = marks.find({d.name, p.partition});
            if (it == marks.end())
                continue;
            p.low = it->second.logStart;
            p.high = it->second.logEnd;
            if (!it->second.error.isEmpty() && p.error.isEmpty())
                p.error = it->second.error;
        }
    return out;
}

std::vector<KafkaItemResult> KafkaAdmin::createTopics(const std::vector<KafkaNewTopic>& topics, bool validateOnly) {
    if (topics.empty())
        return {};
    for (const KafkaNewTopic& topic : topics)
        checkKafkaTopicName(topic.name);
    Owned<rd_kafka_NewTopic_t, rd_kafka_NewTopic_destroy> newTopics;
    char err[512];
    for (const auto& t : topics) {
        rd_kafka_NewTopic_t* nt =
            rd_kafka_NewTopic_new(t.name.toUtf8().constData(), t.partitions, t.replicationFactor, err, sizeof err);
        if (!nt)
            throw Error(ErrorKind::Usage, QStringLiteral("cannot create topic '%1': %2").arg(t.name, str(err)));
        newTopics.items.push_back(nt);
        for (const auto& [k, v] : t.configs)
            if (rd_kafka_NewTopic_set_config(nt, k.toUtf8().constData(), v.toUtf8().constData()) !=
                RD_KAFKA_RESP_ERR_NO_ERROR)
                throw Error(ErrorKind::Usage, QStringLiteral("invalid topic config %1=%2").arg(k, v));
    }
    rdk::Queue queue(rd_kafka_queue_new(m_impl->handle.get()));
    auto options = m_impl->adminOptions(RD_KAFKA_ADMIN_OP_CREATETOPICS);
    // Wait until the controller has created the topics, so a describe right after sees them.
    rd_kafka_AdminOptions_set_operation_timeout(options.get(), static_cast<int>(m_impl->config.timeout.count()), err,
                                                sizeof err);
    if (validateOnly)
        rd_kafka_AdminOptions_set_validate_only(options.get(), 1, err, sizeof err);
    rd_kafka_CreateTopics(m_impl->handle.get(), newTopics.items.data(), newTopics.items.size(), options.get(),
                          queue.get());
    rdk::Event ev = m_impl->awaitAdminResult(queue.get(), QStringLiteral("creating topics"));
    size_t count = 0;
    const auto** results = rd_kafka_CreateTopics_result_topics(rd_kafka_event_CreateTopics_result(ev.get()), &count);
    auto out = topicResults(results, count);
    if (!validateOnly)
        awaitMetadata(m_impl->handle.get(), m_impl->config.timeout, [&](const std::map<QString, int>& ready) {
            return std::all_of(out.begin(), out.end(), [&](const auto& r) { return !r.ok() || ready.count(r.name); });
        });
    return out;
}

std::vector<KafkaItemResult> KafkaAdmin::deleteTopics(const QStringList& topics) {
    if (topics.isEmpty())
        return {};
    Owned<rd_kafka_DeleteTopic_t, rd_kafka_DeleteTopic_destroy> dels;
    for (const auto& t : topics)
        dels.items.push_back(rd_kafka_DeleteTopic_new(t.toUtf8().constData()));
    rdk::Queue queue(rd_kafka_queue_new(m_impl->handle.get()));
    auto options = m_impl->adminOptions(RD_KAFKA_ADMIN_OP_DELETETOPICS);
    char err[256];
    rd_kafka_AdminOptions_set_operation_timeout(options.get(), static_cast<int>(m_impl->config.timeout.count()), err,
                                                sizeof err);
    rd_kafka_DeleteTopics(m_impl->handle.get(), dels.items.data(), dels.items.size(), options.get(), queue.get());
    rdk::Event ev = m_impl->awaitAdminResult(queue.get(), QStringLiteral("deleting topics"));
    size_t count = 0;
    const auto** results = rd_kafka_DeleteTopics_result_topics(rd_kafka_event_DeleteTopics_result(ev.get()), &count);
    auto out = topicResults(results, count);
    awaitMetadata(m_impl->handle.get(), m_impl->config.timeout, [&](const std::map<QString, int>& ready) {
        return std::none_of(out.begin(), out.end(), [&](const auto& r) { return r.ok() && ready.count(r.name); });
    });
    return out;
}

void KafkaAdmin::createPartitions(const QString& topic, int totalPartitions, bool validateOnly) {
    const auto before = partitionCounts({topic});
    if (!before.count(topic))
        throw Error(ErrorKind::NotFound, QStringLiteral("topic '%1' does not exist").arg(topic));
    const int current = before.at(topic);
    // A KRaft controller writes at most 10000 records per request (QuorumController's
    // MAX_RECORDS_PER_USER_OP, one record per new partition) and fails a larger request only after
    // creating part of it.
    constexpr int kMaxNewPartitions = 10000;
    if (totalPartitions - current > kMaxNewPartitions)
        throw Error(ErrorKind::Usage, QStringLiteral("cannot grow topic '%1' from %2 to %3 partitions in one step: Kafka's "
                                                     "controller adds at most %4 partitions per request")
                                          .arg(topic)
                                          .arg(current)
                                          .arg(totalPartitions)
                                          .arg(kMaxNewPartitions));
    try {
        requestPartitions(topic, totalPartitions, validateOnly);
    } catch (const Error& e) {
        if (validateOnly)
            throw;
        // The broker may have done part of it: say what the topic has now.
        int now = -1;
        try {
            const auto after = partitionCounts({topic});
            now = after.count(topic) ? after.at(topic) : -1;
        } catch (const Error&) {
        }
        if (now < 0 || now == current)
            throw;
        throw Error(e.kind(), QStringLiteral("%1; topic '%2' now has %3 partitions (it had %4, %5 were asked)")
                                  .arg(e.message(), topic)
                                  .arg(now)
                                  .arg(current)
                                  .arg(totalPartitions));
    }
}

void KafkaAdmin::requestPartitions(const QString& topic, int totalPartitions, bool validateOnly) {
    Owned<rd_kafka_NewPartitions_t, rd_kafka_NewPartitions_destroy> parts;
    char err[512];
    rd_kafka_NewPartitions_t* np = rd_kafka_NewPartitions_new(topic.toUtf8().constData(),
                                                              static_cast<size_t>(std::max(totalPartitions, 0)), err,
                                                              sizeof err);
    if (!np)
        throw Error(ErrorKind::Usage, QStringLiteral("cannot add partitions to '%1': %2").arg(topic, str(err)));
    parts.items.push_back(np);
    rdk::Queue queue(rd_kafka_queue_new(m_impl->handle.get()));
    auto options = m_impl->adminOptions(RD_KAFKA_ADMIN_OP_CREATEPARTITIONS);
    rd_kafka_AdminOptions_set_operation_timeout(options.get(), static_cast<int>(m_impl->config.timeout.count()), err,
                                                sizeof err);
    if (validateOnly)
        rd_kafka_AdminOptions_set_validate_only(options.get(), 1, err, sizeof err);
    rd_kafka_CreatePartitions(m_impl->handle.get(), parts.items.data(), parts.items.size(), options.get(), queue.get());
    rdk::Event ev = m_impl->awaitAdminResult(queue.get(), QStringLiteral("adding partitions to '%1'").arg(topic));
    size_t count = 0;
    const auto** results =
        rd_kafka_CreatePartitions_result_topics(rd_kafka_event_CreatePartitions_result(ev.get()), &count);
    for (const auto& r : topicResults(results, count)) {
        if (r.ok())
            continue;
        const auto kind =
            r.errorName == QLatin1String("UNKNOWN_TOPIC_OR_PART") ? ErrorKind::NotFound : ErrorKind::Broker;
        throw Error(kind, QStringLiteral("cannot add partitions to topic '%1' (%2): %3").arg(r.name, r.errorName, r.message));
    }
    if (!validateOnly)
        awaitMetadata(m_impl->handle.get(), m_impl->config.timeout, [&](const std::map<QString, int>& ready) {
            const auto it = ready.find(topic);
            return it != ready.end() && it->second >= totalPartitions;
        });
}

} // namespace mqkit
