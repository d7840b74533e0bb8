#include "kafka/KafkaProducer.h"

#include "common/CoreTr.h"
#include "kafka/KafkaClientPrivate.h"
#include "kafka/KafkaNames.h"

#include <QElapsedTimer>

#include <cstdint>

namespace mqkit {

struct KafkaProducer::Impl : KafkaClientState {
    rdk::Handle handle;
    KafkaDeliveryReport report; // written by onDelivery on the polling thread (ours)
    rd_kafka_resp_err_t firstErrorCode = RD_KAFKA_RESP_ERR_NO_ERROR;
    QString checkedTopic; // the last topic name checked, so a stream to one topic checks it once
    bool keepOutcomes = false;
    std::vector<KafkaDeliveryOutcome> outcomes; // keepOutcomes: every record's outcome, oldest first

    ~Impl() {
        if (handle)
            rd_kafka_flush(handle.get(), static_cast<int>(config.timeout.count()));
    }

    static void onDelivery(rd_kafka_t*, const rd_kafka_message_t* msg, void* opaque) {
        auto* self = static_cast<Impl*>(static_cast<KafkaClientState*>(opaque));
        if (msg->err == RD_KAFKA_RESP_ERR_NO_ERROR) {
            ++self->report.delivered;
            if (self->keepOutcomes) {
                self->outcomes.push_back({reinterpret_cast<std::intptr_t>(msg->_private), true, false, {}});
                std::lock_guard lock(self->mutex);
                self->allBrokersDown = false;
                self->lastErr = RD_KAFKA_RESP_ERR_NO_ERROR;
            }
            return;
        }
        self->recordFailure(reinterpret_cast<std::intptr_t>(msg->_private), msg->err,
                            QStringLiteral("delivery to %1 [%2] failed (%3)")
                                .arg(QString::fromUtf8(rd_kafka_topic_name(msg->rkt)))
                                .arg(msg->partition)
                                .arg(describe(msg->err)));
    }

    // Errors after which sending the same record again cannot succeed.
    static bool isPermanent(rd_kafka_resp_err_t code) {
        switch (code) {
        case RD_KAFKA_RESP_ERR_MSG_SIZE_TOO_LARGE:
        case RD_KAFKA_RESP_ERR_RECORD_LIST_TOO_LARGE:
        case RD_KAFKA_RESP_ERR_INVALID_RECORD:
        case RD_KAFKA_RESP_ERR_INVALID_MSG:
        case RD_KAFKA_RESP_ERR_TOPIC_AUTHORIZATION_FAILED:
        case RD_KAFKA_RESP_ERR_CLUSTER_AUTHORIZATION_FAILED:
        case RD_KAFKA_RESP_ERR_TOPIC_EXCEPTION:
        case RD_KAFKA_RESP_ERR_POLICY_VIOLATION:
        case RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART:
        case RD_KAFKA_RESP_ERR__UNKNOWN_TOPIC:
        case RD_KAFKA_RESP_ERR__UNKNOWN_PARTITION:
        case RD_KAFKA_RESP_ERR__INVALID_ARG:
            return true;
        default:
            return false;
        }
    }

    void recordFailure(std::int64_t tag, rd_kafka_resp_err_t code, const QString& error) {
        if (keepOutcomes)
            outcomes.push_back({tag, false, isPermanent(code), error});
        ++report.failed;
        if (report.firstError.isEmpty()) {
            firstErrorCode = code;
            report.firstError = error;
        }
        if (report.failures.size() < KafkaDeliveryReport::kMaxFailuresKept)
            report.failures.push_back({tag, error});
    }

    // A fatal error (idempotent producer refused, e.g. no IDEMPOTENT_WRITE) as one Error.
    [[noreturn]] void failFatal() {
        char text[512];
        const auto err = rd_kafka_fatal_error(handle.get(), text, sizeof text);
        throw Error(err == RD_KAFKA_RESP_ERR_CLUSTER_AUTHORIZATION_FAILED ||
                            err == RD_KAFKA_RESP_ERR_TOPIC_AUTHORIZATION_FAILED
                        ? ErrorKind::Auth
                        : ErrorKind::Broker,
                    CoreTr::tr("the producer failed (%1): %2 (idempotent producer: needs IDEMPOTENT_WRITE on the "
                               "cluster or WRITE on a topic; the property enable.idempotence=false turns it off)")
                        .arg(QString::fromUtf8(rd_kafka_err2name(err)), QString::fromUtf8(text)));
    }

