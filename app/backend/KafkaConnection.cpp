#include "backend/KafkaConnection.h"

#include "common/Error.h"

#include <mutex>

// One cluster (one generation): the config and the admin built from it on first use, in the
// first request's worker thread (creating a librdkafka client starts its threads).
struct KafkaConnection::Cluster {
    explicit Cluster(const mqkit::KafkaClientConfig& c) : config(c) {}

    mqkit::KafkaAdmin& admin() {
        std::lock_guard lock(adminMutex);
        if (!m_admin)
            m_admin = std::make_unique<mqkit::KafkaAdmin>(config);
        return *m_admin;
    }

    const mqkit::KafkaClientConfig config;
    std::mutex offsetsConsumerMutex; // Lane::OffsetsConsumer

private:
    std::mutex adminMutex;
    std::unique_ptr<mqkit::KafkaAdmin> m_admin;
};

KafkaConnection::KafkaConnection(QObject* parent) : QObject(parent) {
    qRegisterMetaType<KafkaRequest>();
    qRegisterMetaType<std::vector<mqkit::KafkaTopicInfo>>();
    qRegisterMetaType<mqkit::LagReport>();
    m_pool.setMaxThreadCount(kMaxConcurrentRequests);
    m_pool.setObjectName(QStringLiteral("kafka-io"));
}

// Requests not started yet are dropped; running ones are waited for (each is bounded by the
// cluster's timeout). Results still queued for this object are discarded with it.
KafkaConnection::~KafkaConnection() {
    m_pool.clear();
    releaseCluster();
    m_pool.waitForDone();
}

void KafkaConnection::open(const mqkit::KafkaClientConfig& config) {
    releaseCluster();
    ++m_generation;
    m_newestInSlot.clear();
    m_cluster = std::make_shared<Cluster>(config);
    emit opened(config.bootstrap);
}

void KafkaConnection::close() {
    releaseCluster();
    ++m_generation;
    m_newestInSlot.clear();
}

QString KafkaConnection::bootstrap() const {
    return m_cluster ? m_cluster->config.bootstrap : QString();
}

mqkit::KafkaClientConfig KafkaConnection::config() const {
    return m_cluster ? m_cluster->config : mqkit::KafkaClientConfig{};
}

// The admin is destroyed in a worker thread (librdkafka joins its threads on destruction), by the
// last request still using it or by this task.
void KafkaConnection::releaseCluster() {
    if (!m_cluster)
        return;
    m_pool.start([cluster = std::move(m_cluster)]() mutable { cluster.reset(); });
    m_cluster.reset();
}

KafkaRequest KafkaConnection::listTopics(bool includeInternal) {
    return request<std::vector<mqkit::KafkaTopicInfo>>(
        QStringLiteral("topics"), Lane::Admin, tr("listing topics"),
        [includeInternal](mqkit::KafkaAdmin& admin) { return admin.listTopics(includeInternal); }, this,
        [this](const KafkaRequest& req, const std::vector<mqkit::KafkaTopicInfo>& topics) { emit topicsListed(req, topics); });
}

KafkaRequest KafkaConnection::inspectLag(const QStringList& groupIds, const mqkit::LagOptions& options) {
    return request<mqkit::LagReport>(
        QStringLiteral("lag"), Lane::OffsetsConsumer, tr("measuring consumer lag"),
        [groupIds, options](mqkit::KafkaAdmin& admin) { return mqkit::LagInspector(admin).inspect(groupIds, options); },
        this, [this](const KafkaRequest& req, const mqkit::LagReport& report) { emit lagInspected(req, report); });
}

KafkaRequest KafkaConnection::begin(const QString& slot, const QString& what) {
    KafkaRequest req;
    req.id = ++m_lastRequestId;
    req.generation = m_generation;
    req.slot = slot;
    req.cluster = bootstrap();
    m_newestInSlot.insert(slot, req.id);
    emit requestStarted(req, what);
    return req;
}

void KafkaConnection::run(const KafkaRequest& request, Lane lane, Job job) {
    if (!m_cluster) {
        QMetaObject::invokeMethod(
            this, [this, request] { finish(request, {}, tr("open a Kafka profile first")); }, Qt::QueuedConnection);
        return;
    }
    m_pool.start([this, cluster = m_cluster, request, lane, job = std::move(job)] {
        std::function<void()> deliver;
        QString error;
        try {
            mqkit::KafkaAdmin& admin = cluster->admin();
            std::unique_lock offsetsConsumer(cluster->offsetsConsumerMutex, std::defer_lock);
            if (lane == Lane::OffsetsConsumer)
                offsetsConsumer.lock();
            deliver = job(admin);
        } catch (const mqkit::Error& e) {
            error = e.message();
        }
        // Queued to this object: the destructor waits for running requests, and events still
        // queued for it are discarded when it is deleted.
        QMetaObject::invokeMethod(
            this, [this, request, deliver, error] { finish(request, deliver, error); }, Qt::QueuedConnection);
    });
}

bool KafkaConnection::isCurrent(const KafkaRequest& request) const {
    return request.generation == m_generation && m_newestInSlot.value(request.slot) == request.id;
}

void KafkaConnection::finish(const KafkaRequest& request, const std::function<void()>& deliver, const QString& error) {
    if (!isCurrent(request)) {
        emit requestDropped(request);
        return;
    }
    if (!error.isEmpty()) {
        emit requestFailed(request, error);
        return;
    }
    emit requestSucceeded(request);
    if (deliver)
        deliver();
}
