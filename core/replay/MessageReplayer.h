#pragma once

#include "mqtt/MqttMessage.h"
#include "replay/ReplaySchedule.h"
#include "replay/TopicMap.h"
#include "store/RecordingReader.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>

namespace mqkit {

struct ReplayOptions {
    RecordingSelection selection;
    ReplaySchedule schedule = ReplaySchedule::originalTiming();
    TopicMap topicMap;
    std::optional<int> qos;         // override every message's QoS
    bool stripRetain = false;       // publish everything with retain = false
    bool dropProperties = false;    // publish without MQTT 5 properties (for MQTT 3.1.1 connections)
    std::chrono::milliseconds progressInterval{1000};
};

struct ReplayProgress {
    std::int64_t published = 0;
    std::int64_t total = 0;            // messages selected
    std::int64_t propertiesDropped = 0; // messages whose properties dropProperties removed
    std::int64_t elapsedMs = 0;
    std::int64_t recordedSpanMs = 0;   // recorded time covered so far (from the first selected message)
    bool finished = false;             // every selected message was published
};

// The property policy for a connection of this protocol version: MQTT 3.1.1 cannot carry the
// recorded MQTT 5 properties, so they are dropped (options.dropProperties). Returns how many
// recorded messages carry properties that will be dropped (0: none), for the caller to warn.
std::int64_t applyPropertyPolicy(ReplayOptions& options, RecordingReader& reader, int protocolVersion);

// Republishes a recording: original inter-arrival timing (scaled by speed) or a capped rate,
// topics rewritten by the map, QoS and retain as recorded unless overridden, MQTT 5 properties
// as recorded (subscription identifiers are the broker's and never republished). The publish
// step is a callback, so the same loop drives a broker session, a dry run or a test.
class MessageReplayer {
public:
    using Publish = std::function<void(const MqttMessage&)>;
    // Gets each selected message as recorded (Kafka records whole), for targets other than MQTT.
    using PublishRecorded = std::function<void(const RecordedMessage&)>;

    MessageReplayer(RecordingReader& reader, ReplayOptions options);

    // The message as it would be published (map, QoS, retain, properties applied).
    MqttMessage transform(const MqttMessage& recorded) const;

    // Runs until every selected message is published or stopRequested() returns true (checked
    // at least every 100 ms while waiting). onProgress runs at most once per progressInterval
    // and once at the end. Exceptions of publish propagate.
    ReplayProgress run(const Publish& publish, const std::function<bool()>& stopRequested = {},
                       const std::function<void(const ReplayProgress&)>& onProgress = {});
    // The same schedule, handing out the recorded messages untransformed (the caller maps them to
    // its target). Timing follows RecordedMessage::originalTimeMs() (Kafka: the record timestamps).
    ReplayProgress runRecorded(const PublishRecorded& publish, const std::function<bool()>& stopRequested = {},
                               const std::function<void(const ReplayProgress&)>& onProgress = {});

    // "+30s", "+1.5m", "+500ms", "+2h" (offset from the recording's first message) or an ISO-8601
    // date-time ("2026-01-05T10:00:00Z"; local time without an offset) -> Unix ms.
    // Throws Error(Usage) starting with `setting`, the name the user gave the value by
    // (the CLI's flag, a GUI field's label).
    static std::int64_t parseTimePoint(const QString& text, std::optional<std::int64_t> recordingStartMs,
                                       const QString& setting);

private:
    RecordingReader& m_reader;
    ReplayOptions m_options;
};

} // namespace mqkit
