#include "mqtt/RetainedSnapshot.h"

#include "common/Error.h"

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
    QSet<QString> sysRetained;

    QElapsedTimer total;
    total.start();
    // Live traffic must not keep the snapshot open: only retained messages (which the broker
    // sends first, right after the subscription) restart the quiet period.
    QElapsedTimer sinceRetained;
    sinceRetained.start();
    while (true) {
        if (sinceRetained.elapsed() >= quiet.count()) {
            snap.settled = true;
            break;
        }
        const auto left = maxWait.count() - total.elapsed();
        if (left <= 0 || session.connectionLost())
            break;
        MqttBatch batch = session.takeBatch(10000, std::chrono::milliseconds(std::min<qint64>(left, 50)));
        MqttBatch kept;
        kept.reserve(batch.size());
        for (auto& m : batch) {
            if (everything && m.topic.startsWith(QLatin1String("$SYS/"))) {
                if (m.retained)
                    sysRetained.insert(m.topic);
                bool ok = false;
                const long long n = m.payload.trimmed().toLongLong(&ok);
                if (ok && m.topic == kSysRetainedCount)
                    snap.brokerRetainedCount = n;
                continue;
            }
            ++snap.messages;
            if (m.retained) {
                ++snap.retainedMessages;
                sinceRetained.restart();
            }
            kept.push_back(std::move(m));
        }
        snap.tree->apply(kept);
    }
    if (snap.brokerRetainedCount >= 0)
        snap.brokerRetainedCount -= sysRetained.size();
    return snap;
}

} // namespace mqkit
