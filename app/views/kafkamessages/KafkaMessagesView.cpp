#include "views/kafkamessages/KafkaMessagesView.h"

#include "backend/KafkaConnection.h"
#include "common/Error.h"
#include "common/IsoTime.h"
#include "common/JsonWriter.h"
#include "kafka/KafkaProducer.h"
#include "kafka/KafkaRecordJson.h"
#include "models/KafkaRecordsModel.h"
#include "mqtt/PayloadView.h"
#include "views/kafkamessages/KafkaProduceDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <limits>
#include <map>

using namespace mqkit;

namespace {
const QString kTopicsSlot = QStringLiteral("messages-topics");
const QString kProduceSlot = QStringLiteral("messages-produce");
} // namespace

KafkaMessagesView::KafkaMessagesView(KafkaConnection* connection, QWidget* parent)
    : QWidget(parent), m_connection(connection), m_model(new KafkaRecordsModel(this)),
      m_latest(std::make_shared<std::atomic<quint64>>(0)), m_thread(new QThread(this)),
      m_worker(new KafkaBrowseWorker(m_latest)), m_table(new QTableView(this)), m_detail(new QPlainTextEdit(this)),
      m_status(new QLabel(this)) {
    m_thread->setObjectName(QStringLiteral("kafka-browse"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &KafkaBrowseWorker::batchReady, this, &KafkaMessagesView::showBatch);
    connect(m_worker, &KafkaBrowseWorker::failed, this, &KafkaMessagesView::showFailure);
    m_thread->start();

    m_table->setModel(m_model);
    m_table->setWordWrap(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(KafkaRecordsModel::TimestampColumn, m_table->fontMetrics().horizontalAdvance(QStringLiteral("2026-12-04T14:00:00.000Z  ")));
    m_table->setColumnWidth(KafkaRecordsModel::ValueColumn, 360);
    m_detail->setReadOnly(true);
    m_detail->setPlaceholderText(tr("Select a record to see it in full."));
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildControls());
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &KafkaMessagesView::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, m_detail, &QPlainTextEdit::clear);
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, &KafkaMessagesView::maybeLoadMore);
    connect(connection, &KafkaConnection::opened, this, [this] {
        m_topics.clear();
        m_topicBox->clear();
        ++m_browseId;
        m_latest->store(m_browseId);
        m_model->clear();
        m_topicsStale = true;
        if (isVisible())
            refreshTopics(); // otherwise when first shown: a hidden tab asks the cluster nothing
    });
    connect(connection, &KafkaConnection::requestFailed, this, [this](const KafkaRequest& req, const QString& message) {
        if (req.slot == kTopicsSlot || req.slot == kProduceSlot) {
            m_problem = message;
            updateStatus();
        }
    });
    updateStatus();
}

