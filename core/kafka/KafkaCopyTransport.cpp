#include "kafka/KafkaCopyTransport.h"

#include "common/CoreTr.h"
#include "kafka/KafkaAdmin.h"
#include "kafka/KafkaConsumer.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <algorithm>
#include <cinttypes>
#include <cstdio>

namespace mqkit {

namespace {

constexpr int kBatch = 10000;
// Non-transactional: a record is only sent once a durable checkpoint allows up to this many
// records past its partition's acknowledged offset, which bounds the duplicates after a kill.
constexpr std::int64_t kWindow = 10000;
constexpr qint64 kCheckpointEveryMs = 200;
constexpr std::int64_t kTransactionRecords = 50000;
constexpr qint64 kTransactionMs = 1000;

} // namespace

QString copyId(const KafkaCopyOptions& o) {
    const QByteArray text =
        QStringLiteral("%1\n%2\n%3\n%4").arg(o.source.bootstrap, o.sourceTopic, o.target.bootstrap, o.targetTopic).toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha1).toHex().left(16));
}

std::map<int, std::int64_t> readTransactionalCheckpoint(const KafkaClientConfig& target, const QString& id) {
    std::map<int, std::int64_t> out;
    {
        KafkaAdmin admin(target);
        if (admin.partitionCounts({QString::fromLatin1(kKafkaCopyCheckpointTopic)}).empty())
            return out;
    }
    KafkaClientConfig config = target;
    config.set(QStringLiteral("isolation.level"), QStringLiteral("read_committed"));
    KafkaConsumerOptions options;
    options.topic = QString::fromLatin1(kKafkaCopyCheckpointTopic);
    options.stopAtEnd = true;
    KafkaConsumer consumer(config, options);
    const QByteArray prefix = id.toLatin1() + '/';
    QElapsedTimer clock;
    clock.start();
    std::vector<KafkaRecord> batch;
    while (!consumer.atEnd()) {
        if (clock.elapsed() > 3 * target.timeout.count())
            throw Error(ErrorKind::Timeout, mqkit::CoreTr::tr("reading the copy checkpoints of %1 took too long").arg(target.bootstrap));
        consumer.poll(batch, 10000, std::chrono::milliseconds(100));
        for (const KafkaRecord& r : batch) {
            if (!r.key || !r.value || !r.key->startsWith(prefix))
                continue;
            const int partition = r.key->mid(prefix.size()).toInt();
            out[partition] = QJsonDocument::fromJson(*r.value).object().value(QLatin1String("next")).toInteger();
        }
    }
    consumer.close();
    return out;
}

KafkaCopyTransport::KafkaCopyTransport(const KafkaCopyOptions& options, const KafkaCopyPlan& plan,
                                       KafkaCopyCheckpoint checkpoint)
    : m_options(options), m_plan(plan), m_checkpoint(std::move(checkpoint)) {
    m_sourceSide.config = options.source;
    m_sourceSide.owner = this;
    m_targetSide.config = options.target;
    m_targetSide.owner = this;
    m_id = copyId(options);
    m_sourceTopicName = options.sourceTopic.toUtf8();
    int maxPartition = 0;
    for (const auto& p : plan.partitions) {
        Part& part = m_parts[p.sourcePartition];
        part.source = p.sourcePartition;
        part.target = p.targetPartition;
        part.from = p.from;
        part.until = p.until;
        part.acks = KafkaAckTracker(p.from);
        part.limit = p.from;
        part.committed = p.from;
        part.done = p.from >= p.until;
        if (part.done)
            part.acks.skipTo(p.until);
        maxPartition = std::max(maxPartition, p.sourcePartition);
    }
    m_partIndex.assign(static_cast<size_t>(maxPartition) + 1, nullptr);
    for (auto& [p, part] : m_parts)
        m_partIndex[static_cast<size_t>(p)] = &part;
}

