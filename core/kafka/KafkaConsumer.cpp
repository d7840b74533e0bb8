#include "kafka/KafkaConsumer.h"

#include "common/CoreTr.h"
#include "kafka/KafkaClientPrivate.h"
#include "kafka/KafkaNames.h"

#include <QElapsedTimer>

#include <algorithm>
#include <map>
#include <set>

namespace mqkit {

KafkaStartPosition KafkaStartPosition::parse(const QString& text) {
    const QString t = text.trimmed();
    auto bad = [&]() -> KafkaStartPosition {
        throw Error(ErrorKind::Usage, QStringLiteral("bad offset '%1': expected beginning, end, stored, OFFSET, -N (N "
                                                     "before the end) or s@TIMESTAMP_MS")
                                          .arg(text));
    };
    if (t == QLatin1String("beginning") || t == QLatin1String("earliest"))
        return {Kind::Beginning, 0};
    if (t == QLatin1String("end") || t == QLatin1String("latest"))
        return {Kind::End, 0};
    if (t == QLatin1String("stored"))
        return {Kind::Stored, 0};
    bool ok = false;
    if (t.startsWith(QLatin1String("s@"))) {
        const qint64 ms = t.mid(2).toLongLong(&ok);
        if (!ok || ms < 0)
            return bad();
        return {Kind::Timestamp, ms};
    }
    const qint64 n = t.toLongLong(&ok);
    if (!ok)
        return bad();
    if (t.startsWith(QLatin1Char('-')))
        return {Kind::FromEnd, -n};
    return {Kind::Offset, n};
}

struct KafkaConsumer::Impl : KafkaClientState {
    KafkaConsumerOptions options;
    rdk::Handle handle;
    rdk::Topic topic;  // without a group (legacy per-partition consumer API)
    rdk::Queue queue;  // where every partition's records arrive
    std::vector<int> partitions;
    std::set<int> atEndPartitions;
    std::vector<rd_kafka_message_t*> batch;
    bool closed = false;
    bool closeCompleted = false; // the group consumer left its group cleanly
    bool grouped() const { return !options.groupId.isEmpty(); }

    ~Impl() {
        // Destroy in dependency order: queue and topic hold references into the handle.
        queue.reset();
        if (topic) {
            for (int p : partitions)
                rd_kafka_consume_stop(topic.get(), p);
            topic.reset();
        }
        if (grouped() && !closeCompleted) {
            // librdkafka 2.0 can block for ever destroying a group consumer that could not leave
            // its group (cluster gone): leave the handle to process exit rather than hang.
            (void)handle.release();
            return;
        }
        if (handle)
            rd_kafka_destroy_flags(handle.release(), RD_KAFKA_DESTROY_F_NO_CONSUMER_CLOSE);
    }

    QString what() const { return QStringLiteral("consuming %1").arg(options.topic); }

    // Partitions of the topic from metadata; Error(NotFound) if the cluster does not know it.
    std::vector<int> topicPartitions() {
        const auto md = metadataOn(handle.get(), true);
        for (int i = 0; i < md->topic_cnt; ++i) {
            const auto& t = md->topics[i];
            if (options.topic != QString::fromUtf8(t.topic))
                continue;
            if (t.err == RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART)
                break;
            if (t.err != RD_KAFKA_RESP_ERR_NO_ERROR)
                failOn(handle.get(), t.err, QStringLiteral("reading topic %1").arg(options.topic));
            std::vector<int> out;
            for (int p = 0; p < t.partition_cnt; ++p)
                out.push_back(t.partitions[p].id);
            std::sort(out.begin(), out.end());
            return out;
        }
        throw Error(ErrorKind::NotFound, QStringLiteral("unknown topic '%1' (not in the metadata of %2, or not visible to this user)")
                                             .arg(options.topic, config.bootstrap));
    }

