#include "sim/DeviceFleet.h"

#include "common/CoreTr.h"
#include "common/Error.h"
#include "common/JsonWriter.h"
#include "mqtt/LoadPublishers.h"

#include <QRandomGenerator>
#include <QStringList>

#include <algorithm>
#include <random>

namespace mqkit {

namespace {

using Clock = std::chrono::steady_clock;

[[noreturn]] void bad(const QString& what) {
    throw Error(ErrorKind::Usage, what);
}

std::int64_t epochMs() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

QString newBootId() {
    return QStringLiteral("%1").arg(QRandomGenerator::global()->generate64() & 0xffffffffffffULL, 12, 16, QLatin1Char('0'));
}

void checkTemplate(const QString& what, const QString& text) {
    if (text.isEmpty() || text.contains(QLatin1Char('+')) || text.contains(QLatin1Char('#')))
        bad(CoreTr::tr("the %1 template '%2' must be a topic name (no wildcards)").arg(what, text));
    bool device = false;
    for (const QString& level : text.split(QLatin1Char('/'))) {
        if (level == QLatin1String("{deviceId}"))
            device = true;
        else if (level != QLatin1String("{tenant}") && (level.contains(QLatin1Char('{')) || level.contains(QLatin1Char('}'))))
            bad(CoreTr::tr("the %1 template '%2': level '%3' may only be {tenant} or {deviceId}, as a whole level")
                    .arg(what, text, level));
    }
    if (!device)
        bad(CoreTr::tr("the %1 template '%2' needs a {deviceId} level, as in t/{tenant}/d/{deviceId}/telemetry").arg(what, text));
}

} // namespace

void DeviceFleetOptions::validate() const {
    connection.validate();
    if (devices < 1 || devices > 1000000)
        bad(CoreTr::tr("the number of devices must be 1..1000000"));
    if (connections < 0 || connections > std::min(devices, 1000))
        bad(CoreTr::tr("the number of connections must be 1..%1 (at most one per device)").arg(std::min(devices, 1000)));
    if (tenants < 1 || tenants > devices)
        bad(CoreTr::tr("the number of tenants must be 1..%1 (the number of devices)").arg(devices));
    if (qos < 0 || qos > 2)
        bad(CoreTr::tr("QoS must be 0, 1 or 2"));
    if (rate < 0 || count < 0)
        bad(CoreTr::tr("the rate and the count must not be negative"));
    if (count == 0 && duration.count() <= 0)
        bad(CoreTr::tr("give a message count or a duration"));
    if (payloadSize < 0 || payloadSize > 256 * 1024 * 1024)
        bad(CoreTr::tr("the payload size must be 0..268435456 bytes"));
    if (!(rebootRate >= 0 && rebootRate <= 1))
        bad(CoreTr::tr("the reboot rate is a probability per message, 0..1"));
    checkTemplate(CoreTr::tr("topic"), topic);
    checkTemplate(CoreTr::tr("status topic"), effectiveStatusTopic());
    if (effectiveStatusTopic() == topic)
        bad(CoreTr::tr("the status topic must differ from the telemetry topic"));
}

QString DeviceFleetOptions::effectiveStatusTopic() const {
    if (!statusTopic.isEmpty())
        return statusTopic;
    QStringList levels = topic.split(QLatin1Char('/'));
    if (levels.last().contains(QLatin1Char('{')))
        levels.append(QStringLiteral("status"));
    else
        levels.last() = QStringLiteral("status");
    return levels.join(QLatin1Char('/'));
}

int DeviceFleetOptions::effectiveConnections() const {
    return connections > 0 ? connections : std::min(devices, 10);
}

QString fleetTopic(const QString& topicTemplate, const QString& tenant, const QString& deviceId) {
    QString t = topicTemplate;
    return t.replace(QLatin1String("{tenant}"), tenant).replace(QLatin1String("{deviceId}"), deviceId);
}

QByteArray fleetTelemetryPayload(const QString& deviceId, const QString& bootId, std::int64_t seq, std::int64_t sentAtMs,
                                 const QString& tenant, double value, int size) {
    QByteArray out;
    out.reserve(std::max(size, 128));
    JsonWriter w(out);
    w.beginObject()
        .field("deviceId", deviceId)
        .field("bootId", bootId)
        .field("seq", seq)
        .field("sentAt", sentAtMs)
        .field("tenant", tenant)
        .field("value", value);
    constexpr int kPadOverhead = 9; // ,"pad":""
    const qsizetype padding = size - (out.size() + 1 + kPadOverhead);
    if (padding >= 0)
        w.field("pad", std::string(static_cast<std::size_t>(padding), 'x'));
    w.endObject();
    return out;
}

namespace {

struct SimDevice {
    QString id;
    QString tenant;
    QString topic;
    QString statusTopic;
    std::vector<FleetBoot> boots;
    bool rebootPending = false;
};

// The devices one connection carries, used only by that connection's publishing thread.
struct FleetConnection {
    QString clientId;
    QString willTopic;
    std::vector<int> devices;
    std::mt19937_64 random{QRandomGenerator::global()->generate64()};
    std::int64_t reboots = 0;
};

QByteArray statusPayload(const SimDevice& d, const QString& state, const FleetConnection& c) {
    QByteArray out;
    JsonWriter w(out);
    w.beginObject().field("deviceId", d.id).field("state", state);
    if (!d.boots.empty() && state == QLatin1String("online"))
        w.field("bootId", d.boots.back().bootId);
    w.field("connection", c.clientId).field("will", c.willTopic).field("at", epochMs()).endObject();
    return out;
}

} // namespace

struct DeviceFleet::Impl {
    DeviceFleetOptions options;
    std::vector<SimDevice> devices;
    std::vector<FleetConnection> connections;

