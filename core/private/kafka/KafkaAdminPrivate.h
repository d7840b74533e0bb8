#pragma once

// Private to core: KafkaAdmin's state, shared by the files that implement its calls
// (KafkaAdmin.cpp, KafkaGroups.cpp). Never include from app/ or cli/.

#include "common/Error.h"
#include "kafka/KafkaAdmin.h"
#include "kafka/KafkaClientPrivate.h"
#include "kafka/RdKafkaHandles.h"

#include <QElapsedTimer>

#include <algorithm>
#include <functional>
#include <mutex>
#include <vector>

namespace mqkit {

struct KafkaAdmin::Impl : KafkaClientState {
    rdk::Handle handle;

    // Turns a failed call into the most specific error we know (KafkaClientState::failOn).
    [[noreturn]] void fail(rd_kafka_resp_err_t err, const QString& what) { failOn(handle.get(), err, what); }

    // A client handle with the configured bootstrap list and properties plus `extra`.
    rdk::Handle newHandle(rd_kafka_type_t type, const KafkaProperties& extra) {
        return KafkaClientState::newHandle(type, {}, extra);
    }

    // Waits for the result event of one admin request on `queue`, bounded by the timeout
    // (plus a second for the broker's own request timeout to report first); throws on a
    // request-level error. Per-item errors are left to the caller.
    rdk::Event awaitAdminResult(rd_kafka_queue_t* queue, const QString& what);

    // Admin options for `op` with the request timeout set.
    rdk::AdminOptions adminOptions(rd_kafka_admin_op_t op);

    // A consumer handle (no group) for offset look-ups: ListOffsets with read_uncommitted
    // isolation, as Kafka's own tools use. Created on first use.
    rd_kafka_t* offsetsHandle();
    rdk::Handle offsets;

    // The client handle for request `n` of a call that sends many (describing the configs of
    // thousands of topics): a broker answers the requests of one connection one at a time, in
    // order, so they go round-robin over this handle and up to kParallelConnections - 1 more, each
    // with a connection of its own, and the broker answers them in parallel. The extra handles are
    // made on first use (under a lock: the GUI shares one admin between concurrent requests) and
    // kept.
    static constexpr std::size_t kParallelConnections = 4;
    rd_kafka_t* parallelHandle(std::size_t n) {
        const std::size_t i = n % kParallelConnections;
        if (i == 0)
            return handle.get();
        std::lock_guard lock(parallelMutex);
        while (parallelHandles.size() < i)
            parallelHandles.push_back(newHandle(RD_KAFKA_PRODUCER, {}));
        return parallelHandles[i - 1].get();
    }
    std::mutex parallelMutex;
    std::vector<rdk::Handle> parallelHandles;
    // ListOffsets for `spec` (a timestamp, or -2 earliest / -1 latest), one request per partition
    // leader per chunk; `each` sees every partition's answer (offset or per-partition error).
    void listOffsets(const std::vector<KafkaTopicPartition>& partitions, std::int64_t spec, const QString& what,
                     const std::function<void(const rd_kafka_topic_partition_t&)>& each);

    // Metadata in short slices so an authentication failure ends the call at once.
    rdk::Metadata metadata(bool allTopics) { return metadataOn(handle.get(), allTopics); }
};

} // namespace mqkit
