#pragma once

#include "backend/BackendTypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <optional>

// One long-lived connection to a Kafka cluster for the GUI: one KafkaAdmin (one librdkafka
// client, created on first use in a worker thread) shared by requests that run concurrently on
// the connection's own thread pool, so a slow lag poll never holds up a topic list. librdkafka's
// rd_kafka_t is thread-safe and every admin call waits on its own result queue; the calls that
// use KafkaAdmin's offsets consumer (watermarks, offset look-ups by time, record timestamps: an
// assignment is per consumer) run one at a time (Lane::OffsetsConsumer).
//
// Lives in the GUI thread. Each request returns the KafkaRequest its result will carry. A result
// is delivered only while its request is current: same generation (open() starts a new one, so
// a previous cluster's answers are dropped) and the newest request of its slot. Dropped results
// are reported by requestDropped, failures by requestFailed.
class KafkaConnection : public QObject {
    Q_OBJECT
public:
    // Admin: calls on the admin handle (listTopics, describe..., groups, committedOffsets, ...).
    // OffsetsConsumer: calls that use KafkaAdmin's offsets consumer (watermarks,
    // offsetsForTimestamp, recordTimestamps, and LagInspector, which calls them).
    enum class Lane { Admin, OffsetsConsumer };
    static constexpr int kMaxConcurrentRequests = 4;

    explicit KafkaConnection(QObject* parent = nullptr);
    ~KafkaConnection() override; // drops queued requests and waits for running ones

    void open(const mqkit::KafkaClientConfig& config);
    void close();
    bool isOpen() const { return m_cluster != nullptr; }
    QString bootstrap() const; // empty when closed
    // The open cluster's settings, for work that needs a client of its own (a consumer browsing
    // a partition, a producer): create it inside a request's `work`, never in the GUI thread.
    mqkit::KafkaClientConfig config() const;
    quint64 generation() const { return m_generation; }

    KafkaRequest listTopics(bool includeInternal = false);                          // -> topicsListed
    KafkaRequest inspectLag(const QStringList& groupIds, const mqkit::LagOptions& options); // -> lagInspected

    // The general form of a request: `work` runs on a pool thread with the shared admin; its
    // result reaches `onResult` in this object's thread, through `context` (not called once the
    // context is gone), only while the request is current.
    template <typename Result>
    KafkaRequest request(const QString& slot, Lane lane, const QString& what, std::function<Result(mqkit::KafkaAdmin&)> work,
                         QObject* context, std::function<void(const KafkaRequest&, const Result&)> onResult) {
        const KafkaRequest req = begin(slot, what);
        QPointer<QObject> guard(context);
        run(req, lane, [work = std::move(work), guard, onResult = std::move(onResult), req](mqkit::KafkaAdmin& admin) {
            auto result = std::make_shared<const Result>(work(admin));
            return std::function<void()>([guard, onResult, req, result] {
                if (guard)
                    onResult(req, *result);
            });
        });
        return req;
    }

signals:
    void opened(const QString& bootstrap);
    void requestStarted(const KafkaRequest& request, const QString& what); // what: "listing topics", ...
    void requestFailed(const KafkaRequest& request, const QString& message);
    void requestSucceeded(const KafkaRequest& request); // current and done; its result is delivered right after
    void requestDropped(const KafkaRequest& request); // stale: a previous cluster's or superseded
    void topicsListed(const KafkaRequest& request, const std::vector<mqkit::KafkaTopicInfo>& topics);
    void lagInspected(const KafkaRequest& request, const mqkit::LagReport& report);

private:
    struct Cluster; // one generation's admin, shared with the requests running against it
    // Runs on a pool thread; returns what to run in this object's thread with the result.
    using Job = std::function<std::function<void()>(mqkit::KafkaAdmin&)>;

    KafkaRequest begin(const QString& slot, const QString& what);
    void run(const KafkaRequest& request, Lane lane, Job job);
    void finish(const KafkaRequest& request, const std::function<void()>& deliver, const QString& error);
    bool isCurrent(const KafkaRequest& request) const;
    void releaseCluster();

    QThreadPool m_pool;
    std::shared_ptr<Cluster> m_cluster;
    quint64 m_generation = 0;
    quint64 m_lastRequestId = 0;
    QHash<QString, quint64> m_newestInSlot;
};
