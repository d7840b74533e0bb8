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

bool RecordingSelection::matchesTopic(const QString& topic) const {
    if (topicFilters.isEmpty())
        return true;
    for (const auto& f : topicFilters)
        if (topicMatchesFilter(topic, f))
            return true;
    return false;
}

struct RecordingReader::Impl {
    std::unique_ptr<SqliteDb> db;
};

RecordingReader::RecordingReader(const QString& path) : m_impl(std::make_unique<Impl>()) {
    m_impl->db = recordingfile::openExisting(path);
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
        auto stmt = db.prepare("SELECT id, started_at_ms, ended_at_ms, broker_url, filters, qos, protocol, mqkit_version "
                               "FROM runs ORDER BY id");
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
    auto stmt = m_impl->db->prepare("SELECT received_at_ms, topic, payload, qos, retain, properties FROM messages "
                                    "WHERE received_at_ms BETWEEN ? AND ? ORDER BY id");
    stmt.bind(1, selection.fromMs.value_or(std::numeric_limits<std::int64_t>::min()))
        .bind(2, selection.untilMs.value_or(std::numeric_limits<std::int64_t>::max()));
    while (stmt.step()) {
        MqttMessage m;
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
        if (!fn(m))
            break;
    }
}

} // namespace mqkit
