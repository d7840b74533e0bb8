#include "mqtt/MqttBench.h"

#include "common/Error.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace mqkit {

namespace {

using Clock = std::chrono::steady_clock;

[[noreturn]] void bad(const QString& what) {
    throw Error(ErrorKind::Usage, what);
}

std::int64_t nowNs() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch()).count();
}

// Payload layout: [0,8) send time (steady clock, ns), [8,12) publisher index, [12,16) sequence; then filler.
void stamp(QByteArray& payload, std::uint32_t publisher, std::uint32_t seq) {
    const std::int64_t t = nowNs();
    char* p = payload.data();
    std::memcpy(p, &t, 8);
    std::memcpy(p + 8, &publisher, 4);
    std::memcpy(p + 12, &seq, 4);
}

double percentileMs(const std::vector<std::uint32_t>& sortedUs, double q) {
    if (sortedUs.empty())
        return 0;
    const auto rank = static_cast<std::size_t>(std::ceil(q * static_cast<double>(sortedUs.size())));
    return sortedUs[std::min(sortedUs.size() - 1, rank == 0 ? 0 : rank - 1)] / 1000.0;
}

struct FirstError {
    std::mutex mutex;
    std::optional<Error> error;
    std::atomic<bool> failed{false};
    void set(const Error& e) {
        std::lock_guard lock(mutex);
        if (!error)
            error = e;
        failed = true;
    }
};

MqttConnectOptions clientOptions(const MqttConnectOptions& base, const char* role, int index) {
    MqttConnectOptions o = base;
    if (!o.clientId.isEmpty())
        o.clientId += QStringLiteral("-%1-%2").arg(QLatin1String(role)).arg(index);
    return o;
}

} // namespace

void MqttBenchOptions::validate() const {
    connection.validate();
    if (publishers < 1 || publishers > 1000)
        bad(QStringLiteral("--publishers must be 1..1000"));
    if (subscribers < 0 || subscribers > 1000)
        bad(QStringLiteral("--subscribers must be 0..1000"));
    if (payloadSize < kMinPayload || payloadSize > 256 * 1024 * 1024)
        bad(QStringLiteral("--size must be %1..268435456 bytes (the send time and a sequence number travel in the payload)")
                .arg(kMinPayload));
    if (qos < 0 || qos > 2)
        bad(QStringLiteral("QoS must be 0, 1 or 2"));
    if (count < 0)
        bad(QStringLiteral("--count must not be negative"));
    if (count == 0 && duration.count() <= 0)
        bad(QStringLiteral("give a message --count or a --duration"));
    if (rate < 0)
        bad(QStringLiteral("--rate must not be negative"));
    if (topic.isEmpty() || topic.contains(QLatin1Char('#')) || topic.contains(QLatin1Char('+')))
        bad(QStringLiteral("--topic must be a topic name (no wildcards; %i stands for the publisher index)"));
    const QStringList levels = topic.split(QLatin1Char('/'));
    for (const QString& level : levels)
        if (level.contains(QLatin1String("%i")) && level != QLatin1String("%i"))
            bad(QStringLiteral("--topic: %i must be a whole topic level, as in bench/%i/data"));
}

QString MqttBenchOptions::subscribeFilter() const {
    QStringList levels = topic.split(QLatin1Char('/'));
    for (QString& level : levels)
        if (level == QLatin1String("%i"))
            level = QStringLiteral("+");
    return levels.join(QLatin1Char('/'));
}

QString MqttBenchOptions::topicFor(int publisher) const {
    QString t = topic;
    return t.replace(QLatin1String("%i"), QString::number(publisher));
}

MqttBench::MqttBench(MqttBenchOptions options) : m_options(std::move(options)) {
    m_options.validate();
}

