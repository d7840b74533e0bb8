#include "mqtt/MqttSession.h"

#include "common/CoreTr.h"
#include "common/Error.h"
#include "mqtt/MqttLimits.h"
#include "mqtt/MqttMessage.h"
#include "mqtt/PahoSessionStore.h"
#include "mqtt/TlsFiles.h"

#include <QDateTime>
#include <QFileInfo>
#include <QRandomGenerator>

#include <MQTTAsync.h>
#include <mqtt/async_client.h>

#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <atomic>
#include <condition_variable>
#include <cstdlib>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace mqkit {

namespace {

QString connackV3Reason(int code) {
    switch (code) {
    case 1:
        return QStringLiteral("unacceptable protocol version");
    case 2:
        return QStringLiteral("client identifier rejected");
    case 3:
        return QStringLiteral("server unavailable");
    case 4:
        return QStringLiteral("bad user name or password");
    case 5:
        return QStringLiteral("not authorized");
    default:
        return QStringLiteral("refused (code %1)").arg(code);
    }
}

bool isAuthReason(int reasonCode) {
    return reasonCode == 0x86 /* bad user name or password */ || reasonCode == 0x87 /* not authorized */ ||
           reasonCode == 0x8C /* bad authentication method */;
}

void requireFile(const QString& path, const char* what) {
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    if (!info.exists())
        throw Error(ErrorKind::Usage, QStringLiteral("%1 not found: %2").arg(QString::fromUtf8(what), path));
    if (!info.isReadable() || !info.isFile())
        throw Error(ErrorKind::Usage, QStringLiteral("%1 is not a readable file: %2").arg(QString::fromUtf8(what), path));
}

MqttProperties propertiesFromPaho(const mqtt::properties& props) {
    MqttProperties p;
    if (props.empty())
        return p;
    using mqtt::property;
    auto str = [&](property::code c) { return mqtt::get<std::string>(props, c); };
    if (props.contains(property::CONTENT_TYPE))
        p.contentType = QString::fromStdString(str(property::CONTENT_TYPE));
    if (props.contains(property::RESPONSE_TOPIC))
        p.responseTopic = QString::fromStdString(str(property::RESPONSE_TOPIC));
    if (props.contains(property::CORRELATION_DATA))
        p.correlationData = QByteArray::fromStdString(str(property::CORRELATION_DATA));
    if (props.contains(property::PAYLOAD_FORMAT_INDICATOR))
        p.payloadFormat = mqtt::get<uint8_t>(props, property::PAYLOAD_FORMAT_INDICATOR);
    if (props.contains(property::MESSAGE_EXPIRY_INTERVAL))
        p.messageExpirySeconds = mqtt::get<uint32_t>(props, property::MESSAGE_EXPIRY_INTERVAL);
    const size_t userCount = props.count(property::USER_PROPERTY);
    for (size_t i = 0; i < userCount; ++i) {
        const auto kv = mqtt::get<mqtt::string_pair>(props, property::USER_PROPERTY, i);
        p.user.emplace_back(QString::fromStdString(std::get<0>(kv)), QString::fromStdString(std::get<1>(kv)));
    }
    const size_t idCount = props.count(property::SUBSCRIPTION_IDENTIFIER);
    for (size_t i = 0; i < idCount; ++i)
        p.subscriptionIds.push_back(static_cast<int>(mqtt::get<int32_t>(props, property::SUBSCRIPTION_IDENTIFIER, i)));
    return p;
}

// Subscription identifiers are the broker's to set: they are never sent on a publish.
mqtt::properties propertiesToPaho(const MqttProperties& p) {
    mqtt::properties props;
    using mqtt::property;
    for (const auto& [k, v] : p.user)
        props.add(property(property::USER_PROPERTY, k.toStdString(), v.toStdString()));
    if (!p.contentType.isEmpty())
        props.add(property(property::CONTENT_TYPE, p.contentType.toStdString()));
    if (p.payloadFormat)
        props.add(property(property::PAYLOAD_FORMAT_INDICATOR, *p.payloadFormat));
    if (p.messageExpirySeconds)
        props.add(property(property::MESSAGE_EXPIRY_INTERVAL, static_cast<int>(*p.messageExpirySeconds)));
    if (!p.responseTopic.isEmpty())
        props.add(property(property::RESPONSE_TOPIC, p.responseTopic.toStdString()));
    if (!p.correlationData.isEmpty())
        props.add(property(property::CORRELATION_DATA, p.correlationData.toStdString()));
    return props;
}

// A TCP connection to host:port accepted within timeout, as a blocking socket whose reads and
// writes time out after `timeout` too; -1 when none was. After a failed TLS connect it tells
// "nothing listens" from "the handshake failed", and carries the handshake run again for its reason.
int connectTcp(const QString& host, int port, std::chrono::milliseconds timeout) {
    addrinfo hints{};
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* found = nullptr;
    if (getaddrinfo(host.toUtf8().constData(), QByteArray::number(port).constData(), &hints, &found) != 0)
        return false;
    std::unique_ptr<addrinfo, decltype(&freeaddrinfo)> addresses(found, &freeaddrinfo);
    for (const addrinfo* a = found; a; a = a->ai_next) {
        const int fd = socket(a->ai_family, a->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, a->ai_protocol);
        if (fd < 0)
            continue;
        bool connected = ::connect(fd, a->ai_addr, a->ai_addrlen) == 0;
        if (!connected && errno == EINPROGRESS) {
            pollfd p{fd, POLLOUT, 0};
            int error = 0;
            socklen_t length = sizeof error;
            connected = poll(&p, 1, static_cast<int>(timeout.count())) == 1 &&
                        getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length) == 0 && error == 0;
        }
        if (connected) {
            fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
            const timeval tv{static_cast<time_t>(timeout.count() / 1000),
                             static_cast<suseconds_t>(timeout.count() % 1000 * 1000)};
            setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
            setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
            return fd;
        }
        close(fd);
    }
    return -1;
}

