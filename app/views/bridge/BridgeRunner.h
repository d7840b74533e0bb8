#pragma once

#include "bridge/Bridge.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

class QThread;

// Runs one core mqkit::Bridge on a thread of its own, never the GUI thread: the bridge opens its
// own MQTT session (fixed client id, persistent session) and its own Kafka producer, as
// `mqkit bridge` does. Lives in the GUI thread; every signal is emitted there.
class BridgeRunner : public QObject {
    Q_OBJECT
public:
    explicit BridgeRunner(QObject* parent = nullptr);
    // Requests a stop and waits for the bridge (it lets records in flight be acknowledged, bounded
    // by BridgeOptions::drainOnStop; the rest stays in the spool for the next start).
    ~BridgeRunner() override;

    bool isRunning() const { return m_thread != nullptr; }
    bool isStopping() const { return m_thread != nullptr && m_stop && m_stop->load(); }
    // Builds the bridge (routes, spool file) and runs it; failures arrive as stopped(error).
    // Throws Error(Usage) at once when another runner of this process uses the same spool file
    // (two bridges on one spool would produce each other's records).
    void start(mqkit::BridgeOptions options);
    // Asks the bridge to stop; returns at once, stopped() follows.
    void requestStop();

signals:
    void started(const QStringList& subscriptions);       // the bridge was built and is connecting
    void statusChanged(const mqkit::BridgeStatus& status); // about once a second, and once at the end
    void stopped(const QString& error);                    // error empty: stopped as asked

private:
    void finish(const QString& error);
    void releaseSpool();

    QThread* m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_stop;
    QString m_spool; // absolute path, while running
};
