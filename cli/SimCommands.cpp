#include "SimCommands.h"

#include "CommandRunner.h"
#include "ConnectionOptions.h"
#include "NumberChecks.h"
#include "Output.h"
#include "Terminal.h"
#include "common/Error.h"
#include "sim/DeviceFleet.h"

#include <CLI/CLI.hpp>

using namespace mqkit;

namespace {

struct SimOptions {
    MqttConnectionFlags connection;
    int devices = 1000;
    int connections = 0;
    std::string topic = "t/{tenant}/d/{deviceId}/telemetry";
    std::string statusTopic;
    int tenants = 1;
    double rate = 1;
    int qos = 1;
    std::int64_t count = 0;
    double durationSeconds = 10;
    int size = 0;
    double rebootRate = 0;
    std::string summary;
    OutputFormat format = OutputFormat::Text;
};

void printResult(const DeviceFleetOptions& f, const DeviceFleetResult& r, const SimOptions& o) {
    const FleetSummary& s = r.summary;
    if (o.format == OutputFormat::Json) {
        printJson(QJsonObject{
            {"devices", f.devices},
            {"connections", f.effectiveConnections()},
            {"tenants", f.tenants},
            {"qos", f.qos},
            {"topic", f.topic},
            {"status_topic", f.effectiveStatusTopic()},
            {"will_topic", r.willTopicExample},
            {"sent", qint64(s.sent)},
            {"reboots", qint64(r.reboots)},
            {"seconds", r.seconds},
            {"rate", r.rate},
            {"acknowledged", s.acknowledged},
            {"interrupted", s.interrupted},
            {"summary", q(o.summary)},
        });
        return;
    }
    printLine(QStringLiteral("devices %1 over %2 connections, %3 tenants, QoS %4, topic %5")
                  .arg(f.devices).arg(f.effectiveConnections()).arg(f.tenants).arg(f.qos).arg(f.topic));
    printLine(QStringLiteral("sent    %1 msgs in %2 s: %3 msgs/s; %4 reboots%5")
                  .arg(s.sent).arg(QString::number(r.seconds, 'f', 3), QString::number(r.rate, 'f', 0)).arg(r.reboots)
                  .arg(s.acknowledged ? QString() : QStringLiteral(" (not all acknowledged by the broker)")));
    printLine(QStringLiteral("status  retained on %1 (and the other devices'), Last Will on %2")
                  .arg(r.statusTopicExample, r.willTopicExample));
}

int runSim(const SimOptions& o) {
    DeviceFleetOptions f;
    f.connection = resolveMqttConnection(o.connection);
    f.devices = o.devices;
    f.connections = o.connections;
    f.topic = q(o.topic);
    f.statusTopic = q(o.statusTopic);
    f.tenants = o.tenants;
    f.rate = o.rate;
    f.qos = o.qos;
    f.count = o.count;
    f.duration = std::chrono::milliseconds(static_cast<std::int64_t>(o.durationSeconds * 1000));
    f.payloadSize = o.size;
    f.rebootRate = o.rebootRate;
    DeviceFleet fleet(f); // validates: usage errors before any connection
    installInterruptHandler();
    const DeviceFleetResult r = fleet.run([] { return interrupted(); });
    if (!o.summary.empty())
        r.summary.save(q(o.summary));
    printResult(f, r, o);
    if (!r.summary.acknowledged)
        printDiagnostic(QStringLiteral("warning: the broker did not acknowledge every message (the summary counts what was sent)"));
    return exitcode::Ok;
}

} // namespace

void setupSimCommands(CLI::App& root, CommandRunner& runner) {
    auto o = std::make_shared<SimOptions>();
    auto* cmd = root.add_subcommand(
        "sim", "A fleet of simulated devices publishing JSON telemetry {deviceId, bootId, seq, sentAt, ...} with retained "
               "status, Last Will and reboots; --summary writes what was sent, for 'mqkit verify'");
    addMqttConnectionFlags(cmd, o->connection);
    cmd->add_option("--devices", o->devices, "Simulated devices (default 1000)")->check(CLI::Range(1, 1000000));
    cmd->add_option("--connections", o->connections,
                    "MQTT connections the devices share (default: min(devices, 10); one per device: as many as devices)")
        ->check(CLI::Range(1, 1000));
    cmd->add_option("-t,--topic", o->topic,
                    "Telemetry topic template: {deviceId} (required) and {tenant} as whole levels (default "
                    "t/{tenant}/d/{deviceId}/telemetry)");
    cmd->add_option("--status-topic", o->statusTopic,
                    "Retained status topic template (default: the topic with its last level replaced by status)");
    cmd->add_option("--tenants", o->tenants, "Tenants the devices are spread over (default 1)")->check(CLI::Range(1, 1000000));
    cmd->add_option("-r,--rate", o->rate, "Messages per second per device (default 1; 0: as fast as possible)")
        ->check(checks::NonNegative);
    cmd->add_option("-q,--qos", o->qos, "QoS of the telemetry (default 1)")->check(CLI::Range(0, 2));
    cmd->add_option("-C,--count", o->count, "Messages per device (instead of --duration)")->check(checks::Positive);
    cmd->add_option("-d,--duration", o->durationSeconds, "Seconds to publish for when no --count is given (default 10)")
        ->check(checks::range(0.01, 31.0 * 86400));
    cmd->add_option("-s,--size", o->size, "Pad each payload to this many bytes (default: no padding)")
        ->check(CLI::Range(0, 256 * 1024 * 1024));
    cmd->add_option("--reboot-rate", o->rebootRate,
                    "Probability that a device reboots after a message (new bootId, seq from 1), 0..1 (default 0)")
        ->check(checks::range(0.0, 1.0));
    cmd->add_option("--summary", o->summary,
                    "Write what each device sent per boot to this JSON file at the end (also after Ctrl-C), for "
                    "'mqkit verify --summary'");
    addOutputOption(cmd, o->format);
    runner.bind(cmd, o, runSim);
}
