#include "mqtt/MqttBench.h"

#include "common/Error.h"
#include "mqtt/LoadPublishers.h"
#include "mqtt/MessagePipeline.h"

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
    for (const QString& level : levels) {
        if (level.contains(QLatin1String("%i")) && level != QLatin1String("%i"))
            bad(QStringLiteral("--topic: %i must be a whole topic level, as in bench/%i/data"));
        if (level.contains(QLatin1String("%n")) && level != QLatin1String("%n"))
            bad(QStringLiteral("--topic: %n must be a whole topic level, as in dev/%n/%i/telemetry"));
    }
    if (topics < 1)
        bad(QStringLiteral("--topics must be at least 1"));
}

QString MqttBenchOptions::subscribeFilter() const {
    QStringList levels = topic.split(QLatin1Char('/'));
    for (QString& level : levels)
        if (level == QLatin1String("%i") || level == QLatin1String("%n"))
            level = QStringLiteral("+");
    return levels.join(QLatin1Char('/'));
}

QString MqttBenchOptions::topicFor(int publisher) const {
    QString t = topic;
    return t.replace(QLatin1String("%i"), QString::number(publisher));
}

QString MqttBenchOptions::topicFor(int publisher, std::int64_t sequence) const {
    return topicFor(publisher).replace(QLatin1String("%n"), QString::number(sequence % topics));
}

MqttBench::MqttBench(MqttBenchOptions options) : m_options(std::move(options)) {
    m_options.validate();
}

namespace {

// One subscriber's counters: a sink of its session's pipeline.
class BenchSubscriber : public MessageSink {
public:
    BenchSubscriber(int publishers, std::atomic<std::int64_t>& receivedTotal, std::int64_t expected)
        : m_receivedTotal(receivedTotal), m_lastSeq(static_cast<std::size_t>(publishers), -1) {
        latenciesUs.reserve(static_cast<std::size_t>(std::min<std::int64_t>(expected, 50'000'000)));
    }

    void onBatch(const MqttBatch& batch) override {
        const std::int64_t now = nowNs();
        for (const MqttMessage& m : batch) {
            if (m.payload.size() < MqttBenchOptions::kMinPayload)
                continue; // not ours
            std::int64_t sentNs = 0;
            std::uint32_t publisher = 0, seq = 0;
            std::memcpy(&sentNs, m.payload.constData(), 8);
            std::memcpy(&publisher, m.payload.constData() + 8, 4);
            std::memcpy(&seq, m.payload.constData() + 12, 4);
            if (publisher >= m_lastSeq.size())
                continue;
            ++received;
            if (static_cast<std::int64_t>(seq) <= m_lastSeq[publisher])
                ++duplicates;
            else
                m_lastSeq[publisher] = seq;
            latenciesUs.push_back(static_cast<std::uint32_t>(std::max<std::int64_t>(0, now - sentNs) / 1000));
        }
        lastReceiveNs = now;
        m_receivedTotal += static_cast<std::int64_t>(batch.size());
    }

    std::vector<std::uint32_t> latenciesUs;
    std::int64_t received = 0;
    std::int64_t duplicates = 0;
    std::int64_t lastReceiveNs = 0;

private:
    std::atomic<std::int64_t>& m_receivedTotal;
    std::vector<std::int64_t> m_lastSeq; // per publisher
};

// One run of the bench: connections, threads and the figures they produce.
class BenchRun {
public:
    BenchRun(const MqttBenchOptions& options, const std::function<bool()>& stopRequested)
        : m_opt(options), m_stopRequested(stopRequested) {}
    ~BenchRun() {
        m_stopSubscribers = true;
        for (auto& t : m_subThreads)
            if (t.joinable())
                t.join();
    }
    BenchRun(const BenchRun&) = delete;
    BenchRun& operator=(const BenchRun&) = delete;

    MqttBenchResult run() {
        connectSubscribers(); // first, so nothing published is missed
        connectPublishers();
        startSubscribers();
        const std::int64_t startNs = nowNs();
        publishAll();
        const std::int64_t publishedNs = nowNs();
        MqttBenchResult r;
        for (auto s : m_sentBy)
            r.sent += s;
        r.expected = r.sent * m_opt.subscribers;
        drain(r.expected);
        stopAndDisconnect();
        if (m_firstError.error)
            throw *m_firstError.error;
        summarize(r, startNs, publishedNs);
        return r;
    }

private:
    struct Subscriber {
        std::unique_ptr<MqttSession> session;
        std::unique_ptr<BenchSubscriber> sink;
    };

    bool shouldStop() {
        if (m_stopAll || m_firstError.failed)
            return true;
        if (m_stopRequested && m_stopRequested()) {
            m_stopAll = true;
            return true;
        }
        return false;
    }

    void connectSubscribers() {
        const std::int64_t expected = m_opt.count > 0 ? m_opt.count * m_opt.publishers : 0;
        for (int i = 0; i < m_opt.subscribers; ++i) {
            Subscriber s;
            s.session = std::make_unique<MqttSession>(clientOptions(m_opt.connection, "sub", i));
            s.session->connect();
            s.session->subscribe({m_opt.subscribeFilter()}, m_opt.qos);
            s.sink = std::make_unique<BenchSubscriber>(m_opt.publishers, m_receivedTotal, expected);
            m_subs.push_back(std::move(s));
        }
    }

