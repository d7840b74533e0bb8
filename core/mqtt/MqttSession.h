#pragma once

#include "mqtt/BrokerUrl.h"
#include "mqtt/MqttMessage.h"

#include <QString>
#include <QStringList>

#include <chrono>
#include <memory>
#include <optional>

namespace mqkit {

struct MqttTlsOptions {
    QString caFile;
    QString certFile;
    QString keyFile;
    bool insecure = false; // skip server certificate verification (warns)
};

struct MqttConnectOptions {
    BrokerUrl url;
    QString clientId; // empty: a random "mqkit-xxxxxxxx"
    QString username;
    std::optional<QString> password;
    MqttTlsOptions tls;
    int protocolVersion = 4; // 4 = MQTT 3.1.1, 5 = MQTT 5.0
    bool cleanStart = true;
    int keepAliveSeconds = 60;
    std::chrono::milliseconds connectTimeout{5000};

    // Throws Error(Usage) for inconsistent or missing inputs (TLS files, TLS options on a plain URL...).
    void validate() const;
};

// One MQTT client connection (Paho underneath, never visible here).
// Incoming messages are queued by the network thread and taken in batches by the owner, so a
// consumer sees one call per batch, never one per message. The queue is bounded: when the owner
// falls behind, the network thread waits (TCP back-pressure) rather than dropping messages.
class MqttSession {
public:
    explicit MqttSession(MqttConnectOptions options);
    ~MqttSession();
    MqttSession(const MqttSession&) = delete;
    MqttSession& operator=(const MqttSession&) = delete;

    // Blocking; throws Error(Connection|Auth|Timeout|Usage) with a one-line reason.
    void connect();
    void disconnect();
    bool isConnected() const;
    const MqttConnectOptions& options() const { return m_options; }

    // Throws Error(Auth) if the broker refuses any filter.
    void subscribe(const QStringList& filters, int qos);
    // Waits until the broker acknowledged (QoS 1/2) or the message left (QoS 0).
    void publish(const QString& topic, const QByteArray& payload, int qos, bool retain);
    // The same for a whole message: topic, payload, QoS, retain and MQTT 5 properties
    // (properties on an MQTT 3.1.1 connection are a usage error, never dropped silently).
    void publish(const MqttMessage& message);

    // Sends without waiting for the broker (the load generator's path): at most kPublishWindow
    // publishes are outstanding, further calls wait for room. Throws as publish() does, and for an
    // earlier publish that failed. waitForPublishes() waits until every one is done (false: timeout).
    void publishAsync(const MqttMessage& message);
    bool waitForPublishes(std::chrono::milliseconds timeout);
    static constexpr int kPublishWindow = 1024;

    // Waits up to `wait` for a first message, then takes whatever else is queued, up to maxCount.
    // While messages stream in (the previous batch was taken under 5 ms ago), it lets a small batch
    // fill for up to 1 ms first, so a fast stream costs one wake-up per batch, not one per message.
    // Returns early (possibly empty) when the connection is lost; see connectionLost().
    MqttBatch takeBatch(std::size_t maxCount, std::chrono::milliseconds wait);
    std::optional<QString> connectionLost() const;

    static constexpr std::size_t kQueueCapacity = 200000;

private:
    struct Impl;
    MqttConnectOptions m_options;
    std::unique_ptr<Impl> m_impl;
};

} // namespace mqkit