    std::int64_t startOffset(int partition, std::int64_t timestampOffset) const {
        using K = KafkaStartPosition::Kind;
        switch (options.start.kind) {
        case K::Beginning:
            return RD_KAFKA_OFFSET_BEGINNING;
        case K::End:
            return RD_KAFKA_OFFSET_END;
        case K::Stored:
            return RD_KAFKA_OFFSET_STORED;
        case K::Offset:
            return options.start.value;
        case K::FromEnd:
            return RD_KAFKA_OFFSET_TAIL(options.start.value);
        case K::Timestamp:
            return timestampOffset;
        }
        (void)partition;
        return RD_KAFKA_OFFSET_BEGINNING;
    }

    // Offsets of the first record at or after the start timestamp, per partition (END if none).
    std::map<int, std::int64_t> offsetsForTimestamp() {
        rdk::PartitionList list(rd_kafka_topic_partition_list_new(static_cast<int>(partitions.size())));
        const QByteArray name = options.topic.toUtf8();
        for (int p : partitions)
            rd_kafka_topic_partition_list_add(list.get(), name.constData(), p)->offset = options.start.value;
        const auto err = rd_kafka_offsets_for_times(handle.get(), list.get(), static_cast<int>(config.timeout.count()));
        if (err != RD_KAFKA_RESP_ERR_NO_ERROR)
            failOn(handle.get(), err, QStringLiteral("looking up offsets for timestamp %1").arg(options.start.value));
        std::map<int, std::int64_t> out;
        for (int i = 0; i < list->cnt; ++i) {
            const auto& e = list->elems[i];
            if (e.err != RD_KAFKA_RESP_ERR_NO_ERROR)
                failOn(handle.get(), e.err,
                       QStringLiteral("looking up offsets for timestamp %1 in %2 [%3]")
                           .arg(options.start.value)
                           .arg(options.topic)
                           .arg(e.partition));
            out[e.partition] = e.offset < 0 ? RD_KAFKA_OFFSET_END : e.offset;
        }
        return out;
    }

    void startAssigned() {
        const std::vector<int> all = topicPartitions();
        if (options.partitions.empty()) {
            partitions = all;
        } else {
            for (int p : options.partitions) {
                if (std::find(all.begin(), all.end(), p) == all.end())
                    throw Error(ErrorKind::NotFound, QStringLiteral("topic '%1' has no partition %2 (it has %3)")
                                                         .arg(options.topic)
                                                         .arg(p)
                                                         .arg(all.size()));
                if (std::find(partitions.begin(), partitions.end(), p) == partitions.end())
                    partitions.push_back(p);
            }
        }
        std::map<int, std::int64_t> byTime;
        if (options.start.kind == KafkaStartPosition::Kind::Timestamp)
            byTime = offsetsForTimestamp();
        topic.reset(rd_kafka_topic_new(handle.get(), options.topic.toUtf8().constData(), nullptr));
        if (!topic)
            failOn(handle.get(), rd_kafka_last_error(), QStringLiteral("opening topic %1").arg(options.topic));
        queue.reset(rd_kafka_queue_new(handle.get()));
        for (int p : partitions) {
            if (rd_kafka_consume_start_queue(topic.get(), p, startOffset(p, byTime[p]), queue.get()) == -1)
                failOn(handle.get(), rd_kafka_last_error(),
                       QStringLiteral("starting to consume %1 [%2]").arg(options.topic).arg(p));
        }
    }

    void startGrouped() {
        (void)topicPartitions(); // unknown topic: say so now instead of waiting for an assignment
        if (rd_kafka_poll_set_consumer(handle.get()) != RD_KAFKA_RESP_ERR_NO_ERROR)
            failOn(handle.get(), RD_KAFKA_RESP_ERR__FAIL, QStringLiteral("setting up the group consumer"));
        rdk::PartitionList list(rd_kafka_topic_partition_list_new(1));
        rd_kafka_topic_partition_list_add(list.get(), options.topic.toUtf8().constData(), RD_KAFKA_PARTITION_UA);
        const auto err = rd_kafka_subscribe(handle.get(), list.get());
        if (err != RD_KAFKA_RESP_ERR_NO_ERROR)
            failOn(handle.get(), err, QStringLiteral("subscribing to %1").arg(options.topic));
        queue.reset(rd_kafka_queue_get_consumer(handle.get()));
    }