// Why a TLS connect failed, in words: nothing listens (empty), the server's certificate does not
// verify, or the server does not speak TLS there.
QString tlsFailureDetail(const MqttConnectOptions& o) {
    const int fd = connectTcp(o.url.host, o.url.port, std::chrono::seconds(2));
    if (fd < 0)
        return {};
    const QString reason = tlsHandshakeFailure(fd, o.tls.caFile, o.tls.certFile, o.tls.keyFile, !o.tls.insecure);
    close(fd);
    if (reason.startsWith(QLatin1String("certificate verify failed")))
        return CoreTr::tr("TLS handshake failed: the server's %1").arg(reason);
    return CoreTr::tr("the server accepted the TCP connection but the TLS handshake failed%1 (is it a plain MQTT "
                      "port?%2)")
        .arg(reason.isEmpty() ? QString() : QStringLiteral(": ") + reason,
             o.tls.certFile.isEmpty() ? CoreTr::tr(" Or one that requires a client certificate?") : QString());
}

// A SUBACK reason code of 0x80 or more: 0x80 says no more than "refused" (ACLs, limits, a filter
// the broker will not take); MQTT 5 brokers may say why.
Error subscriptionRefused(const QString& filter, int reasonCode) {
    const QString why = reasonCode == 0x80
                            ? QString()
                            : QStringLiteral(": ") +
                                  QString::fromStdString(mqtt::exception::reason_code_str(reasonCode)).toLower();
    return Error(ErrorKind::Auth, CoreTr::tr("subscription to '%1' refused by the broker%2").arg(filter, why));
}

} // namespace

void MqttConnectOptions::validate() const {
    const bool anyTls = !tls.caFile.isEmpty() || !tls.certFile.isEmpty() || !tls.keyFile.isEmpty() || tls.insecure;
    if (anyTls && !url.isTls())
        throw Error(ErrorKind::Usage, QStringLiteral("TLS options given, but %1 is not a TLS URL (use mqtts:// or wss://)")
                                          .arg(url.toString()));
    requireFile(tls.caFile, "CA file");
    requireFile(tls.certFile, "client certificate");
    requireFile(tls.keyFile, "client key");
    if (tls.certFile.isEmpty() != tls.keyFile.isEmpty())
        throw Error(ErrorKind::Usage, CoreTr::tr("a client certificate needs both the certificate file and its key file"));
    checkKeyMatchesCertificate(tls.certFile, tls.keyFile);
    if (protocolVersion != 4 && protocolVersion != 5)
        throw Error(ErrorKind::Usage, QStringLiteral("MQTT protocol version must be 311 or 5"));
    if (sessionExpirySeconds && protocolVersion != 5)
        throw Error(ErrorKind::Usage, CoreTr::tr("a session expiry interval needs an MQTT 5 connection; with MQTT 3.1.1 a "
                                                 "persistent session lasts until the broker drops it"));
    if (will) {
        checkPublishable(*will, CoreTr::tr("Last Will"));
        if (will->qos < 0 || will->qos > 2)
            throw Error(ErrorKind::Usage, QStringLiteral("Last Will QoS must be 0, 1 or 2"));
        if (!will->properties.isEmpty() && protocolVersion != 5)
            throw Error(ErrorKind::Usage, CoreTr::tr("Last Will properties need an MQTT 5 connection"));
    }
    checkMqttFieldLength(clientId.toUtf8().size(), QStringLiteral("client id"));
    checkMqttFieldLength((username.isEmpty() ? url.username : username).toUtf8().size(), QStringLiteral("user name"));
    if (password)
        checkMqttFieldLength(password->toUtf8().size(), QStringLiteral("password"));
    if (reconnect.enabled && (reconnect.minDelay.count() <= 0 || reconnect.maxDelay < reconnect.minDelay))
        throw Error(ErrorKind::Usage, QStringLiteral("reconnect delays must be positive, the maximum at least the minimum"));
}

QString MqttConnectionEvent::describe() const {
    using K = Kind;
    const QString seconds = QString::number(static_cast<double>(delay.count()) / 1000.0);
    const QString resumed = sessionPresent ? QStringLiteral(" (session resumed)") : QString();
    switch (kind) {
    case K::Connected:
        return QStringLiteral("connected") + resumed;
    case K::Lost:
        return QStringLiteral("connection lost: %1").arg(message);
    case K::DisconnectedByBroker:
        return reasonCode >= 0 ? QStringLiteral("disconnected by the broker: %1 (reason code 0x%2)")
                                     .arg(message)
                                     .arg(reasonCode, 2, 16, QLatin1Char('0'))
                               : QStringLiteral("disconnected by the broker: %1").arg(message);
    case K::Reconnecting:
        return QStringLiteral("reconnecting in %1 s (attempt %2)").arg(seconds).arg(attempt);
    case K::ReconnectFailed:
        return QStringLiteral("reconnect attempt %1 failed: %2").arg(attempt).arg(message);
    case K::Reconnected:
        return QStringLiteral("reconnected after %1 attempt(s)").arg(attempt) + resumed;
    case K::Resubscribed:
        return QStringLiteral("subscribed again: %1").arg(message);
    case K::ResubscribeFailed:
        return QStringLiteral("subscribing again failed: %1").arg(message);
    }
    return message;
}