KafkaCopyTransport::~KafkaCopyTransport() {
    // Records still queued in the producer hold consumed messages: their (purged) delivery reports
    // release them before the consumer goes.
    if (m_producer) {
        rd_kafka_purge(m_producer.get(), RD_KAFKA_PURGE_F_QUEUE | RD_KAFKA_PURGE_F_INFLIGHT);
        rd_kafka_poll(m_producer.get(), 0);
    }
    // Records read ahead and not copied hold references that rd_kafka_destroy() waits for (for ever
    // once the cluster is gone): they are released before the consumer goes.
    if (m_sourceTopic)
        for (const auto& [p, part] : m_parts)
            if (part.started)
                rd_kafka_consume_stop(m_sourceTopic.get(), p);
    if (m_queue)
        discardReadAhead();
    m_queue.reset();
    m_sourceTopic.reset();
    m_targetTopic.reset();
    m_checkpointTopic.reset();
    if (m_producer && m_inTransaction)
        if (rd_kafka_error_t* e = rd_kafka_abort_transaction(m_producer.get(), 5000))
            rd_kafka_error_destroy(e);
    if (m_consumer)
        rd_kafka_destroy_flags(m_consumer.release(), RD_KAFKA_DESTROY_F_NO_CONSUMER_CLOSE);
}

void KafkaCopyTransport::discardReadAhead() {
    std::vector<rd_kafka_message_t*> batch(1000);
    ssize_t n = 0;
    while ((n = rd_kafka_consume_batch_queue(m_queue.get(), 0, batch.data(), batch.size())) > 0)
        for (ssize_t i = 0; i < n; ++i)
            rd_kafka_message_destroy(batch[static_cast<size_t>(i)]);
}

void KafkaCopyTransport::onDelivery(rd_kafka_t*, const rd_kafka_message_t* msg, void* opaque) {
    static_cast<Side*>(static_cast<KafkaClientState*>(opaque))->owner->delivered(msg);
}

// The delivery opaque is the consumed record whose key, value and memory the produced one
// shares; it is released here (none for a checkpoint record).
void KafkaCopyTransport::delivered(const rd_kafka_message_t* msg) {
    const rdk::Message consumed(static_cast<rd_kafka_message_t*>(msg->_private));
    if (!consumed)
        return; // a checkpoint record (transactional)
    const int source = consumed->partition;
    const std::int64_t offset = consumed->offset;
    if (msg->err != RD_KAFKA_RESP_ERR_NO_ERROR) {
        if (m_firstError.isEmpty())
            m_firstError = mqkit::CoreTr::tr("delivery of %1 [%2] offset %3 to %4 [%5] failed (%6)")
                               .arg(m_options.sourceTopic)
                               .arg(source)
                               .arg(offset)
                               .arg(m_options.targetTopic)
                               .arg(msg->partition)
                               .arg(KafkaClientState::describe(msg->err));
        return;
    }
    Part& part = *m_partIndex[static_cast<size_t>(source)];
    part.acks.acknowledged(offset);
    ++part.copied;
    ++m_deliveredOk;
    ++m_summary.records;
    m_summary.bytes += static_cast<std::int64_t>(msg->key_len + msg->len);
}

void KafkaCopyTransport::startConsumer() {
    KafkaProperties defaults{{QStringLiteral("queued.min.messages"), QStringLiteral("1000000")}};
    KafkaProperties overrides{{QStringLiteral("enable.partition.eof"), QStringLiteral("true")}};
    m_consumer = m_sourceSide.newHandle(RD_KAFKA_CONSUMER, defaults, overrides);
    if (char* id = rd_kafka_clusterid(m_consumer.get(), static_cast<int>(m_options.source.timeout.count()))) {
        m_sourceCluster = QByteArray(id);
        rd_kafka_mem_free(m_consumer.get(), id);
    } else {
        m_sourceCluster = m_options.source.bootstrap.toUtf8();
    }
    m_sourceTopic.reset(rd_kafka_topic_new(m_consumer.get(), m_sourceTopicName.constData(), nullptr));
    m_queue.reset(rd_kafka_queue_new(m_consumer.get()));
    for (auto& [p, part] : m_parts) {
        if (part.done)
            continue;
        if (rd_kafka_consume_start_queue(m_sourceTopic.get(), p, part.from, m_queue.get()) == -1)
            m_sourceSide.failOn(m_consumer.get(), rd_kafka_last_error(),
                                mqkit::CoreTr::tr("starting to read %1 [%2]").arg(m_options.sourceTopic).arg(p));
        part.started = true;
    }
}

