#include "verify/PipelineVerify.h"

#include "common/CoreTr.h"
#include "common/Error.h"
#include "kafka/KafkaAdmin.h"
#include "kafka/KafkaConsumer.h"
#include "store/RecordingReader.h"

#include <functional>
#include <map>

namespace mqkit {

namespace {

void addPayload(DeliveryCheck& check, const QByteArray& payload, int partition, std::int64_t arrivedAtMs) {
    std::optional<TelemetryArrival> a = TelemetryArrival::parse(payload);
    if (!a) {
        check.addNotTelemetry();
        return;
    }
    a->partition = partition;
    a->arrivedAtMs = arrivedAtMs;
    check.add(*a);
}

// The end offset (high watermark) of every non-empty partition of the topic, now.
std::map<int, std::int64_t> endOffsets(const KafkaClientConfig& config, const QString& topic, const std::vector<int>& partitions) {
    std::vector<KafkaTopicPartition> tps;
    for (const int p : partitions)
        tps.push_back(KafkaTopicPartition{topic, p});
    std::map<int, std::int64_t> ends;
    KafkaAdmin admin(config);
    for (const auto& [tp, marks] : admin.watermarks(tps)) {
        if (!marks.error.isEmpty())
            throw Error(ErrorKind::Broker, CoreTr::tr("cannot read the end of %1 partition %2: %3").arg(topic).arg(tp.partition).arg(marks.error));
        if (marks.logEnd > marks.logStart)
            ends[tp.partition] = marks.logEnd;
    }
    return ends;
}

// Every record of `topic` from the beginning to the end it had when reading started (a live topic
// would never be at its end in every partition at once).
void readTopic(const KafkaClientConfig& config, const QString& topic, const std::function<void(const KafkaRecord&)>& fn) {
    KafkaConsumerOptions options;
    options.topic = topic;
    options.stopAtEnd = true;
    KafkaConsumer consumer(config, options); // Error(NotFound) for an unknown topic
    std::map<int, std::int64_t> ends = endOffsets(config, topic, consumer.partitions());
    std::vector<KafkaRecord> batch;
    while (!ends.empty() && !consumer.atEnd()) {
        consumer.poll(batch, 10000, std::chrono::milliseconds(100));
        for (const KafkaRecord& r : batch) {
            const auto end = ends.find(r.partition);
            if (end == ends.end() || r.offset >= end->second)
                continue;
            fn(r);
            if (r.offset + 1 >= end->second)
                ends.erase(end);
        }
    }
    consumer.close();
}

void readRecording(const QString& path, DeliveryCheck& check) {
    RecordingReader reader(path);
    reader.forEachRecorded(RecordingSelection{}, [&](const RecordedMessage& m) {
        if (m.kafka)
            addPayload(check, m.kafka->value.value_or(QByteArray()), m.kafka->partition, m.kafka->timestamp);
        else
            addPayload(check, m.message.payload, 0, m.message.receivedAtMs);
        return true;
    });
}

} // namespace

DeliveryReport verifyPipeline(const PipelineVerifyOptions& o) {
    DeliveryCheck check;
    if (o.summary)
        check.expect(*o.summary);
    if (!o.recordingPath.isEmpty()) {
        readRecording(o.recordingPath, check);
    } else {
        readTopic(o.kafka, o.topic, [&](const KafkaRecord& r) {
            addPayload(check, r.value.value_or(QByteArray()), r.partition, r.timestamp);
        });
    }
    if (!o.deadLetterTopic.isEmpty()) {
        std::int64_t dead = 0;
        readTopic(o.kafka, o.deadLetterTopic, [&](const KafkaRecord&) { ++dead; });
        check.addDeadLetters(dead);
    }
    return check.report();
}

} // namespace mqkit
