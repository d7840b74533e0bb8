#include "kafka/KafkaToMqtt.h"

#include "common/CoreTr.h"
#include "common/Error.h"
#include "mqtt/MqttSession.h"

#include <QDateTime>

#include <deque>
#include <map>
#include <mutex>
#include <thread>

namespace mqkit {

namespace {

// One record between Kafka and the broker's acknowledgement.
struct Entry {
    std::int64_t seq = 0;
    int partition = 0;
    std::int64_t offset = 0;
    std::optional<MqttMessage> message; // unset: skipped (no topic), done at once
    int sentGeneration = -1;            // the connection generation it was last sent on
    int failures = 0;
    bool done = false;
};

struct Completion {
    std::int64_t seq = 0;
    int generation = 0;
    bool delivered = false;
};

} // namespace

struct KafkaToMqtt::Impl {
    KafkaClientConfig kafka;
    MqttSession& session;
    KafkaToMqttOptions options;
    std::deque<Entry> pending;                       // in record order; seq contiguous
    std::map<int, std::deque<Entry*>> byPartition;   // the same, per partition
    std::map<int, std::int64_t> acknowledgedUpTo;    // per partition: next offset to commit
    std::map<int, std::int64_t> committedUpTo;
    std::int64_t nextSeq = 0;
    std::int64_t nextToSend = 0; // seq of the first entry not sent on this generation
    int generation = 0;
    int inFlight = 0;            // sent on this generation, not completed
    KafkaToMqttProgress progress;
    std::mutex completionMutex;
    std::vector<Completion> completions; // filled by Paho's thread

    Impl(const KafkaClientConfig& k, MqttSession& s, KafkaToMqttOptions o)
        : kafka(k), session(s), options(std::move(o)) {}

    int window() const { return options.qos == 2 ? kQos2Window : kWindow; }
    Entry* entry(std::int64_t seq) {
        if (pending.empty() || seq < pending.front().seq || seq > pending.back().seq)
            return nullptr;
        return &pending[static_cast<std::size_t>(seq - pending.front().seq)];
    }

    void add(const KafkaRecord& record, bool userProperties) {
        Entry& e = pending.emplace_back();
        e.seq = nextSeq++;
        e.partition = record.partition;
        e.offset = record.offset;
        QString why;
        e.message = toMqtt(record, options.topicTemplate, options.qos, options.retain, userProperties, &why);
        if (!e.message) {
            e.done = true;
            ++progress.skipped;
            if (progress.firstSkipReason.isEmpty())
                progress.firstSkipReason = CoreTr::tr("%1 [%2] offset %3: %4")
                                               .arg(record.topic)
                                               .arg(record.partition)
                                               .arg(record.offset)
                                               .arg(why);
        }
        byPartition[e.partition].push_back(&e);
        ++progress.consumed;
    }

    // A lost connection: everything not acknowledged before it goes again after the reconnect, in
    // order. An acknowledgement that comes later for an earlier send does not count: the client
    // library may still send what it had queued before the loss after the reconnect, ahead of the
    // records lost in flight, so only the renewed sends restore the order.
    void rewind() {
        ++generation;
        inFlight = 0;
        nextToSend = pending.empty() ? nextSeq : pending.front().seq;
    }

    void applyCompletions() {
        std::vector<Completion> taken;
        {
            std::lock_guard lock(completionMutex);
            taken.swap(completions);
        }
        bool failed = false;
        for (const Completion& c : taken) {
            Entry* e = entry(c.seq);
            if (c.generation == generation)
                --inFlight;
            if (!e || e->done)
                continue;
            if (c.delivered && c.generation == generation) {
                e->done = true;
                ++progress.acknowledged;
            } else if (c.generation == generation) {
                if (++e->failures >= 3 && session.isConnected())
                    throw Error(ErrorKind::Broker, CoreTr::tr("the MQTT broker refused the publish to '%1' three times")
                                                       .arg(e->message->topic));
                failed = true;
            }
        }
        if (failed)
            rewind();
        // Per partition, the highest contiguous acknowledged offset; then drop finished entries.
        for (auto& [partition, entries] : byPartition) {
            while (!entries.empty() && entries.front()->done) {
                acknowledgedUpTo[partition] = entries.front()->offset + 1;
                entries.pop_front();
            }
        }
        while (!pending.empty() && pending.front().done)
            pending.pop_front();
    }

    // Sends what is due, in order, while the window has room and the connection is up.
    void sendDue() {
        while (inFlight < window() && nextToSend < nextSeq && session.isConnected()) {
            Entry* e = entry(nextToSend);
            if (!e || e->done || e->sentGeneration == generation) {
                ++nextToSend;
                continue;
            }
            const int gen = generation;
            const std::int64_t seq = e->seq;
            try {
                session.publishTracked(*e->message, [this, seq, gen](bool delivered) {
                    std::lock_guard lock(completionMutex);
                    completions.push_back({seq, gen, delivered});
                });
            } catch (const Error& error) {
                if (error.kind() != ErrorKind::Connection)
                    throw;
                return; // the connection went: sent again once it is back
            }
            if (e->sentGeneration >= 0)
                ++progress.resent;
            e->sentGeneration = gen;
            ++inFlight;
            ++nextToSend;
        }
    }