void KafkaCopyTransport::startProducer() {
    const QString timeoutMs = QString::number(std::max<qint64>(30000, m_options.target.timeout.count()));
    KafkaProperties defaults{{QStringLiteral("enable.idempotence"), QStringLiteral("true")},
                             {QStringLiteral("acks"), QStringLiteral("all")},
                             {QStringLiteral("linger.ms"), QStringLiteral("20")},
                             {QStringLiteral("batch.num.messages"), QStringLiteral("10000")},
                             {QStringLiteral("queue.buffering.max.messages"), QStringLiteral("500000")},
                             {QStringLiteral("message.timeout.ms"), timeoutMs}};
    KafkaProperties overrides;
    if (m_options.partitioning.mode == KafkaPartitionRule::Mode::Key) // Java's default partitioner for keyed records
        overrides.emplace_back(QStringLiteral("partitioner"), QStringLiteral("murmur2_random"));
    if (m_options.transactional)
        overrides.emplace_back(QStringLiteral("transactional.id"), QStringLiteral("mqkit-copy-%1").arg(m_id));
    m_producer = m_targetSide.newHandle(RD_KAFKA_PRODUCER, defaults, overrides, &KafkaCopyTransport::onDelivery);
    m_targetTopic.reset(rd_kafka_topic_new(m_producer.get(), m_options.targetTopic.toUtf8().constData(), nullptr));
    if (!m_options.transactional)
        return;
    KafkaAdmin admin(m_options.target);
    for (const auto& r : admin.createTopics({{QString::fromLatin1(kKafkaCopyCheckpointTopic), 1, -1,
                                              {{QStringLiteral("cleanup.policy"), QStringLiteral("compact")}}}}))
        if (!r.ok() && r.errorName != QLatin1String("TOPIC_ALREADY_EXISTS"))
            throw Error(ErrorKind::Broker, mqkit::CoreTr::tr("cannot create the checkpoint topic %1 (%2): %3")
                                               .arg(r.name, r.errorName, r.message));
    m_checkpointTopic.reset(rd_kafka_topic_new(m_producer.get(), kKafkaCopyCheckpointTopic, nullptr));
    if (rd_kafka_error_t* e = rd_kafka_init_transactions(m_producer.get(), static_cast<int>(m_options.target.timeout.count())))
        failTransaction(e, mqkit::CoreTr::tr("starting transactions"));
}

bool KafkaCopyTransport::allDone() const {
    return std::all_of(m_parts.begin(), m_parts.end(), [](const auto& p) { return p.second.done; });
}

bool KafkaCopyTransport::copyOne(rd_kafka_message_t* msg) {
    const auto index = static_cast<size_t>(msg->partition);
    Part* part = index < m_partIndex.size() ? m_partIndex[index] : nullptr;
    if (msg->err == RD_KAFKA_RESP_ERR__PARTITION_EOF) {
        if (part && msg->offset >= part->until) {
            part->done = true;
            part->acks.skipTo(part->until);
        }
        return false;
    }
    if (msg->err != RD_KAFKA_RESP_ERR_NO_ERROR)
        m_sourceSide.failOn(m_consumer.get(), msg->err,
                            mqkit::CoreTr::tr("reading %1 [%2]").arg(m_options.sourceTopic).arg(msg->partition));
    if (!part || part->done)
        return false;
    if (msg->offset >= part->until) {
        part->done = true;
        part->acks.skipTo(part->until);
        return false;
    }
    if (!m_options.transactional && msg->offset >= part->limit) {
        part->limit = std::min(part->until, msg->offset + kWindow);
        writeCheckpoint(false);
    }
    if (m_options.transactional && !m_inTransaction)
        beginTransaction();
    const std::int64_t offset = msg->offset; // msg belongs to the producer once produced
    produce(msg, *part);
    part->acks.sent(offset);
    ++m_sent;
    ++m_transactionRecords;
    if (offset + 1 >= part->until) {
        part->done = true;
        part->acks.skipTo(part->until);
    }
    return true;
}

