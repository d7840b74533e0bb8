#include "widgets/PayloadPane.h"

#include "charts/ValueChart.h"
#include "common/Error.h"
#include "mqtt/PayloadDiff.h"
#include "mqtt/TopicFilter.h"

#include <QComboBox>
#include <QDateTime>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QSettings>
#include <QTextBlock>
#include <QToolButton>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using mqkit::PayloadViewKind;
using mqkit::TopicHistoryEntry;

namespace {

QString timeText(std::int64_t ms) {
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

QString shortTime(std::int64_t ms) {
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("HH:mm:ss.zzz"));
}

QTableWidget* makeTable(const QStringList& headers, QWidget* parent) {
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->setVisible(false);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 6);
    return t;
}

void setRow(QTableWidget* t, int row, const QStringList& cells) {
    for (int c = 0; c < cells.size(); ++c) {
        if (QTableWidgetItem* item = t->item(row, c))
            item->setText(cells[c]);
        else
            t->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
}

mqkit::PayloadViewRules loadViewRules() {
    return mqkit::PayloadViewRules::fromStrings(QSettings().value(QLatin1String(PayloadPane::kViewRulesKey)).toStringList());
}

// Diff lines get a background by their sign: added, removed, changed.
QList<QTextEdit::ExtraSelection> diffHighlights(QPlainTextEdit* text) {
    QList<QTextEdit::ExtraSelection> out;
    for (QTextBlock block = text->document()->begin(); block.isValid(); block = block.next()) {
        const QString line = block.text();
        QColor color;
        if (line.startsWith(QLatin1String("+ ")))
            color = QColor(0x2e, 0xa0, 0x43, 70);
        else if (line.startsWith(QLatin1String("- ")))
            color = QColor(0xcf, 0x22, 0x2e, 70);
        else if (line.startsWith(QLatin1String("~ ")))
            color = QColor(0xd4, 0xa7, 0x2c, 80);
        else
            continue;
        QTextEdit::ExtraSelection sel;
        sel.cursor = QTextCursor(block);
        sel.format.setBackground(color);
        sel.format.setProperty(QTextFormat::FullWidthSelection, true);
        out << sel;
    }
    return out;
}

} // namespace

