#pragma once

#include "mqtt/MqttSession.h"
#include "sim/FleetSummary.h"

#include <QByteArray>
#include <QString>

#include <chrono>
#include <cstdint>
#include <functional>

namespace mqkit {

struct DeviceFleetOptions {
    // Every connection connects with this; client ids get -c0, -c1... (a random base when empty).
    MqttConnectOptions connection;
    int devices = 1000;
    int connections = 0; // devices are spread over this many MQTT connections; 0: min(devices, 10)
    QString topic = QStringLiteral("t/{tenant}/d/{deviceId}/telemetry"); // {deviceId} required, {tenant} optional
    QString statusTopic; // a template too; empty: the topic with its last level replaced by "status"
    int tenants = 1;
    double rate = 1;          // telemetry messages per second per device; 0: as fast as the broker takes them
    int qos = 1;
    std::int64_t count = 0;   // messages per device; 0: publish for `duration`
    std::chrono::milliseconds duration{10000};
    int payloadSize = 0;      // bytes: the JSON is padded to this size (a "pad" field) when it is shorter
    double rebootRate = 0;    // probability that a device reboots after a message (new bootId, seq from 1)

    // Throws Error(Usage) naming the first bad value (before any broker is contacted).
    void validate() const;
    QString effectiveStatusTopic() const;
    int effectiveConnections() const;
};

struct DeviceFleetResult {
    FleetSummary summary;
    std::int64_t reboots = 0;
    double seconds = 0; // first to last publish acknowledged
    double rate = 0;    // telemetry messages per second, all devices
    QString statusTopicExample; // where device 0 keeps its retained status
    QString willTopicExample;   // where connection 0's Last Will lands
};

// One telemetry payload: {"deviceId","bootId","seq","sentAt" (Unix ms),"tenant","value"} and,
// when shorter than `size`, a "pad" field that makes it exactly `size` bytes.
QByteArray fleetTelemetryPayload(const QString& deviceId, const QString& bootId, std::int64_t seq, std::int64_t sentAtMs,
                                 const QString& tenant, double value, int size);
// A topic template ({tenant}, {deviceId}) filled in.
QString fleetTopic(const QString& topicTemplate, const QString& tenant, const QString& deviceId);

// A fleet of simulated devices publishing telemetry over a few shared MQTT connections (the load
// harness's publishers). A device's status is retained on its status topic ("online" with its
// bootId and the connection it uses; "offline" when the fleet stops). MQTT has one Last Will per
// connection, so when devices share connections the will ("offline") goes to the connection's own
// status topic (mqkit/sim/CLIENT_ID/status), which every device status names; with one connection
// per device the will goes to the device's status topic itself. Blocking.
class DeviceFleet {
public:
    explicit DeviceFleet(DeviceFleetOptions options); // validates
    ~DeviceFleet();
    DeviceFleet(const DeviceFleet&) = delete;
    DeviceFleet& operator=(const DeviceFleet&) = delete;

    // `stopRequested` is polled (Ctrl-C): the fleet stops, waits up to 5 s for acknowledgements and
    // returns what was sent. Throws Error for connection, auth or broker failures.
    DeviceFleetResult run(const std::function<bool()>& stopRequested = {});

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace mqkit
