#pragma once

#include "kafka/KafkaClientConfig.h"
#include "kafka/KafkaConsumer.h"
#include "kafka/KafkaRecordFilter.h"
#include "models/KafkaRecordsModel.h"

#include <QMetaType>
#include <QObject>

#include <atomic>
#include <deque>
#include <memory>
#include <vector>

class QTimer;

// What to read: a topic, one partition or all (-1), from where (kcat's start positions, as
// `mqkit kafka consume -o`), and the text filter to apply.
struct KafkaBrowseRequest {
    quint64 id = 0; // grows with every request of the view; a newer one supersedes older ones
    mqkit::KafkaClientConfig config;
    QString topic;
    int partition = -1;
    mqkit::KafkaStartPosition start;
    QString filter;
    quint64 filterId = 0; // the view's filter generation this text belongs to
};

// Records for the model: the matches among the records just read (or, with replace, among the
// whole window), and where the window now begins (rows before firstKeptSeq left it).
struct KafkaBrowseBatch {
    quint64 browseId = 0;
    quint64 filterId = 0;   // the filter these matches answer
    bool replace = false;   // a new browse or a new filter: the records replace what is shown
    std::vector<KafkaShownRecord> records;
    quint64 firstKeptSeq = 0;
    qint64 windowSize = 0;  // records held (matching or not)
    bool caughtUp = false;  // the last poll found nothing more to read for now
    bool pageDone = true;   // the last batch of a page (or a filter, or a tail round)
};
using KafkaBrowseBatchPtr = std::shared_ptr<const KafkaBrowseBatch>;
Q_DECLARE_METATYPE(KafkaBrowseBatchPtr)

// Reads Kafka for the message browser, in a thread of its own (never the GUI's): one
// KafkaConsumer per browse request, assigned straight to the start position (offsets by time are
// looked up by the broker, nothing is read from the beginning to get there). Keeps a bounded
// window of the records read (the oldest leave it) and applies the filter to it here, so the GUI
// thread only inserts the matches. The slots are called queued from the GUI thread; a request
// older than `latest` (set by the GUI before queueing a newer one) is skipped.
class KafkaBrowseWorker : public QObject {
    Q_OBJECT
public:
    static constexpr qint64 kWindowRecords = 50000;
    static constexpr int kPageRecords = 500;

    explicit KafkaBrowseWorker(std::shared_ptr<std::atomic<quint64>> latest, QObject* parent = nullptr);
    ~KafkaBrowseWorker() override;

    void browse(const KafkaBrowseRequest& request);
    void loadMore(quint64 browseId);
    void setFilter(quint64 browseId, quint64 filterId, const QString& text);
    void setLiveTail(quint64 browseId, bool on);
    void stop(); // closes the consumer (before the thread ends)

signals:
    void batchReady(const KafkaBrowseBatchPtr& batch);
    void failed(quint64 browseId, const QString& message);

private:
    bool isStale(quint64 browseId) const { return browseId != m_browseId || browseId < m_latest->load(); }
    void readPage(bool replace);
    std::vector<mqkit::KafkaRecord> pollPage(int max);
    std::shared_ptr<KafkaBrowseBatch> newBatch(bool replace) const;
    void appendToWindow(std::vector<mqkit::KafkaRecord>& records, KafkaBrowseBatch& batch);
    void tailOnce();

    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::unique_ptr<mqkit::KafkaConsumer> m_consumer;
    quint64 m_browseId = 0;
    quint64 m_filterId = 0;
    mqkit::KafkaRecordTextFilter m_filter;
    std::deque<KafkaShownRecord> m_window;
    quint64 m_nextSeq = 0;
    std::vector<mqkit::KafkaRecord> m_polled; // reused between polls
    QTimer* m_tailTimer;
};
