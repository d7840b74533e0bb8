#pragma once

// Private to core: KafkaAdmin's state, shared by the files that implement its calls
// (KafkaAdmin.cpp, KafkaGroups.cpp). Never include from app/ or cli/.

#include "common/Error.h"
#include "kafka/KafkaAdmin.h"
#include "kafka/RdKafkaHandles.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <cstdio>

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

    static void onLog(const rd_kafka_t*, int level, const char* facility, const char* message) {
        // Diagnostics reach the user through onError and our own messages, one line each;
        // librdkafka's own log lines (with -X debug=...) only with MQKIT_KAFKA_LOG=1.
        static const bool enabled = qEnvironmentVariableIsSet("MQKIT_KAFKA_LOG");
        if (enabled)
            std::fprintf(stderr, "%s librdkafka %d %s: %s\n",
                         qPrintable(QDateTime::currentDateTime().toString(Qt::ISODateWithMs)), level, facility, message);
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

    // A client handle with the configured bootstrap list and properties plus `extra`.
    rdk::Handle newHandle(rd_kafka_type_t type, const std::vector<std::pair<QString, QString>>& extra);

    // Waits for the result event of one admin request on `queue`, bounded by the timeout
    // (plus a second for the broker's own request timeout to report first); throws on a
    // request-level error. Per-item errors are left to the caller.
    rdk::Event awaitAdminResult(rd_kafka_queue_t* queue, const QString& what);

    // Admin options for `op` with the request timeout set.
    rdk::AdminOptions adminOptions(rd_kafka_admin_op_t op);

    // A consumer handle (no group) for offset look-ups: ListOffsets with read_uncommitted
    // isolation, as Kafka's own tools use. Created on first use.
    rd_kafka_t* offsetsHandle();
    rdk::Handle offsets;
    rdk::PartitionList listOffsets(const std::vector<KafkaTopicPartition>& partitions, std::int64_t spec,
                                   const QString& what);

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

} // namespace mqkit
