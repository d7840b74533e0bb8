#pragma once

// Private to core: the librdkafka side of KafkaCopy (core/kafka/KafkaCopy.h). One source consumer
// reading assigned partitions into one queue in batches, one target producer (idempotent, or
// transactional), delivery reports moving the checkpoint. Never include from app/ or cli/.

#include "kafka/KafkaClientPrivate.h"
#include "kafka/KafkaCopy.h"

#include <QElapsedTimer>

#include <map>
#include <vector>

namespace mqkit {

// A stable id for a copy between two topics of two clusters: names its checkpoint file, its
// transactional.id and its records in the checkpoint topic.
QString copyId(const KafkaCopyOptions& options);

// The next offset per source partition that transactional copy `id` committed on the target
// cluster (read_committed, the latest checkpoint record of each partition); empty when none.
std::map<int, std::int64_t> readTransactionalCheckpoint(const KafkaClientConfig& target, const QString& id);

class KafkaCopyTransport {
public:
    KafkaCopyTransport(const KafkaCopyOptions& options, const KafkaCopyPlan& plan, KafkaCopyCheckpoint checkpoint);
    ~KafkaCopyTransport();
    KafkaCopyTransport(const KafkaCopyTransport&) = delete;
    KafkaCopyTransport& operator=(const KafkaCopyTransport&) = delete;

    KafkaCopySummary run(const std::function<void(const KafkaCopyProgress&)>& progress,
                         const std::function<bool()>& stopRequested);

private:
    struct Part {
        int source = 0;
        int target = -1;
        std::int64_t from = 0;
        std::int64_t until = 0;
        KafkaAckTracker acks;
        std::int64_t limit = 0;     // durable: nothing at or beyond it sent (non-transactional)
        std::int64_t committed = 0; // transactional: the next offset of the last committed transaction
        std::int64_t copied = 0;
        bool started = false;
        bool done = false;
    };
    struct Side : KafkaClientState {
        KafkaCopyTransport* owner = nullptr;
    };

    static void onDelivery(rd_kafka_t*, const rd_kafka_message_t* msg, void* opaque);
    void delivered(const rd_kafka_message_t* msg);
    void startConsumer();
    void startProducer();
    bool copyOne(rd_kafka_message_t* msg); // true: the producer owns msg now
    void produce(rd_kafka_message_t* msg, const Part& part);
    bool allDone() const;
    void writeCheckpoint(bool complete);
    void beginTransaction();
    void commitTransaction();
    [[noreturn]] void failTransaction(rd_kafka_error_t* error, const QString& what);
    void pace();
    bool checkClustersReachable(bool gotSome);
    void discardReadAhead();
    void drainProducer();
    KafkaCopyProgress progressNow() const;

    const KafkaCopyOptions& m_options;
    const KafkaCopyPlan& m_plan;
    KafkaCopyCheckpoint m_checkpoint;
    Side m_sourceSide;
    Side m_targetSide;
    rdk::Handle m_consumer;
    rdk::Handle m_producer;
    rdk::Topic m_sourceTopic;
    rdk::Topic m_targetTopic;
    rdk::Topic m_checkpointTopic;
    rdk::Queue m_queue;
    std::map<int, Part> m_parts;
    std::vector<Part*> m_partIndex; // by source partition
    QByteArray m_sourceCluster;
    QByteArray m_sourceTopicName;
    QString m_id;
    KafkaCopySummary m_summary;
    std::int64_t m_sent = 0;
    std::int64_t m_deliveredOk = 0;     // acknowledged records, to tell a live target from a gone one
    std::int64_t m_deliveredChecked = 0; // m_deliveredOk at the last reachability check
    QString m_firstError;
    bool m_inTransaction = false;
    std::int64_t m_transactionRecords = 0;
    QElapsedTimer m_clock;
    QElapsedTimer m_transactionClock;
};

} // namespace mqkit
