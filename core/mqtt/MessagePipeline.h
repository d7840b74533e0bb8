#pragma once

#include "mqtt/MqttMessage.h"
#include "mqtt/MqttSession.h"

#include <QString>

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace mqkit {

// One consumer of a session's messages: the formatted writer, the recorder, the topic tree, the
// bench's counters, the GUI. A new feature is a new sink, never a new drain loop.
class MessageSink {
public:
    virtual ~MessageSink() = default;
    // Every batch the pipeline takes, in order (never empty).
    virtual void onBatch(const MqttBatch& batch) = 0;
    // Every connection event of the session, once, oldest first (lost, reconnecting, resubscribed...).
    virtual void onEvent(const MqttConnectionEvent& event) { (void)event; }
    // True once the sink has what it wants (e.g. a settled retained snapshot): the pipeline stops.
    // Asked after every turn, with or without a batch.
    virtual bool finished() const { return false; }
};

// When the drain stops (the first that holds); none set: until the connection is lost for good.
struct PipelineLimits {
    std::int64_t maxCount = 0;                 // messages handed to the sinks; 0: no limit
    std::chrono::milliseconds maxDuration{0};  // 0: no limit
    std::function<bool()> stopRequested;       // e.g. Ctrl-C; polled at least every `poll`
};

// How batches are taken.
struct PipelineBatching {
    std::size_t maxBatch = 4096;
    // After a batch's first message, let it fill this long (0: no wait): one sink call per window
    // instead of one per message when messages trickle in (the recorder: one commit per window).
    std::chrono::milliseconds fillWindow{0};
    std::chrono::milliseconds poll{100}; // the longest wait for a message before the stop conditions are looked at again
};

struct PipelineResult {
    enum class End { Count, Deadline, Stopped, SinkFinished, ConnectionLost };
    End end = End::Stopped;
    std::int64_t messages = 0; // handed to the sinks
    std::int64_t batches = 0;
    std::int64_t elapsedMs = 0;
    std::optional<QString> lostReason; // End::ConnectionLost: the session's reason
};

// The one drain loop of an MqttSession: takes batches (MqttSession::takeBatch), hands each to
// every sink, reports each connection event once to every sink, and owns the stop conditions.
// The session must be connected (and subscribed); the pipeline neither connects nor disconnects.
// Not thread-safe: it runs on the thread that calls run() or turn().
class MessagePipeline {
public:
    explicit MessagePipeline(MqttSession& session, PipelineBatching batching = {});
    void addSink(MessageSink& sink);

    // Blocking: turns until a limit, a stop request, a finished sink or a connection lost for good.
    PipelineResult run(const PipelineLimits& limits = {});
    // One turn, for an owner with its own loop (a timer): waits up to `wait` for a batch, hands it
    // and the pending events to the sinks. Returns the session's reason once the connection is
    // lost for good (then nothing more will come).
    std::optional<QString> turn(std::chrono::milliseconds wait, std::size_t maxCount = 0);

    std::int64_t messages() const { return m_messages; }

private:
    bool anySinkFinished() const;
    void deliverEvents();

    MqttSession& m_session;
    PipelineBatching m_batching;
    std::vector<MessageSink*> m_sinks;
    std::int64_t m_messages = 0;
    std::int64_t m_batches = 0;
};

} // namespace mqkit