struct MqttSession::Impl {
    struct Subscription {
        QStringList filters;
        int qos = 0;
        std::optional<int> subscriptionId;
        bool retainAsPublished = false;
    };
    static constexpr std::size_t kMaxEvents = 1000;

    const MqttConnectOptions* options = nullptr;
    std::unique_ptr<PahoSessionStore> store; // Paho's client persistence, when the owner gave a store
    std::unique_ptr<mqtt::async_client> client;
    mutable std::mutex mutex;
    std::condition_variable ready;   // a message arrived or the connection was lost
    std::condition_variable hasRoom; // the owner took messages
    // What Paho's receive thread hands over: the message as Paho holds it and when it arrived.
    // Converting it (topic to UTF-16, payload and properties copies) happens on the owner's thread in
    // takeBatch(): the receive thread is the ingest bottleneck, so it does no more than queue a pointer.
    struct Received {
        mqtt::const_message_ptr message;
        std::int64_t receivedAtMs = 0;
    };
    std::deque<Received> queue;
    std::optional<QString> lostReason;
    bool closing = false;
    bool consumerWaiting = false; // takeBatch() sleeps on `ready`: only then is a notify worth a syscall
    bool producerWaiting = false; // push() sleeps on `hasRoom`
    std::chrono::steady_clock::time_point lastTake;

    Impl() {
        // Paho C formats a trace line into its in-memory ring for every received packet unless the
        // trace level says otherwise: several percent of ingest time. Keep a user's MQTT_C_CLIENT_TRACE.
        static std::once_flag quiet;
        std::call_once(quiet, [] {
            if (!std::getenv("MQTT_C_CLIENT_TRACE"))
                MQTTAsync_setTraceLevel(MQTTASYNC_TRACE_FATAL);
        });
    }
    // The client goes first: no Paho callback may reach the members below once they are gone.
    ~Impl() { client.reset(); }

    // Touched only by the owner's thread (takeBatch): a stream mostly repeats topics, so the last
    // one's UTF-16 conversion is reused (QString shares its data).
    std::string lastTopic;
    QString lastTopicString;

    MqttMessage convert(const Received& received) {
        const std::string& topic = received.message->get_topic();
        if (topic != lastTopic) {
            lastTopic = topic;
            lastTopicString = QString::fromStdString(topic);
        }
        return convert(received, lastTopicString);
    }

    static MqttMessage convert(const Received& received, const QString& topic) {
        const mqtt::message& msg = *received.message;
        MqttMessage m;
        m.topic = topic;
        const auto& payload = msg.get_payload_ref();
        m.payload = QByteArray(payload.data(), static_cast<qsizetype>(payload.size()));
        m.qos = msg.get_qos();
        m.retained = msg.is_retained();
        m.duplicate = msg.is_duplicate();
        m.receivedAtMs = received.receivedAtMs;
        m.properties = propertiesFromPaho(msg.get_properties());
        return m;
    }

    // publishAsync(): outstanding publishes and the first asynchronous failure.
    struct PublishListener : mqtt::iaction_listener {
        Impl* impl = nullptr;
        void on_success(const mqtt::token&) override { impl->publishDone({}); }
        void on_failure(const mqtt::token& tok) override {
            impl->publishDone(QStringLiteral("publish failed (%1)")
                                  .arg(QString::fromStdString(mqtt::exception::reason_code_str(tok.get_reason_code()))));
        }
    };
    PublishListener publishListener;
    // publishTracked(): each token's user context is the caller's heap-held completion.
    struct TrackedListener : mqtt::iaction_listener {
        static void complete(const mqtt::token& tok, bool delivered) {
            auto* done = static_cast<std::function<void(bool)>*>(tok.get_user_context());
            if (!done)
                return;
            (*done)(delivered);
            delete done;
        }
        void on_success(const mqtt::token& tok) override { complete(tok, true); }
        void on_failure(const mqtt::token& tok) override { complete(tok, false); }
    };
    TrackedListener trackedListener;
    std::mutex publishMutex;
    std::condition_variable publishDoneCv;
    int outstanding = 0;
    QString publishFailure;
    int receiveMaximum = 0; // MQTT 5 CONNACK Receive Maximum; 0: the broker gave none

    // How many publishes of this QoS may be outstanding. A broker takes at most its receive
    // maximum of unacknowledged QoS 1/2 publishes; Mosquitto answers a QoS 2 publish beyond it with
    // a PUBREC that an MQTT 3.1.1 client cannot tell from success, and drops the message. So QoS 2
    // without a stated maximum keeps to kQos2Window, Mosquitto's default (max_inflight_messages).
    int windowFor(int qos) const {
        if (qos == 0)
            return kPublishWindow;
        if (receiveMaximum > 0)
            return std::min(kPublishWindow, receiveMaximum);
        return qos == 2 ? kQos2Window : kPublishWindow;
    }

