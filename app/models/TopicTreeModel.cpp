#include "models/TopicTreeModel.h"

#include "mqtt/PayloadView.h"

#include <QFont>

#include <map>

using mqkit::TopicNode;

namespace {
constexpr int kPayloadSummaryChars = 120;
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
    return createIndex(node->row(), column, node);
}

QModelIndex TopicTreeModel::index(int row, int column, const QModelIndex& parent) const {
    TopicNode* p = nodeFor(parent);
    if (row < 0 || row >= announcedRows(p) || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column, p->children()[static_cast<size_t>(row)]);
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
    case Qt::ToolTipRole:
        return node->path();
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
    // Only nodes already announced to views have an index.
    for (TopicNode* n = node; n && n->parent(); n = n->parent())
        if (n->row() >= announcedRows(n->parent()))
            return {};
    return indexFor(node);
}

void TopicTreeModel::clear() {
    beginResetModel();
    m_tree = std::make_unique<mqkit::TopicTree>(m_tree->limits());
    m_announcedRows.clear();
    endResetModel();
}

int TopicTreeModel::announcedRows(const TopicNode* node) const {
    if (!m_announcing)
        return static_cast<int>(node->children().size());
    const auto it = m_announcedRows.find(node);
    return it == m_announcedRows.end() ? 0 : it->second;
}

void TopicTreeModel::applyBatch(const MqttBatchPtr& batch) {
    if (!batch || batch->empty())
        return;
    const mqkit::TopicTreeChanges changes = m_tree->apply(*batch);
    m_announcing = true;
    announceGrownParents(changes.grownParents);
    m_announcing = false;
    announceUpdatedNodes(changes.updatedNodes);
    ++m_batchesApplied;
}

void TopicTreeModel::announceGrownParents(const std::vector<TopicNode*>& grownParents) {
    for (TopicNode* parentNode : grownParents) {
        int& announced = m_announcedRows[parentNode];
        const int first = announced;
        const int last = static_cast<int>(parentNode->children().size()) - 1;
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
        auto [it, inserted] = ranges.try_emplace(p, node->row(), node->row());
        if (!inserted) {
            it->second.first = std::min(it->second.first, node->row());
            it->second.second = std::max(it->second.second, node->row());
        }
    }
    for (const auto& [p, range] : ranges) {
        TopicNode* firstNode = p->children()[static_cast<size_t>(range.first)];
        TopicNode* lastNode = p->children()[static_cast<size_t>(range.second)];
        emit dataChanged(indexFor(firstNode, 0), indexFor(lastNode, ColumnCount - 1));
    }
}
