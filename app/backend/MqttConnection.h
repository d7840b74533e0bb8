#pragma once

#include "backend/BackendTypes.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QThread>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

class MqttSessionWorker;

// What a running MQTT task (MqttConnection::runTask) sees of the GUI: whether the user cancelled
// it, and a way to report progress (thread-safe; the view receives it through taskProgress,
// throttled by the task itself: report at most a few times a second).
class MqttTaskControl {
public:
    bool cancelled() const { return m_cancelled.load(); }
    void cancel() { m_cancelled.store(true); }
    std::function<void(qint64 done, qint64 total)> progress; // total < 0: unknown

private:
    std::atomic<bool> m_cancelled{false};
};
using MqttTaskControlPtr = std::shared_ptr<MqttTaskControl>;

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
    bool isOpen() const { return m_open; }
    const mqkit::MqttConnectOptions& options() const { return m_options; } // of the open broker
    const QStringList& filters() const { return m_filters; }                 // the live subscription's

    // One-off work beside the live subscription (publish, clear retained, record, replay): `work`
    // runs on a pool thread with a session of its own, connected with this broker's options and
    // its own client id, and disconnected after. Its result reaches `onResult` in this object's
    // thread through `context` (not once the context is gone); a failure (mqkit::Error) reaches
    // taskFailed. Returns the control to cancel it with; its progress reaches taskProgress.
    template <typename Result>
    MqttTaskControlPtr runTask(const QString& what, std::function<Result(mqkit::MqttSession&, MqttTaskControl&)> work,
                               QObject* context, std::function<void(const Result&)> onResult) {
        auto control = std::make_shared<MqttTaskControl>();
        QPointer<QObject> guard(context);
        startTask(what, control, [work = std::move(work), guard, onResult = std::move(onResult)](mqkit::MqttSession& s, MqttTaskControl& c) {
            auto result = std::make_shared<const Result>(work(s, c));
            return std::function<void()>([guard, onResult, result] {
                if (guard)
                    onResult(*result);
            });
        });
        return control;
    }

signals:
    void opened(const QString& url); // a new generation: what was shown came from the previous one
    void connected(const QString& url);
    void failed(const QString& message);
    void batchReady(const MqttBatchPtr& batch);
    // "connection lost: ...", "reconnecting in 2 s (attempt 3)", "reconnected ..." (url, text, up)
    void connectionEvent(const QString& url, const QString& text, bool connected);
    void taskStarted(const MqttTaskControlPtr& task, const QString& what);
    void taskProgress(const MqttTaskControlPtr& task, qint64 done, qint64 total);
    void taskFinished(const MqttTaskControlPtr& task);
    void taskFailed(const MqttTaskControlPtr& task, const QString& message);

private:
    using TaskJob = std::function<std::function<void()>(mqkit::MqttSession&, MqttTaskControl&)>;
    bool isCurrent(quint64 generation) const { return generation == m_generation; }
    void startTask(const QString& what, const MqttTaskControlPtr& control, TaskJob job);

    QThread m_thread;
    MqttSessionWorker* m_worker;
    quint64 m_generation = 0;
    bool m_open = false;
    mqkit::MqttConnectOptions m_options;
    QStringList m_filters;
    QThreadPool m_tasks;
    std::vector<std::weak_ptr<MqttTaskControl>> m_running; // cancelled by the destructor
};
Q_DECLARE_METATYPE(MqttTaskControlPtr)
