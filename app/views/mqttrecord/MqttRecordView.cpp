#include "views/mqttrecord/MqttRecordView.h"

#include "common/Error.h"
#include "mqtt/MessagePipeline.h"
#include "mqtt/MqttLimits.h"
#include "replay/MessageReplayer.h"
#include "store/MessageRecorder.h"
#include "store/RecordingReader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QThreadPool>
#include <QTimer>
#include <QVBoxLayout>

using namespace mqkit;

namespace {

// Counts what the recorder is given, for the live count.
class CountingSink : public MessageSink {
public:
    explicit CountingSink(MqttRecordView::RecordCounters& counters) : m_counters(counters) {}
    void onBatch(const MqttBatch& batch) override {
        qint64 bytes = 0;
        for (const MqttMessage& m : batch)
            bytes += m.payload.size();
        m_counters.messages += static_cast<qint64>(batch.size());
        m_counters.bytes += bytes;
    }

private:
    MqttRecordView::RecordCounters& m_counters;
};

QStringList splitFilters(const QString& text) {
    return text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString seconds(std::int64_t ms) {
    return QString::number(static_cast<double>(ms) / 1000.0, 'f', 1);
}

QLineEdit* fileField(QWidget* parent, const QString& objectName, bool save, QHBoxLayout** row) {
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(MqttRecordView::tr("recording.db"));
    auto* browse = new QPushButton(MqttRecordView::tr("Browse…"), parent);
    QObject::connect(browse, &QPushButton::clicked, edit, [edit, save, parent] {
        const QString filter = MqttRecordView::tr("Recordings (*.db);;All files (*)");
        const QString path = save ? QFileDialog::getSaveFileName(parent, MqttRecordView::tr("Record into"), edit->text(), filter,
                                                                 nullptr, QFileDialog::DontConfirmOverwrite)
                                  : QFileDialog::getOpenFileName(parent, MqttRecordView::tr("Replay"), edit->text(), filter);
        if (!path.isEmpty()) {
            edit->setText(path);
            emit edit->editingFinished();
        }
    });
    *row = new QHBoxLayout;
    (*row)->addWidget(edit, 1);
    (*row)->addWidget(browse);
    return edit;
}

} // namespace

MqttRecordView::MqttRecordView(MqttConnection* connection, QWidget* parent) : QWidget(parent), m_connection(connection) {
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildRecordBox());
    layout->addWidget(buildReplayBox());
    layout->addStretch(1);
    connect(m_connection, &MqttConnection::taskProgress, this, &MqttRecordView::onTaskProgress);
    connect(m_connection, &MqttConnection::taskFailed, this, &MqttRecordView::onTaskFailed);
    updateButtons();
}

// A running recording or replay is cancelled; the connection waits for its tasks when it goes.
MqttRecordView::~MqttRecordView() {
    if (m_recordTask)
        m_recordTask->cancel();
    if (m_replayTask)
        m_replayTask->cancel();
}

QWidget* MqttRecordView::buildRecordBox() {
    auto* box = new QGroupBox(tr("Record"), this);
    auto* form = new QFormLayout(box);
    m_recordFilter = new QLineEdit(box);
    m_recordFilter->setObjectName(QStringLiteral("recordFilter"));
    m_recordFilter->setPlaceholderText(tr("the current subscription (or filters, space-separated: plant/#)"));
    form->addRow(tr("Topics"), m_recordFilter);
    QHBoxLayout* fileRow = nullptr;
    m_recordFile = fileField(box, QStringLiteral("recordFile"), true, &fileRow);
    form->addRow(tr("File"), fileRow);
    m_append = new QCheckBox(tr("Add to an existing recording (never overwritten)"), box);
    form->addRow(QString(), m_append);
    auto* buttons = new QHBoxLayout;
    m_recordButton = new QPushButton(tr("Record"), box);
    m_recordButton->setObjectName(QStringLiteral("recordButton"));
    m_stopButton = new QPushButton(tr("Stop"), box);
    m_stopButton->setObjectName(QStringLiteral("stopButton"));
    m_recordStatus = new QLabel(tr("Not recording."), box);
    m_recordStatus->setObjectName(QStringLiteral("recordStatus"));
    buttons->addWidget(m_recordButton);
    buttons->addWidget(m_stopButton);
    buttons->addWidget(m_recordStatus, 1);
    form->addRow(QString(), buttons);
    m_counterTimer = new QTimer(this);
    m_counterTimer->setInterval(250);
    connect(m_counterTimer, &QTimer::timeout, this, &MqttRecordView::showRecordCounters);
    connect(m_recordButton, &QPushButton::clicked, this, &MqttRecordView::startRecording);
    connect(m_stopButton, &QPushButton::clicked, this, &MqttRecordView::stopRecording);
    return box;
}

