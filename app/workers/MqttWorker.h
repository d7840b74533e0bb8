#pragma once

#include "workers/MetaTypes.h"

#include <QObject>
#include <QStringList>

#include <memory>

class QTimer;

namespace mqkit {
class MessagePipeline;
}

// Owns an MqttSession inside its own thread. Connect, subscribe and the draining of incoming
// messages all happen there; the GUI receives at most one batch per tick (kTickMs), never one
// signal per message. The session reconnects on its own (MqttReconnectOptions); its connection
// events reach the GUI as one line of text each (connectionEvent), taken on the same tick.
class MqttWorker : public QObject {
    Q_OBJECT
public:
    static constexpr int kTickMs = 50;
    static constexpr std::size_t kMaxBatch = 20000;

    MqttWorker();
    ~MqttWorker() override;

public slots:
    void start(const mqkit::MqttConnectOptions& options, const QStringList& filters);
    void stop();

signals:
    void connected(const QString& url);
    void failed(const QString& message);
    void batchReady(const MqttBatchPtr& batch);
    // "connection lost: ...", "reconnecting in 2 s (attempt 3)", "reconnected ..." (url, text, up)
    void connectionEvent(const QString& url, const QString& text, bool connected);

private:
    class Sink; // hands the pipeline's batches and events on as the signals above
    void drain();

    std::unique_ptr<mqkit::MqttSession> m_session;
    std::unique_ptr<Sink> m_sink;
    std::unique_ptr<mqkit::MessagePipeline> m_pipeline; // the session's one drain loop, one turn per tick
    QTimer* m_timer = nullptr;
};
