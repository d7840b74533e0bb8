#include "views/kafkamessages/KafkaBrowseWorker.h"

#include "common/Error.h"

#include <QElapsedTimer>
#include <QTimer>

using namespace mqkit;

namespace {
// A page ends when it is full, when the partitions are read to their end, or after this long.
constexpr qint64 kPageBudgetMs = 5000;
constexpr std::chrono::milliseconds kPollSlice{20};
constexpr std::chrono::milliseconds kTailWait{100};
} // namespace

KafkaBrowseWorker::KafkaBrowseWorker(std::shared_ptr<std::atomic<quint64>> latest, QObject* parent)
    : QObject(parent), m_latest(std::move(latest)), m_tailTimer(new QTimer(this)) {
    qRegisterMetaType<KafkaBrowseBatchPtr>();
    m_tailTimer->setInterval(0); // each round waits up to kTailWait in poll()
    connect(m_tailTimer, &QTimer::timeout, this, &KafkaBrowseWorker::tailOnce);
}

KafkaBrowseWorker::~KafkaBrowseWorker() = default;

void KafkaBrowseWorker::stop() {
    m_tailTimer->stop();
    m_consumer.reset();
    m_window.clear();
}

void KafkaBrowseWorker::browse(const KafkaBrowseRequest& request) {
    if (request.id < m_latest->load())
        return; // a newer request is queued behind this one
    stop();
    m_browseId = request.id;
    m_filterId = request.filterId;
    m_filter = KafkaRecordTextFilter(request.filter);
    KafkaConsumerOptions options;
    options.topic = request.topic;
    if (request.partition >= 0)
        options.partitions = {request.partition};
    options.start = request.start;
    options.stopAtEnd = true; // only to know when the partitions are read to their end
    KafkaClientConfig config = request.config;
    // A browser shows a page at a time: prefetch less than the CLI's million records per partition.
    if (config.get(QStringLiteral("queued.min.messages")).isEmpty())
        config.set(QStringLiteral("queued.min.messages"), QString::number(kWindowRecords));
    try {
        m_consumer = std::make_unique<KafkaConsumer>(config, options);
        readPage(true);
    } catch (const Error& e) {
        m_consumer.reset();
        emit failed(request.id, e.message());
    }
}

void KafkaBrowseWorker::loadMore(quint64 browseId) {
    if (isStale(browseId) || !m_consumer)
        return;
    try {
        readPage(false);
    } catch (const Error& e) {
        emit failed(browseId, e.message());
    }
}

void KafkaBrowseWorker::setFilter(quint64 browseId, quint64 filterId, const QString& text) {
    if (isStale(browseId))
        return;
    m_filterId = filterId;
    m_filter = KafkaRecordTextFilter(text);
    auto batch = newBatch(true);
    for (const KafkaShownRecord& shown : m_window)
        if (m_filter.matches(*shown.record))
            batch->records.push_back(shown);
    batch->firstKeptSeq = m_window.empty() ? m_nextSeq : m_window.front().seq;
    batch->windowSize = static_cast<qint64>(m_window.size());
    batch->caughtUp = m_consumer && m_consumer->atEnd();
    emit batchReady(batch);
}

void KafkaBrowseWorker::setLiveTail(quint64 browseId, bool on) {
    if (isStale(browseId) && on)
        return;
    if (on && m_consumer)
        m_tailTimer->start();
    else
        m_tailTimer->stop();
}

void KafkaBrowseWorker::tailOnce() {
    if (!m_consumer || m_browseId < m_latest->load()) {
        m_tailTimer->stop();
        return;
    }
    try {
        m_consumer->poll(m_polled, kPageRecords, kTailWait);
        if (m_polled.empty())
            return;
        auto batch = newBatch(false);
        appendToWindow(m_polled, *batch);
        batch->caughtUp = m_consumer->atEnd();
        emit batchReady(batch);
    } catch (const Error& e) {
        m_tailTimer->stop();
        emit failed(m_browseId, e.message());
    }
}

// A page is kPageRecords records read; with a filter, reading goes on until a page of matches
// came, so a rare match does not need a click per page. A page ends there, at the partitions'
// ends, or after the page budget; what arrives before then is shown at once, batch by batch
// (partitions answer at different times), and only the last batch says the page is done.
void KafkaBrowseWorker::readPage(bool replace) {
    QElapsedTimer elapsed;
    elapsed.start();
    int read = 0;
    int matched = 0;
    for (bool first = true;; first = false) {
        auto batch = newBatch(replace && first);
        std::vector<KafkaRecord> records = pollPage(kPageRecords - (m_filter.isEmpty() ? read : 0));
        read += static_cast<int>(records.size());
        appendToWindow(records, *batch);
        matched += static_cast<int>(batch->records.size());
        batch->caughtUp = m_consumer->atEnd();
        batch->pageDone = batch->caughtUp || (m_filter.isEmpty() ? read : matched) >= kPageRecords ||
                          elapsed.elapsed() >= kPageBudgetMs || m_latest->load() > m_browseId;
        if (batch->pageDone || !batch->records.empty() || batch->replace)
            emit batchReady(batch);
        if (batch->pageDone)
            return;
    }
}

std::vector<KafkaRecord> KafkaBrowseWorker::pollPage(int max) {
    std::vector<KafkaRecord> page;
    QElapsedTimer elapsed;
    elapsed.start();
    while (static_cast<int>(page.size()) < max && elapsed.elapsed() < kPageBudgetMs) {
        m_consumer->poll(m_polled, max - static_cast<int>(page.size()), kPollSlice);
        const bool gotNone = m_polled.empty();
        std::move(m_polled.begin(), m_polled.end(), std::back_inserter(page));
        if (m_consumer->atEnd() || (gotNone && !page.empty()))
            break; // at the end, or a pause after some records: show them now
        if (m_latest->load() > m_browseId)
            break; // superseded: let the newer request run
    }
    return page;
}

std::shared_ptr<KafkaBrowseBatch> KafkaBrowseWorker::newBatch(bool replace) const {
    auto batch = std::make_shared<KafkaBrowseBatch>();
    batch->browseId = m_browseId;
    batch->filterId = m_filterId;
    batch->replace = replace;
    return batch;
}

// Records enter the window in the order read; the oldest leave it beyond kWindowRecords.
void KafkaBrowseWorker::appendToWindow(std::vector<KafkaRecord>& records, KafkaBrowseBatch& batch) {
    for (KafkaRecord& r : records) {
        KafkaShownRecord shown{m_nextSeq++, std::make_shared<const KafkaRecord>(std::move(r))};
        if (m_filter.matches(*shown.record))
            batch.records.push_back(shown);
        m_window.push_back(std::move(shown));
    }
    while (static_cast<qint64>(m_window.size()) > kWindowRecords)
        m_window.pop_front();
    batch.firstKeptSeq = m_window.empty() ? m_nextSeq : m_window.front().seq;
    batch.windowSize = static_cast<qint64>(m_window.size());
}
