#include "mqtt/LoadPublishers.h"

#include "common/Error.h"

#include <atomic>
#include <mutex>
#include <optional>
#include <thread>

namespace mqkit {

namespace {

using Clock = std::chrono::steady_clock;

// The state publishers share during one run.
class LoadRun {
public:
    LoadRun(const LoadRunLimits& limits, const std::function<bool()>& stopRequested)
        : m_limits(limits), m_stopRequested(stopRequested), m_start(Clock::now()) {}

    bool shouldStop() {
        if (m_stop || m_failed)
            return true;
        if (m_stopRequested && m_stopRequested()) {
            m_stop = true;
            return true;
        }
        return false;
    }

    void fail(const Error& e) {
        std::lock_guard lock(m_mutex);
        if (!m_error)
            m_error = e;
        m_failed = true;
    }
    void rethrow() const {
        if (m_error)
            throw *m_error;
    }
    bool stopped() const { return m_stop; }

    // Publisher i's paced loop; returns whether the broker acknowledged everything it sent.
    bool publish(int i, MqttSession& session, const LoadPublisherPlan& plan, const LoadMessageFn& next, std::int64_t& sent) {
        MqttMessage m;
        const auto interval =
            plan.rate > 0 ? std::chrono::nanoseconds(static_cast<std::int64_t>(1e9 / plan.rate)) : std::chrono::nanoseconds(0);
        const auto deadline = m_start + m_limits.duration;
        for (;;) {
            if (plan.count > 0 ? sent >= plan.count : Clock::now() >= deadline)
                break;
            if ((sent & 255) == 0 && shouldStop())
                break;
            if (interval.count() > 0) {
                const auto due = m_start + interval * sent;
                if (plan.count == 0 && due >= deadline)
                    break;
                std::this_thread::sleep_until(due);
                if (shouldStop())
                    break;
            }
            next(i, sent, m);
            session.publishAsync(m);
            ++sent;
        }
        return awaitAcknowledgements(session);
    }

private:
    bool awaitAcknowledgements(MqttSession& session) {
        std::optional<Clock::time_point> stopSeen;
        while (!session.waitForPublishes(std::chrono::milliseconds(200))) {
            if (!shouldStop())
                continue;
            if (m_failed)
                return false;
            if (!stopSeen)
                stopSeen = Clock::now();
            if (Clock::now() - *stopSeen >= m_limits.acknowledgeAfterStop)
                return false;
        }
        return true;
    }

    const LoadRunLimits& m_limits;
    const std::function<bool()>& m_stopRequested;
    const Clock::time_point m_start;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_failed{false};
    std::mutex m_mutex;
    std::optional<Error> m_error;
};

} // namespace

LoadPublishers::LoadPublishers(std::vector<MqttConnectOptions> connections) : m_options(std::move(connections)) {}

LoadPublishers::~LoadPublishers() = default;

void LoadPublishers::connect() {
    // In parallel: with one client connected, Paho takes about 2 s to complete each further
    // connect (its background thread notices it late), so 10 connections one after the other took 20 s.
    for (const MqttConnectOptions& o : m_options)
        m_sessions.push_back(std::make_unique<MqttSession>(o));
    std::mutex mutex;
    std::optional<Error> first;
    std::vector<std::thread> threads;
    for (auto& s : m_sessions)
        threads.emplace_back([&, session = s.get()] {
            try {
                session->connect();
            } catch (const Error& e) {
                std::lock_guard lock(mutex);
                if (!first)
                    first = e;
            }
        });
    for (auto& t : threads)
        t.join();
    if (first)
        throw *first;
}

LoadRunResult LoadPublishers::run(const std::vector<LoadPublisherPlan>& plans, const LoadRunLimits& limits,
                                  const LoadMessageFn& next, const std::function<bool()>& stopRequested) {
    LoadRun run(limits, stopRequested);
    LoadRunResult result;
    result.sent.assign(m_sessions.size(), 0);
    std::vector<char> acknowledged(m_sessions.size(), 1);
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < m_sessions.size(); ++i)
        threads.emplace_back([&, i] {
            try {
                acknowledged[i] = run.publish(static_cast<int>(i), *m_sessions[i], plans[i], next, result.sent[i]);
            } catch (const Error& e) {
                run.fail(e);
            }
        });
    for (auto& t : threads)
        t.join();
    run.rethrow();
    for (char a : acknowledged)
        result.acknowledged = result.acknowledged && a;
    result.stopped = run.stopped();
    return result;
}

void LoadPublishers::disconnect() {
    // In parallel: with several clients in one process a Paho disconnect often waits out its whole
    // 2 s timeout, which one after the other made a 10-connection run 20 s longer.
    std::vector<std::thread> threads;
    for (auto& s : m_sessions)
        threads.emplace_back([session = s.get()] { session->disconnect(); });
    for (auto& t : threads)
        t.join();
}

} // namespace mqkit
