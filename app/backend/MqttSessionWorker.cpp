#include "backend/MqttSessionWorker.h"

#include "common/Error.h"

#include <QTimer>

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
        m_session->subscribe(filters, 0);
        m_session->takeEvents(); // "connected" is reported below
    } catch (const mqkit::Error& e) {
        m_session.reset();
        emit failed(generation, e.message());
        return;
    }
    if (!m_timer) {
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, &MqttSessionWorker::drain);
    }
    m_timer->start(kTickMs);
    emit connected(generation, options.url.toString());
}

void MqttSessionWorker::stop() {
    if (m_timer)
        m_timer->stop();
    m_session.reset();
}

void MqttSessionWorker::drain() {
    if (!m_session)
        return;
    auto batch = std::make_shared<mqkit::MqttBatch>(m_session->takeBatch(kMaxBatch, std::chrono::milliseconds(0)));
    if (!batch->empty())
        emit batchReady(m_generation, batch);
    using Kind = mqkit::MqttConnectionEvent::Kind;
    for (const auto& e : m_session->takeEvents()) {
        const bool up = e.kind == Kind::Connected || e.kind == Kind::Reconnected || e.kind == Kind::Resubscribed;
        emit connectionEvent(m_generation, m_session->options().url.toString(), e.describe(), up);
    }
    if (auto lost = m_session->connectionLost()) {
        m_timer->stop();
        emit failed(m_generation, tr("Connection to %1 lost: %2").arg(m_session->options().url.toString(), *lost));
        m_session.reset();
    }
}
