#include "mqtt/RetainedSnapshot.h"

#include "common/Error.h"
#include "mqtt/MessagePipeline.h"

#include <QElapsedTimer>
#include <QSet>

namespace mqkit {

namespace {
const QString kSysRetainedCount = QStringLiteral("$SYS/broker/retained messages/count");
}

bool RetainedSnapshot::maybeIncomplete() const {
    if (!settled)
        return true;
    return coversEverything && brokerRetainedCount >= 0 &&
           static_cast<long long>(retainedMessages) < brokerRetainedCount;
}

namespace {

// Feeds the snapshot's topic tree; finished once no retained message came for `quiet`.
class SnapshotSink : public MessageSink {
public:
    SnapshotSink(RetainedSnapshot& snap, std::chrono::milliseconds quiet) : m_snap(snap), m_quiet(quiet) {
        m_sinceRetained.start();
    }

    void onBatch(const MqttBatch& batch) override {
        bool anySys = false;
        for (const MqttMessage& m : batch) {
            if (isSys(m)) {
                noteSys(m);
                anySys = true;
                continue;
            }
            ++m_snap.messages;
            // Live traffic must not keep the snapshot open: only retained messages (which the
            // broker sends first, right after the subscription) restart the quiet period.
            if (m.retained) {
                ++m_snap.retainedMessages;
                m_sinceRetained.restart();
            }
        }
        if (!anySys) {
            m_snap.tree->apply(batch);
            return;
        }
        MqttBatch kept;
        for (const MqttMessage& m : batch)
            if (!isSys(m))
                kept.push_back(m);
        m_snap.tree->apply(kept);
    }

    bool finished() const override { return m_sinceRetained.elapsed() >= m_quiet.count(); }

    // The broker's count less its own $SYS retained messages.
    void settle() {
        m_snap.settled = finished();
        if (m_snap.brokerRetainedCount >= 0)
            m_snap.brokerRetainedCount -= m_sysRetained.size();
    }

private:
    bool isSys(const MqttMessage& m) const {
        return m_snap.coversEverything && m.topic.startsWith(QLatin1String("$SYS/"));
    }
    void noteSys(const MqttMessage& m) {
        if (m.retained)
            m_sysRetained.insert(m.topic);
        bool ok = false;
        const long long n = m.payload.trimmed().toLongLong(&ok);
        if (ok && m.topic == kSysRetainedCount)
            m_snap.brokerRetainedCount = n;
    }

    RetainedSnapshot& m_snap;
    std::chrono::milliseconds m_quiet;
    QElapsedTimer m_sinceRetained;
    QSet<QString> m_sysRetained;
};

} // namespace

RetainedSnapshot RetainedSnapshot::take(MqttSession& session, const QStringList& filters,
                                        std::chrono::milliseconds quiet, std::chrono::milliseconds maxWait) {
    RetainedSnapshot snap;
    const bool everything = filters.contains(QStringLiteral("#"));
    snap.coversEverything = everything;
    session.subscribe(filters, 0);
    // '#' does not match $SYS topics, but the broker's retained count includes its own $SYS ones.
    // A broker that refuses $SYS to this user simply gives no count to check against.
    if (everything) {
        try {
            session.subscribe({QStringLiteral("$SYS/#")}, 0);
        } catch (const Error&) {
        }
    }
    SnapshotSink sink(snap, quiet);
    PipelineBatching batching;
    batching.maxBatch = 10000;
    batching.poll = std::chrono::milliseconds(50);
    MessagePipeline pipeline(session, batching);
    pipeline.addSink(sink);
    PipelineLimits limits;
    limits.maxDuration = maxWait;
    pipeline.run(limits);
    sink.settle();
    return snap;
}

} // namespace mqkit
