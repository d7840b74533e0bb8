#include "store/MessageRecorder.h"

#include "common/Error.h"
#include "common/JsonWriter.h"
#include "common/Version.h"
#include "mqtt/MqttMessageJson.h"
#include "store/RecordingFile.h"

#include <QDateTime>
#include <QJsonArray>

#include <optional>

namespace mqkit {

struct MessageRecorder::Impl {
    std::unique_ptr<SqliteDb> db;
    std::optional<SqliteStatement> insert;
    std::optional<SqliteStatement> insertKafka;
    std::int64_t runId = 0;
    std::int64_t written = 0;
    std::optional<std::int64_t> openGap; // gaps.id of the gap not closed yet
    bool finished = false;
};

MessageRecorder::MessageRecorder(const QString& path, const RecordingRunInfo& run, bool append)
    : m_impl(std::make_unique<Impl>()) {
    m_impl->db = recordingfile::openForWriting(path, append);
    SqliteDb& db = *m_impl->db;
    const bool kafka = run.system != QLatin1String("mqtt");
    if (kafka)
        recordingfile::enableKafka(db);
    db.transaction([&] {
        auto stmt = db.prepare(kafka ? "INSERT INTO runs (started_at_ms, broker_url, filters, qos, protocol, "
                                       "mqkit_version, system) VALUES (?, ?, ?, ?, ?, ?, ?)"
                                     : "INSERT INTO runs (started_at_ms, broker_url, filters, qos, protocol, "
                                       "mqkit_version) VALUES (?, ?, ?, ?, ?, ?)");
        stmt.bind(1, static_cast<std::int64_t>(QDateTime::currentMSecsSinceEpoch()))
            .bind(2, run.brokerUrl)
            .bind(3, QString::fromUtf8(compactJson(QJsonArray::fromStringList(run.filters))))
            .bind(4, static_cast<std::int64_t>(run.qos))
            .bind(5, static_cast<std::int64_t>(run.protocolVersion))
            .bind(6, QStringLiteral(MQKIT_VERSION));
        if (kafka)
            stmt.bind(7, run.system);
        stmt.step();
        auto id = db.prepare("SELECT last_insert_rowid()");
        id.step();
        m_impl->runId = id.integer(0);
    });
    m_impl->insert.emplace(db.prepare("INSERT INTO messages (run_id, received_at_ms, topic, payload, qos, retain, "
                                      "properties) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (kafka)
        m_impl->insertKafka.emplace(db.prepare(
        "INSERT INTO messages (run_id, received_at_ms, topic, payload, qos, retain, kafka_partition, kafka_offset, "
        "kafka_timestamp, kafka_timestamp_type, kafka_key, kafka_headers) VALUES (?, ?, ?, ?, 0, 0, ?, ?, ?, ?, ?, ?)"));
}

RecordingRunInfo RecordingRunInfo::kafka(const QString& bootstrap, const QStringList& topics) {
    RecordingRunInfo run{bootstrap, topics, 0, 0};
    run.system = QStringLiteral("kafka");
    return run;
}

MessageRecorder::~MessageRecorder() {
    try {
        finish();
    } catch (...) {
    }
}

void MessageRecorder::write(const MqttBatch& batch) {
    if (batch.empty())
        return;
    SqliteStatement& insert = *m_impl->insert;
    m_impl->db->transaction([&] {
        for (const MqttMessage& m : batch) {
            insert.bind(1, m_impl->runId)
                .bind(2, static_cast<std::int64_t>(m.receivedAtMs))
                .bind(3, m.topic)
                .bind(4, m.payload)
                .bind(5, static_cast<std::int64_t>(m.qos))
                .bind(6, static_cast<std::int64_t>(m.retained ? 1 : 0));
            if (m.properties.isEmpty())
                insert.bindNull(7);
            else
                insert.bind(7, QString::fromUtf8(compactJson(propertiesToJson(m.properties))));
            insert.step();
            insert.reset();
        }
    });
    m_impl->written += static_cast<std::int64_t>(batch.size());
}

void MessageRecorder::write(const std::vector<KafkaRecord>& records, std::int64_t receivedAtMs) {
    if (records.empty())
        return;
    if (!m_impl->insertKafka)
        throw Error(ErrorKind::Usage, QStringLiteral("Kafka records go into a Kafka recording run"));
    SqliteStatement& insert = *m_impl->insertKafka;
    m_impl->db->transaction([&] {
        for (const KafkaRecord& r : records) {
            insert.bind(1, m_impl->runId).bind(2, receivedAtMs).bind(3, r.topic);
            if (r.value)
                insert.bind(4, *r.value);
            else
                insert.bindNull(4);
            insert.bind(5, static_cast<std::int64_t>(r.partition))
                .bind(6, r.offset)
                .bind(7, r.timestamp)
                .bind(8, static_cast<std::int64_t>(r.timestampType));
            if (r.key)
                insert.bind(9, *r.key);
            else
                insert.bindNull(9);
            if (r.headers.empty())
                insert.bindNull(10);
            else
                insert.bind(10, recordingfile::encodeKafkaHeaders(r.headers));
            insert.step();
            insert.reset();
        }
    });
    m_impl->written += static_cast<std::int64_t>(records.size());
}

void MessageRecorder::finish() {
    if (m_impl->finished)
        return;
    m_impl->finished = true;
    auto stmt = m_impl->db->prepare("UPDATE runs SET ended_at_ms = ? WHERE id = ?");
    stmt.bind(1, static_cast<std::int64_t>(QDateTime::currentMSecsSinceEpoch())).bind(2, m_impl->runId);
    stmt.step();
}

void MessageRecorder::onEvent(const MqttConnectionEvent& event) {
    using K = MqttConnectionEvent::Kind;
    if (event.kind == K::Lost || event.kind == K::DisconnectedByBroker)
        beginGap(event.atMs, event.describe());
    else if (event.kind == K::Reconnected)
        endGap(event.atMs);
}

void MessageRecorder::beginGap(std::int64_t lostAtMs, const QString& reason) {
    if (m_impl->openGap)
        return; // one loss may be reported twice (lost, then the broker's DISCONNECT)
    SqliteDb& db = *m_impl->db;
    db.transaction([&] {
        auto stmt = db.prepare("INSERT INTO gaps (run_id, lost_at_ms, reason) VALUES (?, ?, ?)");
        stmt.bind(1, m_impl->runId).bind(2, lostAtMs).bind(3, reason);
        stmt.step();
        auto id = db.prepare("SELECT last_insert_rowid()");
        id.step();
        m_impl->openGap = id.integer(0);
    });
}

void MessageRecorder::endGap(std::int64_t resumedAtMs) {
    if (!m_impl->openGap)
        return;
    auto stmt = m_impl->db->prepare("UPDATE gaps SET resumed_at_ms = ? WHERE id = ?");
    stmt.bind(1, resumedAtMs).bind(2, *m_impl->openGap);
    stmt.step();
    m_impl->openGap.reset();
}

PipelineBatching MessageRecorder::recorderBatching() {
    PipelineBatching b;
    b.maxBatch = kMaxBatch;
    b.fillWindow = kBatchWindow;
    return b;
}

QString MessageRecorder::path() const {
    return m_impl->db->path();
}

std::int64_t MessageRecorder::messagesWritten() const {
    return m_impl->written;
}

PipelineResult recordMqtt(MqttSession& session, const MqttRecordingRequest& request, const PipelineLimits& limits,
                          const std::vector<MessageSink*>& alsoTo, const std::function<void()>& onStarted) {
    session.subscribe(request.filters, request.qos);
    MessageRecorder recorder(request.path,
                             RecordingRunInfo{session.options().url.toString(), request.filters, request.qos,
                                              session.options().protocolVersion},
                             request.append);
    if (onStarted)
        onStarted();
    MessagePipeline pipeline(session, MessageRecorder::recorderBatching());
    pipeline.addSink(recorder);
    for (MessageSink* sink : alsoTo)
        pipeline.addSink(*sink);
    const PipelineResult result = pipeline.run(limits);
    recorder.finish();
    return result;
}

} // namespace mqkit
