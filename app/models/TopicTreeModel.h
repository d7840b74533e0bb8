#pragma once

#include "backend/BackendTypes.h"
#include "mqtt/TopicTree.h"

#include <QAbstractItemModel>

#include <memory>
#include <unordered_map>

// Qt item model over mqkit::TopicTree. Each batch becomes one beginInsertRows/endInsertRows
// per parent that grew and one dataChanged per parent whose children changed. Between two
// batches views see every child; while a batch is being announced they see, per parent, only
// the rows announced so far (m_announcedRows, the model's own bookkeeping).
class TopicTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { TopicColumn, MessagesColumn, RetainedColumn, PayloadColumn, ColumnCount };
    enum Role { FullTopicRole = Qt::UserRole + 1, RetainedRole, PayloadRole };

    // The GUI keeps a short history per topic for the payload pane and its chart.
    static constexpr mqkit::TopicTreeLimits kDefaultLimits{16, 32 * 1024};

    explicit TopicTreeModel(QObject* parent = nullptr, mqkit::TopicTreeLimits limits = kDefaultLimits);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex indexForTopic(const QString& topic) const;
    const mqkit::TopicTree& tree() const { return *m_tree; }
    const mqkit::TopicNode* node(const QModelIndex& index) const; // null for an invalid index
    int batchesApplied() const { return m_batchesApplied; }

public slots:
    void applyBatch(const MqttBatchPtr& batch);
    // Forgets every topic (another broker is opened). Nodes handed out before are gone.
    void clear();

private:
    mqkit::TopicNode* nodeFor(const QModelIndex& index) const;
    QModelIndex indexFor(mqkit::TopicNode* node, int column = 0) const;
    int announcedRows(const mqkit::TopicNode* node) const;
    void announceGrownParents(const std::vector<mqkit::TopicNode*>& grownParents);
    void announceUpdatedNodes(const std::vector<mqkit::TopicNode*>& updatedNodes);

    std::unique_ptr<mqkit::TopicTree> m_tree;
    // Rows announced to views, per parent that has children: only read while a batch is being
    // announced (m_announcing); between batches every child has been announced.
    std::unordered_map<const mqkit::TopicNode*, int> m_announcedRows;
    bool m_announcing = false;
    int m_batchesApplied = 0;
};