void KafkaCopyTransport::produce(rd_kafka_message_t* msg, const Part& part) {
    // Every header, in order, null values kept: taken over from the consumed record (no copy).
    rd_kafka_headers_t* headers = nullptr;
    if (rd_kafka_message_detach_headers(msg, &headers) != RD_KAFKA_RESP_ERR_NO_ERROR)
        headers = nullptr;
    rd_kafka_timestamp_type_t tsType = RD_KAFKA_TIMESTAMP_NOT_AVAILABLE;
    const std::int64_t timestamp = rd_kafka_message_timestamp(msg, &tsType);
    if (m_options.provenance) {
        if (!headers)
            headers = rd_kafka_headers_new(5);
        char number[24];
        rd_kafka_header_add(headers, "mqkit.source.cluster", -1, m_sourceCluster.constData(), m_sourceCluster.size());
        rd_kafka_header_add(headers, "mqkit.source.topic", -1, m_sourceTopicName.constData(), m_sourceTopicName.size());
        rd_kafka_header_add(headers, "mqkit.source.partition", -1, number,
                            std::snprintf(number, sizeof number, "%" PRId32, msg->partition));
        rd_kafka_header_add(headers, "mqkit.source.offset", -1, number,
                            std::snprintf(number, sizeof number, "%" PRId64, msg->offset));
        if (tsType == RD_KAFKA_TIMESTAMP_LOG_APPEND_TIME)
            rd_kafka_header_add(headers, "mqkit.source.timestamp-type", -1, "LogAppendTime", -1);
    }
    rd_kafka_vu_t vus[8];
    size_t n = 0;
    vus[n].vtype = RD_KAFKA_VTYPE_RKT;
    vus[n++].u.rkt = m_targetTopic.get();
    vus[n].vtype = RD_KAFKA_VTYPE_PARTITION;
    vus[n++].u.i32 = part.target < 0 ? RD_KAFKA_PARTITION_UA : part.target;
    vus[n].vtype = RD_KAFKA_VTYPE_MSGFLAGS; // no copy: the value stays in the consumed record until delivery
    vus[n++].u.i = 0;
    vus[n].vtype = RD_KAFKA_VTYPE_OPAQUE;
    vus[n++].u.ptr = msg;
    if (msg->payload) { // absent: a null value (tombstone), which differs from an empty one
        vus[n].vtype = RD_KAFKA_VTYPE_VALUE;
        vus[n].u.mem.ptr = msg->payload;
        vus[n++].u.mem.size = msg->len;
    }
    if (msg->key) {
        vus[n].vtype = RD_KAFKA_VTYPE_KEY;
        vus[n].u.mem.ptr = msg->key;
        vus[n++].u.mem.size = msg->key_len;
    }
    if (tsType != RD_KAFKA_TIMESTAMP_NOT_AVAILABLE && timestamp >= 0) {
        vus[n].vtype = RD_KAFKA_VTYPE_TIMESTAMP;
        vus[n++].u.i64 = timestamp;
    }
    if (headers) {
        vus[n].vtype = RD_KAFKA_VTYPE_HEADERS;
        vus[n++].u.headers = headers;
    }
    while (rd_kafka_error_t* error = rd_kafka_produceva(m_producer.get(), vus, n)) {
        const auto code = rd_kafka_error_code(error);
        rd_kafka_error_destroy(error);
        if (code == RD_KAFKA_RESP_ERR__QUEUE_FULL) {
            rd_kafka_poll(m_producer.get(), 10); // room is made as deliveries complete
            continue;
        }
        if (headers)
            rd_kafka_headers_destroy(headers);
        m_targetSide.failOn(m_producer.get(), code,
                            mqkit::CoreTr::tr("copying %1 [%2] offset %3 to %4")
                                .arg(m_options.sourceTopic)
                                .arg(msg->partition)
                                .arg(msg->offset)
                                .arg(m_options.targetTopic));
    }
}

void KafkaCopyTransport::writeCheckpoint(bool complete) {
    m_checkpoint.complete = complete;
    m_checkpoint.partitions.clear();
    for (const auto& [p, part] : m_parts) {
        const std::int64_t next = m_options.transactional ? part.committed : part.acks.next();
        m_checkpoint.partitions.push_back(
            {p, next, part.until, m_options.transactional ? next : std::max(part.limit, part.acks.sentUpTo())});
    }
    m_checkpoint.save(m_plan.checkpointPath);
}

void KafkaCopyTransport::failTransaction(rd_kafka_error_t* error, const QString& what) {
    const QString text = QString::fromUtf8(rd_kafka_error_string(error));
    const QString name = QString::fromUtf8(rd_kafka_error_name(error));
    const bool abortable = rd_kafka_error_txn_requires_abort(error);
    rd_kafka_error_destroy(error);
    if (abortable && m_inTransaction)
        if (rd_kafka_error_t* e = rd_kafka_abort_transaction(m_producer.get(), static_cast<int>(m_options.target.timeout.count())))
            rd_kafka_error_destroy(e);
    m_inTransaction = false;
    throw Error(ErrorKind::Broker, mqkit::CoreTr::tr("%1 failed (%2): %3; the target cluster needs transactions (Kafka 0.11 or "
                                              "newer, a transaction state log, WRITE on the transactional id)")
                                       .arg(what, name, text));
}

