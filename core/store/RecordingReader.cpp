#include "store/RecordingReader.h"

#include "common/Error.h"
#include "mqtt/MqttMessageJson.h"
#include "mqtt/TopicFilter.h"
#include "store/RecordingFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <limits>

namespace mqkit {

namespace {

// Columns 6.. of the forEachRecorded query (payload in column 2).
KafkaRecord kafkaRecordAt(const SqliteStatement& stmt, const MqttMessage& m) {
    KafkaRecord r;
    r.topic = m.topic;
    r.partition = static_cast<int>(stmt.integer(6));
    r.offset = stmt.integer(7);
    r.timestamp = stmt.integer(8);
    const std::int64_t type = stmt.integer(9);
    r.timestampType = type == 1 ? KafkaTimestampType::CreateTime
                      : type == 2 ? KafkaTimestampType::LogAppendTime
                                  : KafkaTimestampType::NotAvailable;
    if (!stmt.isNull(2))
        r.value = m.payload;
    if (!stmt.isNull(10))
        r.key = stmt.blob(10);
    if (!stmt.isNull(11))
        r.headers = recordingfile::decodeKafkaHeaders(stmt.blob(11));
    return r;
}

} // namespace

bool RecordingSelection::matchesTopic(const QString& topic) const {
    if (topicFilters.isEmpty())
        return true;
    for (const auto& f : topicFilters)
        if (topicMatchesFilter(topic, f))
            return true;
    return false;
}

std::int64_t RecordedMessage::originalTimeMs() const {
    if (kafka && kafka->timestampType != KafkaTimestampType::NotAvailable && kafka->timestamp >= 0)
        return kafka->timestamp;
    return message.receivedAtMs;
}

struct RecordingReader::Impl {
    std::unique_ptr<SqliteDb> db;
    bool kafka = false; // format 2: the Kafka columns exist
};

RecordingReader::RecordingReader(const QString& path) : m_impl(std::make_unique<Impl>()) {
    m_impl->db = recordingfile::openExisting(path);
    m_impl->kafka = recordingfile::hasKafkaColumns(*m_impl->db);
}

RecordingReader::~RecordingReader() = default;

QString RecordingReader::path() const {
    return m_impl->db->path();
}

std::optional<std::int64_t> RecordingReader::firstReceivedAtMs() {
    auto stmt = m_impl->db->prepare("SELECT received_at_ms FROM messages ORDER BY id LIMIT 1");
    if (stmt.step())
        return stmt.integer(0);
    return std::nullopt;
}

RecordingInfo RecordingReader::info() {
    SqliteDb& db = *m_impl->db;
    RecordingInfo info;
    {
        auto stmt = db.prepare("SELECT count(*), min(received_at_ms), max(received_at_ms), count(properties) FROM messages");
        stmt.step();
        info.messages = stmt.integer(0);
        if (!stmt.isNull(1)) {
            info.firstAtMs = stmt.integer(1);
            info.lastAtMs = stmt.integer(2);
        }
        info.withProperties = stmt.integer(3);
    }
    {
        auto stmt = db.prepare(m_impl->kafka ? "SELECT id, started_at_ms, ended_at_ms, broker_url, filters, qos, "
                                               "protocol, mqkit_version, system FROM runs ORDER BY id"
                                             : "SELECT id, started_at_ms, ended_at_ms, broker_url, filters, qos, "
                                               "protocol, mqkit_version, 'mqtt' FROM runs ORDER BY id");
        while (stmt.step()) {
            RecordingRun run;
            run.id = stmt.integer(0);
            run.startedAtMs = stmt.integer(1);
            if (!stmt.isNull(2))
                run.endedAtMs = stmt.integer(2);
            run.brokerUrl = stmt.text(3);
            for (const auto& f : QJsonDocument::fromJson(stmt.text(4).toUtf8()).array())
                run.filters << f.toString();
            run.qos = static_cast<int>(stmt.integer(5));
            run.protocolVersion = static_cast<int>(stmt.integer(6));
            run.mqkitVersion = stmt.text(7);
            run.system = stmt.text(8);
            info.runs.push_back(run);
        }
    }
    if (recordingfile::hasGapsTable(db)) {
        auto stmt = db.prepare("SELECT run_id, lost_at_ms, resumed_at_ms, reason FROM gaps ORDER BY id");
        while (stmt.step()) {
            const std::int64_t runId = stmt.integer(0);
            auto run = std::find_if(info.runs.begin(), info.runs.end(), [&](const RecordingRun& r) { return r.id == runId; });
            if (run == info.runs.end())
                continue;
            RecordingGap gap;
            gap.lostAtMs = stmt.integer(1);
            if (!stmt.isNull(2))
                gap.resumedAtMs = stmt.integer(2);
            gap.reason = stmt.text(3);
            run->gaps.push_back(gap);
        }
    }
    {
        auto stmt = db.prepare("SELECT topic, count(*) FROM messages GROUP BY topic ORDER BY topic");
        while (stmt.step())
            info.topics.push_back({stmt.text(0), stmt.integer(1)});
    }
    if (m_impl->kafka) {
        auto stmt = db.prepare("SELECT topic, kafka_partition, count(*), min(kafka_offset), max(kafka_offset), "
                               "min(CASE WHEN kafka_timestamp_type > 0 THEN kafka_timestamp END), "
                               "max(CASE WHEN kafka_timestamp_type > 0 THEN kafka_timestamp END), "
                               "count(*) - count(payload), count(kafka_headers) FROM messages "
                               "WHERE kafka_partition IS NOT NULL GROUP BY topic, kafka_partition "
                               "ORDER BY topic, kafka_partition");
        while (stmt.step()) {
            RecordingKafkaPartition& p = info.kafkaPartitions.emplace_back();
            p.topic = stmt.text(0);
            p.partition = static_cast<int>(stmt.integer(1));
            p.records = stmt.integer(2);
            p.firstOffset = stmt.integer(3);
            p.lastOffset = stmt.integer(4);
            if (!stmt.isNull(5)) {
                p.firstTimestampMs = stmt.integer(5);
                p.lastTimestampMs = stmt.integer(6);
            }
            p.nullValues = stmt.integer(7);
            p.withHeaders = stmt.integer(8);
            info.kafkaRecords += p.records;
        }
    }
    return info;
}

std::int64_t RecordingReader::count(const RecordingSelection& selection) {
    auto stmt = m_impl->db->prepare("SELECT topic, count(*) FROM messages WHERE received_at_ms BETWEEN ? AND ? "
                                    "GROUP BY topic");
    stmt.bind(1, selection.fromMs.value_or(std::numeric_limits<std::int64_t>::min()))
        .bind(2, selection.untilMs.value_or(std::numeric_limits<std::int64_t>::max()));
    std::int64_t n = 0;
    while (stmt.step())
        if (selection.matchesTopic(stmt.text(0)))
            n += stmt.integer(1);
    return n;
}

void RecordingReader::forEach(const RecordingSelection& selection, const std::function<bool(const MqttMessage&)>& fn) {
    forEachRecorded(selection, [&](const RecordedMessage& recorded) { return fn(recorded.message); });
}

void RecordingReader::forEachRecorded(const RecordingSelection& selection,
                                      const std::function<bool(const RecordedMessage&)>& fn) {
    auto stmt = m_impl->db->prepare(
        m_impl->kafka ? "SELECT received_at_ms, topic, payload, qos, retain, properties, kafka_partition, kafka_offset, "
                        "kafka_timestamp, kafka_timestamp_type, kafka_key, kafka_headers FROM messages "
                        "WHERE received_at_ms BETWEEN ? AND ? ORDER BY id"
                      : "SELECT received_at_ms, topic, payload, qos, retain, properties, NULL, NULL, NULL, NULL, NULL, "
                        "NULL FROM messages WHERE received_at_ms BETWEEN ? AND ? ORDER BY id");
    stmt.bind(1, selection.fromMs.value_or(std::numeric_limits<std::int64_t>::min()))
        .bind(2, selection.untilMs.value_or(std::numeric_limits<std::int64_t>::max()));
    RecordedMessage recorded;
    while (stmt.step()) {
        MqttMessage& m = recorded.message;
        m = MqttMessage();
        m.topic = stmt.text(1);
        if (!selection.matchesTopic(m.topic))
            continue;
        m.receivedAtMs = stmt.integer(0);
        m.payload = stmt.blob(2);
        m.qos = static_cast<int>(stmt.integer(3));
        m.retained = stmt.integer(4) != 0;
        if (!stmt.isNull(5)) {
            QJsonParseError err{};
            const QJsonDocument doc = QJsonDocument::fromJson(stmt.text(5).toUtf8(), &err);
            if (err.error != QJsonParseError::NoError || !doc.isObject())
                throw Error(ErrorKind::Usage, QStringLiteral("%1: malformed properties in the recording").arg(path()));
            m.properties = propertiesFromJson(doc.object());
        }
        recorded.kafka.reset();
        if (!stmt.isNull(6))
            recorded.kafka = kafkaRecordAt(stmt, m);
        if (!fn(recorded))
            break;
    }
}

} // namespace mqkit