    void build();
    std::vector<MqttConnectOptions> connectOptions() const;
    void publishStatuses(LoadPublishers& publishers, const QString& state);
    void nextMessage(LoadPublishers& publishers, int connection, std::int64_t n, MqttMessage& m);
    FleetSummary summary() const;
};

void DeviceFleet::Impl::build() {
    const int width = static_cast<int>(QString::number(options.devices - 1).size());
    const QString statusTemplate = options.effectiveStatusTopic();
    for (int i = 0; i < options.devices; ++i) {
        SimDevice d;
        d.id = QStringLiteral("dev%1").arg(i, width, 10, QLatin1Char('0'));
        d.tenant = QStringLiteral("tenant%1").arg(i % options.tenants + 1);
        d.topic = fleetTopic(options.topic, d.tenant, d.id);
        d.statusTopic = fleetTopic(statusTemplate, d.tenant, d.id);
        d.boots.push_back(FleetBoot{newBootId(), 1, 0, 0});
        devices.push_back(std::move(d));
    }
    const int k = options.effectiveConnections();
    const QString base = options.connection.clientId.isEmpty()
                             ? QStringLiteral("mqkit-sim-%1").arg(QRandomGenerator::global()->generate() & 0xffffff, 6, 16, QLatin1Char('0'))
                             : options.connection.clientId;
    connections.resize(static_cast<std::size_t>(k));
    for (int c = 0; c < k; ++c) {
        FleetConnection& conn = connections[static_cast<std::size_t>(c)];
        conn.clientId = QStringLiteral("%1-c%2").arg(base).arg(c);
        for (int i = c; i < options.devices; i += k)
            conn.devices.push_back(i);
        // One will per connection: the device's own status when it has the connection to itself.
        conn.willTopic = conn.devices.size() == 1 ? devices[static_cast<std::size_t>(conn.devices.front())].statusTopic
                                                  : QStringLiteral("mqkit/sim/%1/status").arg(conn.clientId);
    }
}

std::vector<MqttConnectOptions> DeviceFleet::Impl::connectOptions() const {
    std::vector<MqttConnectOptions> out;
    for (const FleetConnection& c : connections) {
        MqttConnectOptions o = options.connection;
        o.clientId = c.clientId;
        MqttMessage will;
        will.topic = c.willTopic;
        will.qos = 1;
        will.retained = true;
        will.payload = QStringLiteral("{\"state\":\"offline\",\"connection\":\"%1\"}").arg(c.clientId).toUtf8();
        o.will = will;
        out.push_back(std::move(o));
    }
    return out;
}

void DeviceFleet::Impl::publishStatuses(LoadPublishers& publishers, const QString& state) {
    for (std::size_t c = 0; c < connections.size(); ++c) {
        const FleetConnection& conn = connections[c];
        MqttSession& session = publishers.session(static_cast<int>(c));
        MqttMessage m;
        m.qos = 1;
        m.retained = true;
        if (conn.devices.size() > 1) {
            m.topic = conn.willTopic;
            m.payload = QStringLiteral("{\"state\":\"%1\",\"connection\":\"%2\"}").arg(state, conn.clientId).toUtf8();
            session.publishAsync(m);
        }
        for (int i : conn.devices) {
            const SimDevice& d = devices[static_cast<std::size_t>(i)];
            m.topic = d.statusTopic;
            m.payload = statusPayload(d, state, conn);
            session.publishAsync(m);
        }
    }
    for (int c = 0; c < publishers.size(); ++c)
        publishers.session(c).waitForPublishes(std::chrono::seconds(10));
}

void DeviceFleet::Impl::nextMessage(LoadPublishers& publishers, int connection, std::int64_t n, MqttMessage& m) {
    FleetConnection& conn = connections[static_cast<std::size_t>(connection)];
    SimDevice& d = devices[static_cast<std::size_t>(conn.devices[static_cast<std::size_t>(n % static_cast<std::int64_t>(conn.devices.size()))])];
    if (d.rebootPending) {
        d.rebootPending = false;
        d.boots.push_back(FleetBoot{newBootId(), 1, 0, 0});
        ++conn.reboots;
        MqttMessage status;
        status.topic = d.statusTopic;
        status.qos = 1;
        status.retained = true;
        status.payload = statusPayload(d, QStringLiteral("online"), conn);
        publishers.session(connection).publishAsync(status);
    }
    FleetBoot& boot = d.boots.back();
    const std::int64_t seq = boot.lastSeq + 1;
    const double value = std::uniform_real_distribution<double>(15.0, 25.0)(conn.random);
    m.topic = d.topic;
    m.qos = options.qos;
    m.payload = fleetTelemetryPayload(d.id, boot.bootId, seq, epochMs(), d.tenant, std::round(value * 100) / 100,
                                      options.payloadSize);
    boot.lastSeq = seq;
    ++boot.count;
    if (options.rebootRate > 0 && std::bernoulli_distribution(options.rebootRate)(conn.random))
        d.rebootPending = true;
}

FleetSummary DeviceFleet::Impl::summary() const {
    FleetSummary s;
    s.topicTemplate = options.topic;
    s.qos = options.qos;
    for (const SimDevice& d : devices) {
        FleetDevice out{d.id, d.tenant, d.topic, {}};
        for (const FleetBoot& b : d.boots) {
            if (b.count > 0 || d.boots.size() == 1)
                out.boots.push_back(b);
            s.sent += b.count;
        }
        s.devices.push_back(std::move(out));
    }
    return s;
}

DeviceFleet::DeviceFleet(DeviceFleetOptions options) : m_impl(std::make_unique<Impl>()) {
    options.validate();
    m_impl->options = std::move(options);
}

DeviceFleet::~DeviceFleet() = default;

DeviceFleetResult DeviceFleet::run(const std::function<bool()>& stopRequested) {
    Impl& s = *m_impl;
    s.build();
    LoadPublishers publishers(s.connectOptions());
    publishers.connect();
    s.publishStatuses(publishers, QStringLiteral("online"));

    std::vector<LoadPublisherPlan> plans;
    for (const FleetConnection& c : s.connections) {
        const auto n = static_cast<std::int64_t>(c.devices.size());
        plans.push_back(LoadPublisherPlan{s.options.count * n, s.options.rate * static_cast<double>(n)});
    }
    LoadRunLimits limits;
    limits.duration = s.options.duration;
    limits.acknowledgeAfterStop = std::chrono::seconds(5);
    const std::int64_t startedAt = epochMs();
    const auto start = Clock::now();
    const LoadRunResult run = publishers.run(
        plans, limits, [&](int c, std::int64_t n, MqttMessage& m) { s.nextMessage(publishers, c, n, m); }, stopRequested);
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    s.publishStatuses(publishers, QStringLiteral("offline"));
    publishers.disconnect();

    DeviceFleetResult r;
    r.summary = s.summary();
    r.summary.startedAtMs = startedAt;
    r.summary.endedAtMs = epochMs();
    r.summary.acknowledged = run.acknowledged;
    r.summary.interrupted = run.stopped;
    for (const FleetConnection& c : s.connections)
        r.reboots += c.reboots;
    r.seconds = seconds;
    r.rate = seconds > 0 ? static_cast<double>(r.summary.sent) / seconds : 0;
    r.statusTopicExample = s.devices.front().statusTopic;
    r.willTopicExample = s.connections.front().willTopic;
    return r;
}

} // namespace mqkit
