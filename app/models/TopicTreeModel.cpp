#include "models/TopicTreeModel.h"

#include "mqtt/PayloadView.h"

#include <QFont>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

#include <map>

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
    : QAbstractItemModel(parent), m_tree(std::make_unique<mqkit::TopicTree>(limits)) {}

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

const std::vector<TopicNode*>& TopicTreeModel::visibleChildren(const TopicNode* node) const {
    return m_selection ? m_selection->children(node) : node->children();
}

int TopicTreeModel::rowOf(const TopicNode* node) const {
    return m_selection ? m_selection->row(node) : node->row();
}

QModelIndex TopicTreeModel::index(int row, int column, const QModelIndex& parent) const {
    TopicNode* p = nodeFor(parent);
    if (row < 0 || row >= announcedRows(p) || column < 0 || column >= ColumnCount)
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
    return announcedRows(nodeFor(parent));
}

int TopicTreeModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
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
            return node->hasMessage() ? mqkit::payloadSummary(node->lastPayload(), kPayloadSummaryChars) : QString();
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
        return node->lastPayload();
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

QModelIndex TopicTreeModel::indexForTopic(const QString& topic) const {
    TopicNode* node = m_tree->find(topic);
    // Only nodes already announced to views (and kept by the query) have an index.
    for (TopicNode* n = node; n && n->parent(); n = n->parent()) {
        const int row = rowOf(n);
        if (row < 0 || row >= announcedRows(n->parent()))
            return {};
    }
    return indexFor(node);
}

void TopicTreeModel::clear() {
    beginResetModel();
    m_tree = std::make_unique<mqkit::TopicTree>(m_tree->limits());
    m_announcedRows.clear();
    if (m_selection)
        m_selection = std::make_unique<mqkit::TopicTreeSelection>(*m_tree, m_query);
    m_pending.clear();
    m_pendingMessages = 0;
    m_droppedMessages = 0;
    endResetModel();
    emit pendingChanged(0);
}

int TopicTreeModel::announcedRows(const TopicNode* node) const {
    if (!m_announcing)
        return static_cast<int>(visibleChildren(node).size());
    const auto it = m_announcedRows.find(node);
    return it == m_announcedRows.end() ? 0 : it->second;
}

void TopicTreeModel::setQuery(const mqkit::TopicTreeQuery& query) {
    beginResetModel();
    m_query = query;
    if (query.isEmpty())
        m_selection.reset();
    else
        m_selection = std::make_unique<mqkit::TopicTreeSelection>(*m_tree, query);
    rememberAnnouncedRows();
    endResetModel();
}

std::size_t TopicTreeModel::matchCount() const {
    return m_selection ? m_selection->matchCount() : m_tree->nodeCount();
}

// Every parent's visible rows count as announced; one walk over what is visible.
void TopicTreeModel::rememberAnnouncedRows() {
    m_announcedRows.clear();
    std::vector<const TopicNode*> stack{m_tree->root()};
    while (!stack.empty()) {
        const TopicNode* node = stack.back();
        stack.pop_back();
        const auto& children = visibleChildren(node);
        if (children.empty())
            continue;
        m_announcedRows[node] = static_cast<int>(children.size());
        stack.insert(stack.end(), children.begin(), children.end());
    }
}

void TopicTreeModel::setPaused(bool paused) {
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (paused)
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
    if (!m_paused)
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
    m_announcing = true;
    if (m_selection)
        announceSelectionGrowth(m_selection->admit(changes));
    else
        announceGrownParents(changes.grownParents);
    m_announcing = false;
    if (m_selection) {
        std::vector<TopicNode*> shown;
        for (TopicNode* node : changes.updatedNodes)
            if (m_selection->contains(node))
                shown.push_back(node);
        announceUpdatedNodes(shown);
    } else {
        announceUpdatedNodes(changes.updatedNodes);
    }
    ++m_batchesApplied;
}

void TopicTreeModel::announceSelectionGrowth(const std::vector<std::pair<TopicNode*, int>>& grown) {
    for (const auto& [parentNode, before] : grown)
        m_announcedRows[parentNode] = before;
    for (const auto& [parentNode, before] : grown) {
        int& announced = m_announcedRows[parentNode];
        const int last = static_cast<int>(visibleChildren(parentNode).size()) - 1;
        if (last < announced)
            continue;
        beginInsertRows(indexFor(parentNode), announced, last);
        announced = last + 1;
        endInsertRows();
    }
}

void TopicTreeModel::announceGrownParents(const std::vector<TopicNode*>& grownParents) {
    for (TopicNode* parentNode : grownParents) {
        int& announced = m_announcedRows[parentNode];
        const int first = announced;
        const int last = static_cast<int>(visibleChildren(parentNode).size()) - 1;
        if (last < first)
            continue;
        beginInsertRows(indexFor(parentNode), first, last);
        announced = last + 1;
        endInsertRows();
    }
}

void TopicTreeModel::announceUpdatedNodes(const std::vector<TopicNode*>& updatedNodes) {
    std::map<TopicNode*, std::pair<int, int>> ranges; // parent -> [min row, max row] changed
    for (TopicNode* node : updatedNodes) {
        TopicNode* p = node->parent();
        if (!p)
            continue;
        const int row = rowOf(node);
        auto [it, inserted] = ranges.try_emplace(p, row, row);
        if (!inserted) {
            it->second.first = std::min(it->second.first, row);
            it->second.second = std::max(it->second.second, row);
        }
    }
    for (const auto& [p, range] : ranges) {
        TopicNode* firstNode = visibleChildren(p)[static_cast<size_t>(range.first)];
        TopicNode* lastNode = visibleChildren(p)[static_cast<size_t>(range.second)];
        emit dataChanged(indexFor(firstNode, 0), indexFor(lastNode, ColumnCount - 1));
    }
}
