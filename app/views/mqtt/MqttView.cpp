#include "views/mqtt/MqttView.h"

#include "backend/MqttConnection.h"
#include "charts/RateChart.h"
#include "common/Error.h"
#include "models/TopicTreeModel.h"
#include "mqtt/MqttLimits.h"
#include "views/mqtt/RetainedClearDialog.h"
#include "widgets/PayloadPane.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <utility>

namespace {
constexpr int kSearchDelayMs = 250;
// A search (or a whole tree) with at most this many visible nodes opens them all; more, only the
// first level.
constexpr std::size_t kExpandAllNodes = 5000;
// New rows near the root open by themselves while their parent has at most this many: a parent
// with thousands of children (dev/<id>) stays a list the user opens row by row, so the view only
// ever fetches what someone looks at.
constexpr int kAutoExpandSiblings = 50;
} // namespace

MqttView::MqttView(MqttConnection* connection, QWidget* parent)
    : QSplitter(Qt::Horizontal, parent), m_connection(connection),
      m_topicModel(new TopicTreeModel(this, TopicTreeModel::kMessagePaneLimits)), m_topicView(new QTreeView(this)) {
    m_topicView->setModel(m_topicModel);
    m_topicView->setUniformRowHeights(true);
    m_topicView->header()->setSectionResizeMode(TopicTreeModel::TopicColumn, QHeaderView::Interactive);
    m_topicView->setColumnWidth(TopicTreeModel::TopicColumn, 260);
    m_topicView->setContextMenuPolicy(Qt::CustomContextMenu);
    addWidget(buildTreeSide());
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    m_payloadPane = new PayloadPane(right);
    m_rateChart = new RateChart(right);
    rightLayout->addWidget(m_payloadPane, 4);
    rightLayout->addWidget(m_rateChart, 1);
    setStretchFactor(0, 1);
    setStretchFactor(1, 1);
    setSizes({560, 720});
    createActions();

    connect(connection, &MqttConnection::opened, this, [this] {
        m_payloadPane->showNode(nullptr); // before the nodes it shows are gone
        m_topicModel->clear();
    });
    connect(connection, &MqttConnection::batchReady, m_topicModel, &TopicTreeModel::applyBatch);
    connect(connection, &MqttConnection::batchReady, m_rateChart,
            [this](const MqttBatchPtr& batch) { m_rateChart->addMessages(static_cast<qsizetype>(batch->size())); });
    connect(connection, &MqttConnection::subscribed, this, [this](const QStringList& filters) {
        m_note = tr("subscribed to %1").arg(filters.join(QStringLiteral(", ")));
        updateStatus();
    });
    connect(connection, &MqttConnection::subscribeFailed, this, [this](const QStringList& filters, const QString& message) {
        m_note = tr("could not subscribe to %1: %2").arg(filters.join(QStringLiteral(", ")), message);
        updateStatus();
    });
    connect(m_topicView->selectionModel(), &QItemSelectionModel::currentChanged, this, &MqttView::showSelectedPayload);
    connect(m_topicModel, &QAbstractItemModel::dataChanged, m_payloadPane, &PayloadPane::refresh);
    connect(m_topicModel, &QAbstractItemModel::rowsInserted, this, &MqttView::expandNearRoot);
    connect(m_topicModel, &TopicTreeModel::queryApplied, this, &MqttView::showSearchResult);
    connect(m_topicModel, &TopicTreeModel::pendingChanged, this, &MqttView::updateStatus);
    connect(m_topicView, &QWidget::customContextMenuRequested, this, &MqttView::showContextMenu);
    updateStatus();
}

QInputDialog* MqttView::subscribeDialog() const {
    return m_subscribeDialog;
}

RetainedClearDialog* MqttView::retainedClearDialog() const {
    return m_clearDialog;
}

