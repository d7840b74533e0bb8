// KafkaAdmin's config calls: DescribeConfigs, and AlterConfigs with the read-merge-write that
// librdkafka 2.0.2 needs (it has no IncrementalAlterConfigs).

#include "kafka/KafkaAdminPrivate.h"
#include "kafka/KafkaNames.h"

#include <string_view>
#include <unordered_map>

namespace mqkit {

namespace {

QString str(const char* s) {
    return s ? QString::fromUtf8(s) : QString();
}

struct ConfigResourceDeleter {
    void operator()(rd_kafka_ConfigResource_t* r) const { rd_kafka_ConfigResource_destroy(r); }
};
using ConfigResourcePtr = std::unique_ptr<rd_kafka_ConfigResource_t, ConfigResourceDeleter>;

ConfigResourcePtr newResource(const KafkaConfigResource& r) {
    if (r.name.isEmpty())
        throw Error(ErrorKind::Usage,
                    r.type == KafkaConfigResourceType::Topic
                        ? QStringLiteral("a topic name is needed")
                        : QStringLiteral("librdkafka %1 cannot address the cluster-wide broker default (it crashes on "
                                         "an empty broker name); name a broker id, or use kafka-configs --entity-default")
                              .arg(KafkaAdmin::clientLibraryVersion()));
    return ConfigResourcePtr(rd_kafka_ConfigResource_new(
        r.type == KafkaConfigResourceType::Topic ? RD_KAFKA_RESOURCE_TOPIC : RD_KAFKA_RESOURCE_BROKER,
        r.name.toUtf8().constData()));
}

KafkaConfigSource sourceOf(rd_kafka_ConfigSource_t s) {
    switch (s) {
    case RD_KAFKA_CONFIG_SOURCE_DYNAMIC_TOPIC_CONFIG: return KafkaConfigSource::DynamicTopic;
    case RD_KAFKA_CONFIG_SOURCE_DYNAMIC_BROKER_CONFIG: return KafkaConfigSource::DynamicBroker;
    case RD_KAFKA_CONFIG_SOURCE_DYNAMIC_DEFAULT_BROKER_CONFIG: return KafkaConfigSource::DynamicDefaultBroker;
    case RD_KAFKA_CONFIG_SOURCE_STATIC_BROKER_CONFIG: return KafkaConfigSource::StaticBroker;
    case RD_KAFKA_CONFIG_SOURCE_DEFAULT_CONFIG: return KafkaConfigSource::Default;
    default: return KafkaConfigSource::Unknown;
    }
}

// Throws for a failed resource in a DescribeConfigs / AlterConfigs result.
void checkResource(const rd_kafka_ConfigResource_t* res, const KafkaConfigResource& r, const QString& what) {
    const rd_kafka_resp_err_t err = rd_kafka_ConfigResource_error(res);
    if (err == RD_KAFKA_RESP_ERR_NO_ERROR)
        return;
    QString message = str(rd_kafka_ConfigResource_error_string(res));
    if (message.isEmpty())
        message = str(rd_kafka_err2str(err));
    const QString name = str(rd_kafka_err2name(err));
    ErrorKind kind = ErrorKind::Broker;
    if (err == RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART)
        kind = ErrorKind::NotFound;
    else if (err == RD_KAFKA_RESP_ERR_TOPIC_AUTHORIZATION_FAILED || err == RD_KAFKA_RESP_ERR_CLUSTER_AUTHORIZATION_FAILED)
        kind = ErrorKind::Auth;
    throw Error(kind, QStringLiteral("%1 %2 failed (%3): %4").arg(what, r.describe(), name, message));
}

// The texts of config entries: the same few dozen names and mostly the same default values for
// every topic, so one QString each is shared (thousands of topics: a tenth of the allocations).
class ConfigTexts {
public:
    QString operator()(const char* s) {
        if (!s)
            return {};
        const std::string_view text(s);
        if (text.size() > 64)
            return QString::fromUtf8(s);
        const auto [it, added] = m_seen.try_emplace(std::string(text));
        if (added)
            it->second = QString::fromUtf8(s);
        return it->second;
    }

private:
    std::unordered_map<std::string, QString> m_seen;
};

std::vector<KafkaConfigEntry> entriesOf(const rd_kafka_ConfigResource_t* resource, ConfigTexts& texts) {
    size_t n = 0;
    const rd_kafka_ConfigEntry_t** entries = rd_kafka_ConfigResource_configs(resource, &n);
    std::vector<KafkaConfigEntry> out;
    out.reserve(n);
    for (size_t e = 0; e < n; ++e) {
        KafkaConfigEntry c;
        c.name = texts(rd_kafka_ConfigEntry_name(entries[e]));
        c.sensitive = rd_kafka_ConfigEntry_is_sensitive(entries[e]) != 0;
        if (const char* v = rd_kafka_ConfigEntry_value(entries[e]); v && !c.sensitive)
            c.value = texts(v);
        c.source = sourceOf(rd_kafka_ConfigEntry_source(entries[e]));
        c.readOnly = rd_kafka_ConfigEntry_is_read_only(entries[e]) != 0;
        out.push_back(std::move(c));
    }
    return out;
}

} // namespace

QString KafkaConfigResource::describe() const {
    if (type == KafkaConfigResourceType::Topic)
        return QStringLiteral("topic '%1'").arg(name);
    return name.isEmpty() ? QStringLiteral("the cluster-wide broker default") : QStringLiteral("broker %1").arg(name);
}

QString configSourceName(KafkaConfigSource source) {
    switch (source) {
    case KafkaConfigSource::DynamicTopic: return QStringLiteral("dynamic-topic");
    case KafkaConfigSource::DynamicBroker: return QStringLiteral("dynamic-broker");
    case KafkaConfigSource::DynamicDefaultBroker: return QStringLiteral("dynamic-default-broker");
    case KafkaConfigSource::StaticBroker: return QStringLiteral("static-broker");
    case KafkaConfigSource::Default: return QStringLiteral("default");
    case KafkaConfigSource::Unknown: break;
    }
    return QStringLiteral("unknown");
}

bool isDynamic(KafkaConfigSource source) {
    return source == KafkaConfigSource::DynamicTopic || source == KafkaConfigSource::DynamicBroker ||
           source == KafkaConfigSource::DynamicDefaultBroker;
}

// A broker id the cluster does not have gets no answer at all (the request waits for a broker that
// is not there), so it is checked against the cluster's brokers first; a topic name Kafka would
// refuse is refused before asking.
void KafkaAdmin::requireValidResource(const KafkaConfigResource& resource) {
    if (resource.type == KafkaConfigResourceType::Topic) {
        if (const QString problem = kafkaTopicNameProblem(resource.name); !problem.isEmpty() && !resource.name.isEmpty())
            throw Error(ErrorKind::Usage, problem);
        return;
    }
    if (resource.name.isEmpty())
        return;
    bool ok = false;
    const int id = resource.name.toInt(&ok);
    if (!ok || id < 0)
        throw Error(ErrorKind::Usage, QStringLiteral("'%1' is not a broker id").arg(resource.name));
    const KafkaClusterInfo cluster = describeCluster();
    QStringList ids;
    for (const auto& b : cluster.brokers) {
        if (b.id == id)
            return;
        ids << QString::number(b.id);
    }
    throw Error(ErrorKind::NotFound, QStringLiteral("broker %1 is not in the cluster (its brokers: %2)")
                                         .arg(resource.name, ids.join(QStringLiteral(", "))));
}

std::vector<KafkaConfigEntry> KafkaAdmin::describeConfigs(const KafkaConfigResource& resource) {
    requireValidResource(resource);
    ConfigResourcePtr res = newResource(resource);
    rd_kafka_ConfigResource_t* arr[] = {res.get()};
    rdk::Queue queue(rd_kafka_queue_new(m_impl->handle.get()));
    auto options = m_impl->adminOptions(RD_KAFKA_ADMIN_OP_DESCRIBECONFIGS);
    rd_kafka_DescribeConfigs(m_impl->handle.get(), arr, 1, options.get(), queue.get());
    const QString what = QStringLiteral("describing the configs of");
    rdk::Event ev = m_impl->awaitAdminResult(queue.get(), QStringLiteral("%1 %2").arg(what, resource.describe()));
    size_t count = 0;
    const rd_kafka_ConfigResource_t** results =
        rd_kafka_DescribeConfigs_result_resources(rd_kafka_event_DescribeConfigs_result(ev.get()), &count);
    std::vector<KafkaConfigEntry> out;
    ConfigTexts texts;
    for (size_t i = 0; i < count; ++i) {
        checkResource(results[i], resource, what);
        auto entries = entriesOf(results[i], texts);
        out.insert(out.end(), entries.begin(), entries.end());
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
    return out;
}

std::map<QString, std::vector<KafkaConfigEntry>> KafkaAdmin::describeTopicConfigs(const QStringList& topics) {
    // at most 500 topics a request, and a request for each parallel connection when there are enough
    constexpr auto connections = static_cast<qsizetype>(Impl::kParallelConnections);
    const qsizetype chunk = std::clamp<qsizetype>((topics.size() + connections - 1) / connections, 100, 500);
    struct Request {
        std::vector<ConfigResourcePtr> resources;
        rdk::Queue queue;
    };
    std::vector<Request> requests;
    for (qsizetype first = 0; first < topics.size(); first += chunk) {
        rd_kafka_t* rk = m_impl->parallelHandle(requests.size());
        Request r{{}, rdk::Queue(rd_kafka_queue_new(rk))};
        std::vector<rd_kafka_ConfigResource_t*> ptrs;
        for (qsizetype i = first; i < std::min(topics.size(), first + chunk); ++i) {
            requireValidResource({KafkaConfigResourceType::Topic, topics[i]});
            r.resources.push_back(newResource({KafkaConfigResourceType::Topic, topics[i]}));
            ptrs.push_back(r.resources.back().get());
        }
        auto options = m_impl->adminOptions(RD_KAFKA_ADMIN_OP_DESCRIBECONFIGS);
        rd_kafka_DescribeConfigs(rk, ptrs.data(), ptrs.size(), options.get(), r.queue.get());
        requests.push_back(std::move(r));
    }
    const QString what = QStringLiteral("describing the configs of");
    std::map<QString, std::vector<KafkaConfigEntry>> out;
    ConfigTexts texts;
    for (auto& r : requests) {
        rdk::Event ev = m_impl->awaitAdminResult(r.queue.get(), QStringLiteral("%1 %2 topics").arg(what).arg(topics.size()));
        size_t count = 0;
        const rd_kafka_ConfigResource_t** results =
            rd_kafka_DescribeConfigs_result_resources(rd_kafka_event_DescribeConfigs_result(ev.get()), &count);
        for (size_t i = 0; i < count; ++i) {
            const KafkaConfigResource resource{KafkaConfigResourceType::Topic, str(rd_kafka_ConfigResource_name(results[i]))};
            checkResource(results[i], resource, what);
            auto entries = entriesOf(results[i], texts);
            std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
            out[resource.name] = std::move(entries);
        }
    }
    return out;
}

void KafkaAdmin::applyConfigPlan(const KafkaConfigPlan& plan, bool validateOnly) {
    ConfigResourcePtr res = newResource(plan.resource);
    for (const auto& [k, v] : plan.dynamicAfter)
        if (rd_kafka_ConfigResource_set_config(res.get(), k.toUtf8().constData(), v.toUtf8().constData()) !=
            RD_KAFKA_RESP_ERR_NO_ERROR)
            throw Error(ErrorKind::Usage, QStringLiteral("invalid config %1").arg(k));
    rd_kafka_ConfigResource_t* arr[] = {res.get()};
    rdk::Queue queue(rd_kafka_queue_new(m_impl->handle.get()));
    auto options = m_impl->adminOptions(RD_KAFKA_ADMIN_OP_ALTERCONFIGS);
    char err[256];
    if (validateOnly)
        rd_kafka_AdminOptions_set_validate_only(options.get(), 1, err, sizeof err);
    rd_kafka_AlterConfigs(m_impl->handle.get(), arr, 1, options.get(), queue.get());
    const QString what = validateOnly ? QStringLiteral("validating the configs of") : QStringLiteral("altering the configs of");
    rdk::Event ev = m_impl->awaitAdminResult(queue.get(), QStringLiteral("%1 %2").arg(what, plan.resource.describe()));
    size_t count = 0;
    const rd_kafka_ConfigResource_t** results =
        rd_kafka_AlterConfigs_result_resources(rd_kafka_event_AlterConfigs_result(ev.get()), &count);
    for (size_t i = 0; i < count; ++i)
        checkResource(results[i], plan.resource, what);
}

} // namespace mqkit
