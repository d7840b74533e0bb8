#include "views/bridge/BridgeRunner.h"

#include "common/Error.h"

#include <QFileInfo>
#include <QSet>
#include <QThread>

#include <exception>

using namespace mqkit;

namespace {
// The spool files of the bridges running in this process (GUI thread only).
QSet<QString>& spoolsInUse() {
    static QSet<QString> spools;
    return spools;
}
} // namespace

BridgeRunner::BridgeRunner(QObject* parent) : QObject(parent) {}

BridgeRunner::~BridgeRunner() {
    if (!m_thread)
        return;
    m_stop->store(true);
    m_thread->wait();
    delete m_thread;
    releaseSpool();
}

// The thread's lambda uses `this` only through queued calls: the destructor joins the thread
// first, and calls still queued for a destroyed runner are dropped with it.
void BridgeRunner::start(BridgeOptions options) {
    if (m_thread)
        return;
    const QString spool = QFileInfo(options.spoolPath).absoluteFilePath();
    if (!options.spoolPath.isEmpty() && spoolsInUse().contains(spool))
        throw Error(ErrorKind::Usage, tr("the spool file %1 is in use by a bridge running in another workspace").arg(spool));
    if (!options.spoolPath.isEmpty()) {
        spoolsInUse().insert(spool);
        m_spool = spool;
    }
    m_stop = std::make_shared<std::atomic<bool>>(false);
    auto error = std::make_shared<QString>();
    m_thread = QThread::create([this, options = std::move(options), stop = m_stop, error]() mutable {
        try {
            Bridge bridge(std::move(options));
            QMetaObject::invokeMethod(this, [this, subs = bridge.subscriptions()] { emit started(subs); }, Qt::QueuedConnection);
            BridgeRunControl control;
            control.stopRequested = [stop] { return stop->load(); };
            control.onStatus = [this](const BridgeStatus& s) {
                QMetaObject::invokeMethod(this, [this, s] { emit statusChanged(s); }, Qt::QueuedConnection);
            };
            bridge.run(control);
        } catch (const Error& e) {
            *error = e.message();
        } catch (const std::exception& e) {
            *error = QString::fromUtf8(e.what());
        }
    });
    m_thread->setObjectName(QStringLiteral("mqkit-bridge"));
    // finished is emitted by the thread itself: queued here, after every status it posted.
    connect(m_thread, &QThread::finished, this, [this, error] { finish(*error); }, Qt::QueuedConnection);
    m_thread->start();
}

void BridgeRunner::requestStop() {
    if (m_stop)
        m_stop->store(true);
}

void BridgeRunner::finish(const QString& error) {
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    releaseSpool();
    emit stopped(error);
}

void BridgeRunner::releaseSpool() {
    if (!m_spool.isEmpty())
        spoolsInUse().remove(m_spool);
    m_spool.clear();
}
