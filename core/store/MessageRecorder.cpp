#include "store/MessageRecorder.h"

#include "common/Error.h"
#include "common/Version.h"
#include "mqtt/MqttMessageJson.h"
#include "mqtt/MqttSession.h"
#include "store/RecordingFile.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <iterator>
#include <optional>
#include <thread>

namespace mqkit {

struct MessageRecorder::Impl {
    std::unique_ptr<SqliteDb> db;
    std::optional<SqliteStatement> insert;
    std::int64_t runId = 0;
    std::int64_t written = 0;
    bool finished = false;
};

MessageRecorder::MessageRecorder(const QString& path, const RecordingRunInfo& run, bool append)
    : m_impl(std::make_unique<Impl>()) {
    m_impl->db = recordingfile::openForWriting(path, append);
    SqliteDb& db = *m_impl->db;
    db.transaction([&] {
        auto stmt = db.prepare("INSERT INTO runs (started_at_ms, broker_url, filters, qos, protocol, mqkit_version) "
                               "VALUES (?, ?, ?, ?, ?, ?)");
        stmt.bind(1, static_cast<std::int64_t>(QDateTime::currentMSecsSinceEpoch()))
            .bind(2, run.brokerUrl)
            .bind(3, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(run.filters)).toJson(QJsonDocument::Compact)))
            .bind(4, static_cast<std::int64_t>(run.qos))
            .bind(5, static_cast<std::int64_t>(run.protocolVersion))
            .bind(6, QStringLiteral(MQKIT_VERSION));
        stmt.step();
        auto id = db.prepare("SELECT last_insert_rowid()");
        id.step();
        m_impl->runId = id.integer(0);
    });
    m_impl->insert.emplace(db.prepare("INSERT INTO messages (run_id, received_at_ms, topic, payload, qos, retain, "
                                      "properties) VALUES (?, ?, ?, ?, ?, ?, ?)"));
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
                insert.bind(7, QString::fromUtf8(QJsonDocument(propertiesToJson(m.properties)).toJson(QJsonDocument::Compact)));
            insert.step();
            insert.reset();
        }
    });
    m_impl->written += static_cast<std::int64_t>(batch.size());
}

void MessageRecorder::finish() {
    if (m_impl->finished)
        return;
    m_impl->finished = true;
    auto stmt = m_impl->db->prepare("UPDATE runs SET ended_at_ms = ? WHERE id = ?");
    stmt.bind(1, static_cast<std::int64_t>(QDateTime::currentMSecsSinceEpoch())).bind(2, m_impl->runId);
    stmt.step();
}

RecordStats MessageRecorder::record(MqttSession& session, const RecordLimits& limits,
                                    const std::function<bool()>& stopRequested,
                                    const std::function<void(const RecordStats&)>& onBatch) {
    using Clock = std::chrono::steady_clock;
    using std::chrono::milliseconds;
    const auto start = Clock::now();
    RecordStats stats;
    auto elapsed = [&] { return std::chrono::duration_cast<milliseconds>(Clock::now() - start); };
    while (!(stopRequested && stopRequested())) {
        milliseconds wait(100);
        if (limits.maxDuration.count() > 0) {
            const milliseconds left = limits.maxDuration - elapsed();
            if (left.count() <= 0)
                break;
            wait = std::min(wait, left);
        }
        std::size_t want = kMaxBatch;
        if (limits.maxCount > 0)
            want = std::min<std::size_t>(want, static_cast<std::size_t>(limits.maxCount - stats.messages));
        MqttBatch batch = session.takeBatch(want, wait);
        if (!batch.empty() && batch.size() < want) {
            // Let the batch fill for up to kBatchWindow after its first message: one commit (and one
            // wake-up) per window instead of one per message when messages trickle in quickly.
            std::this_thread::sleep_for(kBatchWindow);
            MqttBatch more = session.takeBatch(want - batch.size(), milliseconds(0));
            batch.insert(batch.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
        }
        if (!batch.empty()) {
            write(batch);
            stats.messages += static_cast<std::int64_t>(batch.size());
            ++stats.transactions;
            stats.elapsedMs = elapsed().count();
            if (onBatch)
                onBatch(stats);
        }
        if (limits.maxCount > 0 && stats.messages >= limits.maxCount)
            break;
        if (batch.empty() && session.connectionLost()) {
            stats.connectionLost = true;
            break;
        }
    }
    stats.elapsedMs = elapsed().count();
    return stats;
}

QString MessageRecorder::path() const {
    return m_impl->db->path();
}

std::int64_t MessageRecorder::messagesWritten() const {
    return m_impl->written;
}

} // namespace mqkit