PayloadPane::PayloadPane(QWidget* parent)
    : QWidget(parent), m_topic(new QLabel(this)), m_viewBox(new QComboBox(this)), m_diffButton(new QToolButton(this)),
      m_keepViewButton(new QToolButton(this)), m_note(new QLabel(this)),
      m_text(new QPlainTextEdit(this)), m_details(makeTable({tr("Field"), tr("Value")}, this)),
      m_history(makeTable({tr("Received"), tr("QoS"), tr("Retain"), tr("Bytes"), tr("Payload")}, this)),
      m_pathEdit(new QLineEdit(this)), m_pathError(new QLabel(this)), m_chart(new ValueChart(this)),
      m_rateTimer(new QTimer(this)) {
    m_topic->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_topic->setWordWrap(true);
    m_viewBox->addItem(tr("Text"), int(PayloadViewKind::Text));
    m_viewBox->addItem(tr("JSON"), int(PayloadViewKind::Json));
    m_viewBox->addItem(tr("Hex"), int(PayloadViewKind::Hex));
    m_viewBox->addItem(tr("Base64"), int(PayloadViewKind::Base64));
    m_diffButton->setText(tr("Diff"));
    m_diffButton->setCheckable(true);
    m_diffButton->setToolTip(tr("Show what changed since the message before; or select two history rows to compare them"));
    m_keepViewButton->setText(tr("Keep for…"));
    m_keepViewButton->setToolTip(tr("Always show topics matching a filter (e.g. sensors/+/raw) in this view"));
    m_rules = loadViewRules();
    m_note->setWordWrap(true);
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setPlaceholderText(tr("Select a topic to see its last payload"));
    m_pathEdit->setPlaceholderText(tr("JSON path to chart, e.g. $.tempC or $.metrics[0].value"));
    m_pathEdit->setClearButtonEnabled(true);
    m_pathError->setStyleSheet(QStringLiteral("color: #b00020"));
    m_pathError->setVisible(false);

    auto* messagePage = new QWidget(this);
    auto* messageLayout = new QVBoxLayout(messagePage);
    messageLayout->setContentsMargins(0, 0, 0, 0);
    auto* viewRow = new QHBoxLayout;
    viewRow->addWidget(new QLabel(tr("View"), messagePage));
    viewRow->addWidget(m_viewBox);
    viewRow->addWidget(m_keepViewButton);
    viewRow->addWidget(m_diffButton);
    viewRow->addWidget(m_note, 1);
    messageLayout->addWidget(m_topic);
    messageLayout->addLayout(viewRow);
    messageLayout->addWidget(m_text, 1);

    auto* chartPage = new QWidget(this);
    auto* chartLayout = new QVBoxLayout(chartPage);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_pathEdit);
    chartLayout->addWidget(m_pathError);
    chartLayout->addWidget(m_chart, 1);

    for (int c = 0; c < 4; ++c)
        m_history->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_details->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto* tables = new QSplitter(Qt::Horizontal, this);
    tables->addWidget(m_details);
    tables->addWidget(m_history);
    tables->setStretchFactor(0, 2);
    tables->setStretchFactor(1, 3);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(messagePage);
    split->addWidget(tables);
    split->addWidget(chartPage);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_viewBox, &QComboBox::currentIndexChanged, this, [this] { renderMessage(); });
    connect(m_pathEdit, &QLineEdit::editingFinished, this, [this] { setJsonPath(m_pathEdit->text()); });
    m_history->setSelectionMode(QAbstractItemView::ExtendedSelection);
    connect(m_history, &QTableWidget::cellClicked, this, [this](int row, int) { selectHistoryRow(row); });
    connect(m_history, &QTableWidget::itemSelectionChanged, this, &PayloadPane::compareSelectedRows);
    connect(m_diffButton, &QToolButton::toggled, this, [this] { renderMessage(); });
    connect(m_keepViewButton, &QToolButton::clicked, this, &PayloadPane::askForViewFilter);
    // Rates decay while a topic is silent, so the details are redrawn once a second.
    connect(m_rateTimer, &QTimer::timeout, this, &PayloadPane::renderDetails);
    m_rateTimer->start(1000);
}

void PayloadPane::showNode(const mqkit::TopicNode* node) {
    if (node == m_node)
        return refresh();
    m_node = node;
    m_pinned.reset();
    m_compare.reset();
    m_shownCount = node ? node->messageCount() : 0;
    applyViewRule();
    m_topic->setText(node ? tr("<b>%1</b>").arg(node->path().toHtmlEscaped()) : QString());
    renderMessage();
    renderDetails();
    renderHistory();
    rebuildChart();
}

void PayloadPane::refresh() {
    if (!m_node || m_node->messageCount() == m_shownCount)
        return;
    m_shownCount = m_node->messageCount();
    if (!m_pinned)
        renderMessage();
    renderDetails();
    renderHistory();
    appendNewChartPoints();
}

void PayloadPane::setViewKind(PayloadViewKind kind) {
    m_viewBox->setCurrentIndex(m_viewBox->findData(int(kind)));
}

PayloadViewKind PayloadPane::viewKind() const {
    return static_cast<PayloadViewKind>(m_viewBox->currentData().toInt());
}

std::vector<TopicHistoryEntry> PayloadPane::messages() const {
    if (!m_node || !m_node->hasMessage())
        return {};
    auto history = m_node->history();
    if (!history.empty())
        return history;
    TopicHistoryEntry last{m_node->lastPayload().toByteArray(), m_node->lastReceivedAtMs(), m_node->lastQos(), m_node->lastRetainFlag(), {}};
    if (!m_node->lastProperties().isEmpty())
        last.properties = std::make_shared<const mqkit::MqttProperties>(m_node->lastProperties());
    return {last};
}