QWidget* MqttView::buildTreeSide() {
    auto* side = new QWidget(this);
    m_searchEdit = new QLineEdit(side);
    m_searchEdit->setObjectName(QStringLiteral("topicSearch"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setToolTip(tr("Topic: a case-insensitive part of the topic, or an MQTT filter with + and #. "
                                "Payload: a part of the last payload's text."));
    m_searchEdit->setPlaceholderText(tr("Search: text or a/+/b"));
    m_searchField = new QComboBox(side);
    m_searchField->addItem(tr("Topic"));
    m_searchField->addItem(tr("Payload"));
    m_searchField->setToolTip(tr("Search topic names, or the text of each topic's last payload"));
    m_retainedOnly = new QCheckBox(tr("Retained only"), side);
    m_retainedOnly->setToolTip(tr("Topics the broker holds a retained message for. On MQTT 5 every retained message "
                                  "is known, also those published while the tree is open; on MQTT 3.1.1 only those "
                                  "the broker sent at subscribe time (it clears the flag on live messages)."));
    m_pauseButton = new QToolButton(side);
    m_pauseButton->setCheckable(true);
    m_pauseButton->setText(tr("Pause"));
    m_pauseButton->setToolTip(tr("Hold live updates; messages keep being counted and are applied on resume"));
    m_subscribeButton = new QToolButton(side);
    m_status = new QLabel(side);
    m_status->setObjectName(QStringLiteral("topicTreeStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);

    auto* row = new QHBoxLayout;
    row->addWidget(m_searchEdit, 1);
    row->addWidget(m_searchField);
    row->addWidget(m_retainedOnly);
    row->addWidget(m_pauseButton);
    row->addWidget(m_subscribeButton);
    auto* layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_topicView, 1);
    layout->addWidget(m_status);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &MqttView::applySearch);
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &MqttView::applySearch);
    connect(m_searchField, &QComboBox::currentIndexChanged, this, &MqttView::applySearch);
    connect(m_retainedOnly, &QCheckBox::toggled, this, &MqttView::applySearch);
    connect(m_pauseButton, &QToolButton::toggled, this, [this](bool paused) {
        m_pauseButton->setText(paused ? tr("Resume") : tr("Pause"));
        m_topicModel->setPaused(paused);
        updateStatus();
    });
    // Counts grow with every batch; the label follows at a human pace.
    m_statusTimer = new QTimer(this);
    connect(m_statusTimer, &QTimer::timeout, this, &MqttView::updateStatus);
    m_statusTimer->start(500);
    return side;
}

void MqttView::createActions() {
    m_copyTopic = new QAction(tr("Copy topic"), this);
    m_copyTopic->setShortcut(QKeySequence::Copy);
    m_copyPayload = new QAction(tr("Copy payload"), this);
    m_copyPayload->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_subscribe = new QAction(tr("Subscribe to more filters…"), this);
    m_deleteRetained = new QAction(tr("Delete retained…"), this);
    m_deleteRetained->setToolTip(tr("Preview and delete the retained messages of the selected subtree"));
    for (QAction* a : {m_copyTopic, m_copyPayload}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_topicView->addAction(a);
    }
    m_subscribeButton->setDefaultAction(m_subscribe);
    m_subscribeButton->setText(tr("Subscribe…"));
    connect(m_copyTopic, &QAction::triggered, this, &MqttView::copyTopic);
    connect(m_copyPayload, &QAction::triggered, this, &MqttView::copyPayload);
    connect(m_subscribe, &QAction::triggered, this, &MqttView::askForFilters);
    connect(m_deleteRetained, &QAction::triggered, this, &MqttView::askToDeleteRetained);
}

void MqttView::applySearch() {
    m_searchDelay->stop();
    mqkit::TopicTreeQuery query;
    query.field = m_searchField->currentIndex() == 1 ? mqkit::TopicTreeQuery::Field::Payload
                                                     : mqkit::TopicTreeQuery::Field::Topic;
    query.text = m_searchEdit->text().trimmed();
    query.retainedOnly = m_retainedOnly->isChecked();
    const mqkit::TopicTreeQuery& old = m_topicModel->requestedQuery();
    if (query.field == old.field && query.text == old.text && query.retainedOnly == old.retainedOnly)
        return;
    if (const mqkit::TopicNode* current = m_topicModel->node(m_topicView->currentIndex()))
        m_reselectTopic = current->path();
    m_topicModel->setQuery(query); // a large tree is searched by a worker: showSearchResult follows
    updateStatus();
}

// The rows show a new query: open what fits on screen and select the topic the pane shows again.
void MqttView::showSearchResult() {
    const bool fewNodes = m_topicModel->query().isEmpty() ? m_topicModel->tree().nodeCount() <= kExpandAllNodes
                                                          : m_topicModel->matchCount() <= kExpandAllNodes;
    if (fewNodes)
        m_topicView->expandAll();
    else
        m_topicView->expandToDepth(0);
    const QString topic = std::exchange(m_reselectTopic, QString());
    if (!topic.isEmpty()) { // the pane keeps showing it; the tree selects it again if it is visible
        const QModelIndex index = m_topicModel->indexForTopic(topic);
        if (index.isValid()) {
            m_topicView->setCurrentIndex(index);
            m_topicView->scrollTo(index);
        }
    }
    updateStatus();
}

// New branches near the root open by themselves (while their parent has few children), so a
// fresh tree shows its shape at once; under a search every new match opens while there are few.
void MqttView::expandNearRoot(const QModelIndex& parent, int first, int last) {
    int depth = 0;
    for (QModelIndex p = parent; p.isValid(); p = p.parent())
        ++depth;
    const bool searching = !m_topicModel->query().isEmpty() && m_topicModel->matchCount() <= kExpandAllNodes;
    if (!searching && (depth >= 2 || m_topicModel->rowCount(parent) > kAutoExpandSiblings))
        return;
    for (int row = first; row <= last; ++row)
        m_topicView->expand(m_topicModel->index(row, 0, parent));
}

void MqttView::showSelectedPayload() {
    m_payloadPane->showNode(m_topicModel->node(m_topicView->currentIndex()));
}

void MqttView::showContextMenu(const QPoint& pos) {
    const mqkit::TopicNode* node = m_topicModel->node(m_topicView->indexAt(pos));
    m_copyTopic->setEnabled(node);
    m_copyPayload->setEnabled(node && node->hasMessage());
    m_deleteRetained->setEnabled(node && m_connection->isOpen());
    m_subscribe->setEnabled(m_connection->isOpen());
    QMenu menu(this);
    menu.addAction(m_copyTopic);
    menu.addAction(m_copyPayload);
    menu.addSeparator();
    menu.addAction(m_subscribe);
    menu.addAction(m_deleteRetained);
    menu.exec(m_topicView->viewport()->mapToGlobal(pos));
    m_copyTopic->setEnabled(true); // the shortcuts check the selection themselves
    m_copyPayload->setEnabled(true);
    m_deleteRetained->setEnabled(true);
    m_subscribe->setEnabled(true);
}

void MqttView::copyTopic() {
    if (const mqkit::TopicNode* node = m_topicModel->node(m_topicView->currentIndex()))
        QApplication::clipboard()->setText(node->path());
}

void MqttView::copyPayload() {
    const mqkit::TopicNode* node = m_topicModel->node(m_topicView->currentIndex());
    if (node && node->hasMessage())
        QApplication::clipboard()->setText(QString::fromUtf8(node->lastPayload()));
}

void MqttView::askForFilters() {
    if (!m_connection->isOpen()) {
        m_note = tr("connect to a broker first");
        return updateStatus();
    }
    if (m_subscribeDialog)
        return m_subscribeDialog->raise();
    auto* dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Subscribe to more filters"));
    dialog->setLabelText(tr("Topic filters, separated by spaces (now: %1)").arg(m_connection->filters().join(QStringLiteral(" "))));
    dialog->setTextValue(QStringLiteral("#"));
    connect(dialog, &QInputDialog::textValueSelected, this, &MqttView::subscribeMore);
    m_subscribeDialog = dialog;
    dialog->open();
}

void MqttView::subscribeMore(const QString& text) {
    const QStringList filters = text.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
    try {
        mqkit::checkTopicFilters(filters);
    } catch (const mqkit::Error& e) {
        m_note = e.message();
        return updateStatus();
    }
    if (filters.isEmpty())
        return;
    m_note = tr("subscribing to %1…").arg(filters.join(QStringLiteral(", ")));
    m_connection->subscribe(filters);
    updateStatus();
}

void MqttView::askToDeleteRetained() {
    const mqkit::TopicNode* node = m_topicModel->node(m_topicView->currentIndex());
    if (!node || !m_connection->isOpen())
        return;
    if (m_clearDialog)
        m_clearDialog->close();
    auto* dialog = new RetainedClearDialog(m_connection, node->path() + QStringLiteral("/#"), this);
    connect(dialog, &RetainedClearDialog::cleared, this, [this] {
        if (m_topicModel->requestedQuery().retainedOnly) // what was cleared leaves the retained-only list
            m_topicModel->setQuery(m_topicModel->requestedQuery());
    });
    m_clearDialog = dialog;
    dialog->open();
}

void MqttView::updateStatus() {
    QStringList parts;
    if (m_topicModel->isPaused()) {
        parts << tr("paused, %n new", nullptr, static_cast<int>(std::min<std::size_t>(m_topicModel->pendingMessages(), INT_MAX)));
        if (m_topicModel->droppedMessages() > 0)
            parts << tr("%1 older ones dropped while paused").arg(m_topicModel->droppedMessages());
    }
    const auto& tree = m_topicModel->tree();
    if (m_topicModel->isSearching())
        parts << tr("searching %1 topics…").arg(tree.topicCount());
    else if (m_topicModel->query().isEmpty())
        parts << tr("%1 topics, %2 retained").arg(tree.topicCount()).arg(tree.retainedCount());
    else
        parts << tr("%1 matching of %2 topics").arg(m_topicModel->matchCount()).arg(tree.topicCount());
    if (!m_note.isEmpty())
        parts << m_note;
    const QString text = parts.join(QStringLiteral(" · "));
    if (m_status->text() != text)
        m_status->setText(text);
}
