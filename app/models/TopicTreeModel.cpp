#include "models/TopicTreeModel.h"

#include "mqtt/PayloadView.h"

#include <QFont>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

#include <algorithm>
#include <map>
#include <utility>

using mqkit::TopicNode;

namespace {
constexpr int kPayloadSummaryChars = 120;

// A small "R" badge beside topics the broker holds a retained message for.
QIcon retainedIcon() {
    static const QIcon icon = [] {
        QPixmap pixmap(32, 32);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x1f, 0x7a, 0x8c));
        p.drawRoundedRect(QRectF(2, 2, 28, 28), 7, 7);
        QFont f;
        f.setBold(true);
        f.setPixelSize(22);
        p.setFont(f);
        p.setPen(Qt::white);
        p.drawText(QRectF(2, 2, 28, 28), Qt::AlignCenter, QStringLiteral("R"));
        return QIcon(pixmap);
    }();
    return icon;
}
} // namespace

TopicTreeModel::TopicTreeModel(QObject* parent, mqkit::TopicTreeLimits limits)
    : QAbstractItemModel(parent), m_tree(std::make_shared<mqkit::TopicTree>(limits)), m_rowFlush(new QTimer(this)) {
    m_shownRows[m_tree->root()] = 0;
    m_rowFlush->setSingleShot(true);
    m_rowFlush->setInterval(kRowFlushMs);
    connect(m_rowFlush, &QTimer::timeout, this, &TopicTreeModel::flushHeldRows);
}

TopicTreeModel::~TopicTreeModel() {
    if (m_searchThread.joinable()) // its result, if posted, goes with this object
        m_searchThread.join();
}

const TopicNode* TopicTreeModel::node(const QModelIndex& index) const {
    return index.isValid() ? nodeFor(index) : nullptr;
}

TopicNode* TopicTreeModel::nodeFor(const QModelIndex& index) const {
    return index.isValid() ? static_cast<TopicNode*>(index.internalPointer()) : m_tree->root();
}

QModelIndex TopicTreeModel::indexFor(TopicNode* node, int column) const {
    if (!node || node == m_tree->root())
        return {};
    return createIndex(rowOf(node), column, node);
}

std::span<TopicNode* const> TopicTreeModel::visibleChildren(const TopicNode* node) const {
    return m_selection ? std::span<TopicNode* const>(m_selection->children(node)) : node->children();
}

int TopicTreeModel::rowOf(const TopicNode* node) const {
    return m_selection ? m_selection->row(node) : node->row();
}

// Called for every row of a view's layout: without a query it reads the node only.
bool TopicTreeModel::hasVisibleChildren(const TopicNode* node) const {
    return m_selection ? !m_selection->children(node).empty() : node->hasChildren();
}

int TopicTreeModel::shownRows(const TopicNode* node) const {
    const auto it = m_shownRows.find(node);
    return it == m_shownRows.end() ? 0 : it->second;
}

QModelIndex TopicTreeModel::index(int row, int column, const QModelIndex& parent) const {
    TopicNode* p = nodeFor(parent);
    if (row < 0 || row >= rowCount(parent) || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column, visibleChildren(p)[static_cast<size_t>(row)]);
}

QModelIndex TopicTreeModel::parent(const QModelIndex& child) const {
    if (!child.isValid())
        return {};
    return indexFor(nodeFor(child)->parent());
}

int TopicTreeModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return shownRows(nodeFor(parent));
}

int TopicTreeModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

bool TopicTreeModel::hasChildren(const QModelIndex& parent) const {
    if (parent.isValid() && parent.column() != 0)
        return false;
    return hasVisibleChildren(nodeFor(parent));
}

bool TopicTreeModel::canFetchMore(const QModelIndex& parent) const {
    if (parent.isValid() && parent.column() != 0)
        return false;
    const TopicNode* p = nodeFor(parent);
    return !m_announcing && !isFetched(p) && hasVisibleChildren(p);
}

// Announces every child the parent has now, in one range; later batches append to it.
void TopicTreeModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent))
        return;
    TopicNode* p = nodeFor(parent);
    insertRowsOf(p, 0, static_cast<int>(visibleChildren(p).size()) - 1);
}