    std::vector<int> assignment() const {
        if (!grouped())
            return partitions;
        rd_kafka_topic_partition_list_t* list = nullptr;
        if (rd_kafka_assignment(handle.get(), &list) != RD_KAFKA_RESP_ERR_NO_ERROR || !list)
            return {};
        rdk::PartitionList owned(list);
        std::vector<int> out;
        for (int i = 0; i < list->cnt; ++i)
            out.push_back(list->elems[i].partition);
        std::sort(out.begin(), out.end());
        return out;
    }
};

KafkaConsumer::KafkaConsumer(const KafkaClientConfig& config, const KafkaConsumerOptions& options)
    : m_impl(std::make_unique<Impl>()) {
    config.validate();
    if (options.topic.isEmpty())
        throw Error(ErrorKind::Usage, QStringLiteral("no topic given"));
    checkKafkaTopicName(options.topic);
    using K = KafkaStartPosition::Kind;
    const bool grouped = !options.groupId.isEmpty();
    if (grouped && !options.partitions.empty())
        throw Error(ErrorKind::Usage, QStringLiteral("a partition cannot be chosen with a consumer group: the group "
                                                     "assigns partitions"));
    if (grouped && options.start.kind != K::Beginning && options.start.kind != K::End && options.start.kind != K::Stored)
        throw Error(ErrorKind::Usage, QStringLiteral("with a consumer group the start offset can only be beginning, "
                                                     "end or stored: the group's committed offsets decide the rest"));
    if (!grouped && options.start.kind == K::Stored)
        throw Error(ErrorKind::Usage, CoreTr::tr("offset 'stored' needs a consumer group"));
    if (options.start.kind == K::FromEnd && options.start.value <= 0)
        throw Error(ErrorKind::Usage, QStringLiteral("offset -N needs N > 0"));
    m_impl->config = config;
    m_impl->options = options;

    const QString eof = options.stopAtEnd ? QStringLiteral("true") : QStringLiteral("false");
    // Prefetch up to a million records instead of 100,000: reading 1M x 100 B to the end takes
    // 2.5x less time (tests/bench/kafka_consume.sh). Memory stays bounded by librdkafka's
    // queued.max.messages.kbytes (64 MB by default), as with kcat.
    KafkaProperties defaults{{QStringLiteral("queued.min.messages"), QStringLiteral("1000000")}};
    // A hung broker (its TCP connection open, no answer) is noticed when a request times out:
    // librdkafka's 60 s socket.timeout.ms by default, so the cluster looked "up" for a minute before
    // the timeout began to count. Requests are bounded by the timeout instead (at least 2 s: fetches
    // wait up to fetch.wait.max.ms, 500 ms, and librdkafka wants 1 s more than that).
    defaults.emplace_back(QStringLiteral("socket.timeout.ms"),
                          QString::number(std::max<std::int64_t>(config.timeout.count(), 2000)));
    KafkaProperties overrides{{QStringLiteral("enable.partition.eof"), eof}};
    if (grouped) {
        defaults.emplace_back(QStringLiteral("auto.offset.reset"),
                              options.start.kind == K::End ? QStringLiteral("latest") : QStringLiteral("earliest"));
        overrides.emplace_back(QStringLiteral("group.id"), options.groupId);
        overrides.emplace_back(QStringLiteral("enable.auto.commit"),
                               options.commitAcknowledgedOnly ? QStringLiteral("false") : QStringLiteral("true"));
        overrides.emplace_back(QStringLiteral("enable.auto.offset.store"), QStringLiteral("false"));
    }
    m_impl->handle = m_impl->newHandle(RD_KAFKA_CONSUMER, defaults, overrides);
    if (grouped)
        m_impl->startGrouped();
    else
        m_impl->startAssigned();
}

KafkaConsumer::~KafkaConsumer() {
    try {
        close();
    } catch (const Error&) {
        // close() reports commit failures to callers that call it; a destructor cannot
    }
}

std::vector<KafkaRecord> KafkaConsumer::poll(int max, std::chrono::milliseconds wait) {
    std::vector<KafkaRecord> out;
    poll(out, max, wait);
    return out;
}

void KafkaConsumer::poll(std::vector<KafkaRecord>& out, int max, std::chrono::milliseconds wait) {
    Impl& d = *m_impl;
    out.clear();
    if (d.closed || max <= 0)
        return;
    if (!d.grouped())
        rd_kafka_poll(d.handle.get(), 0); // error callbacks of the partition consumer
    d.batch.resize(static_cast<size_t>(max));
    const ssize_t n = rd_kafka_consume_batch_queue(d.queue.get(), static_cast<int>(wait.count()), d.batch.data(),
                                                   static_cast<size_t>(max));
    if (n < 0)
        d.failOn(d.handle.get(), rd_kafka_last_error(), d.what());
    out.reserve(static_cast<size_t>(n));
    rdk::PartitionList stored;
    std::map<int, std::int64_t> lastOffset;
    rd_kafka_resp_err_t firstError = RD_KAFKA_RESP_ERR_NO_ERROR;
    int errorPartition = -1;
    for (ssize_t i = 0; i < n; ++i) {
        rdk::Message msg(d.batch[static_cast<size_t>(i)]);
        if (msg->err == RD_KAFKA_RESP_ERR__PARTITION_EOF) {
            d.atEndPartitions.insert(msg->partition);
            continue;
        }
        if (msg->err != RD_KAFKA_RESP_ERR_NO_ERROR) {
            if (firstError == RD_KAFKA_RESP_ERR_NO_ERROR) {
                firstError = msg->err;
                errorPartition = msg->partition;
            }
            continue;
        }
        d.atEndPartitions.erase(msg->partition);
        KafkaRecord& r = out.emplace_back();
        r.topic = d.options.topic;
        r.partition = msg->partition;
        r.offset = msg->offset;
        rd_kafka_timestamp_type_t tsType = RD_KAFKA_TIMESTAMP_NOT_AVAILABLE;
        r.timestamp = rd_kafka_message_timestamp(msg.get(), &tsType);
        r.timestampType = tsType == RD_KAFKA_TIMESTAMP_CREATE_TIME       ? KafkaTimestampType::CreateTime
                          : tsType == RD_KAFKA_TIMESTAMP_LOG_APPEND_TIME ? KafkaTimestampType::LogAppendTime
                                                                         : KafkaTimestampType::NotAvailable;
        if (msg->key)
            r.key = QByteArray(static_cast<const char*>(msg->key), static_cast<qsizetype>(msg->key_len));
        if (msg->payload)
            r.value = QByteArray(static_cast<const char*>(msg->payload), static_cast<qsizetype>(msg->len));
        rd_kafka_headers_t* headers = nullptr;
        if (rd_kafka_message_headers(msg.get(), &headers) == RD_KAFKA_RESP_ERR_NO_ERROR && headers) {
            const char* name = nullptr;
            const void* value = nullptr;
            size_t size = 0;
            for (size_t h = 0; rd_kafka_header_get_all(headers, h, &name, &value, &size) == RD_KAFKA_RESP_ERR_NO_ERROR;
                 ++h) {
                KafkaHeader& header = r.headers.emplace_back();
                header.name = QString::fromUtf8(name);
                if (value)
                    header.value = QByteArray(static_cast<const char*>(value), static_cast<qsizetype>(size));
            }
        }
        if (d.grouped() && !d.options.commitAcknowledgedOnly)
            lastOffset[msg->partition] = msg->offset;
    }
    if (!lastOffset.empty()) {
        stored.reset(rd_kafka_topic_partition_list_new(static_cast<int>(lastOffset.size())));
        const QByteArray name = d.options.topic.toUtf8();
        for (const auto& [p, o] : lastOffset)
            rd_kafka_topic_partition_list_add(stored.get(), name.constData(), p)->offset = o + 1;
        rd_kafka_offsets_store(d.handle.get(), stored.get()); // a revoked partition's store fails harmlessly
    }
    if (firstError != RD_KAFKA_RESP_ERR_NO_ERROR)
        d.failOn(d.handle.get(), firstError, QStringLiteral("%1 [%2]").arg(d.what()).arg(errorPartition));
    if (!out.empty())
        d.markReachable();
    else
        d.checkReachable(d.handle.get(), d.what());
}

bool KafkaConsumer::atEnd() const {
    const std::vector<int> parts = m_impl->assignment();
    if (parts.empty())
        return false;
    return std::all_of(parts.begin(), parts.end(), [&](int p) { return m_impl->atEndPartitions.count(p) > 0; });
}

std::vector<int> KafkaConsumer::partitions() const {
    return m_impl->assignment();
}

void KafkaConsumer::acknowledge(int partition, std::int64_t nextOffset) {
    Impl& d = *m_impl;
    if (d.closed || !d.grouped())
        return;
    rdk::PartitionList list(rd_kafka_topic_partition_list_new(1));
    rd_kafka_topic_partition_list_add(list.get(), d.options.topic.toUtf8().constData(), partition)->offset = nextOffset;
    rd_kafka_offsets_store(d.handle.get(), list.get()); // a revoked partition's store fails harmlessly
}

void KafkaConsumer::commitAcknowledged() {
    Impl& d = *m_impl;
    if (d.closed || !d.grouped())
        return;
    rd_kafka_commit(d.handle.get(), nullptr, 1); // the stored offsets, asynchronously
}

void KafkaConsumer::close() {
    Impl& d = *m_impl;
    if (d.closed)
        return;
    d.closed = true;
    if (!d.grouped())
        return;
    {
        std::lock_guard lock(d.mutex);
        if (d.allBrokersDown && d.downSince.isValid())
            return; // the cluster is gone: nothing to commit to, and leaving would wait in vain
    }
    // Commit what poll() handed out, bounded by the timeout, then leave the group.
    rd_kafka_t* rk = d.handle.get();
    rdk::Queue results(rd_kafka_queue_new(rk));
    rd_kafka_resp_err_t commitErr = rd_kafka_commit_queue(rk, nullptr, results.get(), nullptr, nullptr);
    if (commitErr == RD_KAFKA_RESP_ERR_NO_ERROR) {
        rdk::Event ev(rd_kafka_queue_poll(results.get(), static_cast<int>(d.config.timeout.count())));
        commitErr = ev ? rd_kafka_event_error(ev.get()) : RD_KAFKA_RESP_ERR__TIMED_OUT;
    }
    rdk::Queue closing(rd_kafka_queue_new(rk));
    if (rd_kafka_error_t* e = rd_kafka_consumer_close_queue(rk, closing.get())) {
        rd_kafka_error_destroy(e);
    } else {
        QElapsedTimer clock;
        clock.start();
        while (!rd_kafka_consumer_closed(rk) && clock.elapsed() < d.config.timeout.count())
            rdk::Event(rd_kafka_queue_poll(closing.get(), 100));
        d.closeCompleted = rd_kafka_consumer_closed(rk) != 0;
    }
    if (commitErr != RD_KAFKA_RESP_ERR_NO_ERROR && commitErr != RD_KAFKA_RESP_ERR__NO_OFFSET)
        d.failOn(rk, commitErr, QStringLiteral("committing offsets of group %1").arg(d.options.groupId));
}

} // namespace mqkit
