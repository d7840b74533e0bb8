#pragma once

#include "kafka/KafkaRecord.h"
#include "mqtt/MqttMessage.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace mqkit {

// A stretch of a run without a connection: nothing under the run's filters was recorded then.
struct RecordingGap {
    std::int64_t lostAtMs = 0;
    std::optional<std::int64_t> resumedAtMs; // unset: the run ended before the connection came back
    QString reason;
};

struct RecordingRun {
    std::int64_t id = 0;
    QString system = QStringLiteral("mqtt"); // "kafka": brokerUrl is the bootstrap list, filters the topics
    std::int64_t startedAtMs = 0;
    std::optional<std::int64_t> endedAtMs; // unset: the recorder did not finish (killed)
    QString brokerUrl;
    QStringList filters;
    int qos = 0;
    int protocolVersion = 4;
    QString mqkitVersion;
    std::vector<RecordingGap> gaps; // oldest first
};

struct RecordingTopicCount {
    QString topic;
    std::int64_t messages = 0;
};

// The Kafka records of one partition in a recording.
struct RecordingKafkaPartition {
    QString topic;
    int partition = 0;
    std::int64_t records = 0;
    std::int64_t firstOffset = 0;
    std::int64_t lastOffset = 0;
    std::optional<std::int64_t> firstTimestampMs; // record timestamps (unset: none had one)
    std::optional<std::int64_t> lastTimestampMs;
    std::int64_t nullValues = 0;
    std::int64_t withHeaders = 0;
};

struct RecordingInfo {
    std::int64_t messages = 0;
    std::optional<std::int64_t> firstAtMs; // receive times of the first and last message
    std::optional<std::int64_t> lastAtMs;
    std::int64_t withProperties = 0;
    std::vector<RecordingRun> runs;
    std::vector<RecordingTopicCount> topics; // sorted by topic
    std::int64_t kafkaRecords = 0;           // of messages, how many are Kafka records
    std::vector<RecordingKafkaPartition> kafkaPartitions; // sorted by topic, partition
};

// One message of a recording: an MQTT message, or a Kafka record (kafka set) whose topic, value
// (empty for a null value) and receive time also fill `message`.
struct RecordedMessage {
    MqttMessage message;
    std::optional<KafkaRecord> kafka;

    // When it originally happened: a Kafka record's own timestamp when it has one, else the time
    // the recorder received it. Replay timing follows this.
    std::int64_t originalTimeMs() const;
};

// Which messages of a recording to read: a receive-time window (inclusive, Unix ms) and MQTT
// topic filters (empty: all topics).
struct RecordingSelection {
    std::optional<std::int64_t> fromMs;
    std::optional<std::int64_t> untilMs;
    QStringList topicFilters;

    bool matchesTopic(const QString& topic) const;
};

// Reads a recording written by MessageRecorder (safe while a recorder still writes it: WAL).
class RecordingReader {
public:
    // Throws Error(Usage) for a missing file, a file that is not an SQLite database or not an
    // mqkit recording; Error(Io) for other I/O failures.
    explicit RecordingReader(const QString& path);
    ~RecordingReader();
    RecordingReader(const RecordingReader&) = delete;
    RecordingReader& operator=(const RecordingReader&) = delete;

    RecordingInfo info();
    std::optional<std::int64_t> firstReceivedAtMs();
    std::int64_t count(const RecordingSelection& selection);

    // Calls fn for every selected message in recording order (by id), streaming: memory stays
    // flat for any file size. fn returns false to stop early.
    void forEach(const RecordingSelection& selection, const std::function<bool(const MqttMessage&)>& fn);
    // The same with Kafka records whole (key, headers, partition, offset, timestamp).
    void forEachRecorded(const RecordingSelection& selection, const std::function<bool(const RecordedMessage&)>& fn);

    QString path() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace mqkit
