#include "workers/MqttWorker.h"

#include "common/Error.h"
#include "mqtt/MessagePipeline.h"

#include <QTimer>

MqttWorker::MqttWorker() {
    qRegisterMetaType<MqttBatchPtr>();
    qRegisterMetaType<mqkit::MqttConnectOptions>();
}

class MqttWorker::Sink : public mqkit::MessageSink {
public:
    explicit Sink(MqttWorker& worker) : m_worker(worker) {}
    void onBatch(const mqkit::MqttBatch& batch) override {
        emit m_worker.batchReady(std::make_shared<mqkit::MqttBatch>(batch));
    }
    void onEvent(const mqkit::MqttConnectionEvent& e) override {
        using Kind = mqkit::MqttConnectionEvent::Kind;
        if (e.kind == Kind::Connected)
            return; // reported by connected()
        const bool up = e.kind == Kind::Reconnected || e.kind == Kind::Resubscribed;
        emit m_worker.connectionEvent(m_worker.m_session->options().url.toString(), e.describe(), up);
    }

private:
    MqttWorker& m_worker;
};

MqttWorker::~MqttWorker() {
    stop();
}

void MqttWorker::start(const mqkit::MqttConnectOptions& options, const QStringList& filters) {
    stop();
    mqkit::MqttConnectOptions withReconnect = options;
    withReconnect.reconnect.enabled = true; // a desktop view stays up through broker restarts
    try {
        m_session = std::make_unique<mqkit::MqttSession>(withReconnect);
        m_session->connect();
        m_session->subscribe(filters, 0);
        m_sink = std::make_unique<Sink>(*this);
        mqkit::PipelineBatching batching;
        batching.maxBatch = kMaxBatch;
        m_pipeline = std::make_unique<mqkit::MessagePipeline>(*m_session, batching);
        m_pipeline->addSink(*m_sink);
    } catch (const mqkit::Error& e) {
        m_pipeline.reset();
        m_sink.reset();
        m_session.reset();
        emit failed(e.message());
        return;
    }
    if (!m_timer) {
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, &MqttWorker::drain);
    }
    m_timer->start(kTickMs);
    emit connected(options.url.toString());
}

void MqttWorker::stop() {
    if (m_timer)
        m_timer->stop();
    m_pipeline.reset();
    m_sink.reset();
    m_session.reset();
}

void MqttWorker::drain() {
    if (!m_pipeline)
        return;
    if (auto lost = m_pipeline->turn(std::chrono::milliseconds(0))) {
        m_timer->stop();
        emit failed(tr("Connection to %1 lost: %2").arg(m_session->options().url.toString(), *lost));
        stop();
    }
}
