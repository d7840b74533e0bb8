#pragma once

#include "bridge/Bridge.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>

namespace mqkit {

class MetricsHttpServer;

// The status in the Prometheus text exposition format (version 0.0.4): counters
// mqkit_bridge_messages_{in,duplicates,unrouted,out,dlq,resent}_total and
// mqkit_bridge_producer_rebuilds_total; gauges mqkit_bridge_spool_{records,bytes,
// oldest_age_seconds,full,error}, mqkit_bridge_in_flight and mqkit_bridge_{mqtt_connected,
// kafka_ok,consuming} (1 or 0), each with # HELP and # TYPE.
QByteArray bridgeStatusPrometheus(const BridgeStatus& status);

// `GET /metrics` over HTTP with the latest status published to it (a MetricsHttpServer): the
// bridge's run loop publishes about once a second, so a scrape sees counters at most a second old.
class BridgeMetricsEndpoint {
public:
    // Listens on address:port (0: a free port); throws Error(Connection) when it cannot.
    BridgeMetricsEndpoint(const QString& address, std::uint16_t port);
    ~BridgeMetricsEndpoint();
    BridgeMetricsEndpoint(const BridgeMetricsEndpoint&) = delete;
    BridgeMetricsEndpoint& operator=(const BridgeMetricsEndpoint&) = delete;

    void publish(const BridgeStatus& status);
    QString url() const;

private:
    std::optional<QByteArray> latest() const;

    mutable std::mutex m_mutex;
    std::optional<QByteArray> m_latest;
    std::unique_ptr<MetricsHttpServer> m_server;
};

} // namespace mqkit
