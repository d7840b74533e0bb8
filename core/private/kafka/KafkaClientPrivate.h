#pragma once

// Private to core: what every librdkafka client of mqkit shares (KafkaAdmin, KafkaConsumer,
// KafkaProducer): building a handle from KafkaClientConfig with error and log callbacks, and
// turning librdkafka errors into one mqkit::Error that carries the Kafka error name.
// Never include from app/ or cli/.

#include "common/Error.h"
#include "kafka/KafkaClientConfig.h"
#include "kafka/RdKafkaHandles.h"

#include <QElapsedTimer>

#include <atomic>
#include <mutex>
#include <utility>
#include <vector>

namespace mqkit {

using KafkaProperties = std::vector<std::pair<QString, QString>>;

struct KafkaClientState {
    KafkaClientConfig config;
    std::mutex mutex;
    rd_kafka_resp_err_t lastErr = RD_KAFKA_RESP_ERR_NO_ERROR;
    QString lastErrText;
    bool authFailed = false;
    bool allBrokersDown = false; // set by _ALL_BROKERS_DOWN or _TRANSPORT; a consumer clears it when the cluster answers
    QElapsedTimer downSince;     // valid while librdkafka reports every broker down (checkReachable)
    std::atomic<bool> cancelled{false}; // KafkaAdmin::cancel(): the waits below end at their next slice

    KafkaClientState() = default;
    KafkaClientState(const KafkaClientState&) = delete;
    KafkaClientState& operator=(const KafkaClientState&) = delete;

    static void onError(rd_kafka_t*, int err, const char* reason, void* opaque);
    static void onLog(const rd_kafka_t*, int level, const char* facility, const char* message);

    // A client handle: `defaults`, then the configured bootstrap list and properties (the user's
    // -X wins over defaults), then `overrides` (what the client cannot work without).
    // `onDelivery`, for producers, receives this KafkaClientState as its opaque.
    using DeliveryCallback = void (*)(rd_kafka_t*, const rd_kafka_message_t*, void*);
    rdk::Handle newHandle(rd_kafka_type_t type, const KafkaProperties& defaults, const KafkaProperties& overrides,
                          DeliveryCallback onDelivery = nullptr);

    // Turns a failed call on `rk` into the most specific error we know: authentication,
    // unreachable cluster, timeout, else the broker's error with its name.
    [[noreturn]] void failOn(rd_kafka_t* rk, rd_kafka_resp_err_t err, const QString& what);

    // After cancel: Error(Connection) "cancelled while <what>".
    void throwIfCancelled(const QString& what) const {
        if (cancelled)
            throw Error(ErrorKind::Connection, QStringLiteral("cancelled while %1").arg(what));
    }

    // Metadata in short slices so an authentication failure ends the call at once instead of
    // waiting out the whole timeout.
    rdk::Metadata metadataOn(rd_kafka_t* rk, bool allTopics);

    // For a reader that got nothing: fails with Error(Connection) once every broker has been
    // down for the whole timeout and a short metadata probe confirms it.
    void checkReachable(rd_kafka_t* rk, const QString& what);
    // For a reader that got records: the cluster answers.
    void markReachable() {
        std::lock_guard lock(mutex);
        allBrokersDown = false;
        downSince.invalidate();
    }

    bool authenticationFailed() {
        std::lock_guard lock(mutex);
        return authFailed;
    }

    // "NAME: reason" of an error code, e.g. "TOPIC_AUTHORIZATION_FAILED: Broker: Topic authorization failed".
    static QString describe(rd_kafka_resp_err_t err);
    double timeoutSeconds() const { return static_cast<double>(config.timeout.count()) / 1000.0; }
};

namespace rdk {
struct TopicDeleter {
    void operator()(rd_kafka_topic_t* t) const { rd_kafka_topic_destroy(t); }
};
struct MessageDeleter {
    void operator()(rd_kafka_message_t* m) const { rd_kafka_message_destroy(m); }
};
struct HeadersDeleter {
    void operator()(rd_kafka_headers_t* h) const { rd_kafka_headers_destroy(h); }
};
using Topic = std::unique_ptr<rd_kafka_topic_t, TopicDeleter>;
using Message = std::unique_ptr<rd_kafka_message_t, MessageDeleter>;
using Headers = std::unique_ptr<rd_kafka_headers_t, HeadersDeleter>;
} // namespace rdk

} // namespace mqkit