void KafkaCopyTransport::beginTransaction() {
    if (rd_kafka_error_t* e = rd_kafka_begin_transaction(m_producer.get()))
        failTransaction(e, mqkit::CoreTr::tr("beginning a transaction"));
    m_inTransaction = true;
    m_transactionRecords = 0;
    m_transactionClock.start();
}

// The checkpoint records go into the same transaction as the records they account for, so the
// target shows both or neither.
void KafkaCopyTransport::commitTransaction() {
    for (const auto& [p, part] : m_parts) {
        if (part.acks.sentUpTo() == part.committed && !part.done)
            continue;
        const QByteArray key = m_id.toLatin1() + '/' + QByteArray::number(p);
        const QByteArray value = QStringLiteral("{\"next\":%1,\"until\":%2,\"source\":\"%3\",\"target\":\"%4\"}")
                                     .arg(part.acks.sentUpTo())
                                     .arg(part.until)
                                     .arg(m_options.sourceTopic, m_options.targetTopic)
                                     .toUtf8();
        rd_kafka_vu_t vus[5];
        vus[0].vtype = RD_KAFKA_VTYPE_RKT;
        vus[0].u.rkt = m_checkpointTopic.get();
        vus[1].vtype = RD_KAFKA_VTYPE_MSGFLAGS;
        vus[1].u.i = RD_KAFKA_MSG_F_COPY;
        vus[2].vtype = RD_KAFKA_VTYPE_KEY;
        vus[2].u.mem = {const_cast<char*>(key.constData()), static_cast<size_t>(key.size())};
        vus[3].vtype = RD_KAFKA_VTYPE_VALUE;
        vus[3].u.mem = {const_cast<char*>(value.constData()), static_cast<size_t>(value.size())};
        vus[4].vtype = RD_KAFKA_VTYPE_OPAQUE;
        vus[4].u.ptr = nullptr;
        while (rd_kafka_error_t* error = rd_kafka_produceva(m_producer.get(), vus, 5)) {
            const auto code = rd_kafka_error_code(error);
            rd_kafka_error_destroy(error);
            if (code != RD_KAFKA_RESP_ERR__QUEUE_FULL)
                m_targetSide.failOn(m_producer.get(), code,
                                    mqkit::CoreTr::tr("writing the copy checkpoint to %1").arg(QString::fromLatin1(kKafkaCopyCheckpointTopic)));
            rd_kafka_poll(m_producer.get(), 10);
        }
    }
    if (rd_kafka_error_t* e = rd_kafka_commit_transaction(m_producer.get(), -1))
        failTransaction(e, mqkit::CoreTr::tr("committing a transaction"));
    m_inTransaction = false;
    ++m_summary.transactions;
    for (auto& [p, part] : m_parts)
        part.committed = part.acks.sentUpTo();
    writeCheckpoint(allDone());
}

void KafkaCopyTransport::pace() {
    if (m_options.maxRate <= 0)
        return;
    const qint64 due = static_cast<qint64>(static_cast<double>(m_sent) * 1000.0 / m_options.maxRate);
    while (m_clock.elapsed() < due)
        rd_kafka_poll(m_producer.get(), static_cast<int>(std::min<qint64>(100, due - m_clock.elapsed())));
}

// A cluster that dies while the copy waits on it ends the copy once every one of its brokers has
// been down for the timeout (checkReachable): the source when nothing came from it, the target
// when records wait for it and none was acknowledged since the last look. The failure becomes the
// copy's first error, so it ends as any failed copy does, and a resume continues it.
bool KafkaCopyTransport::checkClustersReachable(bool gotSome) {
    try {
        if (gotSome)
            m_sourceSide.markReachable();
        else
            m_sourceSide.checkReachable(m_consumer.get(), mqkit::CoreTr::tr("reading %1").arg(m_options.sourceTopic));
        if (m_deliveredOk != m_deliveredChecked)
            m_targetSide.markReachable();
        else if (rd_kafka_outq_len(m_producer.get()) > 0)
            m_targetSide.checkReachable(m_producer.get(), mqkit::CoreTr::tr("copying to %1").arg(m_options.targetTopic));
        m_deliveredChecked = m_deliveredOk;
        return true;
    } catch (const Error& e) {
        if (m_firstError.isEmpty())
            m_firstError = e.message();
        return false;
    }
}