void PayloadPane::applyViewRule() {
    m_rules = loadViewRules(); // another pane may have stored one
    m_ruleFilter.clear();
    if (!m_node)
        return;
    if (const auto rule = m_rules.ruleFor(m_node->path())) {
        m_ruleFilter = rule->filter;
        const QSignalBlocker block(m_viewBox); // showNode renders once, after this
        setViewKind(rule->kind);
    }
}

QInputDialog* PayloadPane::keepViewDialog() const {
    return m_keepViewDialog;
}

QString PayloadPane::viewRuleFilter() const {
    return m_ruleFilter;
}

bool PayloadPane::keepViewFor(const QString& filter) {
    mqkit::PayloadViewRules rules = loadViewRules();
    try {
        rules.set(filter.trimmed(), viewKind());
    } catch (const mqkit::Error& e) {
        m_note->setText(e.message());
        return false;
    }
    QSettings().setValue(QLatin1String(kViewRulesKey), rules.toStrings());
    m_rules = rules;
    if (m_node && mqkit::topicMatchesFilter(m_node->path(), filter.trimmed()))
        m_ruleFilter = m_rules.ruleFor(m_node->path())->filter;
    renderMessage();
    return true;
}

void PayloadPane::askForViewFilter() {
    if (m_keepViewDialog)
        return m_keepViewDialog->raise();
    auto* dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Keep the %1 view").arg(m_viewBox->currentText()));
    dialog->setLabelText(tr("Show every topic matching this filter as %1 (+ one level, # the rest):").arg(m_viewBox->currentText()));
    dialog->setTextValue(m_ruleFilter.isEmpty() && m_node ? m_node->path() : m_ruleFilter);
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString& f) { keepViewFor(f); });
    m_keepViewDialog = dialog;
    dialog->open();
}

void PayloadPane::setDiffMode(bool on) {
    m_diffButton->setChecked(on);
}

bool PayloadPane::diffMode() const {
    return m_diffButton->isChecked();
}