QVariant TopicTreeModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    const TopicNode* node = nodeFor(index);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TopicColumn:
            return node->nameIsEmpty() ? QStringLiteral("(empty)") : node->name();
        case MessagesColumn:
            return QVariant::fromValue<qulonglong>(node->subtreeMessageCount());
        case RetainedColumn:
            return node->isRetained() ? tr("retained") : QString();
        case PayloadColumn:
            return node->hasMessage() ? mqkit::payloadSummary(node->lastPayload().toByteArray(), kPayloadSummaryChars) : QString();
        }
        return {};
    case Qt::FontRole:
        if (node->isRetained()) {
            QFont f;
            f.setBold(true);
            return f;
        }
        if (index.column() == TopicColumn && node->nameIsEmpty()) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == TopicColumn && node->isRetained())
            return retainedIcon();
        return {};
    case Qt::ToolTipRole:
        return node->isRetained() ? tr("%1 (retained on the broker)").arg(node->path()) : node->path();
    case FullTopicRole:
        return node->path();
    case RetainedRole:
        return node->isRetained();
    case PayloadRole:
        return node->lastPayload().toByteArray();
    }
    return {};
}

QVariant TopicTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TopicColumn:
        return tr("Topic");
    case MessagesColumn:
        return tr("Messages");
    case RetainedColumn:
        return tr("Retained");
    case PayloadColumn:
        return tr("Last payload");
    }
    return {};
}

QModelIndex TopicTreeModel::indexForTopic(const QString& topic) {
    flushHeldRows();
    TopicNode* node = m_tree->find(topic);
    if (!node || (m_selection && !m_selection->contains(node)))
        return {};
    std::vector<TopicNode*> ancestors; // the node's parents up to the root's child, deepest first
    for (TopicNode* n = node->parent(); n && n->parent(); n = n->parent())
        ancestors.push_back(n);
    for (auto it = ancestors.rbegin(); it != ancestors.rend(); ++it)
        fetchMore(indexFor(*it));
    return rowOf(node) < rowCount(indexFor(node->parent())) ? indexFor(node) : QModelIndex();
}

void TopicTreeModel::clear() {
    m_announcing = true;
    beginResetModel();
    m_tree = std::make_shared<mqkit::TopicTree>(m_tree->limits());
    forgetHeldRows();
    m_shownRows[m_tree->root()] = 0;
    if (m_selection) // an empty tree: built at once
        m_selection = std::make_shared<mqkit::TopicTreeSelection>(*m_tree, m_query);
    m_pending.clear();
    m_pendingMessages = 0;
    m_droppedMessages = 0;
    endResetModel();
    m_announcing = false;
    emit pendingChanged(0);
}

void TopicTreeModel::setQuery(const mqkit::TopicTreeQuery& query) {
    m_requestedQuery = query;
    ++m_searchRequest;
    if (m_searchRunning) // its result is stale now; the newest query starts when it ends
        return;
    if (query.isEmpty())
        return showSelection(query, nullptr);
    if (m_tree->nodeCount() <= kInlineSearchNodes)
        return showSelection(query, std::make_shared<mqkit::TopicTreeSelection>(*m_tree, query));
    startSearch();
}

// The worker only reads the tree: batches are held (applyBatch) until its result is back.
void TopicTreeModel::startSearch() {
    m_searchRunning = true;
    if (m_searchThread.joinable())
        m_searchThread.join(); // the previous search, already finished
    std::shared_ptr<const mqkit::TopicTree> tree = m_tree;
    m_searchThread = std::thread([this, tree, query = m_requestedQuery, request = m_searchRequest] {
        auto selection = std::make_shared<mqkit::TopicTreeSelection>(*tree, query);
        QMetaObject::invokeMethod(
            this, [this, tree, selection, request] { searchFinished(tree, selection, request); }, Qt::QueuedConnection);
    });
}

void TopicTreeModel::searchFinished(const std::shared_ptr<const mqkit::TopicTree>& tree, const Selection& selection,
                                    quint64 request) {
    m_searchRunning = false;
    if (request == m_searchRequest && tree == m_tree)
        showSelection(m_requestedQuery, selection);
    else if (m_requestedQuery.isEmpty())
        showSelection(m_requestedQuery, nullptr);
    else if (m_tree->nodeCount() <= kInlineSearchNodes)
        showSelection(m_requestedQuery, std::make_shared<mqkit::TopicTreeSelection>(*m_tree, m_requestedQuery));
    else
        startSearch();
    applyHeld();
}

