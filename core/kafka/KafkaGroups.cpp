// KafkaAdmin's consumer-group and offset calls over librdkafka's admin API.

#include "kafka/KafkaAdminPrivate.h"

namespace mqkit {

namespace {

QString str(const char* s) {
    return s ? QString::fromUtf8(s) : QString();
}

QString errorText(const rd_kafka_error_t* e) {
    return QStringLiteral("%1 (%2)").arg(str(rd_kafka_error_string(e)), str(rd_kafka_error_name(e)));
}

std::vector<KafkaTopicPartition> partitionsOf(const rd_kafka_topic_partition_list_t* list) {
    std::vector<KafkaTopicPartition> out;
    if (!list)
        return out;
    for (int i = 0; i < list->cnt; ++i)
        out.push_back({str(list->elems[i].topic), list->elems[i].partition});
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

std::vector<KafkaGroupListing> KafkaAdmin::listGroups() {
    rdk::Queue queue(rd_kafka_queue_new(m_impl->handle.get()));
    auto options = m_impl->adminOptions(RD_KAFKA_ADMIN_OP_LISTCONSUMERGROUPS);
    rd_kafka_ListConsumerGroups(m_impl->handle.get(), options.get(), queue.get());
    const QString what = QStringLiteral("listing consumer groups");
    rdk::Event ev = m_impl->awaitAdminResult(queue.get(), what);
    const auto* result = rd_kafka_event_ListConsumerGroups_result(ev.get());
    size_t errorCount = 0;
    const rd_kafka_error_t** errors = rd_kafka_ListConsumerGroups_result_errors(result, &errorCount);
    if (errorCount > 0) // some broker could not answer: a partial list would mislead
        m_impl->fail(rd_kafka_error_code(errors[0]), what);
    size_t count = 0;
    const rd_kafka_ConsumerGroupListing_t** listings = rd_kafka_ListConsumerGroups_result_valid(result, &count);
    std::vector<KafkaGroupListing> groups;
    for (size_t i = 0; i < count; ++i)
        groups.push_back({str(rd_kafka_ConsumerGroupListing_group_id(listings[i])),
                          str(rd_kafka_consumer_group_state_name(rd_kafka_ConsumerGroupListing_state(listings[i]))),
                          rd_kafka_ConsumerGroupListing_is_simple_consumer_group(listings[i]) != 0});
    std::sort(groups.begin(), groups.end(), [](const auto& a, const auto& b) { return a.groupId < b.groupId; });
    return groups;
}

std::vector<KafkaGroupDescription> KafkaAdmin::describeGroups(const QStringList& groupIds) {
    if (groupIds.isEmpty())
        return {};
    std::vector<QByteArray> names;
    std::vector<const char*> ptrs;
    for (const auto& g : groupIds)
        names.push_back(g.toUtf8());
    for (const auto& n : names)
        ptrs.push_back(n.constData());
    rdk::Queue queue(rd_kafka_queue_new(m_impl->handle.get()));
    auto options = m_impl->adminOptions(RD_KAFKA_ADMIN_OP_DESCRIBECONSUMERGROUPS);
    rd_kafka_DescribeConsumerGroups(m_impl->handle.get(), ptrs.data(), ptrs.size(), options.get(), queue.get());
    rdk::Event ev = m_impl->awaitAdminResult(queue.get(), QStringLiteral("describing consumer groups"));
    const auto* result = rd_kafka_event_DescribeConsumerGroups_result(ev.get());
    size_t count = 0;
    const rd_kafka_ConsumerGroupDescription_t** descs = rd_kafka_DescribeConsumerGroups_result_groups(result, &count);
    std::vector<KafkaGroupDescription> out;
    for (size_t i = 0; i < count; ++i) {
        const auto* d = descs[i];
        KafkaGroupDescription g;
        g.groupId = str(rd_kafka_ConsumerGroupDescription_group_id(d));
        if (const rd_kafka_error_t* e = rd_kafka_ConsumerGroupDescription_error(d))
            g.error = errorText(e);
        g.state = str(rd_kafka_consumer_group_state_name(rd_kafka_ConsumerGroupDescription_state(d)));
        g.simple = rd_kafka_ConsumerGroupDescription_is_simple_consumer_group(d) != 0;
        g.partitionAssignor = str(rd_kafka_ConsumerGroupDescription_partition_assignor(d));
        if (const rd_kafka_Node_t* node = rd_kafka_ConsumerGroupDescription_coordinator(d))
            g.coordinatorId = rd_kafka_Node_id(node);
        const size_t members = rd_kafka_ConsumerGroupDescription_member_count(d);
        for (size_t m = 0; m < members; ++m) {
            const auto* md = rd_kafka_ConsumerGroupDescription_member(d, static_cast<int>(m));
            KafkaGroupMember member;
            member.consumerId = str(rd_kafka_MemberDescription_consumer_id(md));
            member.clientId = str(rd_kafka_MemberDescription_client_id(md));
            member.host = str(rd_kafka_MemberDescription_host(md));
            member.groupInstanceId = str(rd_kafka_MemberDescription_group_instance_id(md));
            if (const auto* a = rd_kafka_MemberDescription_assignment(md))
                member.assignment = partitionsOf(rd_kafka_MemberAssignment_partitions(a));
            g.members.push_back(std::move(member));
        }
        out.push_back(std::move(g));
    }
    return out;
}

std::vector<KafkaGroupOffsets> KafkaAdmin::committedOffsets(const QStringList& groupIds) {
    std::vector<KafkaGroupOffsets> out;
    if (groupIds.isEmpty())
        return out;
    rdk::Queue queue(rd_kafka_queue_new(m_impl->handle.get()));
    auto options = m_impl->adminOptions(RD_KAFKA_ADMIN_OP_LISTCONSUMERGROUPOFFSETS);
    // All requests in flight at once; results arrive in any order on the one queue.
    for (const auto& g : groupIds) {
        rdk::GroupOffsetsRequest request(rd_kafka_ListConsumerGroupOffsets_new(g.toUtf8().constData(), nullptr));
        rd_kafka_ListConsumerGroupOffsets_t* list[] = {request.get()};
        rd_kafka_ListConsumerGroupOffsets(m_impl->handle.get(), list, 1, options.get(), queue.get());
    }
    std::map<QString, KafkaGroupOffsets> byGroup;
    for (qsizetype i = 0; i < groupIds.size(); ++i) {
        rdk::Event ev = m_impl->awaitAdminResult(queue.get(), QStringLiteral("reading committed offsets"));
        const auto* result = rd_kafka_event_ListConsumerGroupOffsets_result(ev.get());
        size_t count = 0;
        const rd_kafka_group_result_t** groups = rd_kafka_ListConsumerGroupOffsets_result_groups(result, &count);
        for (size_t r = 0; r < count; ++r) {
            KafkaGroupOffsets offsets;
            offsets.groupId = str(rd_kafka_group_result_name(groups[r]));
            if (const rd_kafka_error_t* e = rd_kafka_group_result_error(groups[r]))
                offsets.error = errorText(e);
            if (const auto* parts = rd_kafka_group_result_partitions(groups[r])) {
                for (int p = 0; p < parts->cnt; ++p) {
                    const auto& tp = parts->elems[p];
                    if (tp.err == RD_KAFKA_RESP_ERR_NO_ERROR && tp.offset >= 0)
                        offsets.committed[{str(tp.topic), tp.partition}] = tp.offset;
                }
            }
            byGroup[offsets.groupId] = std::move(offsets);
        }
    }
    for (const auto& g : groupIds)
        out.push_back(byGroup.count(g) ? byGroup[g] : KafkaGroupOffsets{g, {}, QStringLiteral("no answer for this group")});
    return out;
}

// One batched ListOffsets round trip (one request per partition leader) for `spec`: a timestamp,
// or the special values -2 (earliest) and -1 (latest). Results are in the returned list's offsets.
// In chunks: librdkafka 2.0.2 matches each answer to its partition by a linear search of the
// request list, so one call costs O(n^2) for n partitions (half of `kafka lag`'s CPU time at 2,000
// partitions). Chunks of 1,000 bound that for one more round trip per 1,000 partitions.
void KafkaAdmin::Impl::listOffsets(const std::vector<KafkaTopicPartition>& partitions, std::int64_t spec,
                                   const QString& what, const std::function<void(const rd_kafka_topic_partition_t&)>& each) {
    constexpr size_t kChunk = 1000;
    for (size_t from = 0; from < partitions.size(); from += kChunk) {
        const size_t to = std::min(partitions.size(), from + kChunk);
        rdk::PartitionList list(rd_kafka_topic_partition_list_new(static_cast<int>(to - from)));
        for (size_t i = from; i < to; ++i)
            rd_kafka_topic_partition_list_add(list.get(), partitions[i].topic.toUtf8().constData(), partitions[i].partition)
                ->offset = spec;
        const rd_kafka_resp_err_t err =
            rd_kafka_offsets_for_times(offsetsHandle(), list.get(), static_cast<int>(config.timeout.count()));
        if (err != RD_KAFKA_RESP_ERR_NO_ERROR)
            fail(err, what);
        for (int i = 0; i < list->cnt; ++i)
            each(list->elems[i]);
    }
}

std::map<KafkaTopicPartition, KafkaWatermarks>
KafkaAdmin::watermarks(const std::vector<KafkaTopicPartition>& partitions) {
    std::map<KafkaTopicPartition, KafkaWatermarks> out;
    if (partitions.empty())
        return out;
    auto query = [&](std::int64_t spec, const QString& what) {
        m_impl->listOffsets(partitions, spec, what, [&](const rd_kafka_topic_partition_t& e) {
            KafkaWatermarks& w = out[{str(e.topic), e.partition}];
            if (e.err != RD_KAFKA_RESP_ERR_NO_ERROR)
                w.error = QStringLiteral("%1 (%2)").arg(str(rd_kafka_err2str(e.err)), str(rd_kafka_err2name(e.err)));
            else if (spec == RD_KAFKA_OFFSET_BEGINNING)
                w.logStart = e.offset;
            else
                w.logEnd = e.offset;
        });
    };
    query(RD_KAFKA_OFFSET_BEGINNING, QStringLiteral("reading log-start offsets"));
    query(RD_KAFKA_OFFSET_END, QStringLiteral("reading log-end offsets"));
    return out;
}

std::map<KafkaTopicPartition, std::optional<std::int64_t>>
KafkaAdmin::offsetsForTimestamp(const std::vector<KafkaTopicPartition>& partitions, std::int64_t timestampMs) {
    std::map<KafkaTopicPartition, std::optional<std::int64_t>> out;
    if (partitions.empty())
        return out;
    const QString what = QStringLiteral("looking up offsets by timestamp");
    m_impl->listOffsets(partitions, timestampMs, what, [&](const rd_kafka_topic_partition_t& e) {
        if (e.err != RD_KAFKA_RESP_ERR_NO_ERROR)
            m_impl->fail(e.err, QStringLiteral("%1 (%2:%3)").arg(what, str(e.topic)).arg(e.partition));
        // -1: no record at or after the timestamp.
        out[{str(e.topic), e.partition}] = e.offset >= 0 ? std::optional<std::int64_t>(e.offset) : std::nullopt;
    });
    return out;
}

std::map<KafkaTopicPartition, std::int64_t>
KafkaAdmin::recordTimestamps(const std::map<KafkaTopicPartition, std::int64_t>& offsets, std::chrono::milliseconds budget) {
    std::map<KafkaTopicPartition, std::int64_t> out;
    if (offsets.empty())
        return out;
    rd_kafka_t* rk = m_impl->offsetsHandle();
    rdk::PartitionList list(rd_kafka_topic_partition_list_new(static_cast<int>(offsets.size())));
    for (const auto& [tp, offset] : offsets)
        rd_kafka_topic_partition_list_add(list.get(), tp.topic.toUtf8().constData(), tp.partition)->offset = offset;
    if (const rd_kafka_resp_err_t err = rd_kafka_assign(rk, list.get()); err != RD_KAFKA_RESP_ERR_NO_ERROR)
        m_impl->fail(err, QStringLiteral("reading record timestamps"));
    rd_kafka_resume_partitions(rk, list.get()); // an earlier call paused them
    QElapsedTimer clock;
    clock.start();
    while (out.size() < offsets.size() && clock.elapsed() < budget.count()) {
        rd_kafka_message_t* msg = rd_kafka_consumer_poll(rk, static_cast<int>(std::min<qint64>(100, budget.count() - clock.elapsed())));
        if (!msg)
            continue;
        if (msg->err == RD_KAFKA_RESP_ERR_NO_ERROR && msg->rkt) {
            const KafkaTopicPartition tp{str(rd_kafka_topic_name(msg->rkt)), msg->partition};
            if (!out.count(tp)) {
                rd_kafka_timestamp_type_t type;
                const std::int64_t ts = rd_kafka_message_timestamp(msg, &type);
                if (ts >= 0)
                    out[tp] = ts;
                // One record per partition is all we want: stop fetching it.
                rdk::PartitionList one(rd_kafka_topic_partition_list_new(1));
                rd_kafka_topic_partition_list_add(one.get(), tp.topic.toUtf8().constData(), tp.partition);
                rd_kafka_pause_partitions(rk, one.get());
            }
        }
        rd_kafka_message_destroy(msg);
    }
    rd_kafka_assign(rk, nullptr);
    return out;
}

void KafkaAdmin::alterCommittedOffsets(const QString& groupId, const std::map<KafkaTopicPartition, std::int64_t>& offsets) {
    if (offsets.empty())
        return;
    rdk::PartitionList list(rd_kafka_topic_partition_list_new(static_cast<int>(offsets.size())));
    for (const auto& [tp, offset] : offsets)
        rd_kafka_topic_partition_list_add(list.get(), tp.topic.toUtf8().constData(), tp.partition)->offset = offset;
    rdk::AlterGroupOffsetsRequest request(rd_kafka_AlterConsumerGroupOffsets_new(groupId.toUtf8().constData(), list.get()));
    rd_kafka_AlterConsumerGroupOffsets_t* requests[] = {request.get()};
    rdk::Queue queue(rd_kafka_queue_new(m_impl->handle.get()));
    auto options = m_impl->adminOptions(RD_KAFKA_ADMIN_OP_ALTERCONSUMERGROUPOFFSETS);
    rd_kafka_AlterConsumerGroupOffsets(m_impl->handle.get(), requests, 1, options.get(), queue.get());
    const QString what = QStringLiteral("committing offsets for group '%1'").arg(groupId);
    rdk::Event ev = m_impl->awaitAdminResult(queue.get(), what);
    const auto* result = rd_kafka_event_AlterConsumerGroupOffsets_result(ev.get());
    size_t count = 0;
    const rd_kafka_group_result_t** groups = rd_kafka_AlterConsumerGroupOffsets_result_groups(result, &count);
    for (size_t g = 0; g < count; ++g) {
        if (const rd_kafka_error_t* e = rd_kafka_group_result_error(groups[g]))
            throw Error(ErrorKind::Broker, QStringLiteral("%1 failed: %2").arg(what, errorText(e)));
        QStringList refused;
        if (const auto* parts = rd_kafka_group_result_partitions(groups[g]))
            for (int p = 0; p < parts->cnt; ++p)
                if (parts->elems[p].err != RD_KAFKA_RESP_ERR_NO_ERROR)
                    refused << QStringLiteral("%1:%2 %3").arg(str(parts->elems[p].topic)).arg(parts->elems[p].partition)
                                   .arg(str(rd_kafka_err2name(parts->elems[p].err)));
        if (!refused.isEmpty())
            throw Error(ErrorKind::Broker, QStringLiteral("%1 failed for %2").arg(what, refused.join(QStringLiteral(", "))));
    }
}

std::map<QString, int> KafkaAdmin::partitionCounts(const QStringList& topics) {
    const auto md = m_impl->metadata(true);
    std::map<QString, int> out;
    for (int i = 0; i < md->topic_cnt; ++i) {
        const QString name = str(md->topics[i].topic);
        if (topics.contains(name) && md->topics[i].err == RD_KAFKA_RESP_ERR_NO_ERROR)
            out[name] = md->topics[i].partition_cnt;
    }
    return out;
}

} // namespace mqkit