// Waits for every record handed to the producer to be delivered or to fail (message.timeout.ms
// bounds each one). A failed copy waits at most the timeout more: what is still unacknowledged
// then is purged (not counted as copied; a resumed copy sends it again).
void KafkaCopyTransport::drainProducer() {
    QElapsedTimer waited;
    waited.start();
    while (rd_kafka_outq_len(m_producer.get()) > 0) {
        if (!m_firstError.isEmpty() && waited.elapsed() >= m_options.target.timeout.count())
            rd_kafka_purge(m_producer.get(), RD_KAFKA_PURGE_F_QUEUE | RD_KAFKA_PURGE_F_INFLIGHT);
        rd_kafka_poll(m_producer.get(), 100);
    }
    rd_kafka_poll(m_producer.get(), 0);
}

KafkaCopyProgress KafkaCopyTransport::progressNow() const {
    KafkaCopyProgress p;
    p.records = m_summary.records;
    p.bytes = m_summary.bytes;
    p.total = m_plan.records();
    p.seconds = static_cast<double>(m_clock.elapsed()) / 1000.0;
    return p;
}

KafkaCopySummary KafkaCopyTransport::run(const std::function<void(const KafkaCopyProgress&)>& progress,
                                         const std::function<bool()>& stopRequested) {
    m_clock.start();
    startProducer();
    startConsumer();
    writeCheckpoint(allDone());
    std::vector<rd_kafka_message_t*> batch(kBatch);
    const int batchSize = m_options.maxRate > 0 ? std::clamp(static_cast<int>(m_options.maxRate / 10), 1, kBatch) : kBatch;
    qint64 lastCheckpoint = 0;
    qint64 lastProgress = 0;
    while (!allDone() && m_firstError.isEmpty()) {
        if (stopRequested && stopRequested()) {
            m_summary.interrupted = true;
            break;
        }
        const ssize_t n = rd_kafka_consume_batch_queue(m_queue.get(), 100, batch.data(), static_cast<size_t>(batchSize));
        if (n < 0)
            m_sourceSide.failOn(m_consumer.get(), rd_kafka_last_error(), mqkit::CoreTr::tr("reading %1").arg(m_options.sourceTopic));
        for (ssize_t i = 0; i < n; ++i) {
            rdk::Message msg(batch[static_cast<size_t>(i)]);
            if (copyOne(msg.get()))
                static_cast<void>(msg.release()); // destroyed by its delivery report
        }
        if (!checkClustersReachable(n > 0))
            break;
        rd_kafka_poll(m_producer.get(), 0);
        rd_kafka_poll(m_consumer.get(), 0);
        pace();
        const qint64 now = m_clock.elapsed();
        if (m_inTransaction && (m_transactionRecords >= kTransactionRecords || m_transactionClock.elapsed() >= kTransactionMs))
            commitTransaction();
        else if (!m_options.transactional && now - lastCheckpoint >= kCheckpointEveryMs) {
            writeCheckpoint(false);
            lastCheckpoint = now;
        }
        if (progress && now - lastProgress >= 1000) {
            progress(progressNow());
            lastProgress = now;
        }
    }
    if (m_inTransaction && m_firstError.isEmpty())
        commitTransaction();
    drainProducer();
    const bool complete = allDone() && m_firstError.isEmpty() && !m_summary.interrupted;
    if (!m_options.transactional || complete)
        writeCheckpoint(complete);
    if (!m_firstError.isEmpty())
        throw Error(ErrorKind::Broker, mqkit::CoreTr::tr("%1; the checkpoint %2 keeps everything before it, a resumed copy "
                                                  "continues from there")
                                           .arg(m_firstError, m_plan.checkpointPath));
    m_summary.complete = complete;
    m_summary.seconds = static_cast<double>(m_clock.elapsed()) / 1000.0;
    for (const auto& [p, part] : m_parts)
        m_summary.copiedByPartition[p] = part.copied;
    if (progress)
        progress(progressNow());
    return m_summary;
}

} // namespace mqkit