    void publishDone(const QString& failure) {
        {
            std::lock_guard lock(publishMutex);
            --outstanding;
            if (!failure.isEmpty() && publishFailure.isEmpty())
                publishFailure = failure;
        }
        publishDoneCv.notify_all();
    }

    // Connection state and reconnect (all under `mutex`).
    std::deque<MqttConnectionEvent> events;
    std::vector<Subscription> subscriptions;
    bool up = false;               // connected, as far as this session knows
    bool reconnectPending = false; // the connection dropped; the reconnect thread takes it from here
    std::atomic<bool> stopping{false};
    std::atomic<bool> cancelled{false}; // cancel(): never reset
    std::condition_variable reconnectWake; // reconnectPending or stopping changed
    std::thread reconnectThread;

    void addEventLocked(MqttConnectionEvent e) {
        e.atMs = QDateTime::currentMSecsSinceEpoch();
        events.push_back(std::move(e));
        while (events.size() > kMaxEvents)
            events.pop_front();
    }

    // The network thread reports a dropped connection (kind Lost) or an MQTT 5 DISCONNECT from the
    // broker; Paho may report both for one drop, only the first counts.
    void onLost(MqttConnectionEvent::Kind kind, const QString& reason, int reasonCode) {
        {
            std::lock_guard lock(mutex);
            if (!up || stopping)
                return;
            up = false;
            MqttConnectionEvent e;
            e.kind = kind;
            e.message = reason;
            e.reasonCode = reasonCode;
            addEventLocked(std::move(e));
            if (options->reconnect.enabled)
                reconnectPending = true;
            else
                lostReason = reason;
        }
        ready.notify_all();
        reconnectWake.notify_all();
    }

    mqtt::connect_options connectOptions() const;
    // One connection attempt; throws Error with a one-line reason. Returns "session present".
    bool connectOnce();
    // Waits for a token in slices so that stopping ends the wait early; false on timeout.
    bool waitFor(const mqtt::token_ptr& tok, std::chrono::milliseconds timeout) const {
        const auto end = std::chrono::steady_clock::now() + timeout;
        while (!tok->wait_for(std::chrono::milliseconds(100))) {
            if (std::chrono::steady_clock::now() >= end || stopping || cancelled)
                return false;
        }
        return true;
    }
    void subscribeOnce(const Subscription& sub);
    void reconnectLoop();
    void stopReconnect() {
        {
            std::lock_guard lock(mutex);
            stopping = true;
        }
        reconnectWake.notify_all();
        if (reconnectThread.joinable() && reconnectThread.get_id() != std::this_thread::get_id())
            reconnectThread.join();
    }

    // Set before connect(); called on Paho's receive thread (see MqttSession::setArrivalHandler).
    std::function<void(const MqttMessage&)> arrivalHandler;

    void push(mqtt::const_message_ptr msg) {
        Received received{std::move(msg), QDateTime::currentMSecsSinceEpoch()};
        if (arrivalHandler)
            arrivalHandler(convert(received, QString::fromStdString(received.message->get_topic())));
        std::unique_lock lock(mutex);
        if (queue.size() >= kQueueCapacity && !closing) {
            producerWaiting = true;
            hasRoom.wait(lock, [&] { return queue.size() < kQueueCapacity || closing; });
            producerWaiting = false;
        }
        queue.push_back(std::move(received));
        const bool wake = consumerWaiting;
        lock.unlock();
        if (wake)
            ready.notify_one();
    }
};