QWidget* MqttRecordView::buildReplayBox() {
    auto* box = new QGroupBox(tr("Replay"), this);
    auto* form = new QFormLayout(box);
    QHBoxLayout* fileRow = nullptr;
    m_replayFile = fileField(box, QStringLiteral("replayFile"), false, &fileRow);
    form->addRow(tr("Recording"), fileRow);
    m_replaySummary = new QLabel(tr("Pick a recording to see what it holds."), box);
    m_replaySummary->setObjectName(QStringLiteral("replaySummary"));
    m_replaySummary->setWordWrap(true);
    form->addRow(tr("Holds"), m_replaySummary);
    auto* timingRow = new QHBoxLayout;
    m_timing = new QComboBox(box);
    m_timing->addItem(tr("Recorded timing × speed"));
    m_timing->addItem(tr("As fast as allowed, at most"));
    m_speed = new QDoubleSpinBox(box);
    m_speed->setRange(0.01, 1000);
    m_speed->setValue(1.0);
    m_speed->setSuffix(tr(" ×"));
    m_maxRate = new QDoubleSpinBox(box);
    m_maxRate->setRange(0.1, 10000000);
    m_maxRate->setDecimals(1);
    m_maxRate->setValue(1000);
    m_maxRate->setSuffix(tr(" msgs/s"));
    timingRow->addWidget(m_timing);
    timingRow->addWidget(m_speed);
    timingRow->addWidget(m_maxRate);
    timingRow->addStretch(1);
    form->addRow(tr("Timing"), timingRow);
    m_replayTopics = new QLineEdit(box);
    m_replayTopics->setPlaceholderText(tr("every topic (or filters, space-separated)"));
    form->addRow(tr("Only topics"), m_replayTopics);
    m_topicMap = new QPlainTextEdit(box);
    m_topicMap->setObjectName(QStringLiteral("topicMap"));
    m_topicMap->setPlaceholderText(tr("one rule per line, first match wins: plant/#=staging/plant/#"));
    m_topicMap->setMaximumHeight(m_topicMap->fontMetrics().lineSpacing() * 5);
    form->addRow(tr("Topic map"), m_topicMap);
    auto* buttons = new QHBoxLayout;
    m_replayButton = new QPushButton(tr("Replay"), box);
    m_replayButton->setObjectName(QStringLiteral("replayButton"));
    m_cancelButton = new QPushButton(tr("Cancel"), box);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_progress = new QProgressBar(box);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    buttons->addWidget(m_replayButton);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_progress, 1);
    form->addRow(QString(), buttons);
    m_replayStatus = new QLabel(box);
    m_replayStatus->setObjectName(QStringLiteral("replayStatus"));
    form->addRow(QString(), m_replayStatus);
    const auto showTiming = [this] {
        m_speed->setVisible(m_timing->currentIndex() == 0);
        m_maxRate->setVisible(m_timing->currentIndex() == 1);
    };
    showTiming();
    connect(m_timing, &QComboBox::currentIndexChanged, this, showTiming);
    connect(m_replayFile, &QLineEdit::editingFinished, this, &MqttRecordView::loadSummary);
    connect(m_replayButton, &QPushButton::clicked, this, &MqttRecordView::startReplay);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_replayTask)
            m_replayTask->cancel();
        m_replayStatus->setText(tr("Cancelling…"));
    });
    return box;
}

void MqttRecordView::updateButtons() {
    m_recordButton->setEnabled(!m_recordTask);
    m_stopButton->setEnabled(m_recordTask != nullptr);
    m_replayButton->setEnabled(!m_replayTask);
    m_cancelButton->setEnabled(m_replayTask != nullptr);
}

// Records until Stop, as `mqtt record` does (core's recordMqtt), on a session of its own.
void MqttRecordView::startRecording() {
    QStringList filters = splitFilters(m_recordFilter->text());
    if (filters.isEmpty())
        filters = m_connection->filters();
    const QString path = m_recordFile->text().trimmed();
    try {
        if (filters.isEmpty())
            throw Error(ErrorKind::Usage, tr("give the topics to record, or connect with a subscription first"));
        if (path.isEmpty())
            throw Error(ErrorKind::Usage, tr("give the file to record into"));
        checkTopicFilters(filters);
    } catch (const Error& e) {
        m_recordStatus->setText(e.message());
        return;
    }
    m_counters = std::make_shared<RecordCounters>();
    const MqttRecordingRequest request{path, filters, 1, m_append->isChecked()};
    auto counters = m_counters;
    m_recordTask = m_connection->runTask<PipelineResult>(
        tr("recording"),
        [request, counters](MqttSession& session, MqttTaskControl& control) {
            CountingSink counting(*counters);
            PipelineLimits limits;
            limits.stopRequested = [&control] { return control.cancelled(); };
            return recordMqtt(session, request, limits, {&counting});
        },
        this,
        [this, path](const PipelineResult& result) {
            m_recordTask.reset();
            m_counterTimer->stop();
            QString text = tr("Recorded %n message(s) into %1.", nullptr, static_cast<int>(result.messages)).arg(path);
            if (result.end == PipelineResult::End::ConnectionLost)
                text += QLatin1Char(' ') + tr("The connection was lost: %1").arg(result.lostReason.value_or(QString()));
            m_recordStatus->setText(text);
            updateButtons();
        });
    m_recordStatus->setText(tr("Recording %1 into %2 …").arg(filters.join(QLatin1Char(' ')), path));
    m_counterTimer->start();
    updateButtons();
}