void TopicTreeModel::showSelection(const mqkit::TopicTreeQuery& query, Selection selection) {
    m_announcing = true;
    beginResetModel();
    m_query = query;
    m_selection = std::move(selection);
    forgetHeldRows();
    m_shownRows[m_tree->root()] = static_cast<int>(visibleChildren(m_tree->root()).size());
    m_totalShownRows = static_cast<std::size_t>(m_shownRows[m_tree->root()]);
    endResetModel();
    m_announcing = false;
    emit queryApplied();
}

std::size_t TopicTreeModel::matchCount() const {
    return m_selection ? m_selection->matchCount() : m_tree->nodeCount();
}

void TopicTreeModel::setPaused(bool paused) {
    if (paused == m_paused)
        return;
    m_paused = paused;
    applyHeld();
}

void TopicTreeModel::applyHeld() {
    if (m_paused || m_searchRunning)
        return;
    std::deque<MqttBatchPtr> pending;
    pending.swap(m_pending);
    m_pendingMessages = 0;
    m_droppedMessages = 0;
    for (const MqttBatchPtr& batch : pending)
        applyNow(batch);
    emit pendingChanged(0);
}

void TopicTreeModel::applyBatch(const MqttBatchPtr& batch) {
    if (!batch || batch->empty())
        return;
    if (!m_paused && !m_searchRunning)
        return applyNow(batch);
    m_pending.push_back(batch);
    m_pendingMessages += batch->size();
    while (m_pendingMessages > kMaxPendingMessages && m_pending.size() > 1) {
        m_pendingMessages -= m_pending.front()->size();
        m_droppedMessages += m_pending.front()->size();
        m_pending.pop_front();
    }
    emit pendingChanged(m_pendingMessages);
}

void TopicTreeModel::applyNow(const MqttBatchPtr& batch) {
    const mqkit::TopicTreeChanges changes = m_tree->apply(*batch);
    if (m_selection) {
        std::vector<TopicNode*> grown;
        std::vector<TopicNode*> restyled; // rows whose expander or retained look changed
        for (const auto& [parentNode, keptBefore] : m_selection->admit(changes)) {
            grown.push_back(parentNode);
            if (keptBefore == 0 && parentNode != m_tree->root())
                restyled.push_back(parentNode);
        }
        announceGrownParents(grown);
        std::vector<TopicNode*> shown;
        for (TopicNode* node : changes.updatedNodes)
            if (m_selection->contains(node))
                shown.push_back(node);
        for (TopicNode* node : changes.retainMarkChanged)
            if (m_selection->contains(node))
                restyled.push_back(node);
        noteUpdatedNodes(std::move(shown), std::move(restyled));
    } else {
        std::vector<TopicNode*> restyled = changes.newBranches;
        restyled.insert(restyled.end(), changes.retainMarkChanged.begin(), changes.retainMarkChanged.end());
        announceGrownParents(changes.grownParents);
        noteUpdatedNodes(changes.updatedNodes, std::move(restyled));
    }
    ++m_batchesApplied;
}

// No fetch while rows are being inserted (a view or the model tester may ask from the signals).
void TopicTreeModel::insertRowsOf(TopicNode* parentNode, int first, int last) {
    m_announcing = true;
    beginInsertRows(indexFor(parentNode), first, last);
    m_shownRows[parentNode] = last + 1;
    m_totalShownRows += static_cast<std::size_t>(last - first + 1);
    endInsertRows();
    m_announcing = false;
}

// Parents come shallow first, so a parent's own row is announced before its children are.
void TopicTreeModel::announceGrownParents(const std::vector<TopicNode*>& grownParents) {
    for (TopicNode* parentNode : grownParents) {
        if (!isFetched(parentNode))
            continue; // never fetched: a view asks when it opens the node
        if (m_totalShownRows <= static_cast<std::size_t>(kLiveRows)) {
            announceNewRows(parentNode);
            continue;
        }
        if (std::find(m_heldRowParents.begin(), m_heldRowParents.end(), parentNode) == m_heldRowParents.end())
            m_heldRowParents.push_back(parentNode);
        startFlushTimer();
    }
}