MqttSession::MqttSession(MqttConnectOptions options, MqttSessionStore* store)
    : m_options(std::move(options)), m_impl(std::make_unique<Impl>()) {
    m_options.validate();
    m_impl->options = &m_options;
    if (m_options.clientId.isEmpty())
        m_options.clientId =
            QStringLiteral("mqkit-%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    const auto uri = m_options.url.toPahoUri().toStdString();
    if (store)
        m_impl->store = std::make_unique<PahoSessionStore>(*store, m_impl->stopping);
    try {
        // With a store, Paho opens it and restores the client's in-flight messages right here
        // (MQTTAsync_createWithOptions -> MQTTPersistence_initialize -> MQTTPersistence_restorePackets).
        m_impl->client = std::make_unique<mqtt::async_client>(uri, m_options.clientId.toStdString(),
                                                              mqtt::create_options(m_options.protocolVersion == 5
                                                                                       ? MQTTVERSION_5
                                                                                       : MQTTVERSION_3_1_1,
                                                                                   kPublishWindow * 2),
                                                              m_impl->store.get());
    } catch (const mqtt::exception& e) {
        if (store)
            throw Error(ErrorKind::Io, CoreTr::tr("cannot restore the MQTT session state kept in %1 (%2)")
                                           .arg(store->path(), QString::fromStdString(e.what())));
        throw Error(ErrorKind::Usage, QStringLiteral("cannot create an MQTT client for %1: %2")
                                          .arg(m_options.url.toString(), QString::fromStdString(e.what())));
    }
    Impl* impl = m_impl.get();
    m_impl->client->set_message_callback([impl](mqtt::const_message_ptr msg) { impl->push(std::move(msg)); });
    m_impl->client->set_connection_lost_handler([impl](const std::string& cause) {
        impl->onLost(MqttConnectionEvent::Kind::Lost,
                     cause.empty() ? QStringLiteral("the network connection closed") : QString::fromStdString(cause), -1);
    });
    m_impl->client->set_disconnected_handler([impl](const mqtt::properties& props, mqtt::ReasonCode code) {
        QString reason = QString::fromStdString(mqtt::exception::reason_code_str(code)).toLower();
        if (props.contains(mqtt::property::REASON_STRING))
            reason += QStringLiteral(": ") +
                      QString::fromStdString(mqtt::get<std::string>(props, mqtt::property::REASON_STRING));
        if (reason.isEmpty())
            reason = QStringLiteral("reason code %1").arg(static_cast<int>(code));
        impl->onLost(MqttConnectionEvent::Kind::DisconnectedByBroker, reason, static_cast<int>(code));
    });
}

MqttSession::~MqttSession() {
    {
        std::lock_guard lock(m_impl->mutex);
        m_impl->closing = true;
    }
    m_impl->hasRoom.notify_all();
    try {
        disconnect();
    } catch (...) {
    }
    m_impl->stopReconnect();
}

// Reconnecting is done here rather than with Paho's automatic_reconnect: this loop knows the
// attempt number and the delay (reported as events), renews the subscriptions from a thread that
// may wait on tokens (Paho's callback thread may not), and stops promptly on disconnect().
mqtt::connect_options MqttSession::Impl::connectOptions() const {
    const MqttConnectOptions& o = *options;
    auto builder = mqtt::connect_options_builder();
    builder.keep_alive_interval(std::chrono::seconds(o.keepAliveSeconds))
        .connect_timeout(std::chrono::duration_cast<std::chrono::seconds>(o.connectTimeout).count() > 0
                             ? std::chrono::duration_cast<std::chrono::seconds>(o.connectTimeout)
                             : std::chrono::seconds(1))
        .automatic_reconnect(false);
    if (o.protocolVersion == 5)
        builder.mqtt_version(MQTTVERSION_5).clean_start(o.cleanStart);
    else
        builder.mqtt_version(MQTTVERSION_3_1_1).clean_session(o.cleanStart);
    QString user = o.username.isEmpty() ? o.url.username : o.username;
    if (!user.isEmpty())
        builder.user_name(user.toStdString());
    if (o.password)
        builder.password(o.password->toStdString());
    if (o.url.isTls()) {
        auto ssl = mqtt::ssl_options_builder();
        ssl.enable_server_cert_auth(!o.tls.insecure).verify(!o.tls.insecure);
        if (!o.tls.caFile.isEmpty())
            ssl.trust_store(o.tls.caFile.toStdString());
        if (!o.tls.certFile.isEmpty())
            ssl.key_store(o.tls.certFile.toStdString()).private_key(o.tls.keyFile.toStdString());
        // No ssl.error_handler: Paho C++ 1.2 hands the C library a pointer to the ssl_options inside
        // async_client::connect()'s by-value parameter, which is gone when the handshake fails on
        // Paho's thread; calling the handler read freed stack (AddressSanitizer:
        // stack-use-after-scope). A failure is diagnosed after the fact (tlsFailureDetail).
        builder.ssl(ssl.finalize());
    }
    mqtt::connect_options opts = builder.finalize();
    if (o.will) {
        const MqttMessage& w = *o.will;
        opts.set_will(mqtt::will_options(w.topic.toStdString(), w.payload.constData(),
                                         static_cast<size_t>(w.payload.size()), w.qos, w.retained,
                                         propertiesToPaho(w.properties)));
    }
    if (o.protocolVersion == 5 && o.sessionExpirySeconds) {
        mqtt::properties props;
        props.add(mqtt::property(mqtt::property::SESSION_EXPIRY_INTERVAL, static_cast<int>(*o.sessionExpirySeconds)));
        opts.set_properties(props);
    }
    return opts;
}

void MqttSession::connect() {
    m_impl->stopping = false; // a disconnect() before has ended the reconnect thread
    const bool sessionPresent = m_impl->connectOnce();
    {
        std::lock_guard lock(m_impl->mutex);
        m_impl->up = true;
        m_impl->lostReason.reset();
        MqttConnectionEvent e;
        e.kind = MqttConnectionEvent::Kind::Connected;
        e.sessionPresent = sessionPresent;
        m_impl->addEventLocked(std::move(e));
    }
    if (m_options.reconnect.enabled && !m_impl->reconnectThread.joinable()) {
        Impl* impl = m_impl.get();
        m_impl->reconnectThread = std::thread([impl] { impl->reconnectLoop(); });
    }
}

void MqttSession::Impl::reconnectLoop() {
    using K = MqttConnectionEvent::Kind;
    std::unique_lock lock(mutex);
    for (;;) {
        reconnectWake.wait(lock, [&] { return stopping || reconnectPending; });
        if (stopping)
            return;
        reconnectPending = false;
        auto delay = options->reconnect.minDelay;
        bool sessionPresent = false;
        for (int attempt = 1;; ++attempt) {
            MqttConnectionEvent next;
            next.kind = K::Reconnecting;
            next.attempt = attempt;
            next.delay = delay;
            addEventLocked(std::move(next));
            if (reconnectWake.wait_for(lock, delay, [&] { return stopping.load(); }))
                return;
            lock.unlock();
            QString failure;
            try {
                sessionPresent = connectOnce();
            } catch (const Error& e) {
                failure = e.message();
            }
            lock.lock();
            if (stopping)
                return;
            if (failure.isEmpty()) {
                up = true;
                MqttConnectionEvent done;
                done.kind = K::Reconnected;
                done.attempt = attempt;
                done.sessionPresent = sessionPresent;
                addEventLocked(std::move(done));
                break;
            }
            MqttConnectionEvent failed;
            failed.kind = K::ReconnectFailed;
            failed.attempt = attempt;
            failed.message = failure;
            addEventLocked(std::move(failed));
            delay = std::min(delay * 2, options->reconnect.maxDelay);
        }
        // Paho may have reported a drop before `up` was set again: look once more. Not under
        // `mutex`: Paho holds its own lock while it delivers a message, and push() takes `mutex`.
        lock.unlock();
        const bool connectedNow = client->is_connected();
        lock.lock();
        if (stopping)
            return;
        if (!connectedNow) {
            up = false;
            reconnectPending = true;
            continue;
        }
        // The broker kept a persistent session with its subscriptions: nothing to renew.
        if (sessionPresent || subscriptions.empty())
            continue;
        const std::vector<Subscription> subs = subscriptions;
        lock.unlock();
        QString failure;
        int filterCount = 0;
        try {
            for (const auto& sub : subs) {
                subscribeOnce(sub);
                filterCount += static_cast<int>(sub.filters.size());
            }
        } catch (const Error& e) {
            failure = e.message();
        }
        lock.lock();
        MqttConnectionEvent e;
        e.kind = failure.isEmpty() ? K::Resubscribed : K::ResubscribeFailed;
        e.message = failure.isEmpty() ? QStringLiteral("%1 topic filter(s)").arg(filterCount) : failure;
        addEventLocked(std::move(e));
    }
}

bool MqttSession::Impl::connectOnce() {
    const MqttConnectOptions& o = *options;
    const QString where = o.url.toString();
    mqtt::token_ptr tok;
    try {
        tok = client->connect(connectOptions());
        if (!waitFor(tok, o.connectTimeout + std::chrono::seconds(2))) {
            if (stopping || cancelled)
                throw Error(ErrorKind::Connection, QStringLiteral("stopped while connecting to %1").arg(where));
            throw Error(ErrorKind::Timeout,
                        QStringLiteral("no answer from %1 within %2 ms").arg(where).arg(o.connectTimeout.count()));
        }
        const mqtt::connect_response response = tok->get_connect_response();
        {
            std::lock_guard lock(publishMutex);
            receiveMaximum = response.get_properties().contains(mqtt::property::RECEIVE_MAXIMUM)
                                 ? mqtt::get<uint16_t>(response.get_properties(), mqtt::property::RECEIVE_MAXIMUM)
                                 : 0;
        }
        return response.is_session_present();
    } catch (const mqtt::exception& e) {
        // MQTT 5 refusals carry a reason code (on the token, not always on the exception);
        // MQTT 3.1.1 ones a CONNACK return code 1..5 in get_return_code().
        int reason = 0;
        if (o.protocolVersion == 5) {
            reason = e.get_reason_code();
            if (reason < 0x80 && tok)
                reason = tok->get_reason_code();
            if (reason == mqtt::MQTTPP_V3_CODE)
                reason = 0;
        }
        const int rc = e.get_return_code();
        if (reason >= 0x80) {
            throw Error(isAuthReason(reason) ? ErrorKind::Auth : ErrorKind::Broker,
                        QStringLiteral("%1 refused the connection: %2")
                            .arg(where, QString::fromStdString(mqtt::exception::reason_code_str(reason)).toLower()));
        }
        if (rc >= 1 && rc <= 5) {
            throw Error(rc == 4 || rc == 5 ? ErrorKind::Auth : ErrorKind::Broker,
                        QStringLiteral("%1 refused the connection: %2").arg(where, connackV3Reason(rc)));
        }
        if (o.protocolVersion == 5 && e.get_message().find("CONNACK") != std::string::npos)
            throw Error(ErrorKind::Broker, QStringLiteral("%1 refused the connection (MQTT 5; the client library does not "
                                                          "pass on the reason code): check user name, password and client id")
                                               .arg(where));
        QString detail = QString::fromStdString(e.get_message().empty() ? e.get_error_str() : e.get_message());
        if (detail.isEmpty())
            detail = QStringLiteral("connection failed");
        if (o.url.isTls())
            if (const QString tls = tlsFailureDetail(o); !tls.isEmpty())
                detail = tls;
        throw Error(ErrorKind::Connection, QStringLiteral("cannot connect to %1: %2").arg(where, detail));
    }
}

void MqttSession::cancel() {
    m_impl->cancelled = true;
}

bool MqttSession::isCancelled() const {
    return m_impl->cancelled;
}

void MqttSession::disconnect() {
    m_impl->stopReconnect();
    if (m_impl->client && m_impl->client->is_connected()) {
        try {
            m_impl->client->disconnect()->wait_for(std::chrono::seconds(2));
        } catch (const mqtt::exception&) {
        }
    }
}

bool MqttSession::isConnected() const {
    return m_impl->client && m_impl->client->is_connected();
}

void MqttSession::subscribe(const QStringList& filters, int qos, std::optional<int> subscriptionId,
                            bool retainAsPublished) {
    if (retainAsPublished && m_options.protocolVersion != 5)
        throw Error(ErrorKind::Usage, CoreTr::tr("retain as published needs an MQTT 5 connection"));
    if (subscriptionId) {
        if (m_options.protocolVersion != 5)
            throw Error(ErrorKind::Usage, CoreTr::tr("a subscription identifier needs an MQTT 5 connection"));
        if (*subscriptionId < 1 || *subscriptionId > 268435455)
            throw Error(ErrorKind::Usage, QStringLiteral("a subscription identifier must be 1..268435455"));
    }
    Impl::Subscription sub{filters, qos, subscriptionId, retainAsPublished};
    m_impl->subscribeOnce(sub);
    std::lock_guard lock(m_impl->mutex);
    m_impl->subscriptions.push_back(std::move(sub));
}

void MqttSession::Impl::subscribeOnce(const Subscription& sub) {
    const QStringList& filters = sub.filters;
    const int qos = sub.qos;
    if (filters.isEmpty())
        throw Error(ErrorKind::Usage, QStringLiteral("nothing to subscribe to: give at least one topic filter"));
    if (qos < 0 || qos > 2)
        throw Error(ErrorKind::Usage, QStringLiteral("QoS must be 0, 1 or 2"));
    checkTopicFilters(filters);
    auto topics = std::make_shared<mqtt::string_collection>();
    std::vector<int> qoss;
    for (const auto& f : filters) {
        topics->push_back(f.toStdString());
        qoss.push_back(qos);
    }
    try {
        mqtt::properties props;
        if (sub.subscriptionId)
            props.add(mqtt::property(mqtt::property::SUBSCRIPTION_IDENTIFIER, *sub.subscriptionId));
        const mqtt::subscribe_options subscribeOptions(false, sub.retainAsPublished);
        // Paho C reads the options of a one-filter subscribe from its single-filter field only.
        auto tok = topics->size() == 1
                       ? client->subscribe((*topics)[0], qos, subscribeOptions, props)
                       : client->subscribe(topics, qoss, std::vector<mqtt::subscribe_options>(topics->size(), subscribeOptions),
                                           props);
        if (!waitFor(tok, options->connectTimeout))
            throw Error(ErrorKind::Timeout, QStringLiteral("the broker did not acknowledge the subscription"));
        const auto codes = tok->get_subscribe_response().get_reason_codes();
        for (size_t i = 0; i < codes.size() && i < static_cast<size_t>(filters.size()); ++i)
            if (codes[i] >= 0x80)
                throw subscriptionRefused(filters.at(static_cast<qsizetype>(i)), codes[i]);
    } catch (const mqtt::exception& e) {
        // MQTT 3.1.1 with one filter: Paho reports a SUBACK of 0x80 as a failed request.
        if (e.get_return_code() == MQTT_BAD_SUBSCRIBE || e.get_reason_code() >= 0x80)
            throw subscriptionRefused(filters.join(QStringLiteral("', '")),
                                      e.get_reason_code() >= 0x80 ? e.get_reason_code() : 0x80);
        throw Error(ErrorKind::Broker, QStringLiteral("subscribe failed: %1").arg(QString::fromStdString(e.what())));
    }
}

void MqttSession::publish(const QString& topic, const QByteArray& payload, int qos, bool retain) {
    MqttMessage m;
    m.topic = topic;
    m.payload = payload;
    m.qos = qos;
    m.retained = retain;
    publish(m);
}

void MqttSession::publish(const MqttMessage& message) {
    const QString& topic = message.topic;
    const int qos = message.qos;
    checkPublishable(message);
    if (qos < 0 || qos > 2)
        throw Error(ErrorKind::Usage, QStringLiteral("QoS must be 0, 1 or 2"));
    try {
        if (!message.properties.isEmpty() && m_options.protocolVersion != 5)
            throw Error(ErrorKind::Usage, CoreTr::tr("MQTT 5 properties need an MQTT 5 connection"));
        auto msg = mqtt::make_message(topic.toStdString(), message.payload.constData(),
                                      static_cast<size_t>(message.payload.size()), qos, message.retained);
        if (!message.properties.isEmpty())
            msg->set_properties(propertiesToPaho(message.properties));
        auto tok = m_impl->client->publish(msg);
        if (!tok->wait_for(m_options.connectTimeout))
            throw Error(ErrorKind::Timeout, QStringLiteral("the broker did not acknowledge the publish to '%1'").arg(topic));
        if (tok->get_reason_code() >= 0x80)
            throw Error(ErrorKind::Auth, QStringLiteral("the broker refused the publish to '%1': %2")
                                             .arg(topic, QString::fromStdString(mqtt::exception::reason_code_str(
                                                             tok->get_reason_code()))
                                                             .toLower()));
    } catch (const mqtt::exception& e) {
        throw Error(ErrorKind::Broker, QStringLiteral("publish to '%1' failed: %2")
                                           .arg(topic, QString::fromStdString(e.what())));
    }
}

void MqttSession::setArrivalHandler(std::function<void(const MqttMessage&)> handler) {
    m_impl->arrivalHandler = std::move(handler);
}

MqttBatch MqttSession::takeBatch(std::size_t maxCount, std::chrono::milliseconds wait) {
    using Clock = std::chrono::steady_clock;
    Impl& d = *m_impl;
    MqttBatch batch;
    std::unique_lock lock(d.mutex);
    const bool streaming = Clock::now() - d.lastTake < std::chrono::milliseconds(5);
    if (d.queue.empty() && !d.lostReason) {
        d.consumerWaiting = true;
        d.ready.wait_for(lock, wait, [&] { return !d.queue.empty() || d.lostReason.has_value(); });
        d.consumerWaiting = false;
    }
    if (streaming && !d.queue.empty() && d.queue.size() < std::min<std::size_t>(maxCount, 4096) && !d.lostReason &&
        !d.producerWaiting) {
        lock.unlock();
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
        lock.lock();
    }
    const std::size_t n = std::min(maxCount, d.queue.size());
    std::vector<Impl::Received> taken;
    taken.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        taken.push_back(std::move(d.queue.front()));
        d.queue.pop_front();
    }
    if (n > 0)
        d.lastTake = Clock::now();
    const bool wake = n > 0 && d.producerWaiting;
    lock.unlock();
    if (wake)
        d.hasRoom.notify_all();
    batch.reserve(n);
    for (const auto& received : taken)
        batch.push_back(d.convert(received));
    return batch;
}

