#include "bridge/Bridge.h"

#include "common/CoreTr.h"
#include "common/Error.h"
#include "common/JsonWriter.h"
#include "kafka/KafkaProducer.h"
#include "mqtt/MqttSessionStore.h"

#include <QDateTime>

#include <cstdlib>
#include <limits>
#include <thread>

namespace mqkit {

namespace {

std::int64_t nowMs() {
    return QDateTime::currentMSecsSinceEpoch();
}

constexpr std::size_t kFeedChunk = 1000;

} // namespace

Bridge::Bridge(BridgeOptions options) : m_options(std::move(options)) {
    if (m_options.mqtt.clientId.isEmpty())
        throw Error(ErrorKind::Usage, CoreTr::tr("the bridge needs a fixed MQTT client id, so that the broker keeps its "
                                                 "session and holds messages while the bridge is down"));
    if (m_options.qos != 1 && m_options.qos != 2)
        throw Error(ErrorKind::Usage, CoreTr::tr("the bridge subscribes with QoS 1 or 2 (QoS 0 can lose messages)"));
    if (m_options.routes.empty())
        throw Error(ErrorKind::Usage, CoreTr::tr("the bridge needs at least one route"));
    if (m_options.spoolPath.isEmpty())
        throw Error(ErrorKind::Usage, CoreTr::tr("the bridge needs a spool file"));
    for (const auto& spec : m_options.routes) {
        m_routes.push_back(BridgeRoute::fromSpec(spec));
        m_deadLetterTopics.insert(m_routes.back().deadLetterTopic());
    }
    MqttConnectOptions& mqtt = m_options.mqtt;
    mqtt.cleanStart = false;
    mqtt.reconnect.enabled = true;
    if (mqtt.protocolVersion == 5 && !mqtt.sessionExpirySeconds)
        mqtt.sessionExpirySeconds = std::numeric_limits<std::uint32_t>::max(); // MQTT 5: the session never expires
    mqtt.validate();
    m_origin = mqtt.url.toString();
    // No message timeout: librdkafka retries until Kafka takes the record; the spool's age bound
    // is where waiting ends. The user's -X wins.
    if (m_options.kafka.get(QStringLiteral("message.timeout.ms")).isEmpty())
        m_options.kafka.set(QStringLiteral("message.timeout.ms"), QStringLiteral("0"));
    m_options.kafka.validate();
    m_spool = std::make_unique<BridgeSpool>(m_options.spoolPath, m_options.spool);
    openSessionStore();
}

// MQTT 3.1.1 delivers a QoS 2 message only at PUBREL, after PUBREC: Paho's client persistence, in
// the spool file, keeps it across a crash in between. MQTT 5 delivers it before PUBREC (the spool
// commit covers it), and Paho would restore such a record without its payload (see BridgeSpool.h):
// no store, and none left over from an MQTT 3.1.1 run.
void Bridge::openSessionStore() {
    const auto sync = m_options.spool.sync == SpoolSync::Full ? MqttSessionStore::Sync::Full : MqttSessionStore::Sync::Normal;
    auto store = std::make_unique<MqttSessionStore>(m_options.spoolPath, sync);
    if (m_options.mqtt.protocolVersion != 5) {
        m_sessionStore = std::move(store);
        return;
    }
    if (const int held = store->heldInbound(m_options.mqtt.clientId); held > 0)
        throw Error(ErrorKind::Usage, CoreTr::tr("the spool %1 holds %2 QoS 2 message(s) received over MQTT 3.1.1 that the "
                                                 "broker has not released yet; run the bridge with MQTT 3.1.1 until they "
                                                 "are bridged, then switch to MQTT 5")
                                          .arg(m_options.spoolPath)
                                          .arg(held));
}

Bridge::~Bridge() {
    m_stopping = true;
    m_session.reset(); // no arrival after this
    if (m_producer)
        m_producer->abandon();
}

QStringList Bridge::subscriptions() const {
    QStringList out;
    for (const auto& r : m_routes)
        if (!out.contains(r.topic().subscription()))
            out << r.topic().subscription();
    return out;
}

// Paho's receive thread: the broker is acknowledged when this returns, so the record is in the
// spool by then (or the process ends without acknowledging it).
void Bridge::onArrival(const MqttMessage& message) {
    ++m_received;
    if (message.duplicate)
        ++m_duplicates;
    const int index = firstMatchingRoute(m_routes, message.topic);
    if (index < 0) {
        ++m_unrouted;
        return;
    }
    const BridgeRoute& route = m_routes[static_cast<std::size_t>(index)];
    BridgeOutcome outcome = route.map(message, m_origin);
    if (!outcome.deadLetter && m_options.spool.overflow == SpoolOverflow::DeadLetter) {
        if (const auto full = m_spool->overBound(nowMs())) {
            outcome.record.topic = route.deadLetterTopic();
            outcome.record.headers.push_back({bridgeheaders::kDlqReason, full->toUtf8()});
            outcome.record.headers.push_back({bridgeheaders::kDlqOrigin, (m_origin + QLatin1Char(' ') + route.spec().from).toUtf8()});
        }
    }
    commitDurably(outcome.record);
    holdWhileOverBound();
}

// Overflow "stop", enforced in the arrival path: the message that reached a bound is in the spool
// (so the spool exceeds its size bound by at most that one message), and Paho's receive thread is
// held here until the spool is below 90 % of both bounds again (Kafka took the backlog) or the
// bridge stops. Meanwhile Paho reads nothing more: the broker keeps what comes for the session
// (past its keepalive it drops the stalled connection and queues for the persistent session; the
// bridge reconnects afterwards). Paho C's async client holds its global lock while the callback
// runs, so no other thread may call Paho during the hold: the loop keeps producing, and takes the
// connection state from the session's events.
void Bridge::holdWhileOverBound() {
    if (m_options.spool.overflow != SpoolOverflow::StopConsuming || !m_spool->overBound(nowMs()))
        return;
    m_consuming = false;
    while (!m_stopping && !m_spool->belowResumeMark(nowMs()))
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    m_consuming = true;
}

// A spool that cannot be written (disk full, I/O error) holds the message here, unacknowledged,
// retrying every second; the status reports why. Stopping meanwhile ends the process at once, so
// that Paho never acknowledges a message the spool does not hold: the broker sends it again.
void Bridge::commitDurably(const KafkaRecord& record) {
    for (;;) {
        try {
            m_spool->append({record}, nowMs());
            std::lock_guard lock(m_errorMutex);
            m_spoolError.reset();
            return;
        } catch (const std::exception& e) {
            {
                std::lock_guard lock(m_errorMutex);
                m_spoolError = QString::fromUtf8(e.what());
            }
            if (m_stopping)
                std::_Exit(exitcode::Failure);
            std::this_thread::sleep_for(std::chrono::seconds(1));
        }
    }
}

void Bridge::onBatch(const MqttBatch&) {
    // Every message of the batch is already in the spool (onArrival); the stream reaches the other
    // sinks through the same pipeline. New rows are picked up by feedProducer().
}

void Bridge::onEvent(const MqttConnectionEvent& event) {
    using Kind = MqttConnectionEvent::Kind;
    if (event.kind == Kind::Connected || event.kind == Kind::Reconnected)
        m_mqttUp = true;
    else if (event.kind == Kind::Lost || event.kind == Kind::DisconnectedByBroker)
        m_mqttUp = false;
}

void Bridge::connectAndSubscribe() {
    m_session->connect();
    m_session->subscribe(subscriptions(), m_options.qos);
}

void Bridge::newProducer() {
    if (m_producer) {
        m_producer->abandon();
        m_producer.reset();
        m_handedBeforeRebuild = std::max(m_handedBeforeRebuild, m_handedUpTo);
        ++m_kafkaCounters.producerRebuilds;
    }
    m_producer = std::make_unique<KafkaProducer>(m_options.kafka);
    m_producer->keepOutcomes();
    m_handedUpTo = 0; // everything still in the spool goes again, in order
    m_deadLetterIds.clear();
    m_waitingFor.reset();
    m_rebuildNeeded = false;
}

void Bridge::feedProducer() {
    while (!m_rebuildNeeded && m_producer->outstanding() < m_options.maxInFlight) {
        const auto room = static_cast<std::size_t>(m_options.maxInFlight - m_producer->outstanding());
        const auto rows = m_spool->after(m_handedUpTo, std::min(room, kFeedChunk));
        if (rows.empty())
            return;
        for (const auto& row : rows) {
            if (m_waitingFor)
                return;
            const bool alone = m_isolated.count(row.id) > 0;
            if (alone && m_producer->outstanding() > 0)
                return; // produced alone: once everything before it is acknowledged
            if (alone)
                m_waitingFor = row.id;
            if (m_deadLetterTopics.contains(row.record.topic))
                m_deadLetterIds.insert(row.id);
            if (row.id <= m_handedBeforeRebuild)
                ++m_kafkaCounters.resent;
            m_handedUpTo = row.id;
            try {
                m_producer->send(row.record, row.id); // a refusal comes back as an outcome
            } catch (const Error&) {
                m_rebuildNeeded = true; // a fatal producer error
                return;
            }
        }
    }
}

void Bridge::deadLetter(std::int64_t id, const QString& error) {
    const auto rows = m_spool->after(id - 1, 1);
    if (rows.empty() || rows.front().id != id)
        return;
    KafkaRecord record = rows.front().record;
    if (m_deadLetterTopics.contains(record.topic))
        throw Error(ErrorKind::Broker, CoreTr::tr("the dead-letter topic %1 refuses records (%2); they stay in the "
                                                  "spool %3 until it takes them")
                                           .arg(record.topic, error, m_spool->path()));
    const QString origin = m_origin + QLatin1Char(' ') + record.topic;
    record.topic += QStringLiteral(".dlq");
    record.headers.push_back({bridgeheaders::kDlqReason, error.toUtf8()});
    record.headers.push_back({bridgeheaders::kDlqOrigin, origin.toUtf8()});
    m_spool->replace(id, record, nowMs());
}

void Bridge::handleOutcomes(std::chrono::milliseconds wait) {
    std::vector<std::int64_t> done;
    for (const auto& o : m_producer->takeOutcomes(wait)) {
        const bool wasDeadLetter = m_deadLetterIds.erase(o.tag) > 0;
        if (m_waitingFor == o.tag)
            m_waitingFor.reset();
        if (o.delivered) {
            done.push_back(o.tag);
            m_isolated.erase(o.tag);
            ++(wasDeadLetter ? m_kafkaCounters.deadLettered : m_kafkaCounters.delivered);
        } else if (o.permanent && m_isolated.erase(o.tag) > 0) {
            deadLetter(o.tag, o.error); // refused alone too
        } else if (o.permanent) {
            m_isolated.insert(o.tag); // perhaps refused for another record of its batch
            m_rebuildNeeded = true;
        } else {
            m_rebuildNeeded = true; // purged or timed out: produce again from the spool, in order
        }
    }
    m_spool->remove(done);
}

void Bridge::pumpKafka(std::chrono::milliseconds wait) {
    handleOutcomes(wait);
    if (!m_rebuildNeeded && m_producer->fatalError())
        m_rebuildNeeded = true;
    if (m_rebuildNeeded)
        newProducer();
    feedProducer();
}

void Bridge::drain() {
    const auto end = std::chrono::steady_clock::now() + m_options.drainOnStop;
    while (m_producer && !m_rebuildNeeded && m_producer->outstanding() > 0 && std::chrono::steady_clock::now() < end) {
        handleOutcomes(std::chrono::milliseconds(50));
    }
}

void Bridge::run(const BridgeRunControl& control) {
    m_session = std::make_unique<MqttSession>(m_options.mqtt, m_sessionStore.get());
    m_session->setArrivalHandler([this](const MqttMessage& m) { onArrival(m); });
    newProducer();
    feedProducer(); // what an earlier run left in the spool goes first
    connectAndSubscribe();
    MessagePipeline pipeline(*m_session, PipelineBatching{4096, std::chrono::milliseconds(0), std::chrono::milliseconds(50)});
    pipeline.addSink(*this);
    for (MessageSink* sink : control.sinks)
        pipeline.addSink(*sink);
    auto nextStatus = std::chrono::steady_clock::now();
    while (!(control.stopRequested && control.stopRequested())) {
        pipeline.turn(std::chrono::milliseconds(20));
        pumpKafka(std::chrono::milliseconds(0));
        if (control.onStatus && std::chrono::steady_clock::now() >= nextStatus) {
            control.onStatus(status());
            nextStatus += std::chrono::seconds(1);
        }
    }
    m_stopping = true; // ends a hold, so that Paho can be called again
    m_session->disconnect();
    pipeline.turn(std::chrono::milliseconds(0)); // the last messages taken
    m_mqttUp = false;
    drain();
    if (control.onStatus)
        control.onStatus(status());
}

BridgeStatus Bridge::status() const {
    BridgeStatus s;
    s.atMs = nowMs();
    s.counters = m_kafkaCounters;
    s.counters.received = m_received;
    s.counters.duplicates = m_duplicates;
    s.counters.unrouted = m_unrouted;
    s.spool = m_spool->stats();
    s.inFlight = m_producer ? m_producer->outstanding() : 0;
    s.mqttConnected = m_mqttUp && m_consuming;
    s.consuming = m_consuming;
    s.kafkaProblem = m_producer ? m_producer->connectionProblem() : std::nullopt;
    s.spoolFull = m_spool->overBound(s.atMs);
    std::lock_guard lock(m_errorMutex);
    s.spoolError = m_spoolError;
    if (!s.spoolError && m_sessionStore)
        s.spoolError = m_sessionStore->writeError();
    return s;
}

void writeBridgeStatusJson(QByteArray& out, const BridgeStatus& s) {
    JsonWriter w(out);
    w.beginObject().timeField("at", s.atMs);
    w.field("mqtt", s.mqttConnected ? "connected" : (s.consuming ? "disconnected" : "paused"));
    w.field("kafka", s.kafkaProblem ? *s.kafkaProblem : QStringLiteral("ok"));
    w.field("in", s.counters.received).field("duplicates", s.counters.duplicates).field("unrouted", s.counters.unrouted);
    w.field("out", s.counters.delivered).field("dlq", s.counters.deadLettered);
    w.field("in_flight", s.inFlight).field("resent", s.counters.resent).field("producer_rebuilds", s.counters.producerRebuilds);
    w.key("spool").beginObject().field("records", s.spool.records).field("bytes", s.spool.bytes);
    w.key("oldest_age_ms");
    if (s.spool.oldestSpooledAtMs)
        w.value(std::max<std::int64_t>(0, s.atMs - *s.spool.oldestSpooledAtMs));
    else
        w.null();
    w.field("full", s.spoolFull).field("error", s.spoolError).endObject();
    w.endObject().endLine();
}

QString describeBridgeStatus(const BridgeStatus& s) {
    QString line = QStringLiteral("in %1 (dup %2)  out %3  dlq %4  spool %5 (%6 bytes)  in flight %7  mqtt %8  kafka %9")
                       .arg(s.counters.received)
                       .arg(s.counters.duplicates)
                       .arg(s.counters.delivered)
                       .arg(s.counters.deadLettered)
                       .arg(s.spool.records)
                       .arg(s.spool.bytes)
                       .arg(s.inFlight)
                       .arg(s.mqttConnected ? QStringLiteral("connected") : (s.consuming ? QStringLiteral("disconnected") : QStringLiteral("paused")))
                       .arg(s.kafkaProblem.value_or(QStringLiteral("ok")));
    if (s.spoolFull)
        line += QStringLiteral("  spool full: ") + *s.spoolFull;
    if (s.spoolError)
        line += QStringLiteral("  spool error: ") + *s.spoolError;
    return line;
}

} // namespace mqkit
