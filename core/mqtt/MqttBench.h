#pragma once

#include "mqtt/MqttSession.h"

#include <QString>

#include <chrono>
#include <cstdint>
#include <functional>

namespace mqkit {

struct MqttBenchOptions {
    MqttConnectOptions connection; // every client connects with this (client ids get -pub-N / -sub-N)
    int publishers = 1;
    int subscribers = 1;           // 0: publish only (a load generator for another subscriber)
    int payloadSize = 100;         // bytes; at least 16: the send time and a sequence number travel inside
    int qos = 0;
    std::int64_t count = 0;        // messages per publisher; 0: publish for `duration`
    std::chrono::milliseconds duration{10000};
    double rate = 0;               // messages per second per publisher; 0: as fast as the broker takes them
    QString topic = QStringLiteral("mqkit/bench/%i"); // %i: the publisher's index, a whole topic level
    // %n (a whole topic level, optional): the message's sequence number modulo `topics`, so each
    // publisher cycles through that many topics (a growing topic tree: dev/%n/%i/telemetry).
    std::int64_t topics = 1;
    std::chrono::milliseconds drainTimeout{5000};     // after the last publish: wait this long without progress

    // Throws Error(Usage) naming the first bad value (before any broker is contacted).
    void validate() const;
    // The filter subscribers use: the topic with its %i level replaced by +.
    QString subscribeFilter() const;
    QString topicFor(int publisher) const;
    QString topicFor(int publisher, std::int64_t sequence) const; // %n as well

    static constexpr int kMinPayload = 16;
};

struct MqttBenchResult {
    std::int64_t sent = 0;
    std::int64_t expected = 0; // sent x subscribers
    std::int64_t received = 0;
    std::int64_t lost = 0;     // expected - received (never negative; duplicates are counted separately)
    std::int64_t duplicates = 0;
    double publishSeconds = 0; // first publish to the last one acknowledged (QoS 0: handed to the socket)
    double receiveSeconds = 0; // first publish to the last message received
    double sendRate = 0;       // messages per second, all publishers together
    double receiveRate = 0;    // messages per second, all subscribers together
    // End-to-end latency (publish call to the subscriber taking the message), milliseconds.
    double latencyP50Ms = 0;
    double latencyP95Ms = 0;
    double latencyP99Ms = 0;
    double latencyMaxMs = 0;
    bool interrupted = false;
};

// The load harness of the toolkit: N publishers and M subscribers on real connections, one thread
// each. Every payload carries its send time (steady clock) and a per-publisher sequence number, so
// subscribers measure end-to-end latency, loss and duplicates. Blocking; run it off a GUI thread.
class MqttBench {
public:
    explicit MqttBench(MqttBenchOptions options);
    // `stopRequested` is polled (e.g. Ctrl-C); throws Error for connection, auth or broker failures.
    MqttBenchResult run(const std::function<bool()>& stopRequested = {});

private:
    MqttBenchOptions m_options;
};

} // namespace mqkit
