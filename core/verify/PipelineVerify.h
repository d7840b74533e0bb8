#pragma once

#include "kafka/KafkaClientConfig.h"
#include "sim/FleetSummary.h"
#include "verify/DeliveryCheck.h"

#include <QString>

#include <optional>

namespace mqkit {

struct PipelineVerifyOptions {
    KafkaClientConfig kafka;
    QString topic;                      // read from the beginning to the end at the start
    QString deadLetterTopic;            // empty: none counted
    QString recordingPath;              // instead of Kafka: a recording (MQTT or Kafka records)
    std::optional<FleetSummary> summary;
};

// Reads the telemetry (a Kafka topic, or a recording) and checks its delivery (DeliveryCheck).
// Throws Error as the consumer or the recording reader do (an unknown topic: NotFound).
DeliveryReport verifyPipeline(const PipelineVerifyOptions& options);

} // namespace mqkit
