// Topic tree ingest in mqkit-core, in process (there is no peer tool for an in-process tree):
// N distinct topics, then M updates to random existing topics, in batches as MqttSession
// hands them out. Prints key=value lines; tests/bench/topic_tree.sh compares them with the goals.
//
//   bench_topic_tree [--topics N] [--updates M] [--batch B] [--history H] [--fleet 1]
//
// --fleet 1: the GUI bench's shape instead (tests/bench/gui_mqtt_load.sh): dev/<n>/<p>/telemetry
// for 10 publishers p, n over N/10 values, 100-byte payloads; with --history 100 it is the MQTT
// view's tree, so rss_after_updates_kb is the tree's share of the GUI's memory.

#include "mqtt/TopicTree.h"
#include "mqtt/TopicTreeFilter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QString>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>

using namespace mqkit;

namespace {

long long procStatusKb(const char* field) {
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').front().toLongLong();
    return -1;
}

bool g_fleet = false;

// 100 areas x 1000 devices x 10 sensors per million topics: a realistic shape with shared parents.
QString topicFor(long long i) {
    if (g_fleet)
        return QStringLiteral("dev/%1/%2/telemetry").arg(i / 10).arg(i % 10);
    return QStringLiteral("site/area%1/dev%2/sensor%3").arg(i / 10000).arg((i / 10) % 1000).arg(i % 10);
}

QByteArray payloadFor(long long i) {
    if (g_fleet)
        return QByteArray(100, char('a' + i % 26));
    QByteArray p("{\"v\":");
    p += QByteArray::number(i % 100000);
    p += '}';
    return p;
}

// CPU time of this thread: on a shared machine wall time also counts time spent descheduled.
qint64 threadCpuNs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    long long topics = 1000000;
    long long updates = 5000000;
    long long batchSize = 10000;
    TopicTreeLimits limits;
    for (int i = 1; i + 1 < argc; i += 2) {
        const long long v = std::atoll(argv[i + 1]);
        if (!std::strcmp(argv[i], "--topics"))
            topics = v;
        else if (!std::strcmp(argv[i], "--updates"))
            updates = v;
        else if (!std::strcmp(argv[i], "--batch"))
            batchSize = v;
        else if (!std::strcmp(argv[i], "--history"))
            limits.historyMessages = static_cast<std::size_t>(v);
        else if (!std::strcmp(argv[i], "--fleet"))
            g_fleet = v != 0;
        else {
            std::fprintf(stderr, "usage: %s [--topics N] [--updates M] [--batch B] [--history H] [--fleet 1]\n", argv[0]);
            return 2;
        }
    }

    const long long rssBaselineKb = procStatusKb("VmRSS");
    TopicTree tree(limits);
    std::int64_t nowMs = 1'700'000'000'000;
    QElapsedTimer timer;
    // Applies one batch, adding its wall and thread-CPU time; batches are 10 ms apart in message time.
    auto timedApply = [&](const MqttBatch& batch, qint64& wallNs, qint64& cpuNs) {
        nowMs += 10;
        const qint64 cpu0 = threadCpuNs();
        timer.start();
        tree.apply(batch);
        wallNs += timer.nsecsElapsed();
        cpuNs += threadCpuNs() - cpu0;
    };
    qint64 insertNs = 0;
    qint64 insertCpuNs = 0;
    for (long long i = 0; i < topics; i += batchSize) {
        MqttBatch batch;
        batch.reserve(static_cast<std::size_t>(batchSize));
        for (long long k = i; k < std::min(topics, i + batchSize); ++k) {
            MqttMessage m;
            m.topic = topicFor(k);
            m.payload = payloadFor(k);
            m.receivedAtMs = nowMs;
            batch.push_back(std::move(m));
        }
        timedApply(batch, insertNs, insertCpuNs);
    }
    const long long rssAfterInsertKb = procStatusKb("VmRSS");

