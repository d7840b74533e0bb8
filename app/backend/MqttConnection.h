#pragma once

#include "backend/BackendTypes.h"

#include <QObject>
#include <QStringList>
#include <QThread>

class MqttSessionWorker;

// One long-lived connection to an MQTT broker for the GUI: owns its I/O thread and the one
// MqttSession in it (MqttSessionWorker). Lives in the GUI thread. open() replaces the broker:
// it starts a new generation, and whatever the previous broker's session had already sent on
// its way (batches, events, failures) is dropped on arrival, so it never shows under the new one.
// Messages arrive in batches (at most one per MqttSessionWorker::kTickMs).
class MqttConnection : public QObject {
    Q_OBJECT
public:
    explicit MqttConnection(QObject* parent = nullptr);
    ~MqttConnection() override; // stops the session and joins the thread

    void open(const mqkit::MqttConnectOptions& options, const QStringList& filters);
    void close();
    quint64 generation() const { return m_generation; }

signals:
    void opened(const QString& url); // a new generation: what was shown came from the previous one
    void connected(const QString& url);
    void failed(const QString& message);
    void batchReady(const MqttBatchPtr& batch);
    // "connection lost: ...", "reconnecting in 2 s (attempt 3)", "reconnected ..." (url, text, up)
    void connectionEvent(const QString& url, const QString& text, bool connected);

private:
    bool isCurrent(quint64 generation) const { return generation == m_generation; }

    QThread m_thread;
    MqttSessionWorker* m_worker;
    quint64 m_generation = 0;
};
