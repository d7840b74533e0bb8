#include "kafka/KafkaAdmin.h"

#include "common/Error.h"
#include "kafka/RdKafkaHandles.h"

#include <QElapsedTimer>

#include <algorithm>
#include <mutex>

namespace mqkit {

struct KafkaAdmin::Impl {
    KafkaClientConfig config;
    rdk::Handle handle;
    std::mutex mutex;
    rd_kafka_resp_err_t lastErr = RD_KAFKA_RESP_ERR_NO_ERROR;
    QString lastErrText;
    bool authFailed = false;

    static void onError(rd_kafka_t*, int err, const char* reason, void* opaque) {
        auto* self = static_cast<Impl*>(opaque);
        std::lock_guard lock(self->mutex);
        const auto code = static_cast<rd_kafka_resp_err_t>(err);
        if (code == RD_KAFKA_RESP_ERR__AUTHENTICATION || code == RD_KAFKA_RESP_ERR_SASL_AUTHENTICATION_FAILED) {
            self->authFailed = true;
        } else if (self->authFailed) {
            return; // keep the authentication error: it is the real cause
        }
        if (code == RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN && self->lastErr != RD_KAFKA_RESP_ERR_NO_ERROR)
            return; // the transport error before it says more
        self->lastErr = code;
        self->lastErrText = QString::fromUtf8(reason);
    }

    static void onLog(const rd_kafka_t*, int, const char*, const char*) {
        // Diagnostics reach the user through onError and our own messages, one line each;
        // librdkafka's own log lines would otherwise go straight to stderr.
    }

    // Turns a failed call into the most specific error we know.
    [[noreturn]] void fail(rd_kafka_resp_err_t err, const QString& what) {
        rd_kafka_poll(handle.get(), 0); // serve pending error callbacks
        std::lock_guard lock(mutex);
        const QString where = config.bootstrap;
        if (authFailed) {
            QString hint;
            if (config.get(QStringLiteral("sasl.mechanisms")).startsWith(QLatin1String("SCRAM"), Qt::CaseInsensitive) &&
                !KafkaAdmin::scramWorksWithKafka4())
                hint = QStringLiteral(" (if the broker runs Kafka 4.x: librdkafka %1 cannot do SCRAM with it, 2.6.1 or "
                                      "newer can; PLAIN works)")
                           .arg(KafkaAdmin::clientLibraryVersion());
            throw Error(ErrorKind::Auth, QStringLiteral("authentication to Kafka at %1 failed (%2): %3%4")
                                             .arg(where, QString::fromUtf8(rd_kafka_err2name(lastErr)), lastErrText, hint));
        }
        if (lastErr != RD_KAFKA_RESP_ERR_NO_ERROR &&
            (err == RD_KAFKA_RESP_ERR__TRANSPORT || err == RD_KAFKA_RESP_ERR__TIMED_OUT))
            throw Error(ErrorKind::Connection,
                        QStringLiteral("cannot reach Kafka at %1 within %2 s (%3): %4")
                            .arg(where)
                            .arg(static_cast<double>(config.timeout.count()) / 1000.0)
                            .arg(QString::fromUtf8(rd_kafka_err2name(lastErr)), lastErrText));
        if (err == RD_KAFKA_RESP_ERR__TIMED_OUT)
            throw Error(ErrorKind::Timeout, QStringLiteral("%1: no answer from Kafka at %2 within %3 s")
                                                .arg(what, where)
                                                .arg(static_cast<double>(config.timeout.count()) / 1000.0));
        throw Error(ErrorKind::Broker, QStringLiteral("%1 failed (%2): %3")
                                           .arg(what, QString::fromUtf8(rd_kafka_err2name(err)),
                                                QString::fromUtf8(rd_kafka_err2str(err))));
    }

    // Metadata in short slices so an authentication failure ends the call at once instead of
    // waiting out the whole timeout.
    rdk::Metadata metadata(bool allTopics) {
        QElapsedTimer clock;
        clock.start();
        rd_kafka_resp_err_t err = RD_KAFKA_RESP_ERR__TIMED_OUT;
        while (true) {
            const auto left = config.timeout.count() - clock.elapsed();
            if (left <= 0)
                break;
            const rd_kafka_metadata_t* md = nullptr;
            err = rd_kafka_metadata(handle.get(), allTopics ? 1 : 0, nullptr, &md,
                                    static_cast<int>(std::min<qint64>(left, 1000)));
            if (err == RD_KAFKA_RESP_ERR_NO_ERROR)
                return rdk::Metadata(md);
            rd_kafka_poll(handle.get(), 0);
            {
                std::lock_guard lock(mutex);
                if (authFailed)
                    break;
            }
            if (err != RD_KAFKA_RESP_ERR__TIMED_OUT && err != RD_KAFKA_RESP_ERR__TRANSPORT)
                break;
        }
        fail(err, QStringLiteral("reading cluster metadata"));
    }
};

KafkaAdmin::KafkaAdmin(const KafkaClientConfig& config) : m_impl(std::make_unique<Impl>()) {
    config.validate();
    m_impl->config = config;
    rdk::Conf conf(rd_kafka_conf_new());
    char err[512];
    auto set = [&](const QString& k, const QString& v) {
        if (rd_kafka_conf_set(conf.get(), k.toUtf8().constData(), v.toUtf8().constData(), err, sizeof err) !=
            RD_KAFKA_CONF_OK)
            throw Error(ErrorKind::Usage, QStringLiteral("invalid Kafka property %1: %2").arg(k, QString::fromUtf8(err)));
    };
    set(QStringLiteral("bootstrap.servers"), config.bootstrap);
    set(QStringLiteral("client.id"), QStringLiteral("mqkit"));
    set(QStringLiteral("log.connection.close"), QStringLiteral("false"));
    for (const auto& [k, v] : config.properties)
        set(k, v);
    rd_kafka_conf_set_opaque(conf.get(), m_impl.get());
    rd_kafka_conf_set_error_cb(conf.get(), &Impl::onError);
    rd_kafka_conf_set_log_cb(conf.get(), &Impl::onLog);
    rd_kafka_t* rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf.get(), err, sizeof err);
    if (!rk)
        throw Error(ErrorKind::Usage, QStringLiteral("cannot create a Kafka client: %1").arg(QString::fromUtf8(err)));
    (void)conf.release(); // owned by rk now
    m_impl->handle.reset(rk);
}

KafkaAdmin::~KafkaAdmin() = default;

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