    void connectPublishers() {
        std::vector<MqttConnectOptions> connections;
        for (int i = 0; i < m_opt.publishers; ++i)
            connections.push_back(clientOptions(m_opt.connection, "pub", i));
        m_pubs = std::make_unique<LoadPublishers>(std::move(connections));
        m_pubs->connect();
    }

    void startSubscribers() {
        for (auto& sub : m_subs) {
            m_subThreads.emplace_back([this, s = &sub] {
                try {
                    PipelineBatching batching;
                    batching.maxBatch = 8192;
                    batching.poll = std::chrono::milliseconds(20);
                    MessagePipeline pipeline(*s->session, batching);
                    pipeline.addSink(*s->sink);
                    PipelineLimits limits;
                    limits.stopRequested = [this] { return m_stopSubscribers.load() || m_firstError.failed.load(); };
                    const PipelineResult result = pipeline.run(limits);
                    if (result.end == PipelineResult::End::ConnectionLost)
                        throw Error(ErrorKind::Connection, QStringLiteral("subscriber lost its connection: %1")
                                                               .arg(result.lostReason.value_or(QString())));
                } catch (const Error& e) {
                    m_firstError.set(e);
                }
            });
        }
    }

    void publishAll() {
        LoadRunLimits limits;
        limits.duration = m_opt.duration;
        const std::vector<LoadPublisherPlan> plans(static_cast<std::size_t>(m_opt.publishers),
                                                   LoadPublisherPlan{m_opt.count, m_opt.rate});
        const bool spread = m_opt.topic.contains(QLatin1String("%n"));
        const LoadMessageFn next = [this, spread](int i, std::int64_t n, MqttMessage& m) {
            if (n == 0) {
                m.topic = m_opt.topicFor(i);
                m.qos = m_opt.qos;
                m.payload = QByteArray(m_opt.payloadSize, 'x');
            }
            stamp(m.payload, static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(n));
            if (spread)
                m.topic = m_opt.topicFor(i, n);
        };
        try {
            m_sentBy = m_pubs->run(plans, limits, next, [this] { return shouldStop(); }).sent;
        } catch (const Error& e) {
            m_firstError.set(e);
        }
    }

    // Until every copy arrived, or nothing arrived for drainTimeout.
    void drain(std::int64_t expected) {
        std::int64_t lastSeen = -1;
        auto lastProgress = Clock::now();
        while (m_opt.subscribers > 0 && !m_firstError.failed) {
            const std::int64_t now = m_receivedTotal.load();
            if (now >= expected || shouldStop())
                break;
            if (now != lastSeen) {
                lastSeen = now;
                lastProgress = Clock::now();
            } else if (Clock::now() - lastProgress >= m_opt.drainTimeout) {
                break;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
    }

    void stopAndDisconnect() {
        m_stopSubscribers = true;
        for (auto& t : m_subThreads)
            t.join();
        m_subThreads.clear();
        for (auto& s : m_subs)
            s.session->disconnect();
        if (m_pubs)
            m_pubs->disconnect();
    }

    void summarize(MqttBenchResult& r, std::int64_t startNs, std::int64_t publishedNs) {
        std::vector<std::uint32_t> latencies;
        std::int64_t lastReceiveNs = startNs;
        for (auto& s : m_subs) {
            r.received += s.sink->received;
            r.duplicates += s.sink->duplicates;
            lastReceiveNs = std::max(lastReceiveNs, s.sink->lastReceiveNs);
            latencies.insert(latencies.end(), s.sink->latenciesUs.begin(), s.sink->latenciesUs.end());
            s.sink->latenciesUs = {};
        }
        r.lost = std::max<std::int64_t>(0, r.expected - (r.received - r.duplicates));
        r.interrupted = m_stopAll;
        r.publishSeconds = static_cast<double>(publishedNs - startNs) / 1e9;
        r.receiveSeconds = static_cast<double>(lastReceiveNs - startNs) / 1e9;
        r.sendRate = r.publishSeconds > 0 ? static_cast<double>(r.sent) / r.publishSeconds : 0;
        r.receiveRate = r.receiveSeconds > 0 ? static_cast<double>(r.received) / r.receiveSeconds : 0;
        std::sort(latencies.begin(), latencies.end());
        r.latencyP50Ms = percentileMs(latencies, 0.50);
        r.latencyP95Ms = percentileMs(latencies, 0.95);
        r.latencyP99Ms = percentileMs(latencies, 0.99);
        r.latencyMaxMs = latencies.empty() ? 0 : latencies.back() / 1000.0;
    }

    const MqttBenchOptions& m_opt;
    const std::function<bool()>& m_stopRequested;
    FirstError m_firstError;
    std::atomic<bool> m_stopSubscribers{false};
    std::atomic<bool> m_stopAll{false};
    std::atomic<std::int64_t> m_receivedTotal{0};
    std::vector<Subscriber> m_subs;
    std::unique_ptr<LoadPublishers> m_pubs;
    std::vector<std::thread> m_subThreads;
    std::vector<std::int64_t> m_sentBy;
};

} // namespace

MqttBenchResult MqttBench::run(const std::function<bool()>& stopRequested) {
    return BenchRun(m_options, stopRequested).run();
}

} // namespace mqkit
