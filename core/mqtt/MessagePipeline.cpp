#include "mqtt/MessagePipeline.h"

#include <algorithm>
#include <iterator>
#include <thread>

namespace mqkit {

MessagePipeline::MessagePipeline(MqttSession& session, PipelineBatching batching)
    : m_session(session), m_batching(batching) {}

void MessagePipeline::addSink(MessageSink& sink) {
    m_sinks.push_back(&sink);
}

std::optional<QString> MessagePipeline::turn(std::chrono::milliseconds wait, std::size_t maxCount) {
    const std::size_t want = maxCount > 0 ? std::min(maxCount, m_batching.maxBatch) : m_batching.maxBatch;
    MqttBatch batch = m_session.takeBatch(want, wait);
    if (!batch.empty() && batch.size() < want && m_batching.fillWindow.count() > 0) {
        std::this_thread::sleep_for(m_batching.fillWindow);
        MqttBatch more = m_session.takeBatch(want - batch.size(), std::chrono::milliseconds(0));
        batch.insert(batch.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
    }
    if (!batch.empty()) {
        for (MessageSink* sink : m_sinks)
            sink->onBatch(batch);
        m_messages += static_cast<std::int64_t>(batch.size());
        ++m_batches;
    }
    deliverEvents();
    // Lost for good only counts once everything that arrived before has been handed on.
    if (batch.empty())
        return m_session.connectionLost();
    return std::nullopt;
}

void MessagePipeline::deliverEvents() {
    for (const MqttConnectionEvent& event : m_session.takeEvents())
        for (MessageSink* sink : m_sinks)
            sink->onEvent(event);
}

bool MessagePipeline::anySinkFinished() const {
    return std::any_of(m_sinks.begin(), m_sinks.end(), [](const MessageSink* s) { return s->finished(); });
}

PipelineResult MessagePipeline::run(const PipelineLimits& limits) {
    using Clock = std::chrono::steady_clock;
    using std::chrono::milliseconds;
    using End = PipelineResult::End;
    const auto start = Clock::now();
    const std::int64_t messagesBefore = m_messages;
    const std::int64_t batchesBefore = m_batches;
    auto elapsed = [&] { return std::chrono::duration_cast<milliseconds>(Clock::now() - start); };
    PipelineResult result;
    for (;;) {
        if (limits.stopRequested && limits.stopRequested()) {
            result.end = End::Stopped;
            break;
        }
        milliseconds wait = m_batching.poll;
        if (limits.maxDuration.count() > 0) {
            const milliseconds left = limits.maxDuration - elapsed();
            if (left.count() <= 0) {
                result.end = End::Deadline;
                break;
            }
            wait = std::min(wait, left);
        }
        std::size_t want = 0;
        if (limits.maxCount > 0)
            want = static_cast<std::size_t>(limits.maxCount - (m_messages - messagesBefore));
        const std::optional<QString> lost = turn(wait, want);
        if (limits.maxCount > 0 && m_messages - messagesBefore >= limits.maxCount) {
            result.end = End::Count;
            break;
        }
        if (anySinkFinished()) {
            result.end = End::SinkFinished;
            break;
        }
        if (lost) {
            result.end = End::ConnectionLost;
            result.lostReason = lost;
            break;
        }
    }
    result.messages = m_messages - messagesBefore;
    result.batches = m_batches - batchesBefore;
    result.elapsedMs = elapsed().count();
    return result;
}

} // namespace mqkit