void PayloadPane::compareHistoryRows(int a, int b) {
    m_history->clearSelection();
    m_history->selectionModel()->select(m_history->model()->index(a, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    m_history->selectionModel()->select(m_history->model()->index(b, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

void PayloadPane::compareSelectedRows() {
    QList<int> rows;
    for (const QModelIndex& index : m_history->selectionModel()->selectedRows())
        rows << index.row();
    const auto entries = messages();
    const int n = static_cast<int>(entries.size());
    m_compare.reset();
    if (rows.size() == 2 && rows[0] < n && rows[1] < n) {
        std::sort(rows.begin(), rows.end()); // row 0 is the newest
        m_compare.emplace(entries[static_cast<size_t>(n - 1 - rows[1])], entries[static_cast<size_t>(n - 1 - rows[0])]);
    }
    renderMessage();
}

// The diff shown: two chosen history messages, or the shown message against the one before it.
void PayloadPane::renderDiff() {
    const auto entries = messages();
    std::optional<std::pair<TopicHistoryEntry, TopicHistoryEntry>> pair = m_compare;
    if (!pair) {
        const std::int64_t at = m_pinned ? m_pinned->receivedAtMs : m_node->lastReceivedAtMs();
        auto it = std::find_if(entries.rbegin(), entries.rend(),
                               [&](const TopicHistoryEntry& e) { return m_pinned ? e.receivedAtMs == at && e.payload == m_pinned->payload : true; });
        if (it == entries.rend() || std::next(it) == entries.rend()) {
            m_text->setPlainText(QString());
            m_text->setExtraSelections({});
            m_note->setText(tr("no earlier message of this topic in the history to compare with"));
            return;
        }
        pair.emplace(*std::next(it), *it);
    }
    const mqkit::PayloadDiff diff = mqkit::diffPayloads(pair->first.payload, pair->second.payload);
    const QString text = diff.lines().join(QLatin1Char('\n'));
    if (m_text->toPlainText() != text)
        m_text->setPlainText(text);
    m_text->setExtraSelections(diffHighlights(m_text));
    QString note = tr("%n change(s) from %1 to %2", nullptr, static_cast<int>(diff.changes()))
                       .arg(shortTime(pair->first.receivedAtMs), shortTime(pair->second.receivedAtMs));
    note += diff.json ? tr(" (by JSON path)") : tr(" (by line)");
    if (diff.truncated)
        note += tr("; only the first lines were compared");
    m_note->setText(note);
}

void PayloadPane::renderMessage() {
    if (!m_node || !m_node->hasMessage()) {
        m_text->clear();
        m_note->clear();
        return;
    }
    if (m_compare || diffMode())
        return renderDiff();
    m_text->setExtraSelections({});
    const QByteArray payload = m_pinned ? m_pinned->payload : m_node->lastPayload().toByteArray();
    const mqkit::PayloadRendering r = mqkit::renderPayload(payload, viewKind());
    if (m_text->toPlainText() != r.text)
        m_text->setPlainText(r.text);
    QStringList notes;
    if (m_pinned)
        notes << tr("message of %1 (click the newest history row to follow live)").arg(timeText(m_pinned->receivedAtMs));
    if (!r.error.isEmpty())
        notes << r.error;
    if (r.invalidUtf8 && viewKind() != PayloadViewKind::Hex && viewKind() != PayloadViewKind::Base64)
        notes << tr("not valid UTF-8: such bytes are shown as \\xNN");
    else if (r.escaped)
        notes << tr("control bytes are shown as \\xNN");
    if (r.truncated)
        notes << tr("truncated view; the message itself is whole");
    if (!m_ruleFilter.isEmpty())
        notes << tr("view kept for %1").arg(m_ruleFilter);
    m_note->setText(notes.join(QStringLiteral("; ")));
}

void PayloadPane::renderDetails() {
    QList<QStringList> rows;
    if (m_node && m_node->hasMessage()) {
        const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
        const bool pinned = m_pinned.has_value();
        const QByteArray payload = pinned ? m_pinned->payload : m_node->lastPayload().toByteArray();
        const int qos = pinned ? m_pinned->qos : m_node->lastQos();
        const bool retainFlag = pinned ? m_pinned->retained : m_node->lastRetainFlag();
        const std::int64_t at = pinned ? m_pinned->receivedAtMs : m_node->lastReceivedAtMs();
        const mqkit::MqttProperties& p =
            pinned ? (m_pinned->properties ? *m_pinned->properties : mqkit::MqttProperties{}) : m_node->lastProperties();
        rows << QStringList{tr("Received"), timeText(at)} << QStringList{tr("QoS"), QString::number(qos)}
             << QStringList{tr("Retain flag"), retainFlag ? tr("yes") : tr("no")}
             << QStringList{tr("Payload bytes"), QString::number(payload.size())}
             << QStringList{tr("Retained on broker"), m_node->isRetained() ? tr("yes") : tr("no")}
             << QStringList{tr("Messages"), QString::number(m_node->messageCount())}
             << QStringList{tr("Rate"), tr("%1 msg/s").arg(m_node->rate(now), 0, 'f', 2)};
        if (!m_node->children().empty())
            rows << QStringList{tr("Subtree"), tr("%1 topics, %2 messages, %3 retained, %4 msg/s")
                                                   .arg(m_node->subtreeTopicCount())
                                                   .arg(m_node->subtreeMessageCount())
                                                   .arg(m_node->subtreeRetainedCount())
                                                   .arg(m_node->subtreeRate(now), 0, 'f', 2)};
        if (!p.contentType.isEmpty())
            rows << QStringList{tr("Content type"), p.contentType};
        if (p.payloadFormat)
            rows << QStringList{tr("Payload format"), *p.payloadFormat == 1 ? tr("1 (UTF-8)") : tr("0 (bytes)")};
        if (p.messageExpirySeconds)
            rows << QStringList{tr("Message expiry"), tr("%1 s").arg(*p.messageExpirySeconds)};
        if (!p.responseTopic.isEmpty())
            rows << QStringList{tr("Response topic"), p.responseTopic};
        if (!p.correlationData.isEmpty())
            rows << QStringList{tr("Correlation data"), mqkit::payloadSummary(p.correlationData)};
        if (!p.subscriptionIds.empty()) {
            QStringList ids;
            for (int id : p.subscriptionIds)
                ids << QString::number(id);
            rows << QStringList{tr("Subscription ids"), ids.join(QStringLiteral(", "))};
        }
        for (const auto& [key, value] : p.user)
            rows << QStringList{tr("User property %1").arg(key), value};
    }
    m_details->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        setRow(m_details, r, rows[r]);
}

void PayloadPane::renderHistory() {
    const auto entries = messages();
    const int n = static_cast<int>(entries.size());
    m_history->setRowCount(n);
    for (int row = 0; row < n; ++row) { // newest first
        const TopicHistoryEntry& e = entries[static_cast<size_t>(n - 1 - row)];
        setRow(m_history, row,
               {shortTime(e.receivedAtMs), QString::number(e.qos), e.retained ? tr("yes") : QString(),
                QString::number(e.payload.size()), mqkit::payloadSummary(e.payload, 80)});
    }
}

void PayloadPane::selectHistoryRow(int row) {
    const auto entries = messages();
    if (row <= 0 || row >= static_cast<int>(entries.size()))
        m_pinned.reset();
    else
        m_pinned = entries[entries.size() - 1 - static_cast<size_t>(row)];
    renderMessage();
    renderDetails();
}

void PayloadPane::setJsonPath(const QString& path) {
    if (m_pathEdit->text() != path)
        m_pathEdit->setText(path);
    m_path.reset();
    m_pathError->clear();
    if (!path.trimmed().isEmpty()) {
        try {
            m_path = mqkit::JsonPath::parse(path.trimmed());
        } catch (const mqkit::Error& e) {
            m_pathError->setText(e.message());
        }
    }
    m_pathError->setVisible(!m_pathError->text().isEmpty());
    rebuildChart();
}

void PayloadPane::rebuildChart() {
    m_chart->clear();
    m_chartedCount = m_node ? m_node->messageCount() : 0;
    if (!m_path || !m_node)
        return;
    for (const auto& e : messages())
        if (const auto v = m_path->number(e.payload))
            m_chart->addPoint(e.receivedAtMs, *v);
}

void PayloadPane::appendNewChartPoints() {
    if (!m_path || !m_node)
        return;
    const std::uint64_t fresh = m_node->messageCount() - m_chartedCount;
    m_chartedCount = m_node->messageCount();
    const auto entries = messages();
    const std::size_t take = std::min<std::size_t>(fresh, entries.size());
    for (std::size_t i = entries.size() - take; i < entries.size(); ++i)
        if (const auto v = m_path->number(entries[i].payload))
            m_chart->addPoint(entries[i].receivedAtMs, *v);
}

QString PayloadPane::payloadText() const {
    return m_text->toPlainText();
}

QString PayloadPane::noteText() const {
    return m_note->text();
}

QString PayloadPane::detailsText() const {
    QString out;
    for (int r = 0; r < m_details->rowCount(); ++r)
        out += m_details->item(r, 0)->text() + QStringLiteral(": ") + m_details->item(r, 1)->text() + QLatin1Char('\n');
    return out;
}

int PayloadPane::historyRowCount() const {
    return m_history->rowCount();
}

int PayloadPane::chartPointCount() const {
    return m_chart->pointCount();
}

double PayloadPane::chartLastValue() const {
    return m_chart->lastValue();
}

QString PayloadPane::jsonPathError() const {
    return m_pathError->text();
}
