#pragma once

// Private to core: RAII owners for librdkafka's C handles. Never include from app/ or cli/.

#include <librdkafka/rdkafka.h>

#include <memory>

namespace mqkit::rdk {

struct ConfDeleter {
    void operator()(rd_kafka_conf_t* c) const { rd_kafka_conf_destroy(c); }
};
struct HandleDeleter {
    void operator()(rd_kafka_t* k) const { rd_kafka_destroy(k); }
};
struct MetadataDeleter {
    void operator()(const rd_kafka_metadata_t* m) const { rd_kafka_metadata_destroy(m); }
};
struct QueueDeleter {
    void operator()(rd_kafka_queue_t* q) const { rd_kafka_queue_destroy(q); }
};
struct EventDeleter {
    void operator()(rd_kafka_event_t* e) const { rd_kafka_event_destroy(e); }
};
struct AdminOptionsDeleter {
    void operator()(rd_kafka_AdminOptions_t* o) const { rd_kafka_AdminOptions_destroy(o); }
};

struct PartitionListDeleter {
    void operator()(rd_kafka_topic_partition_list_t* l) const { rd_kafka_topic_partition_list_destroy(l); }
};
struct GroupOffsetsRequestDeleter {
    void operator()(rd_kafka_ListConsumerGroupOffsets_t* r) const { rd_kafka_ListConsumerGroupOffsets_destroy(r); }
};
struct AlterGroupOffsetsRequestDeleter {
    void operator()(rd_kafka_AlterConsumerGroupOffsets_t* r) const { rd_kafka_AlterConsumerGroupOffsets_destroy(r); }
};

using Conf = std::unique_ptr<rd_kafka_conf_t, ConfDeleter>;
using Handle = std::unique_ptr<rd_kafka_t, HandleDeleter>;
using Metadata = std::unique_ptr<const rd_kafka_metadata_t, MetadataDeleter>;
using Queue = std::unique_ptr<rd_kafka_queue_t, QueueDeleter>;
using Event = std::unique_ptr<rd_kafka_event_t, EventDeleter>;
using AdminOptions = std::unique_ptr<rd_kafka_AdminOptions_t, AdminOptionsDeleter>;
using PartitionList = std::unique_ptr<rd_kafka_topic_partition_list_t, PartitionListDeleter>;
using GroupOffsetsRequest = std::unique_ptr<rd_kafka_ListConsumerGroupOffsets_t, GroupOffsetsRequestDeleter>;
using AlterGroupOffsetsRequest =
    std::unique_ptr<rd_kafka_AlterConsumerGroupOffsets_t, AlterGroupOffsetsRequestDeleter>;

} // namespace mqkit::rdk
