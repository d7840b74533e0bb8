#include "mqtt/RetainedClear.h"

#include "common/Error.h"
#include "mqtt/TopicTree.h"

#include <QSet>

namespace mqkit {

namespace {

void collectRetained(const TopicNode* node, QStringList& topics) {
    for (const auto& child : node->children()) {
        if (child->isRetained())
            topics << child->path();
        collectRetained(child, topics);
    }
}

QSet<QString> retainedTopics(const RetainedSnapshot& snapshot) {
    QStringList topics;
    collectRetained(snapshot.tree->root(), topics);
    return QSet<QString>(topics.begin(), topics.end());
}

// Whatever the session still holds from before (late retained copies, our own clears coming
// back as live messages) must not be taken for the second read.
void drain(MqttSession& session) {
    while (!session.takeBatch(10000, std::chrono::milliseconds(100)).empty()) {
    }
}

} // namespace

void RetainedClear::checkFilters(const QStringList& filters) {
    for (const auto& f : filters)
        if (f.startsWith(QLatin1Char('$')))
            throw Error(ErrorKind::Usage,
                        QStringLiteral("'%1': topics starting with '$' belong to the broker ($SYS ...); it refuses "
                                       "clients' publishes to them, so their retained messages cannot be cleared")
                            .arg(f));
}

Plan RetainedClear::plan(const RetainedSnapshot& snapshot, const QStringList& filters) {
    Plan out(QStringLiteral("retained messages under %1").arg(filters.join(QStringLiteral(", "))));
    QStringList topics;
    collectRetained(snapshot.tree->root(), topics);
    for (const auto& topic : topics) {
        PlanItem item;
        item.target = topic;
        item.before = QStringLiteral("retained");
        item.action = PlanAction::Delete;
        out.add(std::move(item));
    }
    return out;
}

std::size_t RetainedClear::execute(MqttSession& session, Plan& plan, const QStringList& filters,
                                   std::chrono::milliseconds quiet, std::chrono::milliseconds maxWait) {
    plan.apply([&](const PlanItem& item) { session.publish(item.target, QByteArray(), 1, true); });
    drain(session);
    const QSet<QString> still = retainedTopics(RetainedSnapshot::take(session, filters, quiet, maxWait));
    std::size_t cleared = 0;
    for (auto& item : plan.items()) {
        if (item.outcome != PlanOutcome::Applied)
            continue;
        if (still.contains(item.target)) {
            item.outcome = PlanOutcome::Failed;
            item.error = QStringLiteral("still retained after the clear (the broker dropped it)");
        } else {
            ++cleared;
        }
    }
    return cleared;
}

} // namespace mqkit
