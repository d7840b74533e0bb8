#pragma once

#include "mqtt/BrokerUrl.h"
#include "mqtt/MqttMessage.h"

#include <QString>
#include <QStringList>

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace mqkit {

class MqttSessionStore;

struct MqttTlsOptions {
    QString caFile;
    QString certFile;
    QString keyFile;
    bool insecure = false; // skip server certificate verification (warns)
};

// Reconnect after a lost connection, in MqttSession's own thread: wait minDelay, then double the
// wait after every failed attempt up to maxDelay; retry until disconnect() or destruction. After
// each reconnect the session subscribes again to everything subscribe() was given, unless the
// broker reports the session as still present (persistent session: it kept the subscriptions).
struct MqttReconnectOptions {
    bool enabled = false;
    std::chrono::milliseconds minDelay{1000};
    std::chrono::milliseconds maxDelay{30000};
};

struct MqttConnectOptions {
    BrokerUrl url;
    QString clientId; // empty: a random "mqkit-xxxxxxxx"
    QString username;
    std::optional<QString> password;
    MqttTlsOptions tls;
    int protocolVersion = 4; // 4 = MQTT 3.1.1, 5 = MQTT 5.0
    bool cleanStart = true; // false: persistent session (MQTT 3.1.1 clean session 0, MQTT 5 clean start 0)
    // MQTT 5 session expiry interval (CONNECT property); unset: 0, the session ends with the connection.
    // On an MQTT 3.1.1 connection it is a usage error.
    std::optional<std::uint32_t> sessionExpirySeconds;
    // Last Will: topic, payload, QoS, retain and (MQTT 5) properties of the will message.
    std::optional<MqttMessage> will;
    MqttReconnectOptions reconnect;
    int keepAliveSeconds = 60;
    std::chrono::milliseconds connectTimeout{5000};

    // Throws Error(Usage) for inconsistent or missing inputs (TLS files, TLS options on a plain URL...).
    void validate() const;
};

// What happened to a session's connection, for a front end to show (the CLI on stderr, the GUI in
// its status bar). Plain values: no Paho type crosses this boundary.
struct MqttConnectionEvent {
    enum class Kind {
        Connected,            // connect() succeeded
        Lost,                 // the connection dropped (network, keepalive, broker went away)
        DisconnectedByBroker, // MQTT 5: the broker sent DISCONNECT; reasonCode/message say why
        Reconnecting,         // attempt `attempt` starts after `delay`
        ReconnectFailed,      // attempt `attempt` failed; message says why
        Reconnected,          // connected again (and resubscribed unless sessionPresent)
        Resubscribed,         // the subscriptions were renewed after a reconnect
        ResubscribeFailed,    // the broker refused or did not answer the renewed subscriptions
    };
    Kind kind = Kind::Connected;
    QString message;         // one line, in words ("session taken over", "connection refused"...)
    int reasonCode = -1;     // MQTT 5 reason code when the broker gave one, else -1
    int attempt = 0;         // Reconnecting/ReconnectFailed/Reconnected: 1, 2, ...
    std::chrono::milliseconds delay{0}; // Reconnecting: wait before this attempt
    bool sessionPresent = false;        // Connected/Reconnected: the broker kept the session
    std::int64_t atMs = 0;              // Unix epoch, milliseconds

    // "connection lost: ...", "reconnecting in 2 s (attempt 3)": one line for a log or status bar.
    QString describe() const;
};

// One MQTT client connection (Paho underneath, never visible here).
// Incoming messages are queued by the network thread and taken in batches by the owner, so a
// consumer sees one call per batch, never one per message. The queue is bounded: when the owner
// falls behind, the network thread waits (TCP back-pressure) rather than dropping messages.
class MqttSession {
public:
    // store: where the client keeps its in-flight state across crashes (an inbound MQTT 3.1.1 QoS 2
    // message is written there before PUBREC and, after a restart with the same client id, is
    // restored and delivered when the broker releases it). It must outlive the session. Without
    // one that state lives in memory only.
    explicit MqttSession(MqttConnectOptions options, MqttSessionStore* store = nullptr);
    ~MqttSession();
    MqttSession(const MqttSession&) = delete;
    MqttSession& operator=(const MqttSession&) = delete;

    // Blocking; throws Error(Connection|Auth|Timeout|Usage) with a one-line reason.
    void connect();
    void disconnect();
    // From another thread: a connect() under way (or to come) gives up within 100 ms and throws
    // Error(Connection); for a connection that is no longer wanted. Final for this session.
    void cancel();
    bool isCancelled() const;
    bool isConnected() const;
    const MqttConnectOptions& options() const { return m_options; }

    // The Paho MQTT C library version in use, e.g. "1.3.12" (what an About box shows).
    static QString clientLibraryVersion();

    // Throws Error(Auth) if the broker refuses any filter. subscriptionId (MQTT 5 only, 1..268435455)
    // comes back in MqttProperties::subscriptionIds of every message this subscription matches.
    // The filters are remembered and renewed after a reconnect (MqttReconnectOptions).
    // retainAsPublished (MQTT 5 only): messages keep the retain flag they were published with, so
    // a retained message published while subscribed arrives marked retained (without it, and
    // always on MQTT 3.1.1, only retained messages sent at subscribe time carry the flag).
    void subscribe(const QStringList& filters, int qos, std::optional<int> subscriptionId = std::nullopt,
                   bool retainAsPublished = false);
    // Waits until the broker acknowledged (QoS 1/2) or the message left (QoS 0).
    void publish(const QString& topic, const QByteArray& payload, int qos, bool retain);
    // The same for a whole message: topic, payload, QoS, retain and MQTT 5 properties
    // (properties on an MQTT 3.1.1 connection are a usage error, never dropped silently).
    void publish(const MqttMessage& message);

    // Sends without waiting for the broker (the load generator's path): at most kPublishWindow
    // publishes are outstanding (QoS 1/2: at most the broker's MQTT 5 receive maximum; QoS 2
    // without one: kQos2Window), further calls wait for room. Throws as publish() does, and for an
    // earlier publish that failed. waitForPublishes() waits until every one is done (false: timeout).
    void publishAsync(const MqttMessage& message);
    bool waitForPublishes(std::chrono::milliseconds timeout);
    // Sends without waiting and without a window of its own: done(true) runs (on Paho's thread) once
    // the broker acknowledged (QoS 1: PUBACK, QoS 2: PUBCOMP) or the message was written (QoS 0),
    // done(false) when the publish failed. A publish lost with the connection may never call back:
    // the caller resends what was not acknowledged after a reconnect. Throws Error(Connection)
    // when the session is not connected (done is not called then).
    void publishTracked(const MqttMessage& message, std::function<void(bool delivered)> done);
    static constexpr int kPublishWindow = 1024;
    static constexpr int kQos2Window = 20;

    // Called for every message on the network thread, before the message is queued for
    // takeBatch() and before Paho acknowledges it to the broker: Paho C sends a QoS 1 PUBACK (and,
    // on MQTT 5, a QoS 2 PUBREC) only after this returns; on MQTT 3.1.1 a QoS 2 message arrives at
    // PUBREL, before PUBCOMP. A handler that stores the message durably (the bridge's spool) closes
    // the gap between the broker letting go and the message being safe. It runs one message at a
    // time, must not throw and must not call back into the session. Set it before connect().
    void setArrivalHandler(std::function<void(const MqttMessage&)> handler);

    // Waits up to `wait` for a first message, then takes whatever else is queued, up to maxCount.
    // While messages stream in (the previous batch was taken under 5 ms ago), it lets a small batch
    // fill for up to 1 ms first, so a fast stream costs one wake-up per batch, not one per message.
    // Returns early (possibly empty) when the connection is lost; see connectionLost().
    MqttBatch takeBatch(std::size_t maxCount, std::chrono::milliseconds wait);
    // Set once the connection is lost for good: without reconnect at the first loss; with reconnect
    // never (the session keeps trying until disconnect()).
    std::optional<QString> connectionLost() const;
    // Connection events since the last call, oldest first (thread-safe; the queue keeps the latest 1000).
    std::vector<MqttConnectionEvent> takeEvents();

    static constexpr std::size_t kQueueCapacity = 200000;

private:
    struct Impl;
    MqttConnectOptions m_options;
    std::unique_ptr<Impl> m_impl;
};

} // namespace mqkit
