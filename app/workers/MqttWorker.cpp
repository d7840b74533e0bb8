#include "workers/MqttWorker.h"

#include "common/Error.h"

#include <QTimer>

MqttWorker::MqttWorker() {
    qRegisterMetaType<MqttBatchPtr>();
    qRegisterMetaType<mqkit::MqttConnectOptions>();
}

MqttWorker::~MqttWorker() = default;

void MqttWorker::start(const mqkit::MqttConnectOptions& options, const QStringList& filters) {
    stop();
    mqkit::MqttConnectOptions withReconnect = options;
    withReconnect.reconnect.enabled = true; // a desktop view stays up through broker restarts
    try {
        m_session = std::make_unique<mqkit::MqttSession>(withReconnect);
        m_session->connect();
        m_session->subscribe(filters, 0);
        m_session->takeEvents(); // "connected" is reported below
    } catch (const mqkit::Error& e) {
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
    m_session.reset();
}

void MqttWorker::drain() {
    if (!m_session)
        return;
    auto batch = std::make_shared<mqkit::MqttBatch>(m_session->takeBatch(kMaxBatch, std::chrono::milliseconds(0)));
    if (!batch->empty())
        emit batchReady(batch);
    using Kind = mqkit::MqttConnectionEvent::Kind;
    for (const auto& e : m_session->takeEvents()) {
        const bool up = e.kind == Kind::Connected || e.kind == Kind::Reconnected || e.kind == Kind::Resubscribed;
        emit connectionEvent(m_session->options().url.toString(), e.describe(), up);
    }
    if (auto lost = m_session->connectionLost()) {
        m_timer->stop();
        emit failed(tr("Connection to %1 lost: %2").arg(m_session->options().url.toString(), *lost));
        m_session.reset();
    }
}
