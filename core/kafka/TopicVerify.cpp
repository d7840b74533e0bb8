#include "kafka/TopicVerify.h"

#include "common/CoreTr.h"
#include "common/Error.h"
#include "kafka/KafkaConsumer.h"
#include "store/RecordingReader.h"

#include <QElapsedTimer>
#include <QHash>

#include <map>
#include <unordered_map>

namespace mqkit {

namespace {

constexpr std::uint64_t kFnvOffset = 14695981039346656037ull;
constexpr std::uint64_t kFnvPrime = 1099511628211ull;

void mix(std::uint64_t& h, const char* data, qsizetype size) {
    for (qsizetype i = 0; i < size; ++i) {
        h ^= static_cast<unsigned char>(data[i]);
        h *= kFnvPrime;
    }
}

void mixNumber(std::uint64_t& h, std::int64_t n) {
    char bytes[8];
    for (int i = 0; i < 8; ++i)
        bytes[i] = static_cast<char>((n >> (8 * i)) & 0xff);
    mix(h, bytes, 8);
}

// A length before the bytes (-1 for null), so "ab"+"c" never equals "a"+"bc" and null never equals "".
void mixBytes(std::uint64_t& h, const std::optional<QByteArray>& bytes) {
    mixNumber(h, bytes ? bytes->size() : -1);
    if (bytes)
        mix(h, bytes->constData(), bytes->size());
}

using Groups = std::map<QString, std::vector<std::uint64_t>>;

void addRecord(const KafkaRecord& r, const TopicVerifyOptions& o, Groups& groups) {
    const QString group = !o.byKey ? QString::number(r.partition) : r.key ? QString::fromUtf8(*r.key) : QStringLiteral("(null)");
    groups[group].push_back(recordContentHash(r, o.ignoreTimestamps, o.ignoredHeaderPrefix));
}

void readTopic(const KafkaClientConfig& config, const QString& topic, const TopicVerifyOptions& o, Groups& groups) {
    KafkaConsumerOptions options;
    options.topic = topic;
    options.stopAtEnd = true;
    KafkaConsumer consumer(config, options);
    for (int p : consumer.partitions())
        if (!o.byKey)
            groups[QString::number(p)]; // an empty partition is compared too
    std::vector<KafkaRecord> batch;
    while (!consumer.atEnd()) {
        consumer.poll(batch, 10000, std::chrono::milliseconds(100));
        for (const KafkaRecord& r : batch)
            addRecord(r, o, groups);
    }
    consumer.close();
}

// The Kafka records of `topic` in a recording, in the order they were recorded (per partition,
// the order they were consumed in).
void readRecording(const QString& path, const QString& topic, const TopicVerifyOptions& o, Groups& groups) {
    RecordingReader reader(path);
    bool any = false;
    for (const RecordingKafkaPartition& p : reader.info().kafkaPartitions)
        if (p.topic == topic) {
            any = true;
            if (!o.byKey)
                groups[QString::number(p.partition)];
        }
    if (!any)
        throw Error(ErrorKind::NotFound, CoreTr::tr("the recording %1 holds no Kafka record of topic '%2'").arg(path, topic));
    reader.forEachRecorded(RecordingSelection(), [&](const RecordedMessage& m) {
        if (m.kafka && m.kafka->topic == topic)
            addRecord(*m.kafka, o, groups);
        return true;
    });
}

} // namespace

void TopicVerifyCounts::add(const TopicVerifyCounts& o) {
    source += o.source;
    target += o.target;
    matched += o.matched;
    missing += o.missing;
    extra += o.extra;
    duplicates += o.duplicates;
    orderKept = orderKept && o.orderKept;
    mixNumber(sourceHash, static_cast<std::int64_t>(o.sourceHash));
    mixNumber(targetHash, static_cast<std::int64_t>(o.targetHash));
}

std::uint64_t recordContentHash(const KafkaRecord& r, bool ignoreTimestamp, const QString& ignoredHeaderPrefix) {
    std::uint64_t h = kFnvOffset;
    mixBytes(h, r.key);
    mixBytes(h, r.value);
    for (const KafkaHeader& header : r.headers) {
        if (!ignoredHeaderPrefix.isEmpty() && header.name.startsWith(ignoredHeaderPrefix))
            continue;
        mixBytes(h, header.name.toUtf8());
        mixBytes(h, header.value);
    }
    mixNumber(h, ignoreTimestamp ? 0 : r.timestamp);
    return h;
}

TopicVerifyCounts compareRecordHashes(const std::vector<std::uint64_t>& source, const std::vector<std::uint64_t>& target) {
    TopicVerifyCounts c;
    c.source = static_cast<std::int64_t>(source.size());
    c.target = static_cast<std::int64_t>(target.size());
    c.sourceHash = c.targetHash = kFnvOffset;
    std::unordered_map<std::uint64_t, std::int64_t> inSource, inTarget;
    for (auto h : source) {
        ++inSource[h];
        mixNumber(c.sourceHash, static_cast<std::int64_t>(h));
    }
    for (auto h : target) {
        ++inTarget[h];
        mixNumber(c.targetHash, static_cast<std::int64_t>(h));
    }
    for (const auto& [h, n] : inSource) {
        const auto it = inTarget.find(h);
        const std::int64_t m = it == inTarget.end() ? 0 : it->second;
        c.matched += std::min(n, m);
        c.missing += std::max<std::int64_t>(0, n - m);
        c.duplicates += std::max<std::int64_t>(0, m - n);
    }
    for (const auto& [h, m] : inTarget)
        if (!inSource.count(h))
            c.extra += m;
    // The order of what both sides have: the first min(n, m) occurrences of each record.
    auto common = [](const std::vector<std::uint64_t>& side, const std::unordered_map<std::uint64_t, std::int64_t>& mine,
                     const std::unordered_map<std::uint64_t, std::int64_t>& other) {
        std::unordered_map<std::uint64_t, std::int64_t> taken;
        std::vector<std::uint64_t> out;
        for (auto h : side) {
            const auto it = other.find(h);
            const std::int64_t keep = it == other.end() ? 0 : std::min(it->second, mine.at(h));
            if (taken[h]++ < keep)
                out.push_back(h);
        }
        return out;
    };
    c.orderKept = common(source, inSource, inTarget) == common(target, inTarget, inSource);
    return c;
}

TopicVerifyReport verifyTopics(const TopicVerifyOptions& o) {
    Groups source, target;
    readTopic(o.source, o.sourceTopic, o, source);
    if (o.targetRecording.isEmpty())
        readTopic(o.target, o.targetTopic, o, target);
    else
        readRecording(o.targetRecording, o.targetTopic, o, target);
    TopicVerifyReport report;
    report.byKey = o.byKey;
    report.total.sourceHash = report.total.targetHash = kFnvOffset;
    for (const auto& [name, hashes] : target)
        source[name]; // groups only the target has
    static const std::vector<std::uint64_t> none;
    for (const auto& [name, hashes] : source) {
        const auto it = target.find(name);
        TopicVerifyGroup group{name, compareRecordHashes(hashes, it == target.end() ? none : it->second)};
        report.total.add(group.counts);
        ++report.groupsCompared;
        if (!group.counts.matches())
            ++report.groupsDiffering;
        if (!o.byKey || (!group.counts.matches() && report.groups.size() < 1000))
            report.groups.push_back(std::move(group));
    }
    if (!o.byKey)
        std::sort(report.groups.begin(), report.groups.end(),
                  [](const auto& a, const auto& b) { return a.name.toInt() < b.name.toInt(); });
    return report;
}

} // namespace mqkit