void MqttRecordView::stopRecording() {
    if (m_recordTask)
        m_recordTask->cancel();
}

void MqttRecordView::showRecordCounters() {
    if (!m_recordTask || !m_counters)
        return;
    m_recordStatus->setText(tr("Recording: %1 message(s), %2")
                                .arg(m_counters->messages.load())
                                .arg(QLocale().formattedDataSize(m_counters->bytes.load())));
}

// The recording's summary, read on a pool thread (a large file takes a moment).
void MqttRecordView::loadSummary() {
    const QString path = m_replayFile->text().trimmed();
    if (path.isEmpty())
        return;
    m_replaySummary->setText(tr("Reading %1 …").arg(path));
    QPointer<MqttRecordView> self(this);
    QThreadPool::globalInstance()->start([self, path] {
        QString text;
        try {
            RecordingReader reader(path);
            const RecordingInfo info = reader.info();
            const std::int64_t spanMs = info.firstAtMs ? *info.lastAtMs - *info.firstAtMs : 0;
            text = tr("%1 message(s) on %2 topic(s) over %3 s")
                       .arg(info.messages)
                       .arg(info.topics.size())
                       .arg(seconds(spanMs));
            if (info.kafkaRecords > 0)
                text += tr(" (%1 Kafka record(s))").arg(info.kafkaRecords);
        } catch (const Error& e) {
            text = e.message();
        }
        QMetaObject::invokeMethod(self, [self, path, text] {
            if (self && self->m_replayFile->text().trimmed() == path)
                self->m_replaySummary->setText(text);
        });
    });
}

// Republishes the recording as `mqtt replay` does (core's MessageReplayer), on a session of its own.
void MqttRecordView::startReplay() {
    const QString path = m_replayFile->text().trimmed();
    ReplayOptions options;
    try {
        if (path.isEmpty())
            throw Error(ErrorKind::Usage, tr("pick the recording to replay"));
        for (const QString& line : m_topicMap->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            if (!line.trimmed().isEmpty())
                options.topicMap.addRule(line.trimmed());
        options.selection.topicFilters = splitFilters(m_replayTopics->text());
        checkTopicFilters(options.selection.topicFilters);
    } catch (const Error& e) {
        m_replayStatus->setText(e.message());
        return;
    }
    options.schedule = m_timing->currentIndex() == 1 ? ReplaySchedule::maxRate(m_maxRate->value())
                                                     : ReplaySchedule::originalTiming(m_speed->value());
    options.progressInterval = std::chrono::milliseconds(200);
    m_replayTask = m_connection->runTask<ReplayProgress>(
        tr("replaying"),
        [path, options](MqttSession& session, MqttTaskControl& control) mutable {
            RecordingReader reader(path);
            applyPropertyPolicy(options, reader, session.options().protocolVersion);
            MessageReplayer replayer(reader, options);
            return replayer.run([&session](const MqttMessage& m) { session.publish(m); },
                                [&control] { return control.cancelled(); },
                                [&control](const ReplayProgress& p) { control.progress(p.published, p.total); });
        },
        this,
        [this](const ReplayProgress& p) {
            m_progress->setRange(0, static_cast<int>(std::max<std::int64_t>(p.total, 1)));
            m_progress->setValue(static_cast<int>(p.published));
            finishReplay(p.finished ? tr("Replayed %1 of %2 message(s) in %3 s.").arg(p.published).arg(p.total).arg(seconds(p.elapsedMs))
                                    : tr("Cancelled after %1 of %2 message(s).").arg(p.published).arg(p.total));
        });
    m_progress->setRange(0, 0); // busy until the first progress
    m_replayStatus->setText(tr("Replaying %1 …").arg(path));
    updateButtons();
}

void MqttRecordView::finishReplay(const QString& text) {
    m_replayTask.reset();
    m_replayStatus->setText(text);
    updateButtons();
}

void MqttRecordView::onTaskProgress(const MqttTaskControlPtr& task, qint64 done, qint64 total) {
    if (task != m_replayTask || total <= 0)
        return;
    m_progress->setRange(0, static_cast<int>(total));
    m_progress->setValue(static_cast<int>(done));
    m_replayStatus->setText(tr("Replaying: %1 of %2 message(s)").arg(done).arg(total));
}

void MqttRecordView::onTaskFailed(const MqttTaskControlPtr& task, const QString& message) {
    if (task == m_recordTask) {
        m_recordTask.reset();
        m_counterTimer->stop();
        m_recordStatus->setText(tr("Recording failed: %1").arg(message));
        updateButtons();
    } else if (task == m_replayTask) {
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        finishReplay(tr("Replay failed: %1").arg(message));
    }
}
