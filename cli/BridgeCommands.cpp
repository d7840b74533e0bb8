#include "BridgeCommands.h"

#include "CommandRunner.h"
#include "ConnectionOptions.h"
#include "MqttSinks.h"
#include "NumberChecks.h"
#include "Output.h"
#include "Terminal.h"
#include "bridge/BridgeSetup.h"
#include "bridge/Bridge.h"
#include "bridge/BridgeMetrics.h"
#include "common/Error.h"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <memory>

using namespace mqkit;

namespace {

struct BridgeCliOptions {
    MqttConnectionFlags mqtt;
    KafkaConnectionFlags kafka;
    std::string from;
    std::string to;
    std::string kafkaKey;
    bool requireJson = false;
    std::string routesFile;
    int qos = 1;
    std::string spool;
    double spoolMaxMb = 1024;
    double spoolMaxAge = 24 * 3600;
    std::string overflow = "stop";
    std::string spoolSync = "normal";
    std::int64_t maxInFlight = 10000;
    std::string metrics = "none";
    int metricsPort = -1; // -1: no HTTP endpoint
    std::string metricsAddress = "127.0.0.1";
};

// The routes as core chooses them for every front end; the one route's origin names its flags.
std::vector<BridgeRouteSpec> routesFrom(const BridgeCliOptions& o) {
    if (o.routesFile.empty() && (o.from.empty() || o.to.empty()))
        throw Error(ErrorKind::Usage, QStringLiteral("give the route with --from TEMPLATE --to TOPIC, or --routes FILE"));
    return chooseBridgeRoutes(q(o.routesFile), BridgeRouteSpec{q(o.from), q(o.to), q(o.kafkaKey), o.requireJson,
                                                               QStringLiteral("--from/--to/--kafka-key")});
}

void printStatus(const BridgeStatus& status, const std::string& metrics) {
    if (metrics == "json") {
        QByteArray line;
        writeBridgeStatusJson(line, status);
        std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr);
        std::fflush(stderr);
    } else if (metrics == "text") {
        printDiagnostic(describeBridgeStatus(status));
    }
}

int runBridge(const BridgeCliOptions& o) {
    if (o.spool.empty())
        throw Error(ErrorKind::Usage, QStringLiteral("give the spool file with --spool FILE (messages wait there for Kafka)"));
    BridgeOptions options;
    options.routes = routesFrom(o);
    options.mqtt = resolveMqttConnection(o.mqtt);
    if (options.mqtt.clientId.isEmpty())
        throw Error(ErrorKind::Usage, QStringLiteral("give the bridge a fixed client id with -i ID: the broker keeps "
                                                     "the session of that id and holds messages while the bridge is down"));
    options.kafka = resolveKafkaConnection(o.kafka);
    options.qos = o.qos;
    options.spoolPath = q(o.spool);
    options.spool.maxBytes = static_cast<std::int64_t>(o.spoolMaxMb * 1024 * 1024);
    options.spool.maxAge = std::chrono::seconds(static_cast<std::int64_t>(o.spoolMaxAge));
    options.spool.overflow = o.overflow == "dlq" ? SpoolOverflow::DeadLetter : SpoolOverflow::StopConsuming;
    options.spool.sync = o.spoolSync == "full" ? SpoolSync::Full : SpoolSync::Normal;
    options.maxInFlight = o.maxInFlight;
    const QString url = options.mqtt.url.toString();

    Bridge bridge(std::move(options));
    std::unique_ptr<BridgeMetricsEndpoint> endpoint;
    if (o.metricsPort >= 0) {
        endpoint = std::make_unique<BridgeMetricsEndpoint>(q(o.metricsAddress), static_cast<std::uint16_t>(o.metricsPort));
        printDiagnostic(QStringLiteral("metrics on %1").arg(endpoint->url()));
    }
    installInterruptHandler();
    printDiagnostic(QStringLiteral("bridging %1 → Kafka, spool %2 (Ctrl-C stops)")
                        .arg(bridge.subscriptions().join(QLatin1Char(' ')), q(o.spool)));
    ConnectionEventPrinter events(url, true);
    BridgeRunControl control;
    control.stopRequested = [] { return interrupted(); };
    control.onStatus = [&](const BridgeStatus& s) {
        printStatus(s, o.metrics);
        if (endpoint)
            endpoint->publish(s);
    };
    control.sinks.push_back(&events);
    bridge.run(control);
    printDiagnostic(QStringLiteral("stopped: ") + describeBridgeStatus(bridge.status()));
    return exitcode::Ok;
}

} // namespace