    void commit(KafkaConsumer& consumer, bool force) {
        bool changed = false;
        for (const auto& [partition, next] : acknowledgedUpTo) {
            auto& committed = committedUpTo[partition];
            if (committed == next)
                continue;
            consumer.acknowledge(partition, next);
            changed = true;
        }
        if (!changed && !force)
            return;
        if (!force)
            consumer.commitAcknowledged();
        for (const auto& [partition, next] : acknowledgedUpTo)
            committedUpTo[partition] = next;
        progress.committed = progress.acknowledged + progress.skipped;
    }

    void handleEvents() {
        for (const MqttConnectionEvent& ev : session.takeEvents()) {
            using K = MqttConnectionEvent::Kind;
            if (options.onConnectionEvent)
                options.onConnectionEvent(ev);
            if (ev.kind == K::Lost || ev.kind == K::DisconnectedByBroker || ev.kind == K::Reconnected)
                rewind();
        }
    }
};

KafkaToMqtt::KafkaToMqtt(const KafkaClientConfig& kafka, MqttSession& session, KafkaToMqttOptions options)
    : m_impl(std::make_unique<Impl>(kafka, session, std::move(options))) {
    if (m_impl->options.groupId.isEmpty())
        throw Error(ErrorKind::Usage, CoreTr::tr("forwarding Kafka to MQTT needs a consumer group"));
    if (m_impl->options.qos < 0 || m_impl->options.qos > 2)
        throw Error(ErrorKind::Usage, QStringLiteral("QoS must be 0, 1 or 2"));
}

KafkaToMqtt::~KafkaToMqtt() = default;

std::optional<MqttMessage> KafkaToMqtt::toMqtt(const KafkaRecord& record, const RecordTopicTemplate& topicTemplate,
                                               int qos, bool retain, bool userProperties, QString* why) {
    const std::optional<QString> topic = topicTemplate.render(record, why);
    if (!topic)
        return std::nullopt;
    MqttMessage m;
    m.topic = *topic;
    m.payload = record.value.value_or(QByteArray());
    m.qos = qos;
    m.retained = retain;
    if (userProperties)
        for (const KafkaHeader& h : record.headers)
            m.properties.user.emplace_back(h.name, QString::fromUtf8(h.value.value_or(QByteArray())));
    return m;
}

KafkaToMqttProgress KafkaToMqtt::run(const std::function<bool()>& stopRequested,
                                     const std::function<void(const KafkaToMqttProgress&)>& onProgress) {
    using Clock = std::chrono::steady_clock;
    Impl& d = *m_impl;
    KafkaConsumerOptions consumerOptions;
    consumerOptions.topic = d.options.topic;
    consumerOptions.groupId = d.options.groupId;
    consumerOptions.start = d.options.start;
    consumerOptions.stopAtEnd = d.options.stopAtEnd;
    consumerOptions.commitAcknowledgedOnly = true;
    KafkaConsumer consumer(d.kafka, consumerOptions);
    const bool userProperties = d.session.options().protocolVersion == 5;
    const auto start = Clock::now();
    auto lastCommit = start;
    auto lastReport = start;
    auto report = [&](bool force) {
        const auto now = Clock::now();
        d.progress.elapsedMs = std::chrono::duration_cast<std::chrono::milliseconds>(now - start).count();
        d.progress.inFlight = d.progress.consumed - d.progress.acknowledged - d.progress.skipped;
        if (onProgress && (force || now - lastReport >= d.options.progressInterval)) {
            lastReport = now;
            onProgress(d.progress);
        }
    };
    std::vector<KafkaRecord> batch;
    bool stopped = false;
    while (true) {
        if (stopRequested && stopRequested()) {
            stopped = true;
            break;
        }
        const bool limitReached = d.options.maxRecords > 0 && d.progress.consumed >= d.options.maxRecords;
        const bool atEnd = d.options.stopAtEnd && consumer.atEnd();
        if ((limitReached || atEnd) && d.pending.empty())
            break;
        d.handleEvents();
        d.applyCompletions();
        d.sendDue();
        const bool room = d.pending.size() < kMaxPending && !limitReached && !atEnd;
        if (room && d.session.isConnected()) {
            int max = 2000;
            if (d.options.maxRecords > 0)
                max = static_cast<int>(std::min<std::int64_t>(max, d.options.maxRecords - d.progress.consumed));
            consumer.poll(batch, max, std::chrono::milliseconds(d.inFlight > 0 ? 0 : 50));
            for (const KafkaRecord& r : batch)
                d.add(r, userProperties);
            d.sendDue();
        } else {
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
        if (Clock::now() - lastCommit >= d.options.commitInterval) {
            lastCommit = Clock::now();
            d.commit(consumer, false);
        }
        report(false);
    }
    // Give what is in flight its acknowledgement, then commit everything acknowledged.
    const auto deadline = Clock::now() + d.session.options().connectTimeout;
    while (d.inFlight > 0 && Clock::now() < deadline && d.session.isConnected()) {
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
        d.applyCompletions();
    }
    d.applyCompletions();
    d.commit(consumer, true);
    consumer.close();
    d.progress.finished = !stopped;
    report(true);
    return d.progress;
}

} // namespace mqkit