KafkaMessagesView::~KafkaMessagesView() {
    m_latest->store(std::numeric_limits<quint64>::max()); // ends a page being read at once
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->stop(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

QWidget* KafkaMessagesView::buildControls() {
    auto* box = new QWidget(this);
    auto* rows = new QVBoxLayout(box);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->addLayout(buildBrowseRow(box));
    rows->addLayout(buildToolsRow(box));
    setStart(FromBeginning);
    fillPartitions();
    return box;
}

// Topic, partition, start position, Go.
QHBoxLayout* KafkaMessagesView::buildBrowseRow(QWidget* box) {
    auto* row = new QHBoxLayout;
    m_topicBox = new QComboBox(box);
    m_topicBox->setEditable(true);
    m_topicBox->setMinimumContentsLength(24);
    m_topicBox->setInsertPolicy(QComboBox::NoInsert);
    m_partitionBox = new QComboBox(box);
    m_startBox = new QComboBox(box);
    m_startBox->addItem(tr("From the beginning"), FromBeginning);
    m_startBox->addItem(tr("From the end"), FromEnd);
    m_startBox->addItem(tr("At offset"), AtOffset);
    m_startBox->addItem(tr("At time"), AtTime);
    m_startBox->addItem(tr("Last N records"), LastN);
    m_startValue = new QLineEdit(box);
    m_startValue->setMinimumWidth(200);
    m_goButton = new QPushButton(tr("Go"), box);
    m_goButton->setDefault(true);
    auto* refresh = new QPushButton(tr("Refresh topics"), box);
    row->addWidget(new QLabel(tr("Topic:"), box));
    row->addWidget(m_topicBox, 2);
    row->addWidget(m_partitionBox);
    row->addWidget(m_startBox);
    row->addWidget(m_startValue, 1);
    row->addWidget(m_goButton);
    row->addWidget(refresh);
    connect(m_topicBox, &QComboBox::currentTextChanged, this, &KafkaMessagesView::fillPartitions);
    connect(m_startBox, &QComboBox::currentIndexChanged, this,
            [this] { setStart(StartKind(m_startBox->currentData().toInt()), m_startValue->text()); });
    connect(m_goButton, &QPushButton::clicked, this, &KafkaMessagesView::browse);
    connect(m_startValue, &QLineEdit::returnPressed, this, &KafkaMessagesView::browse);
    connect(refresh, &QPushButton::clicked, this, &KafkaMessagesView::refreshTopics);
    return row;
}

// Filter, live tail, load more, value view, produce, export.
QHBoxLayout* KafkaMessagesView::buildToolsRow(QWidget* box) {
    auto* row = new QHBoxLayout;
    m_filterEdit = new QLineEdit(box);
    m_filterEdit->setPlaceholderText(tr("Filter: text in key, value or headers"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(250);
    m_liveTail = new QCheckBox(tr("Live tail"), box);
    m_loadMoreButton = new QPushButton(tr("Load more"), box);
    m_viewBox = new QComboBox(box);
    m_viewBox->addItem(tr("Text"), static_cast<int>(PayloadViewKind::Text));
    m_viewBox->addItem(tr("JSON"), static_cast<int>(PayloadViewKind::Json));
    m_viewBox->addItem(tr("Hex"), static_cast<int>(PayloadViewKind::Hex));
    auto* produceButton = new QPushButton(tr("Produce…"), box);
    auto* exportButton = new QPushButton(tr("Export…"), box);
    row->addWidget(m_filterEdit, 1);
    row->addWidget(m_liveTail);
    row->addWidget(m_loadMoreButton);
    row->addWidget(new QLabel(tr("Show value as:"), box));
    row->addWidget(m_viewBox);
    row->addWidget(produceButton);
    row->addWidget(exportButton);
    connect(m_filterEdit, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, &KafkaMessagesView::applyFilter);
    connect(m_liveTail, &QCheckBox::toggled, this, &KafkaMessagesView::setLiveTail);
    connect(m_loadMoreButton, &QPushButton::clicked, this, &KafkaMessagesView::loadMore);
    connect(m_viewBox, &QComboBox::currentIndexChanged, this, &KafkaMessagesView::showSelected);
    connect(produceButton, &QPushButton::clicked, this, &KafkaMessagesView::openProduceDialog);
    connect(exportButton, &QPushButton::clicked, this, &KafkaMessagesView::exportShown);
    return row;
}

void KafkaMessagesView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_topicsStale && m_connection->isOpen())
        refreshTopics();
}

void KafkaMessagesView::refreshTopics() {
    m_topicsStale = false;
    m_connection->request<std::vector<KafkaTopicInfo>>(
        kTopicsSlot, KafkaConnection::Lane::Admin, tr("listing topics"),
        [](KafkaAdmin& admin) { return admin.listTopics(false); }, this,
        [this](const KafkaRequest&, const std::vector<KafkaTopicInfo>& topics) { listTopics(topics); });
}

void KafkaMessagesView::listTopics(const std::vector<KafkaTopicInfo>& topics) {
    const QString current = m_topicBox->currentText();
    m_topics = topics;
    QSignalBlocker block(m_topicBox);
    m_topicBox->clear();
    for (const auto& t : topics)
        m_topicBox->addItem(t.name);
    m_topicBox->setCurrentText(current.isEmpty() && !topics.empty() ? topics.front().name : current);
    fillPartitions();
}

// "All partitions" and each partition of the chosen topic (as listed; a typed name not listed
// offers "all" and the partitions typed into the box stay possible through setPartition()).
void KafkaMessagesView::fillPartitions() {
    const QVariant chosen = m_partitionBox->currentData();
    m_partitionBox->clear();
    m_partitionBox->addItem(tr("All partitions"), -1);
    for (const auto& t : m_topics)
        if (t.name == m_topicBox->currentText())
            for (int p = 0; p < t.partitions; ++p)
                m_partitionBox->addItem(tr("Partition %1").arg(p), p);
    const int index = m_partitionBox->findData(chosen);
    m_partitionBox->setCurrentIndex(index >= 0 ? index : 0);
}

void KafkaMessagesView::setTopic(const QString& topic) {
    m_topicBox->setCurrentText(topic);
}

void KafkaMessagesView::setPartition(int partition) {
    if (m_partitionBox->findData(partition) < 0)
        m_partitionBox->addItem(tr("Partition %1").arg(partition), partition);
    m_partitionBox->setCurrentIndex(m_partitionBox->findData(partition));
}

void KafkaMessagesView::setStart(StartKind kind, const QString& value) {
    {
        QSignalBlocker block(m_startBox);
        m_startBox->setCurrentIndex(m_startBox->findData(kind));
    }
    m_startValue->setEnabled(kind == AtOffset || kind == AtTime || kind == LastN);
    m_startValue->setText(m_startValue->isEnabled() ? value : QString());
    m_startValue->setPlaceholderText(kind == AtOffset ? tr("offset, e.g. 1200")
                                     : kind == AtTime ? tr("time: 2026-12-04T09:30:00Z or epoch ms")
                                     : kind == LastN  ? tr("how many records from the end, e.g. 100")
                                                      : QString());
}

KafkaStartPosition KafkaMessagesView::startPosition() const {
    using K = KafkaStartPosition::Kind;
    const QString text = m_startValue->text().trimmed();
    bool ok = false;
    const qint64 number = text.toLongLong(&ok);
    switch (StartKind(m_startBox->currentData().toInt())) {
    case FromBeginning:
        return {K::Beginning, 0};
    case FromEnd:
        return {K::End, 0};
    case AtOffset:
        if (!ok || number < 0)
            throw Error(ErrorKind::Usage, tr("the offset must be a number of 0 or more"));
        return {K::Offset, number};
    case AtTime: {
        const std::optional<std::int64_t> ms = ok ? std::optional<std::int64_t>(number) : parseIsoTime(text);
        if (!ms || *ms < 0)
            throw Error(ErrorKind::Usage, tr("the time must be an ISO 8601 date-time or epoch milliseconds"));
        return {K::Timestamp, *ms};
    }
    case LastN:
        if (!ok || number <= 0)
            throw Error(ErrorKind::Usage, tr("the number of records must be 1 or more"));
        return {K::FromEnd, number};
    }
    return {};
}

void KafkaMessagesView::browse() {
    KafkaBrowseRequest request;
    try {
        request.start = startPosition();
    } catch (const Error& e) {
        m_problem = e.message();
        updateStatus();
        return;
    }
    request.id = ++m_browseId;
    request.config = m_connection->config();
    request.topic = m_topicBox->currentText().trimmed();
    request.partition = m_partitionBox->currentData().toInt();
    request.filter = m_filterEdit->text();
    request.filterId = m_filterId;
    m_latest->store(request.id);
    m_reading = true;
    m_caughtUp = false;
    m_problem.clear();
    m_model->clear();
    m_detail->clear();
    const bool tail = m_liveTail->isChecked();
    QMetaObject::invokeMethod(m_worker, [w = m_worker, request, tail] {
        w->browse(request);
        w->setLiveTail(request.id, tail);
    });
    updateStatus();
}

void KafkaMessagesView::loadMore() {
    if (m_reading || m_browseId == 0)
        return;
    m_reading = true;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, id = m_browseId] { w->loadMore(id); });
    updateStatus();
}

