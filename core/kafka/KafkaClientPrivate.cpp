#include "kafka/KafkaClientPrivate.h"

#include "kafka/KafkaAdmin.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

namespace mqkit {

void KafkaClientState::onError(rd_kafka_t*, int err, const char* reason, void* opaque) {
    auto* self = static_cast<KafkaClientState*>(opaque);
    std::lock_guard lock(self->mutex);
    const auto code = static_cast<rd_kafka_resp_err_t>(err);
    // A group consumer's coordinator connection is a broker of its own, so librdkafka may report
    // only transport errors, never _ALL_BROKERS_DOWN: both mean "check whether the cluster is gone".
    if (code == RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN || code == RD_KAFKA_RESP_ERR__TRANSPORT)
        self->allBrokersDown = true;
    if (code == RD_KAFKA_RESP_ERR__AUTHENTICATION || code == RD_KAFKA_RESP_ERR_SASL_AUTHENTICATION_FAILED) {
        self->authFailed = true;
    } else if (self->authFailed) {
        return; // keep the authentication error: it is the real cause
    }
    if (code == RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN && self->lastErr != RD_KAFKA_RESP_ERR_NO_ERROR)
        return; // the transport error before it says more
    self->lastErr = code;
    self->lastErrText = QString::fromUtf8(reason).trimmed(); // some reasons end with a line break
}

void KafkaClientState::checkReachable(rd_kafka_t* rk, const QString& what) {
    bool down = false;
    {
        std::lock_guard lock(mutex);
        down = allBrokersDown;
    }
    if (!down) {
        downSince.invalidate();
        return;
    }
    if (!downSince.isValid()) {
        downSince.start();
        return;
    }
    if (downSince.elapsed() < config.timeout.count())
        return;
    const rd_kafka_metadata_t* md = nullptr;
    if (rd_kafka_metadata(rk, 0, nullptr, &md, 1000) == RD_KAFKA_RESP_ERR_NO_ERROR) {
        rd_kafka_metadata_destroy(md);
        std::lock_guard lock(mutex);
        allBrokersDown = false;
        downSince.invalidate();
        return;
    }
    failOn(rk, RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN, what);
}

void KafkaClientState::onLog(const rd_kafka_t* rk, int level, const char* facility, const char* message) {
    // Diagnostics reach the user through onError and our own messages, one line each;
    // librdkafka's own log lines (with -X debug=...) only with MQKIT_KAFKA_LOG=1.
    static const bool enabled = qEnvironmentVariableIsSet("MQKIT_KAFKA_LOG");
    if (!enabled)
        return;
    QByteArray line(message);
    // librdkafka 2.0.2 redacts its sensitive properties in the configuration dump; any other line
    // that would carry a secret's value (a future debug context, a plugin) is redacted here.
    if (const auto* self = static_cast<const KafkaClientState*>(rd_kafka_opaque(rk)))
        for (const auto& [key, value] : self->config.properties)
            if (KafkaClientConfig::isSecretProperty(key) && !value.isEmpty())
                line.replace(value.toUtf8(), QByteArrayLiteral("[redacted]"));
    std::fprintf(stderr, "%s librdkafka %d %s: %s\n",
                 qPrintable(QDateTime::currentDateTime().toString(Qt::ISODateWithMs)), level, facility, line.constData());
}

QString KafkaClientState::describe(rd_kafka_resp_err_t err) {
    return QStringLiteral("%1: %2").arg(QString::fromUtf8(rd_kafka_err2name(err)), QString::fromUtf8(rd_kafka_err2str(err)));
}

rdk::Handle KafkaClientState::newHandle(rd_kafka_type_t type, const KafkaProperties& defaults,
                                        const KafkaProperties& overrides, DeliveryCallback onDelivery) {
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
    for (const auto& [k, v] : defaults)
        set(k, v);
    for (const auto& [k, v] : config.properties)
        set(k, v);
    for (const auto& [k, v] : overrides)
        set(k, v);
    rd_kafka_conf_set_opaque(conf.get(), this);
    rd_kafka_conf_set_error_cb(conf.get(), &KafkaClientState::onError);
    rd_kafka_conf_set_log_cb(conf.get(), &KafkaClientState::onLog);
    if (onDelivery)
        rd_kafka_conf_set_dr_msg_cb(conf.get(), onDelivery);
    rd_kafka_t* rk = rd_kafka_new(type, conf.get(), err, sizeof err);
    if (!rk)
        throw Error(ErrorKind::Usage, QStringLiteral("cannot create a Kafka client: %1").arg(QString::fromUtf8(err)));
    (void)conf.release(); // owned by rk now
    return rdk::Handle(rk);
}

void KafkaClientState::failOn(rd_kafka_t* rk, rd_kafka_resp_err_t err, const QString& what) {
    if (rk)
        rd_kafka_poll(rk, 0); // serve pending error callbacks
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
        (err == RD_KAFKA_RESP_ERR__TRANSPORT || err == RD_KAFKA_RESP_ERR__TIMED_OUT ||
         err == RD_KAFKA_RESP_ERR__MSG_TIMED_OUT || err == RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN))
        throw Error(ErrorKind::Connection, QStringLiteral("cannot reach Kafka at %1 within %2 s (%3): %4")
                                               .arg(where)
                                               .arg(timeoutSeconds())
                                               .arg(QString::fromUtf8(rd_kafka_err2name(lastErr)), lastErrText));
    if (err == RD_KAFKA_RESP_ERR__TIMED_OUT)
        throw Error(ErrorKind::Timeout,
                    QStringLiteral("%1: no answer from Kafka at %2 within %3 s").arg(what, where).arg(timeoutSeconds()));
    const ErrorKind kind = err == RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART || err == RD_KAFKA_RESP_ERR__UNKNOWN_TOPIC ||
                                   err == RD_KAFKA_RESP_ERR__UNKNOWN_PARTITION || err == RD_KAFKA_RESP_ERR_GROUP_ID_NOT_FOUND
                               ? ErrorKind::NotFound
                           : err == RD_KAFKA_RESP_ERR_TOPIC_AUTHORIZATION_FAILED ||
                                   err == RD_KAFKA_RESP_ERR_GROUP_AUTHORIZATION_FAILED ||
                                   err == RD_KAFKA_RESP_ERR_CLUSTER_AUTHORIZATION_FAILED ||
                                   err == RD_KAFKA_RESP_ERR_TRANSACTIONAL_ID_AUTHORIZATION_FAILED
                               ? ErrorKind::Auth
                               : ErrorKind::Broker;
    throw Error(kind, QStringLiteral("%1 failed (%2): %3")
                          .arg(what, QString::fromUtf8(rd_kafka_err2name(err)), QString::fromUtf8(rd_kafka_err2str(err))));
}

rdk::Metadata KafkaClientState::metadataOn(rd_kafka_t* rk, bool allTopics) {
    QElapsedTimer clock;
    clock.start();
    rd_kafka_resp_err_t err = RD_KAFKA_RESP_ERR__TIMED_OUT;
    while (true) {
        const auto left = config.timeout.count() - clock.elapsed();
        if (left <= 0)
            break;
        throwIfCancelled(QStringLiteral("reading cluster metadata"));
        const rd_kafka_metadata_t* md = nullptr;
        err = rd_kafka_metadata(rk, allTopics ? 1 : 0, nullptr, &md, static_cast<int>(std::min<qint64>(left, 1000)));
        if (err == RD_KAFKA_RESP_ERR_NO_ERROR)
            return rdk::Metadata(md);
        rd_kafka_poll(rk, 0);
        if (authenticationFailed())
            break;
        if (err != RD_KAFKA_RESP_ERR__TIMED_OUT && err != RD_KAFKA_RESP_ERR__TRANSPORT)
            break;
    }
    failOn(rk, err, QStringLiteral("reading cluster metadata"));
}

} // namespace mqkit
