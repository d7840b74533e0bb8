#include "MqttBenchCommands.h"

#include "CommandRunner.h"
#include "ConnectionOptions.h"
#include "NumberChecks.h"
#include "Output.h"
#include "Terminal.h"
#include "common/Error.h"
#include "mqtt/MqttBench.h"

#include <CLI/CLI.hpp>

using namespace mqkit;

namespace {

struct BenchOptions {
    MqttConnectionFlags connection;
    int publishers = 1;
    int subscribers = 1;
    int size = 100;
    int qos = 0;
    std::int64_t count = 0;
    double durationSeconds = 10;
    double rate = 0;
    std::string topic = "mqkit/bench/%i";
    std::int64_t topics = 1;
    double drainSeconds = 5;
    OutputFormat format = OutputFormat::Text;
};

QString fixed(double v, int decimals = 0) {
    return QString::number(v, 'f', decimals);
}

int runBench(const BenchOptions& o) {
    MqttBenchOptions b;
    b.connection = resolveMqttConnection(o.connection);
    b.publishers = o.publishers;
    b.subscribers = o.subscribers;
    b.payloadSize = o.size;
    b.qos = o.qos;
    b.count = o.count;
    b.duration = std::chrono::milliseconds(static_cast<std::int64_t>(o.durationSeconds * 1000));
    b.rate = o.rate;
    b.topic = QString::fromStdString(o.topic);
    b.topics = o.topics;
    b.drainTimeout = std::chrono::milliseconds(static_cast<std::int64_t>(o.drainSeconds * 1000));
    MqttBench bench(b); // validates: usage errors before any connection
    installInterruptHandler();
    const MqttBenchResult r = bench.run([] { return interrupted(); });

    if (o.format == OutputFormat::Json) {
        printJson(QJsonObject{
            {"publishers", b.publishers},
            {"subscribers", b.subscribers},
            {"payload_size", b.payloadSize},
            {"qos", b.qos},
            {"topic", b.topic},
            {"sent", qint64(r.sent)},
            {"expected", qint64(r.expected)},
            {"received", qint64(r.received)},
            {"lost", qint64(r.lost)},
            {"duplicates", qint64(r.duplicates)},
            {"publish_seconds", r.publishSeconds},
            {"receive_seconds", r.receiveSeconds},
            {"send_rate", r.sendRate},
            {"receive_rate", r.receiveRate},
            {"latency_ms", QJsonObject{{"p50", r.latencyP50Ms}, {"p95", r.latencyP95Ms}, {"p99", r.latencyP99Ms},
                                       {"max", r.latencyMaxMs}}},
            {"interrupted", r.interrupted},
        });
    } else {
        printLine(QStringLiteral("publishers %1, subscribers %2, payload %3 B, QoS %4, topic %5")
                      .arg(b.publishers).arg(b.subscribers).arg(b.payloadSize).arg(b.qos).arg(b.topic));
        printLine(QStringLiteral("sent      %1 msgs in %2 s: %3 msgs/s")
                      .arg(r.sent).arg(fixed(r.publishSeconds, 3), fixed(r.sendRate)));
        if (b.subscribers > 0) {
            printLine(QStringLiteral("received  %1 of %2 msgs in %3 s: %4 msgs/s (lost %5, duplicates %6)")
                          .arg(r.received).arg(r.expected).arg(fixed(r.receiveSeconds, 3), fixed(r.receiveRate))
                          .arg(r.lost).arg(r.duplicates));
            printLine(QStringLiteral("latency   p50 %1 ms, p95 %2 ms, p99 %3 ms, max %4 ms")
                          .arg(fixed(r.latencyP50Ms, 3), fixed(r.latencyP95Ms, 3), fixed(r.latencyP99Ms, 3),
                               fixed(r.latencyMaxMs, 3)));
        }
    }
    if (r.lost > 0)
        printDiagnostic(QStringLiteral("warning: %1 of %2 messages did not arrive").arg(r.lost).arg(r.expected));
    return exitcode::Ok;
}

} // namespace

void setupMqttBenchCommand(CLI::App* group, CommandRunner& runner) {
    auto o = std::make_shared<BenchOptions>();
    auto* cmd = group->add_subcommand(
        "bench", "Load test: publishers x subscribers; prints msgs/s sent and received, loss, latency p50/p95/p99");
    addMqttConnectionFlags(cmd, o->connection);
    cmd->add_option("-P,--publishers", o->publishers, "Publishing clients (default 1)")->check(CLI::Range(1, 1000));
    cmd->add_option("-S,--subscribers", o->subscribers, "Subscribing clients, each receives every message (default 1; 0: publish only)")
        ->check(CLI::Range(0, 1000));
    cmd->add_option("-s,--size", o->size, "Payload bytes (default 100, at least 16)")
        ->check(CLI::Range(MqttBenchOptions::kMinPayload, 256 * 1024 * 1024));
    cmd->add_option("-q,--qos", o->qos, "QoS of publishes and subscriptions")->check(CLI::Range(0, 2));
    cmd->add_option("-C,--count", o->count, "Messages per publisher (instead of --duration)")->check(checks::Positive);
    cmd->add_option("-d,--duration", o->durationSeconds, "Seconds to publish for when no --count is given (default 10)")
        ->check(checks::range(0.01, 86400.0));
    cmd->add_option("-r,--rate", o->rate, "Messages per second per publisher (default: as fast as possible)")
        ->check(checks::NonNegative);
    cmd->add_option("-t,--topic", o->topic,
                    "Topic; %i is the publisher index, %n the message number modulo --topics, each a whole level "
                    "(default mqkit/bench/%i)");
    cmd->add_option("--topics", o->topics, "Topics each publisher cycles through with %n (default 1)")->check(checks::Positive);
    cmd->add_option("--drain", o->drainSeconds, "After publishing, wait up to this many seconds without progress (default 5)")
        ->check(checks::range(0.0, 3600.0));
    addOutputOption(cmd, o->format);
    runner.bind(cmd, o, runBench);
}
