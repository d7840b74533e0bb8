#include "bridge/BridgeMetrics.h"

#include "common/MetricsHttpServer.h"

#include <algorithm>

namespace mqkit {

namespace {

void metric(QByteArray& out, const char* name, const char* type, const char* help, std::int64_t value) {
    out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n';
    out += QByteArray(name) + ' ' + QByteArray::number(value) + '\n';
}

void metric(QByteArray& out, const char* name, const char* type, const char* help, double value) {
    out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n';
    out += QByteArray(name) + ' ' + QByteArray::number(value, 'f', 3) + '\n';
}

} // namespace

QByteArray bridgeStatusPrometheus(const BridgeStatus& s) {
    QByteArray out;
    const BridgeCounters& c = s.counters;
    metric(out, "mqkit_bridge_messages_in_total", "counter", "Messages received from MQTT, each committed to the spool.", c.received);
    metric(out, "mqkit_bridge_messages_duplicates_total", "counter", "Received messages that were DUP-flagged redeliveries.", c.duplicates);
    metric(out, "mqkit_bridge_messages_unrouted_total", "counter", "Received messages that matched no route.", c.unrouted);
    metric(out, "mqkit_bridge_messages_out_total", "counter", "Records Kafka acknowledged on their topic.", c.delivered);
    metric(out, "mqkit_bridge_messages_dlq_total", "counter", "Records Kafka acknowledged on a dead-letter topic.", c.deadLettered);
    metric(out, "mqkit_bridge_messages_resent_total", "counter", "Records produced again after the producer was rebuilt.", c.resent);
    metric(out, "mqkit_bridge_producer_rebuilds_total", "counter", "Kafka producers rebuilt after a fatal error.", c.producerRebuilds);
    metric(out, "mqkit_bridge_spool_records", "gauge", "Records in the spool, waiting for Kafka's acknowledgement.", s.spool.records);
    metric(out, "mqkit_bridge_spool_bytes", "gauge", "Bytes of the records in the spool (keys, values, headers).", s.spool.bytes);
    const double oldestAge = s.spool.oldestSpooledAtMs ? double(std::max<std::int64_t>(0, s.atMs - *s.spool.oldestSpooledAtMs)) / 1000.0 : 0.0;
    metric(out, "mqkit_bridge_spool_oldest_age_seconds", "gauge", "How long the oldest record has been in the spool (0 when empty).", oldestAge);
    metric(out, "mqkit_bridge_spool_full", "gauge", "1 while the spool is at a bound (size or age).", std::int64_t(s.spoolFull ? 1 : 0));
    metric(out, "mqkit_bridge_spool_error", "gauge", "1 while the spool cannot be written.", std::int64_t(s.spoolError ? 1 : 0));
    metric(out, "mqkit_bridge_in_flight", "gauge", "Records handed to Kafka and not acknowledged yet.", s.inFlight);
    metric(out, "mqkit_bridge_mqtt_connected", "gauge", "1 while connected to the MQTT broker.", std::int64_t(s.mqttConnected ? 1 : 0));
    metric(out, "mqkit_bridge_kafka_ok", "gauge", "1 unless the last attempt to reach Kafka failed.", std::int64_t(s.kafkaProblem ? 0 : 1));
    metric(out, "mqkit_bridge_consuming", "gauge", "1 unless consuming is paused because the spool is at a bound.", std::int64_t(s.consuming ? 1 : 0));
    return out;
}

BridgeMetricsEndpoint::BridgeMetricsEndpoint(const QString& address, std::uint16_t port)
    : m_server(std::make_unique<MetricsHttpServer>(address, port, [this] { return latest(); })) {}

BridgeMetricsEndpoint::~BridgeMetricsEndpoint() {
    m_server.reset(); // its thread ends before the status it reads goes away
}

void BridgeMetricsEndpoint::publish(const BridgeStatus& status) {
    QByteArray text = bridgeStatusPrometheus(status);
    std::lock_guard lock(m_mutex);
    m_latest = std::move(text);
}

std::optional<QByteArray> BridgeMetricsEndpoint::latest() const {
    std::lock_guard lock(m_mutex);
    return m_latest;
}

QString BridgeMetricsEndpoint::url() const {
    return m_server->url();
}

} // namespace mqkit