void MqttSession::publishAsync(const MqttMessage& message) {
    Impl& d = *m_impl;
    checkPublishable(message);
    if (message.qos < 0 || message.qos > 2)
        throw Error(ErrorKind::Usage, QStringLiteral("QoS must be 0, 1 or 2"));
    if (!message.properties.isEmpty() && m_options.protocolVersion != 5)
        throw Error(ErrorKind::Usage, CoreTr::tr("MQTT 5 properties need an MQTT 5 connection"));
    {
        std::unique_lock lock(d.publishMutex);
        if (!d.publishListener.impl)
            d.publishListener.impl = &d;
        const int window = d.windowFor(message.qos);
        if (!d.publishDoneCv.wait_for(lock, m_options.connectTimeout,
                                      [&] { return d.outstanding < window || !d.publishFailure.isEmpty(); }))
            throw Error(ErrorKind::Timeout, QStringLiteral("the broker stopped acknowledging publishes to '%1'")
                                                .arg(message.topic));
        if (!d.publishFailure.isEmpty())
            throw Error(ErrorKind::Broker, d.publishFailure);
        ++d.outstanding;
    }
    try {
        auto msg = mqtt::make_message(message.topic.toStdString(), message.payload.constData(),
                                      static_cast<size_t>(message.payload.size()), message.qos, message.retained);
        if (!message.properties.isEmpty())
            msg->set_properties(propertiesToPaho(message.properties));
        d.client->publish(msg, nullptr, d.publishListener);
    } catch (const mqtt::exception& e) {
        {
            std::lock_guard lock(d.publishMutex);
            --d.outstanding;
        }
        throw Error(ErrorKind::Broker, QStringLiteral("publish to '%1' failed: %2")
                                           .arg(message.topic, QString::fromStdString(e.what())));
    }
}

