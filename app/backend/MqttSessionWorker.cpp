#include "backend/MqttSessionWorker.h"

#include "common/Error.h"
#include "mqtt/MessagePipeline.h"

#include <QTimer>

// Turns what the pipeline hands over into the worker's signals, tagged with the generation.
class MqttSessionWorker::SignalSink : public mqkit::MessageSink {
public:
    SignalSink(MqttSessionWorker& worker, QString url) : m_worker(worker), m_url(std::move(url)) {}

    void onBatch(const mqkit::MqttBatch& batch) override {
        // Messages share their topic and payload data (implicit sharing): the copy is cheap.
        emit m_worker.batchReady(m_worker.m_generation, std::make_shared<mqkit::MqttBatch>(batch));
    }
    void onEvent(const mqkit::MqttConnectionEvent& e) override {
        using Kind = mqkit::MqttConnectionEvent::Kind;
        const bool up = e.kind == Kind::Connected || e.kind == Kind::Reconnected || e.kind == Kind::Resubscribed;
        emit m_worker.connectionEvent(m_worker.m_generation, m_url, e.describe(), up);
    }

private:
    MqttSessionWorker& m_worker;
    QString m_url;
};

MqttSessionWorker::MqttSessionWorker() = default;

MqttSessionWorker::~MqttSessionWorker() = default;

void MqttSessionWorker::start(quint64 generation, const mqkit::MqttConnectOptions& options, const QStringList& filters) {
    stop();
    m_generation = generation;
    mqkit::MqttConnectOptions withReconnect = options;
    withReconnect.reconnect.enabled = true; // a desktop view stays up through broker restarts
    try {
        m_session = std::make_unique<mqkit::MqttSession>(withReconnect);
        m_session->connect();
        subscribeLive(filters);
        m_session->takeEvents(); // "connected" is reported below
    } catch (const mqkit::Error& e) {
        m_session.reset();
        emit failed(generation, e.message());
        return;
    }
    m_sink = std::make_unique<SignalSink>(*this, options.url.toString());
    m_pipeline = std::make_unique<mqkit::MessagePipeline>(*m_session, mqkit::PipelineBatching{kMaxBatch});
    m_pipeline->addSink(*m_sink);
    if (!m_timer) {
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, &MqttSessionWorker::drain);
    }
    m_timer->start(kTickMs);
    emit connected(generation, options.url.toString());
}

// On MQTT 5 the tree's subscriptions keep the retain flag as published, so a retained message
// published while the view is open is known as retained; MQTT 3.1.1 cannot ask for that.
void MqttSessionWorker::subscribeLive(const QStringList& filters) {
    const bool mqtt5 = m_session->options().protocolVersion == 5;
    m_session->subscribe(filters, 0, std::nullopt, mqtt5);
}

void MqttSessionWorker::stop() {
    if (m_timer)
        m_timer->stop();
    m_pipeline.reset();
    m_sink.reset();
    m_session.reset();
}

void MqttSessionWorker::subscribe(quint64 generation, const QStringList& filters) {
    if (generation != m_generation || !m_session) {
        emit subscribeFailed(generation, filters, tr("not connected"));
        return;
    }
    try {
        subscribeLive(filters);
    } catch (const mqkit::Error& e) {
        emit subscribeFailed(generation, filters, e.message());
        return;
    }
    emit subscribed(generation, filters);
}

void MqttSessionWorker::drain() {
    if (!m_pipeline)
        return;
    if (auto lost = m_pipeline->turn(std::chrono::milliseconds(0))) {
        emit failed(m_generation, tr("Connection to %1 lost: %2").arg(m_session->options().url.toString(), *lost));
        stop();
    }
}