    bool fatal() {
        char text[8];
        return rd_kafka_fatal_error(handle.get(), text, sizeof text) != RD_KAFKA_RESP_ERR_NO_ERROR;
    }
};

KafkaProducer::KafkaProducer(const KafkaClientConfig& config) : m_impl(std::make_unique<Impl>()) {
    config.validate();
    m_impl->config = config;
    const QString timeoutMs = QString::number(config.timeout.count());
    KafkaProperties defaults{{QStringLiteral("enable.idempotence"), QStringLiteral("true")},
                             {QStringLiteral("acks"), QStringLiteral("all")},
                             {QStringLiteral("message.timeout.ms"), timeoutMs},
                             {QStringLiteral("linger.ms"), QStringLiteral("5")}};
    m_impl->handle = m_impl->newHandle(RD_KAFKA_PRODUCER, defaults, {}, &Impl::onDelivery);
}

KafkaProducer::~KafkaProducer() = default;

bool KafkaProducer::send(const KafkaRecord& r, std::int64_t tag) {
    Impl& d = *m_impl;
    if (r.topic != d.checkedTopic) {
        checkKafkaTopicName(r.topic);
        d.checkedTopic = r.topic;
    }
    const QByteArray topic = r.topic.toUtf8();
    rdk::Headers headers;
    if (!r.headers.empty()) {
        headers.reset(rd_kafka_headers_new(r.headers.size()));
        for (const auto& h : r.headers) {
            const QByteArray name = h.name.toUtf8();
            rd_kafka_header_add(headers.get(), name.constData(), name.size(), h.value ? h.value->constData() : nullptr,
                                h.value ? h.value->size() : 0);
        }
    }
    while (true) {
        rd_kafka_vu_t vus[8];
        size_t n = 0;
        vus[n].vtype = RD_KAFKA_VTYPE_TOPIC;
        vus[n++].u.cstr = topic.constData();
        vus[n].vtype = RD_KAFKA_VTYPE_PARTITION;
        vus[n++].u.i32 = r.partition < 0 ? RD_KAFKA_PARTITION_UA : r.partition;
        vus[n].vtype = RD_KAFKA_VTYPE_MSGFLAGS;
        vus[n++].u.i = RD_KAFKA_MSG_F_COPY;
        vus[n].vtype = RD_KAFKA_VTYPE_OPAQUE; // comes back in the delivery report
        vus[n++].u.ptr = reinterpret_cast<void*>(static_cast<std::intptr_t>(tag));
        if (r.value) {
            vus[n].vtype = RD_KAFKA_VTYPE_VALUE;
            vus[n].u.mem.ptr = const_cast<char*>(r.value->constData());
            vus[n++].u.mem.size = static_cast<size_t>(r.value->size());
        }
        if (r.key) {
            vus[n].vtype = RD_KAFKA_VTYPE_KEY;
            vus[n].u.mem.ptr = const_cast<char*>(r.key->constData());
            vus[n++].u.mem.size = static_cast<size_t>(r.key->size());
        }
        if (r.timestamp > 0) {
            vus[n].vtype = RD_KAFKA_VTYPE_TIMESTAMP;
            vus[n++].u.i64 = r.timestamp;
        }
        if (headers) {
            vus[n].vtype = RD_KAFKA_VTYPE_HEADERS;
            vus[n++].u.headers = headers.get(); // owned by the message once produceva succeeds
        }
        rd_kafka_error_t* error = rd_kafka_produceva(d.handle.get(), vus, n);
        if (!error) {
            (void)headers.release();
            break;
        }
        const auto code = rd_kafka_error_code(error);
        rd_kafka_error_destroy(error);
        if (code == RD_KAFKA_RESP_ERR__QUEUE_FULL) {
            rd_kafka_poll(d.handle.get(), 100); // room is made as deliveries complete
            continue;
        }
        if (code == RD_KAFKA_RESP_ERR__FATAL)
            d.failFatal();
        d.recordFailure(tag, code, CoreTr::tr("producing to %1 refused (%2)").arg(r.topic, Impl::describe(code)));
        rd_kafka_poll(d.handle.get(), 0);
        return false;
    }
    rd_kafka_poll(d.handle.get(), 0); // serve delivery reports as we go
    return true;
}

KafkaDeliveryReport KafkaProducer::flush() {
    Impl& d = *m_impl;
    QElapsedTimer clock;
    clock.start();
    // message.timeout.ms bounds every record; a little more for the reports to arrive.
    const qint64 limit = d.config.timeout.count() + 2000;
    while (rd_kafka_outq_len(d.handle.get()) > 0) {
        rd_kafka_poll(d.handle.get(), 100);
        if (d.authenticationFailed())
            d.failOn(d.handle.get(), RD_KAFKA_RESP_ERR__AUTHENTICATION, QStringLiteral("producing"));
        if (d.fatal())
            d.failFatal();
        if (clock.elapsed() > limit)
            d.failOn(d.handle.get(), RD_KAFKA_RESP_ERR__TIMED_OUT, QStringLiteral("waiting for deliveries"));
    }
    rd_kafka_poll(d.handle.get(), 0);
    if (d.fatal())
        d.failFatal();
    if (d.report.failed > 0 && (d.firstErrorCode == RD_KAFKA_RESP_ERR__MSG_TIMED_OUT ||
                                d.firstErrorCode == RD_KAFKA_RESP_ERR__TRANSPORT)) {
        std::lock_guard lock(d.mutex);
        if (d.lastErr != RD_KAFKA_RESP_ERR_NO_ERROR)
            d.report.firstError += QStringLiteral("; cannot reach Kafka at %1 (%2): %3")
                                       .arg(d.config.bootstrap, QString::fromUtf8(rd_kafka_err2name(d.lastErr)),
                                            d.lastErrText);
    }
    return d.report;
}

void KafkaProducer::keepOutcomes() {
    m_impl->keepOutcomes = true;
}

std::vector<KafkaDeliveryOutcome> KafkaProducer::takeOutcomes(std::chrono::milliseconds wait) {
    rd_kafka_poll(m_impl->handle.get(), static_cast<int>(wait.count()));
    std::vector<KafkaDeliveryOutcome> out;
    out.swap(m_impl->outcomes);
    return out;
}

std::int64_t KafkaProducer::outstanding() const {
    return rd_kafka_outq_len(m_impl->handle.get());
}

std::optional<QString> KafkaProducer::fatalError() const {
    char text[512];
    const auto err = rd_kafka_fatal_error(m_impl->handle.get(), text, sizeof text);
    if (err == RD_KAFKA_RESP_ERR_NO_ERROR)
        return std::nullopt;
    return QStringLiteral("%1: %2").arg(QString::fromUtf8(rd_kafka_err2name(err)), QString::fromUtf8(text));
}

std::optional<QString> KafkaProducer::connectionProblem() const {
    std::lock_guard lock(m_impl->mutex);
    if (!m_impl->allBrokersDown && m_impl->lastErr == RD_KAFKA_RESP_ERR_NO_ERROR)
        return std::nullopt;
    return QStringLiteral("%1: %2").arg(QString::fromUtf8(rd_kafka_err2name(m_impl->lastErr)), m_impl->lastErrText);
}

void KafkaProducer::abandon() {
    rd_kafka_purge(m_impl->handle.get(), RD_KAFKA_PURGE_F_QUEUE | RD_KAFKA_PURGE_F_INFLIGHT | RD_KAFKA_PURGE_F_NON_BLOCKING);
    m_impl->keepOutcomes = false;
    rd_kafka_poll(m_impl->handle.get(), 0);
    m_impl->outcomes.clear();
}

} // namespace mqkit
