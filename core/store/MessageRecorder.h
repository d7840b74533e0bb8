#pragma once

#include "kafka/KafkaRecord.h"
#include "mqtt/MessagePipeline.h"
#include "mqtt/MqttMessage.h"

#include <QString>
#include <QStringList>

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>
#include <optional>

namespace mqkit {

// What a recording run was made from; stored in the file's runs table.
struct RecordingRunInfo {
    QString brokerUrl;
    QStringList filters;
    int qos = 1;
    int protocolVersion = 4;
    QString system = QStringLiteral("mqtt"); // "kafka": brokerUrl is the bootstrap list, filters the topics

    // A Kafka recording run: what was read, from where.
    static RecordingRunInfo kafka(const QString& bootstrap, const QStringList& topics);
};

// Writes MQTT messages or Kafka records into an SQLite recording (format: store/RecordingFile.h), one
// transaction per batch with prepared statements reused. Not thread-safe: one owner thread.
// As a sink of a MessagePipeline (with recorderBatching()) it writes every batch and marks each
// connection gap in the run: from the loss to the reconnect.
class MessageRecorder : public MessageSink {
public:
    // Creates path (refuses an existing file unless append) and starts a run; throws
    // Error(Usage) for an existing file without append or a file that is not a recording.
    MessageRecorder(const QString& path, const RecordingRunInfo& run, bool append = false);
    ~MessageRecorder() override; // finishes the run if finish() was not called
    MessageRecorder(const MessageRecorder&) = delete;
    MessageRecorder& operator=(const MessageRecorder&) = delete;

    // One transaction for the whole batch.
    void write(const MqttBatch& batch);
    // Kafka records received at receivedAtMs, one transaction for the whole batch (kill -9 loses
    // at most the batch being written).
    void write(const std::vector<KafkaRecord>& records, std::int64_t receivedAtMs);
    // Stamps the run's end time. Idempotent.
    void finish();

    // MessageSink: write() each batch; a lost connection opens a gap, the reconnect closes it.
    void onBatch(const MqttBatch& batch) override { write(batch); }
    void onEvent(const MqttConnectionEvent& event) override;
    // A gap of this run: the connection was lost at lostAtMs (reason in words); resumed later.
    void beginGap(std::int64_t lostAtMs, const QString& reason);
    void endGap(std::int64_t resumedAtMs);

    // How a pipeline feeds a recorder: a batch is what arrives within kBatchWindow of its first
    // message, at most kMaxBatch messages, so a message waits at most kBatchWindow plus one commit
    // before it is on disk, and kill -9 loses at most that batch.
    static PipelineBatching recorderBatching();

    QString path() const;
    std::int64_t messagesWritten() const;

    static constexpr std::size_t kMaxBatch = 10000;
    static constexpr std::chrono::milliseconds kBatchWindow{20};

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

// What to record of an MQTT session, as `mqtt record` and the GUI's record view do.
struct MqttRecordingRequest {
    QString path;
    QStringList filters;
    int qos = 1;
    bool append = false; // add a run to an existing recording instead of refusing it
};

// Records a connected session: subscribes to the filters, creates the file only once the broker
// took the subscription (a refused filter leaves nothing behind that would make a rerun refuse
// the existing file), calls onStarted, drains the session into the file (and into alsoTo: progress
// counters, event printers) until `limits`, then finishes the run. Throws Error as the recorder and
// the session do.
PipelineResult recordMqtt(MqttSession& session, const MqttRecordingRequest& request, const PipelineLimits& limits,
                          const std::vector<MessageSink*>& alsoTo = {}, const std::function<void()>& onStarted = {});

} // namespace mqkit
