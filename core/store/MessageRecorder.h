#pragma once

#include "mqtt/MqttMessage.h"

#include <QString>
#include <QStringList>

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>

namespace mqkit {

class MqttSession;

// What a recording run was made from; stored in the file's runs table.
struct RecordingRunInfo {
    QString brokerUrl;
    QStringList filters;
    int qos = 1;
    int protocolVersion = 4;
};

struct RecordLimits {
    std::int64_t maxCount = 0;               // 0: no limit
    std::chrono::milliseconds maxDuration{0}; // 0: no limit
};

struct RecordStats {
    std::int64_t messages = 0;     // written in this run
    std::int64_t transactions = 0; // batches committed
    std::int64_t elapsedMs = 0;
    bool connectionLost = false;
};

// Writes MQTT messages into an SQLite recording (format: store/RecordingFile.h), one
// transaction per batch with prepared statements reused. Not thread-safe: one owner thread.
class MessageRecorder {
public:
    // Creates path (refuses an existing file unless append) and starts a run; throws
    // Error(Usage) for an existing file without append or a file that is not a recording.
    MessageRecorder(const QString& path, const RecordingRunInfo& run, bool append = false);
    ~MessageRecorder(); // finishes the run if finish() was not called
    MessageRecorder(const MessageRecorder&) = delete;
    MessageRecorder& operator=(const MessageRecorder&) = delete;

    // One transaction for the whole batch.
    void write(const MqttBatch& batch);
    // Stamps the run's end time. Idempotent.
    void finish();

    // The recording loop every front end uses: takes batches from a connected, subscribed session
    // and writes each in one transaction (a batch is what arrives within kBatchWindow of its first
    // message, at most kMaxBatch messages, so a message waits at most kBatchWindow plus one commit
    // before it is on disk, and kill -9 loses at most that batch), until a
    // limit is reached, stopRequested() returns true (checked at least every 100 ms) or the
    // connection is lost (stats.connectionLost; what arrived is written). onBatch runs after each
    // commit.
    RecordStats record(MqttSession& session, const RecordLimits& limits, const std::function<bool()>& stopRequested,
                       const std::function<void(const RecordStats&)>& onBatch = {});

    QString path() const;
    std::int64_t messagesWritten() const;

    static constexpr std::size_t kMaxBatch = 10000;
    static constexpr std::chrono::milliseconds kBatchWindow{20};

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace mqkit