MqttBenchResult MqttBench::run(const std::function<bool()>& stopRequested) {
    const MqttBenchOptions& o = m_options;
    FirstError firstError;
    std::atomic<bool> stopSubscribers{false};
    std::atomic<bool> stopAll{false};
    auto shouldStop = [&] {
        if (stopAll || firstError.failed)
            return true;
        if (stopRequested && stopRequested()) {
            stopAll = true;
            return true;
        }
        return false;
    };

    // Subscribers first, so nothing published is missed.
    struct Subscriber {
        std::unique_ptr<MqttSession> session;
        std::vector<std::uint32_t> latenciesUs;
        std::vector<std::int64_t> lastSeq; // per publisher
        std::int64_t received = 0;
        std::int64_t duplicates = 0;
        std::int64_t lastReceiveNs = 0;
    };
    std::vector<Subscriber> subs(static_cast<std::size_t>(o.subscribers));
    for (int i = 0; i < o.subscribers; ++i) {
        Subscriber& s = subs[static_cast<std::size_t>(i)];
        s.session = std::make_unique<MqttSession>(clientOptions(o.connection, "sub", i));
        s.session->connect();
        s.session->subscribe({o.subscribeFilter()}, o.qos);
        s.lastSeq.assign(static_cast<std::size_t>(o.publishers), -1);
        if (o.count > 0)
            s.latenciesUs.reserve(static_cast<std::size_t>(std::min<std::int64_t>(o.count * o.publishers, 50'000'000)));
    }
    std::vector<std::unique_ptr<MqttSession>> pubs;
    for (int i = 0; i < o.publishers; ++i) {
        pubs.push_back(std::make_unique<MqttSession>(clientOptions(o.connection, "pub", i)));
        pubs.back()->connect();
    }

    std::atomic<std::int64_t> receivedTotal{0};
    std::vector<std::thread> subThreads;
    for (auto& sub : subs) {
        subThreads.emplace_back([&, s = &sub] {
            try {
                while (!stopSubscribers && !firstError.failed) {
                    const MqttBatch batch = s->session->takeBatch(8192, std::chrono::milliseconds(20));
                    if (batch.empty()) {
                        if (auto lost = s->session->connectionLost())
                            throw Error(ErrorKind::Connection, QStringLiteral("subscriber lost its connection: %1").arg(*lost));
                        continue;
                    }
                    const std::int64_t now = nowNs();
                    for (const MqttMessage& m : batch) {
                        if (m.payload.size() < MqttBenchOptions::kMinPayload)
                            continue; // not ours
                        std::int64_t sentNs = 0;
                        std::uint32_t publisher = 0, seq = 0;
                        std::memcpy(&sentNs, m.payload.constData(), 8);
                        std::memcpy(&publisher, m.payload.constData() + 8, 4);
                        std::memcpy(&seq, m.payload.constData() + 12, 4);
                        if (publisher >= s->lastSeq.size())
                            continue;
                        ++s->received;
                        if (static_cast<std::int64_t>(seq) <= s->lastSeq[publisher])
                            ++s->duplicates;
                        else
                            s->lastSeq[publisher] = seq;
                        s->latenciesUs.push_back(static_cast<std::uint32_t>(std::max<std::int64_t>(0, now - sentNs) / 1000));
                    }
                    s->lastReceiveNs = now;
                    receivedTotal += static_cast<std::int64_t>(batch.size());
                }
            } catch (const Error& e) {
                firstError.set(e);
            }
        });
    }

    const std::int64_t startNs = nowNs();
    const auto start = Clock::now();
    std::vector<std::int64_t> sentBy(static_cast<std::size_t>(o.publishers), 0);
    std::vector<std::thread> pubThreads;
    for (int i = 0; i < o.publishers; ++i) {
        pubThreads.emplace_back([&, i] {
            try {
                MqttSession& session = *pubs[static_cast<std::size_t>(i)];
                MqttMessage m;
                m.topic = o.topicFor(i);
                m.qos = o.qos;
                m.payload = QByteArray(o.payloadSize, 'x');
                std::int64_t& sent = sentBy[static_cast<std::size_t>(i)];
                const auto interval = o.rate > 0 ? std::chrono::nanoseconds(static_cast<std::int64_t>(1e9 / o.rate))
                                                 : std::chrono::nanoseconds(0);
                const auto deadline = start + o.duration;
                for (;;) {
                    if (o.count > 0 ? sent >= o.count : Clock::now() >= deadline)
                        break;
                    if ((sent & 255) == 0 && shouldStop())
                        break;
                    if (interval.count() > 0) {
                        const auto due = start + interval * sent;
                        if (o.count == 0 && due >= deadline)
                            break;
                        std::this_thread::sleep_until(due);
                        if (shouldStop())
                            break;
                    }
                    stamp(m.payload, static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(sent));
                    session.publishAsync(m);
                    ++sent;
                }
                while (!session.waitForPublishes(std::chrono::milliseconds(200)))
                    if (shouldStop())
                        break;
            } catch (const Error& e) {
                firstError.set(e);
            }
        });
    }
    for (auto& t : pubThreads)
        t.join();
    const std::int64_t publishedNs = nowNs();

    MqttBenchResult r;
    for (auto s : sentBy)
        r.sent += s;
    r.expected = r.sent * o.subscribers;

    // Drain: until every copy arrived, or nothing arrived for drainTimeout.
    std::int64_t lastSeen = -1;
    auto lastProgress = Clock::now();
    while (o.subscribers > 0 && !firstError.failed) {
        const std::int64_t now = receivedTotal.load();
        if (now >= r.expected || shouldStop())
            break;
        if (now != lastSeen) {
            lastSeen = now;
            lastProgress = Clock::now();
        } else if (Clock::now() - lastProgress >= o.drainTimeout) {
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    stopSubscribers = true;
    for (auto& t : subThreads)
        t.join();
    for (auto& s : subs)
        s.session->disconnect();
    for (auto& p : pubs)
        p->disconnect();
    if (firstError.error)
        throw *firstError.error;

    std::vector<std::uint32_t> latencies;
    std::int64_t lastReceiveNs = startNs;
    for (auto& s : subs) {
        r.received += s.received;
        r.duplicates += s.duplicates;
        lastReceiveNs = std::max(lastReceiveNs, s.lastReceiveNs);
        latencies.insert(latencies.end(), s.latenciesUs.begin(), s.latenciesUs.end());
        s.latenciesUs = {};
    }
    r.lost = std::max<std::int64_t>(0, r.expected - (r.received - r.duplicates));
    r.interrupted = stopAll;
    r.publishSeconds = static_cast<double>(publishedNs - startNs) / 1e9;
    r.receiveSeconds = static_cast<double>(lastReceiveNs - startNs) / 1e9;
    r.sendRate = r.publishSeconds > 0 ? static_cast<double>(r.sent) / r.publishSeconds : 0;
    r.receiveRate = r.receiveSeconds > 0 ? static_cast<double>(r.received) / r.receiveSeconds : 0;
    std::sort(latencies.begin(), latencies.end());
    r.latencyP50Ms = percentileMs(latencies, 0.50);
    r.latencyP95Ms = percentileMs(latencies, 0.95);
    r.latencyP99Ms = percentileMs(latencies, 0.99);
    r.latencyMaxMs = latencies.empty() ? 0 : latencies.back() / 1000.0;
    return r;
}

} // namespace mqkit