    std::uint64_t rng = 88172645463325252ull;
    qint64 updateNs = 0;
    qint64 updateCpuNs = 0;
    for (long long i = 0; i < updates; i += batchSize) {
        MqttBatch batch;
        batch.reserve(static_cast<std::size_t>(batchSize));
        for (long long k = i; k < std::min(updates, i + batchSize); ++k) {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            MqttMessage m;
            m.topic = topicFor(static_cast<long long>(rng % static_cast<std::uint64_t>(topics)));
            m.payload = payloadFor(k);
            m.receivedAtMs = nowMs;
            batch.push_back(std::move(m));
        }
        timedApply(batch, updateNs, updateCpuNs);
    }
    const long long rssAfterUpdatesKb = procStatusKb("VmRSS");
    const TopicTreeMemory mem = tree.memoryUsage();
    const double topicCount = static_cast<double>(tree.topicCount());
    const double overheadRss = (static_cast<double>(rssAfterUpdatesKb - rssBaselineKb) * 1024.0 -
                                static_cast<double>(mem.payloads)) / topicCount;
    const double overheadEstimate = static_cast<double>(mem.total() - mem.payloads) / topicCount;

    // The GUI's search (issue 9): one selection walk per query over the whole tree, then a batch
    // of updates admitted under the most selective query.
    auto timedSearch = [&](TopicTreeQuery::Field field, const QString& text) {
        timer.start();
        const TopicTreeSelection s(tree, {field, text, false});
        return std::make_pair(static_cast<double>(timer.nsecsElapsed()) / 1e6, s.matchCount());
    };
    const auto substring = timedSearch(TopicTreeQuery::Field::Topic, QStringLiteral("dev42/"));
    const auto wildcard = timedSearch(TopicTreeQuery::Field::Topic, QStringLiteral("site/+/dev7/#"));
    const auto payload = timedSearch(TopicTreeQuery::Field::Payload, QStringLiteral("\"v\":4242}"));
    TopicTreeSelection live(tree, {TopicTreeQuery::Field::Topic, QStringLiteral("dev42/"), false});
    MqttBatch admitBatch;
    for (long long k = 0; k < std::min<long long>(batchSize, topics); ++k) {
        MqttMessage m;
        m.topic = topicFor((k * 7919) % topics);
        m.payload = payloadFor(k);
        m.receivedAtMs = nowMs;
        admitBatch.push_back(std::move(m));
    }
    const TopicTreeChanges admitChanges = tree.apply(admitBatch);
    timer.start();
    live.admit(admitChanges);
    const double admitMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    std::printf("search_substring_ms=%.1f matches=%zu\n", substring.first, substring.second);
    std::printf("search_wildcard_ms=%.1f matches=%zu\n", wildcard.first, wildcard.second);
    std::printf("search_payload_ms=%.1f matches=%zu\n", payload.first, payload.second);
    std::printf("search_admit_batch_ms=%.1f batch=%zu\n", admitMs, admitBatch.size());
    std::printf("topics=%zu\n", tree.topicCount());
    std::printf("nodes=%zu\n", tree.nodeCount());
    std::printf("messages=%llu\n", static_cast<unsigned long long>(tree.messageCount()));
    std::printf("history_messages=%zu\n", limits.historyMessages);
    std::printf("insert_per_s=%.0f\n", static_cast<double>(topics) * 1e9 / static_cast<double>(std::max<qint64>(insertNs, 1)));
    std::printf("update_per_s=%.0f\n", static_cast<double>(updates) * 1e9 / static_cast<double>(std::max<qint64>(updateNs, 1)));
    std::printf("insert_per_cpu_s=%.0f\n", static_cast<double>(topics) * 1e9 / static_cast<double>(std::max<qint64>(insertCpuNs, 1)));
    std::printf("update_per_cpu_s=%.0f\n", static_cast<double>(updates) * 1e9 / static_cast<double>(std::max<qint64>(updateCpuNs, 1)));
    std::printf("payload_bytes=%zu\n", mem.payloads);
    std::printf("rss_baseline_kb=%lld\n", rssBaselineKb);
    std::printf("rss_after_insert_kb=%lld\n", rssAfterInsertKb);
    std::printf("rss_after_updates_kb=%lld\n", rssAfterUpdatesKb);
    std::printf("peak_rss_kb=%lld\n", procStatusKb("VmHWM"));
    std::printf("overhead_per_topic_rss_bytes=%.1f\n", overheadRss);
    std::printf("overhead_per_topic_estimate_bytes=%.1f\n", overheadEstimate);
    std::printf("node_bytes=%zu\n", sizeof(TopicNode));
    return 0;
}
