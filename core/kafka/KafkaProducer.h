#pragma once

#include "kafka/KafkaClientConfig.h"
#include "kafka/KafkaRecord.h"

#include <QString>

#include <cstdint>
#include <memory>
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

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace mqkit