void setupBridgeCommands(CLI::App& root, CommandRunner& runner) {
    auto opts = std::make_shared<BridgeCliOptions>();
    auto* cmd = root.add_subcommand(
        "bridge", "MQTT → Kafka: routes, a durable spool (committed before the broker is acknowledged), dead-letter topics");
    addMqttConnectionFlags(cmd, opts->mqtt);
    addKafkaConnectionFlagsBesideMqtt(cmd, opts->kafka);
    const char* r = "Route";
    cmd->add_option("--from", opts->from,
                    "MQTT topic template: levels {name} subscribe as + and name the level, e.g. 't/{tenant}/d/{deviceId}/telemetry'; "
                    "a $share/GROUP/ prefix splits the load between bridges")
        ->group(r);
    cmd->add_option("--to", opts->to, "Kafka topic (dead letters go to TOPIC.dlq)")->group(r);
    cmd->add_option("--kafka-key", opts->kafkaKey,
                    "Record key: a template of the topic's names ('{deviceId}', '{tenant}:{deviceId}') or a JSON path "
                    "into the payload ('$.deviceId'); default: no key")
        ->group(r);
    cmd->add_flag("--require-json", opts->requireJson, "Payloads that are not JSON go to the dead-letter topic")->group(r);
    cmd->add_option("--routes", opts->routesFile, "Routes from a YAML file instead (routes: [{from, to, key, require_json}])")
        ->group(r);
    cmd->add_option("-q,--qos", opts->qos, "Subscription QoS: 1 or 2")->check(CLI::IsMember({1, 2}))->group(r);
    const char* s = "Spool";
    cmd->add_option("--spool", opts->spool, "Spool file (SQLite): messages wait here until Kafka acknowledges them")->group(s);
    cmd->add_option("--spool-max-mb", opts->spoolMaxMb, "Bound of the spool in MiB (default 1024)")
        ->check(checks::range(0.01, 1.0e7))
        ->group(s);
    cmd->add_option("--spool-max-age", opts->spoolMaxAge, "Bound of the oldest record's wait in seconds (default 86400)")
        ->check(checks::range(1.0, 1.0e9))
        ->group(s);
    cmd->add_option("--overflow", opts->overflow,
                    "At a bound: stop (disconnect; the broker holds the backlog) or dlq (what arrives goes to the "
                    "dead-letter topic with the reason)")
        ->check(CLI::IsMember({"stop", "dlq"}))
        ->group(s);
    cmd->add_option("--spool-sync", opts->spoolSync,
                    "normal: a commit survives the bridge being killed; full: also power loss (fsync per commit)")
        ->check(CLI::IsMember({"normal", "full"}))
        ->group(s);
    cmd->add_option("--max-in-flight", opts->maxInFlight, "Records handed to Kafka and not yet acknowledged")
        ->check(CLI::Range(std::int64_t(1), std::int64_t(1000000)))
        ->group(s);
    cmd->add_option("--metrics", opts->metrics, "Once a second on stderr: none, text or json (JSON lines)")
        ->check(CLI::IsMember({"none", "text", "json"}));
    cmd->add_option("--metrics-port", opts->metricsPort,
                    "Serve Prometheus metrics over HTTP at GET /metrics on this port (0: a free one, printed on stderr)")
        ->check(CLI::Range(0, 65535));
    cmd->add_option("--metrics-address", opts->metricsAddress, "Address the metrics port listens on (default 127.0.0.1, loopback only)");
    runner.bind(cmd, opts, runBridge);
}
