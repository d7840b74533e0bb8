#pragma once

#include "mqtt/MqttSession.h"
#include "mqtt/TopicTree.h"

#include <chrono>
#include <memory>

namespace mqkit {

// What a broker holds under some filters, taken by subscribing and waiting until the burst of
// retained messages settles (no retained message for `quiet`; live ones do not extend the
// wait but do appear in the tree), or until `maxWait`.
struct RetainedSnapshot {
    std::unique_ptr<TopicTree> tree = std::make_unique<TopicTree>();
    std::size_t messages = 0;         // every message seen, retained or live
    std::size_t retainedMessages = 0; // those flagged retained
    bool settled = false;             // false: maxWait ran out while retained messages kept coming
    bool coversEverything = false;    // the filters included "#"
    // The broker's own count of retained messages ($SYS/broker/retained messages/count, as
    // Mosquitto publishes it) less its own $SYS retained messages; -1 if it publishes none.
    // Only taken for the filter "#". The broker refreshes it every sys_interval, so it can lag.
    long long brokerRetainedCount = -1;

    // Brokers drop messages to queue limits silently; a "#" snapshot that saw fewer retained
    // messages than the broker says it holds, or that never settled, may be incomplete.
    bool maybeIncomplete() const;

    static RetainedSnapshot take(MqttSession& session, const QStringList& filters, std::chrono::milliseconds quiet,
                                 std::chrono::milliseconds maxWait);
};

} // namespace mqkit
