#pragma once

#include "backend/BackendTypes.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace mqkit {
class MessagePipeline;
}
class QTimer;

// MqttConnection's half inside its I/O thread: owns the one MqttSession. Connect, subscribe and
// the draining of incoming messages all happen here, through core's MessagePipeline (the GUI is
// one more sink of the one drain loop); the GUI receives at most one batch per tick (kTickMs),
// never one signal per message. The session reconnects on its own
// (MqttReconnectOptions); its connection events are taken on the same tick. Every signal carries
// the generation of the start() it belongs to, so MqttConnection can drop a previous broker's.
class MqttSessionWorker : public QObject {
    Q_OBJECT
public:
    static constexpr int kTickMs = 50;
    static constexpr std::size_t kMaxBatch = 20000;

    MqttSessionWorker();
    ~MqttSessionWorker() override;

public slots:
    void start(quint64 generation, const mqkit::MqttConnectOptions& options, const QStringList& filters);
    void stop();
    // More filters on the running session (remembered by it and renewed after a reconnect).
    void subscribe(quint64 generation, const QStringList& filters);

signals:
    void subscribed(quint64 generation, const QStringList& filters);
    void subscribeFailed(quint64 generation, const QStringList& filters, const QString& message);
    void connected(quint64 generation, const QString& url);
    void failed(quint64 generation, const QString& message);
    void batchReady(quint64 generation, const MqttBatchPtr& batch);
    // "connection lost: ...", "reconnecting in 2 s (attempt 3)", "reconnected ..." (url, text, up)
    void connectionEvent(quint64 generation, const QString& url, const QString& text, bool connected);

private:
    class SignalSink;
    // One pipeline turn per tick: the one place messages and connection events leave the session.
    void drain();
    void subscribeLive(const QStringList& filters); // retain as published on MQTT 5

    std::unique_ptr<mqkit::MqttSession> m_session;
    std::unique_ptr<SignalSink> m_sink;
    std::unique_ptr<mqkit::MessagePipeline> m_pipeline;
    quint64 m_generation = 0;
    QTimer* m_timer = nullptr;
};
