#include "backend/MqttConnection.h"

#include "backend/MqttSessionWorker.h"
#include "common/Error.h"

#include <QUuid>

MqttConnection::MqttConnection(QObject* parent) : QObject(parent), m_worker(new MqttSessionWorker) {
    qRegisterMetaType<MqttBatchPtr>();
    qRegisterMetaType<mqkit::MqttConnectOptions>();
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &MqttSessionWorker::connected, this, [this](quint64 generation, const QString& url) {
        if (isCurrent(generation))
            emit connected(url);
    });
    connect(m_worker, &MqttSessionWorker::failed, this, [this](quint64 generation, const QString& message) {
        if (isCurrent(generation))
            emit failed(message);
    });
    connect(m_worker, &MqttSessionWorker::batchReady, this, [this](quint64 generation, const MqttBatchPtr& batch) {
        if (isCurrent(generation))
            emit batchReady(batch);
    });
    connect(m_worker, &MqttSessionWorker::connectionEvent, this,
            [this](quint64 generation, const QString& url, const QString& text, bool up) {
                if (isCurrent(generation))
                    emit connectionEvent(url, text, up);
            });
    m_thread.setObjectName(QStringLiteral("mqtt-io"));
    m_thread.start();
    m_tasks.setObjectName(QStringLiteral("mqtt-tasks"));
    m_tasks.setMaxThreadCount(4);
}

// Running tasks are cancelled and waited for (each is bounded by its session's timeouts).
MqttConnection::~MqttConnection() {
    m_tasks.clear();
    for (const auto& task : m_running)
        if (auto control = task.lock())
            control->cancel();
    m_tasks.waitForDone();
    QMetaObject::invokeMethod(m_worker, &MqttSessionWorker::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void MqttConnection::open(const mqkit::MqttConnectOptions& options, const QStringList& filters) {
    const quint64 generation = ++m_generation;
    m_open = true;
    m_options = options;
    m_filters = filters;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, generation, options, filters] {
        worker->start(generation, options, filters);
    });
    emit opened(options.url.toString());
}

void MqttConnection::close() {
    ++m_generation;
    m_open = false;
    QMetaObject::invokeMethod(m_worker, &MqttSessionWorker::stop);
}

void MqttConnection::startTask(const QString& what, const MqttTaskControlPtr& control, TaskJob job) {
    if (!m_open) {
        QMetaObject::invokeMethod(
            this, [this, control] { emit taskFailed(control, tr("connect to an MQTT broker first")); }, Qt::QueuedConnection);
        return;
    }
    QPointer<MqttConnection> self(this);
    control->progress = [self, control](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(
            self, [self, control, done, total] { emit self->taskProgress(control, done, total); }, Qt::QueuedConnection);
    };
    mqkit::MqttConnectOptions options = m_options;
    options.clientId = QStringLiteral("mqkit-gui-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    options.cleanStart = true;
    options.sessionExpirySeconds.reset();
    options.will.reset();
    std::erase_if(m_running, [](const auto& task) { return task.expired(); });
    m_running.push_back(control);
    emit taskStarted(control, what);
    m_tasks.start([this, control, options, job = std::move(job)] {
        std::function<void()> deliver;
        QString error;
        try {
            mqkit::MqttSession session(options);
            session.connect();
            deliver = job(session, *control);
            session.disconnect();
        } catch (const mqkit::Error& e) {
            error = e.message();
        }
        // Queued to this object: the destructor waits for running tasks first.
        QMetaObject::invokeMethod(
            this,
            [this, control, deliver, error] {
                if (!error.isEmpty())
                    emit taskFailed(control, error);
                else {
                    deliver();
                    emit taskFinished(control);
                }
            },
            Qt::QueuedConnection);
    });
}