void MqttSession::publishTracked(const MqttMessage& message, std::function<void(bool delivered)> done) {
    Impl& d = *m_impl;
    checkPublishable(message);
    if (message.qos < 0 || message.qos > 2)
        throw Error(ErrorKind::Usage, QStringLiteral("QoS must be 0, 1 or 2"));
    if (!message.properties.isEmpty() && m_options.protocolVersion != 5)
        throw Error(ErrorKind::Usage, CoreTr::tr("MQTT 5 properties need an MQTT 5 connection"));
    auto* context = new std::function<void(bool)>(std::move(done));
    try {
        auto msg = mqtt::make_message(message.topic.toStdString(), message.payload.constData(),
                                      static_cast<size_t>(message.payload.size()), message.qos, message.retained);
        if (!message.properties.isEmpty())
            msg->set_properties(propertiesToPaho(message.properties));
        d.client->publish(msg, context, d.trackedListener);
    } catch (const mqtt::exception& e) {
        delete context;
        throw Error(ErrorKind::Connection, QStringLiteral("publish to '%1' failed: %2")
                                               .arg(message.topic, QString::fromStdString(e.what())));
    }
}

bool MqttSession::waitForPublishes(std::chrono::milliseconds timeout) {
    Impl& d = *m_impl;
    std::unique_lock lock(d.publishMutex);
    const bool done = d.publishDoneCv.wait_for(lock, timeout, [&] { return d.outstanding == 0; });
    if (!d.publishFailure.isEmpty())
        throw Error(ErrorKind::Broker, d.publishFailure);
    return done;
}

std::optional<QString> MqttSession::connectionLost() const {
    std::lock_guard lock(m_impl->mutex);
    return m_impl->lostReason;
}

std::vector<MqttConnectionEvent> MqttSession::takeEvents() {
    std::lock_guard lock(m_impl->mutex);
    std::vector<MqttConnectionEvent> out(std::make_move_iterator(m_impl->events.begin()),
                                         std::make_move_iterator(m_impl->events.end()));
    m_impl->events.clear();
    return out;
}

} // namespace mqkit

namespace mqkit {

QString MqttSession::clientLibraryVersion() {
    for (const MQTTAsync_nameValue* info = MQTTAsync_getVersionInfo(); info && info->name; ++info)
        if (qstrcmp(info->name, "Version") == 0)
            return QString::fromLatin1(info->value);
    return {};
}

} // namespace mqkit
