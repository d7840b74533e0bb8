#include "kafka/KafkaAdmin.h"

#include "kafka/KafkaAdminPrivate.h"

namespace mqkit {

rd_kafka_t* KafkaAdmin::Impl::offsetsHandle() {
    if (!offsets)
        offsets = newHandle(RD_KAFKA_CONSUMER, {{QStringLiteral("isolation.level"), QStringLiteral("read_uncommitted")},
                                                {QStringLiteral("enable.auto.commit"), QStringLiteral("false")},
                                                // assign() needs a group id; this one never joins or commits,
                                                // so the cluster never lists it
                                                {QStringLiteral("group.id"), QStringLiteral("mqkit-offset-probe")},
                                                // recordTimestamps() wants one record per partition, not a prefetch
                                                {QStringLiteral("queued.min.messages"), QStringLiteral("1")},
                                                {QStringLiteral("fetch.wait.max.ms"), QStringLiteral("50")},
                                                {QStringLiteral("max.partition.fetch.bytes"), QStringLiteral("4096")}});
    return offsets.get();
}

rdk::AdminOptions KafkaAdmin::Impl::adminOptions(rd_kafka_admin_op_t op) {
    rdk::AdminOptions options(rd_kafka_AdminOptions_new(handle.get(), op));
    char err[256];
    rd_kafka_AdminOptions_set_request_timeout(options.get(), static_cast<int>(config.timeout.count()), err, sizeof err);
    return options;
}

rdk::Event KafkaAdmin::Impl::awaitAdminResult(rd_kafka_queue_t* queue, const QString& what) {
    QElapsedTimer clock;
    clock.start();
    const qint64 limit = config.timeout.count() + 1000;
    while (true) {
        const qint64 left = limit - clock.elapsed();
        if (left <= 0)
            fail(RD_KAFKA_RESP_ERR__TIMED_OUT, what);
        throwIfCancelled(what);
        rdk::Event ev(rd_kafka_queue_poll(queue, static_cast<int>(std::min<qint64>(left, 200))));
        rd_kafka_poll(handle.get(), 0); // serve error callbacks (authentication, transport)
        if (!ev) {
            std::lock_guard lock(mutex);
            if (!authFailed)
                continue;
        }
        if (!ev || rd_kafka_event_error(ev.get()) != RD_KAFKA_RESP_ERR_NO_ERROR)
            fail(ev ? rd_kafka_event_error(ev.get()) : RD_KAFKA_RESP_ERR__AUTHENTICATION, what);
        return ev;
    }
}

KafkaAdmin::KafkaAdmin(const KafkaClientConfig& config) : m_impl(std::make_unique<Impl>()) {
    config.validate();
    m_impl->config = config;
    m_impl->handle = m_impl->newHandle(RD_KAFKA_PRODUCER, {});
}

KafkaAdmin::~KafkaAdmin() {
    // The probe consumer never joined its group: skip the consumer close, which would wait for a
    // coordinator round trip for nothing.
    if (m_impl->offsets)
        rd_kafka_destroy_flags(m_impl->offsets.release(), RD_KAFKA_DESTROY_F_NO_CONSUMER_CLOSE);
}

void KafkaAdmin::cancel() {
    m_impl->cancelled = true;
}

std::vector<KafkaTopicInfo> KafkaAdmin::listTopics(bool includeInternal) {
    const auto md = m_impl->metadata(true);
    std::vector<KafkaTopicInfo> topics;
    for (int i = 0; i < md->topic_cnt; ++i) {
        const auto& t = md->topics[i];
        KafkaTopicInfo info;
        info.name = QString::fromUtf8(t.topic);
        info.internal = info.name.startsWith(QLatin1String("__"));
        if (info.internal && !includeInternal)
            continue;
        info.partitions = t.partition_cnt;
        info.replicationFactor = t.partition_cnt > 0 ? t.partitions[0].replica_cnt : 0;
        topics.push_back(info);
    }
    std::sort(topics.begin(), topics.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
    return topics;
}

QString KafkaAdmin::clientLibraryVersion() {
    return QString::fromUtf8(rd_kafka_version_str());
}

bool KafkaAdmin::scramWorksWithKafka4() {
    return rd_kafka_version() >= 0x020601ff;
}

KafkaClusterInfo KafkaAdmin::describeCluster() {
    const auto md = m_impl->metadata(false);
    KafkaClusterInfo info;
    const auto timeoutMs = static_cast<int>(m_impl->config.timeout.count());
    if (char* id = rd_kafka_clusterid(m_impl->handle.get(), timeoutMs)) {
        info.clusterId = QString::fromUtf8(id);
        rd_kafka_mem_free(m_impl->handle.get(), id);
    }
    info.controllerId = rd_kafka_controllerid(m_impl->handle.get(), timeoutMs);
    for (int i = 0; i < md->broker_cnt; ++i)
        info.brokers.push_back({md->brokers[i].id, QString::fromUtf8(md->brokers[i].host), md->brokers[i].port});
    std::sort(info.brokers.begin(), info.brokers.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    return info;
}

} // namespace mqkit
