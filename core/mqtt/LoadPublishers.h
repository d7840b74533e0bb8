#pragma once

#include "mqtt/MqttSession.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

namespace mqkit {

// What one publisher of a load run sends: a number of messages at a pace.
struct LoadPublisherPlan {
    std::int64_t count = 0; // messages; 0: until the run's deadline
    double rate = 0;        // messages per second; 0: as fast as the broker takes them
};

struct LoadRunLimits {
    std::chrono::milliseconds duration{10000}; // deadline of publishers whose plan has no count
    // After a stop request, wait up to this long for the broker to acknowledge what was sent
    // (0: stop waiting at once).
    std::chrono::milliseconds acknowledgeAfterStop{0};
};

// Fills `message` for publish number `n` (from 0) of `publisher`. Called on that publisher's own
// thread, with the same message object every time, so it may keep its topic and payload buffer.
using LoadMessageFn = std::function<void(int publisher, std::int64_t n, MqttMessage& message)>;

struct LoadRunResult {
    std::vector<std::int64_t> sent; // per publisher: messages handed to its connection
    bool acknowledged = true;       // every one of them acknowledged by the broker (QoS 0: written)
    bool stopped = false;           // stopRequested ended the run
};

// The publishing side of the load harness (`mqtt bench`, `sim`): one connection and one thread per
// publisher, each sending its plan's messages paced at its rate (publishAsync, so a window of
// publishes is in flight), then waiting for the broker's acknowledgements.
class LoadPublishers {
public:
    explicit LoadPublishers(std::vector<MqttConnectOptions> connections);
    ~LoadPublishers();
    LoadPublishers(const LoadPublishers&) = delete;
    LoadPublishers& operator=(const LoadPublishers&) = delete;

    // Connects every publisher in order; throws Error as MqttSession::connect does.
    void connect();
    int size() const { return static_cast<int>(m_sessions.size()); }
    // Publisher i's connection (for messages outside the paced run: statuses before and after).
    MqttSession& session(int i) { return *m_sessions[static_cast<std::size_t>(i)]; }

    // Blocking: runs every publisher's plan on its own thread. `stopRequested` is polled (it may
    // be called from several threads). Throws the first Error a publisher met.
    LoadRunResult run(const std::vector<LoadPublisherPlan>& plans, const LoadRunLimits& limits, const LoadMessageFn& next,
                      const std::function<bool()>& stopRequested);

    // Disconnects every publisher, in parallel.
    void disconnect();

private:
    std::vector<MqttConnectOptions> m_options;
    std::vector<std::unique_ptr<MqttSession>> m_sessions;
};

} // namespace mqkit