void KafkaMessagesView::maybeLoadMore() {
    const QScrollBar* bar = m_table->verticalScrollBar();
    if (bar->maximum() > 0 && bar->value() == bar->maximum() && !m_liveTail->isChecked())
        loadMore();
}

void KafkaMessagesView::setFilterText(const QString& text) {
    m_filterEdit->setText(text);
    m_filterTimer->stop();
    applyFilter();
}

void KafkaMessagesView::applyFilter() {
    ++m_filterId;
    m_reading = true;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, id = m_browseId, filterId = m_filterId, text = m_filterEdit->text()] {
        w->setFilter(id, filterId, text);
    });
    updateStatus();
}

void KafkaMessagesView::setLiveTail(bool on) {
    if (m_liveTail->isChecked() != on)
        m_liveTail->setChecked(on); // comes back here through toggled
    QMetaObject::invokeMethod(m_worker, [w = m_worker, id = m_browseId, on] { w->setLiveTail(id, on); });
}

void KafkaMessagesView::showBatch(const KafkaBrowseBatchPtr& batch) {
    if (batch->browseId != m_browseId || batch->filterId != m_filterId)
        return; // superseded by a newer browse or filter
    m_reading = !batch->pageDone;
    m_caughtUp = batch->caughtUp;
    m_windowSize = batch->windowSize;
    if (batch->replace) {
        m_model->replaceRecords(batch->records);
    } else {
        const QScrollBar* bar = m_table->verticalScrollBar();
        const bool follow = m_liveTail->isChecked() && bar->value() == bar->maximum();
        m_model->dropBefore(batch->firstKeptSeq);
        m_model->appendRecords(batch->records);
        if (follow)
            m_table->scrollToBottom();
    }
    updateStatus();
    emit batchShown(batch->browseId);
}

