#include "kafka/KafkaTopicRead.h"

#include "common/CoreTr.h"
#include "common/Error.h"
#include "kafka/KafkaAdmin.h"
#include "kafka/KafkaConsumer.h"

#include <map>

namespace mqkit {

namespace {

// The end offset (high watermark) of every non-empty partition of the topic, now.
std::map<int, std::int64_t> endOffsets(const KafkaClientConfig& config, const QString& topic, const std::vector<int>& partitions) {
    std::vector<KafkaTopicPartition> tps;
    for (const int p : partitions)
        tps.push_back(KafkaTopicPartition{topic, p});
    std::map<int, std::int64_t> ends;
    KafkaAdmin admin(config);
    for (const auto& [tp, marks] : admin.watermarks(tps)) {
        if (!marks.error.isEmpty())
            throw Error(ErrorKind::Broker,
                        CoreTr::tr("cannot read the end of %1 partition %2: %3").arg(topic).arg(tp.partition).arg(marks.error));
        if (marks.logEnd > marks.logStart)
            ends[tp.partition] = marks.logEnd;
    }
    return ends;
}

} // namespace

std::vector<int> readTopicToCurrentEnd(const KafkaClientConfig& config, const QString& topic,
                                       const std::function<void(const KafkaRecord&)>& onRecord) {
    KafkaConsumerOptions options;
    options.topic = topic;
    options.stopAtEnd = true;
    KafkaConsumer consumer(config, options); // Error(NotFound) for an unknown topic
    const std::vector<int> partitions = consumer.partitions();
    std::map<int, std::int64_t> ends = endOffsets(config, topic, partitions);
    std::vector<KafkaRecord> batch;
    // A transactional topic's last offsets can be commit markers no record stands at: the
    // consumer's own end of partition ends the read then.
    while (!ends.empty() && !consumer.atEnd()) {
        consumer.poll(batch, 10000, std::chrono::milliseconds(100));
        for (const KafkaRecord& r : batch) {
            const auto end = ends.find(r.partition);
            if (end == ends.end() || r.offset >= end->second)
                continue;
            onRecord(r);
            if (r.offset + 1 >= end->second)
                ends.erase(end);
        }
    }
    consumer.close();
    return partitions;
}

} // namespace mqkit
