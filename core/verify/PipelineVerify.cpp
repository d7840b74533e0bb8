#include "verify/PipelineVerify.h"

#include "common/CoreTr.h"
#include "common/Error.h"
#include "kafka/KafkaAdmin.h"
#include "kafka/KafkaTopicRead.h"
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
        readTopicToCurrentEnd(o.kafka, o.topic, [&](const KafkaRecord& r) {
            addPayload(check, r.value.value_or(QByteArray()), r.partition, r.timestamp);
        });
    }
    if (!o.deadLetterTopic.isEmpty()) {
        std::int64_t dead = 0;
        readTopicToCurrentEnd(o.kafka, o.deadLetterTopic, [&](const KafkaRecord&) { ++dead; });
        check.addDeadLetters(dead);
    }
    return check.report();
}

} // namespace mqkit
