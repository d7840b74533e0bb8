#pragma once

#include "kafka/KafkaClientConfig.h"
#include "kafka/KafkaRecord.h"

#include <QString>

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace mqkit {

// One record that was not delivered: the tag it was sent with (e.g. its input line) and why.
struct KafkaDeliveryFailure {
    std::int64_t tag = 0;
    QString error; // one line with the Kafka error name
};

// What became of the records given to KafkaProducer::send().
struct KafkaDeliveryReport {
    std::int64_t delivered = 0;
    std::int64_t failed = 0;
    QString firstError; // one line with the Kafka error name, empty when nothing failed
    std::vector<KafkaDeliveryFailure> failures; // the first kMaxFailuresKept, in the order they happened
    static constexpr std::size_t kMaxFailuresKept = 1000;
};

// What became of one record, for a sender that follows each one (the bridge deletes a spooled
// record when it is delivered and moves it to a dead-letter topic when Kafka refuses it for good).
struct KafkaDeliveryOutcome {
    std::int64_t tag = 0;
    bool delivered = false;
    // Not delivered, and sending it again cannot help (too large, not authorized, unknown topic,
    // refused by policy). Otherwise (purged after a fatal producer error, timed out) it may be resent.
    bool permanent = false;
    QString error; // one line with the Kafka error name
};

// Sends records over librdkafka's C API (never visible here). Idempotent with acks=all unless
// the configuration says otherwise (-X enable.idempotence=false, -X acks=1). Each record is
// delivered or fails within config.timeout (message.timeout.ms, unless set explicitly).
class KafkaProducer {
public:
    explicit KafkaProducer(const KafkaClientConfig& config);
    ~KafkaProducer(); // gives outstanding records up to the timeout to be delivered; never throws
    KafkaProducer(const KafkaProducer&) = delete;
    KafkaProducer& operator=(const KafkaProducer&) = delete;

    // Queues one record (topic, partition or -1, timestamp or <= 0 for now, key, value, headers);
    // waits for room when librdkafka's queue is full. A record librdkafka refuses at once (too
    // large, unknown partition) is counted as failed with its tag and false is returned, so the
    // records after it still go; a fatal producer error throws Error.
    bool send(const KafkaRecord& record, std::int64_t tag = 0);

    // Waits until every queued record is delivered or has failed, then reports the totals so far.
    // Throws Error(Auth) as soon as authentication fails, and Error(Connection/Timeout) when the
    // records could not be delivered within the timeout because the cluster was unreachable.
    KafkaDeliveryReport flush();

    // From now on keep every record's outcome (in addition to the report) until takeOutcomes().
    void keepOutcomes();
    // Serves delivery reports for up to `wait` (0: only what is ready), then hands over the outcomes kept.
    std::vector<KafkaDeliveryOutcome> takeOutcomes(std::chrono::milliseconds wait);
    // Records queued or in flight.
    std::int64_t outstanding() const;
    // The fatal error that ended this producer (idempotence can no longer be kept), one line; a
    // producer with a fatal error takes no more records: build a new one.
    std::optional<QString> fatalError() const;
    // The last problem reaching the cluster (all brokers down, transport), cleared by the next delivery.
    std::optional<QString> connectionProblem() const;
    // Drops every queued and in-flight record (their outcomes are not reported) so the destructor
    // does not wait for them: for a sender that will send them again from its own store.
    void abandon();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace mqkit
