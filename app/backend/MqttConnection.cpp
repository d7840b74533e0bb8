#include "backend/MqttConnection.h"

#include "backend/MqttSessionWorker.h"

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
}

MqttConnection::~MqttConnection() {
    QMetaObject::invokeMethod(m_worker, &MqttSessionWorker::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void MqttConnection::open(const mqkit::MqttConnectOptions& options, const QStringList& filters) {
    const quint64 generation = ++m_generation;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, generation, options, filters] {
        worker->start(generation, options, filters);
    });
    emit opened(options.url.toString());
}

void MqttConnection::close() {
    ++m_generation;
    QMetaObject::invokeMethod(m_worker, &MqttSessionWorker::stop);
}
