#pragma once

#include "common/Plan.h"
#include "mqtt/MqttSession.h"
#include "mqtt/RetainedSnapshot.h"

#include <QStringList>

#include <chrono>

namespace mqkit {

// Clearing retained messages as a plan: what the broker holds under some filters (one delete item
// per retained topic), then an empty retained publish to each, then a second read of the same
// filters to see what is really gone. A broker can drop a client's publish silently (an ACL, a
// reserved topic), so only what the second read no longer shows counts as cleared.
class RetainedClear {
public:
    // Throws Error(Usage) for a filter on a '$' topic ($SYS/...): those belong to the broker, which
    // drops every client's publish to them.
    static void checkFilters(const QStringList& filters);

    // One Delete item per retained topic of the snapshot, in topic order.
    static Plan plan(const RetainedSnapshot& snapshot, const QStringList& filters);

    // Publishes the clears (QoS 1), reads `filters` again (settling as RetainedSnapshot does) and
    // marks each item Applied (gone) or Failed (still retained). Returns how many were cleared.
    static std::size_t execute(MqttSession& session, Plan& plan, const QStringList& filters,
                               std::chrono::milliseconds quiet, std::chrono::milliseconds maxWait);
};

} // namespace mqkit