void TopicTreeModel::announceNewRows(TopicNode* parentNode) {
    const int first = shownRows(parentNode);
    const int last = static_cast<int>(visibleChildren(parentNode).size()) - 1;
    if (last >= first) // else a view fetched it during this batch's announcement
        insertRowsOf(parentNode, first, last);
}

// In a large view the changed cells wait for the flush too: QTreeView walks every row of a
// dataChanged range, so a range over 100,000 rows per batch would cost as much as the inserts.
void TopicTreeModel::noteUpdatedNodes(std::vector<TopicNode*> updatedNodes, std::vector<TopicNode*> restyledNodes) {
    if (m_totalShownRows <= static_cast<std::size_t>(kLiveRows))
        return announceUpdatedNodes(updatedNodes, restyledNodes);
    m_heldUpdated.insert(m_heldUpdated.end(), updatedNodes.begin(), updatedNodes.end());
    m_heldRestyled.insert(m_heldRestyled.end(), restyledNodes.begin(), restyledNodes.end());
    startFlushTimer();
}

void TopicTreeModel::startFlushTimer() {
    if (!m_rowFlush->isActive())
        m_rowFlush->start();
}

void TopicTreeModel::flushHeldRows() {
    m_rowFlush->stop();
    std::vector<TopicNode*> parents;
    parents.swap(m_heldRowParents);
    std::stable_sort(parents.begin(), parents.end(),
                     [](const TopicNode* a, const TopicNode* b) { return a->depth() < b->depth(); });
    for (TopicNode* parentNode : parents)
        if (isFetched(parentNode))
            announceNewRows(parentNode);
    const std::vector<TopicNode*> updated = std::exchange(m_heldUpdated, {});
    const std::vector<TopicNode*> restyled = std::exchange(m_heldRestyled, {});
    announceUpdatedNodes(updated, restyled);
}

void TopicTreeModel::forgetHeldRows() {
    m_rowFlush->stop();
    m_heldRowParents.clear();
    m_heldUpdated.clear();
    m_heldRestyled.clear();
    m_shownRows.clear();
    m_totalShownRows = 0;
}

namespace {
// Rows [min, max] per parent among the rows views know (rows held back or never fetched are left
// out: views ask for those when they get them).
template <typename RowOf, typename ShownRows>
std::map<TopicNode*, std::pair<int, int>> shownRanges(const std::vector<TopicNode*>& nodes, RowOf rowOf,
                                                      ShownRows shownRows) {
    std::map<TopicNode*, std::pair<int, int>> ranges;
    for (TopicNode* node : nodes) {
        TopicNode* p = node->parent();
        if (!p)
            continue;
        const int row = rowOf(node);
        if (row < 0 || row >= shownRows(p))
            continue;
        auto [it, inserted] = ranges.try_emplace(p, row, row);
        if (!inserted) {
            it->second.first = std::min(it->second.first, row);
            it->second.second = std::max(it->second.second, row);
        }
    }
    return ranges;
}
} // namespace

// One range per parent. A message changes the count and payload columns (and the retained one);
// the topic cell changes only with the retained mark or the first children (the expander), and
// QTreeView re-reads hasChildren for every row of a range that covers it, so only those rows get it.
void TopicTreeModel::announceUpdatedNodes(const std::vector<TopicNode*>& updatedNodes,
                                          const std::vector<TopicNode*>& restyledNodes) {
    const auto rowOfNode = [this](const TopicNode* n) { return rowOf(n); };
    const auto shown = [this](const TopicNode* p) { return shownRows(p); };
    const auto emitRanges = [this](const std::map<TopicNode*, std::pair<int, int>>& ranges, int firstColumn, int lastColumn) {
        for (const auto& [p, range] : ranges) {
            TopicNode* firstNode = visibleChildren(p)[static_cast<size_t>(range.first)];
            TopicNode* lastNode = visibleChildren(p)[static_cast<size_t>(range.second)];
            emit dataChanged(indexFor(firstNode, firstColumn), indexFor(lastNode, lastColumn));
        }
    };
    emitRanges(shownRanges(updatedNodes, rowOfNode, shown), MessagesColumn, ColumnCount - 1);
    emitRanges(shownRanges(restyledNodes, rowOfNode, shown), TopicColumn, TopicColumn);
}