void KafkaMessagesView::showFailure(quint64 browseId, const QString& message) {
    if (browseId != m_browseId)
        return;
    m_reading = false;
    m_problem = message;
    updateStatus();
}

void KafkaMessagesView::updateStatus() {
    QString text;
    const int rows = m_model->rowCount();
    if (!m_problem.isEmpty())
        text = tr("Problem: %1").arg(m_problem);
    else if (m_browseId == 0 || !m_connection->isOpen())
        text = tr("Choose a topic and where to start, then Go.");
    else if (m_reading && rows == 0)
        text = tr("Reading…");
    else {
        text = tr("%n record(s) shown", nullptr, rows) + shownOffsets();
        if (m_windowSize > rows)
            text += tr(" (%1 read, the filter hides the rest)").arg(m_windowSize);
        if (m_windowSize >= KafkaBrowseWorker::kWindowRecords)
            text += tr("; the oldest leave the window beyond %1 records").arg(KafkaBrowseWorker::kWindowRecords);
        text += m_reading ? tr(" — reading…") : m_caughtUp ? tr(" — at the end for now") : QString();
    }
    m_status->setText(text);
}

// The offsets shown, per partition: ", partition 0: offsets 10 to 509, partition 1: ...".
QString KafkaMessagesView::shownOffsets() const {
    std::map<int, std::pair<qint64, qint64>> ranges;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const KafkaRecord* r = m_model->recordAt(row);
        auto [it, added] = ranges.try_emplace(r->partition, r->offset, r->offset);
        it->second.first = std::min<qint64>(it->second.first, r->offset);
        it->second.second = std::max<qint64>(it->second.second, r->offset);
    }
    QString text;
    for (const auto& [partition, range] : ranges)
        text += tr(", partition %1: offsets %2 to %3").arg(partition).arg(range.first).arg(range.second);
    return text;
}

QString KafkaMessagesView::statusText() const {
    return m_status->text();
}

QString KafkaMessagesView::detailText() const {
    return m_detail->toPlainText();
}

void KafkaMessagesView::showSelected() {
    const KafkaRecord* r = m_model->recordAt(m_table->currentIndex().row());
    if (!r) {
        m_detail->clear();
        return;
    }
    QStringList lines;
    lines << tr("%1 [partition %2] at offset %3").arg(r->topic).arg(r->partition).arg(r->offset);
    if (r->timestamp >= 0)
        lines << tr("Timestamp: %1 (%2 ms)").arg(isoTimeUtc(r->timestamp)).arg(r->timestamp);
    lines << tr("Key: %1").arg(r->key ? renderText(*r->key).text : tr("(null)"));
    for (const auto& h : r->headers)
        lines << tr("Header %1: %2").arg(h.name, h.value ? renderText(*h.value).text : tr("(null)"));
    lines << QString();
    if (!r->value) {
        lines << tr("Value: (null)");
    } else {
        const PayloadRendering shown = renderPayload(*r->value, PayloadViewKind(m_viewBox->currentData().toInt()));
        if (!shown.error.isEmpty())
            lines << tr("(not JSON: %1)").arg(shown.error);
        lines << shown.text;
    }
    m_detail->setPlainText(lines.join(QLatin1Char('\n')));
}

KafkaProduceDialog* KafkaMessagesView::openProduceDialog() {
    if (!m_produceDialog) {
        m_produceDialog = new KafkaProduceDialog(this);
        connect(m_produceDialog, &QDialog::accepted, this, &KafkaMessagesView::produce);
    }
    int partitions = 0;
    for (const auto& t : m_topics)
        if (t.name == m_topicBox->currentText())
            partitions = t.partitions;
    m_produceDialog->prepare(m_topicBox->currentText(), partitions);
    m_produceDialog->open();
    return m_produceDialog;
}

void KafkaMessagesView::produce() {
    KafkaRecord record;
    try {
        record = m_produceDialog->record();
    } catch (const Error& e) {
        m_problem = e.message();
        updateStatus();
        return;
    }
    m_problem.clear();
    m_status->setText(tr("Producing a record to %1…").arg(record.topic));
    m_connection->request<QString>(
        kProduceSlot, KafkaConnection::Lane::Admin, tr("producing a record"),
        [config = m_connection->config(), record](KafkaAdmin&) {
            KafkaProducer producer(config);
            producer.send(record);
            const KafkaDeliveryReport report = producer.flush();
            return report.failed > 0 ? report.firstError : QString();
        },
        this,
        [this](const KafkaRequest&, const QString& error) {
            m_problem = error;
            updateStatus();
            if (error.isEmpty())
                m_status->setText(tr("Record produced."));
        });
}

bool KafkaMessagesView::exportJsonLines(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_problem = tr("cannot write %1: %2").arg(path, file.errorString());
        updateStatus();
        return false;
    }
    QByteArray out;
    for (const auto& record : m_model->records()) {
        appendRecordJsonLine(out, *record);
        if (out.size() > (1 << 20)) {
            file.write(out);
            out.resize(0);
        }
    }
    file.write(out);
    if (!file.flush()) {
        m_problem = tr("cannot write %1: %2").arg(path, file.errorString());
        updateStatus();
        return false;
    }
    m_status->setText(tr("Exported %n record(s) to %1", nullptr, m_model->rowCount()).arg(path));
    return true;
}

void KafkaMessagesView::exportShown() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export records as JSON lines"), QString(),
                                                      tr("JSON lines (*.jsonl);;All files (*)"));
    if (!path.isEmpty())
        exportJsonLines(path);
}
