#pragma once

#include "backend/BackendTypes.h"
#include "mqtt/TopicTree.h"
#include "mqtt/TopicTreeFilter.h"

#include <QAbstractItemModel>

#include <deque>
#include <memory>
#include <unordered_map>

// Qt item model over mqkit::TopicTree. Each batch becomes one beginInsertRows/endInsertRows
// per parent that grew and one dataChanged per parent whose children changed. Between two
// batches views see every child; while a batch is being announced they see, per parent, only
// the rows announced so far (m_announcedRows, the model's own bookkeeping).
// A query (setQuery) shows only the matching topics with their ancestors: core's
// TopicTreeSelection is built in one walk and then grows batch by batch, so the model never
// filters row by row. Paused, the model holds the batches it gets and applies them on resume.
class TopicTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { TopicColumn, MessagesColumn, RetainedColumn, PayloadColumn, ColumnCount };
    enum Role { FullTopicRole = Qt::UserRole + 1, RetainedRole, PayloadRole };

    // The GUI keeps a short history per topic for the payload pane and its chart.
    static constexpr mqkit::TopicTreeLimits kDefaultLimits{16, 32 * 1024};
    // The MQTT view's: the message pane's history and diff, bounded per topic by count and bytes.
    static constexpr mqkit::TopicTreeLimits kMessagePaneLimits{100, 64 * 1024};
    // While paused at most this many messages wait; older waiting batches are dropped beyond it.
    static constexpr std::size_t kMaxPendingMessages = 1'000'000;

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

    // Search: only matching topics and their ancestors (an empty query shows everything).
    void setQuery(const mqkit::TopicTreeQuery& query);
    const mqkit::TopicTreeQuery& query() const { return m_query; }
    std::size_t matchCount() const; // topics matching the query (all nodes without a query)

    // Paused: batches are held (and counted) instead of applied; resuming applies them in order.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    std::size_t pendingMessages() const { return m_pendingMessages; }
    std::size_t droppedMessages() const { return m_droppedMessages; } // beyond kMaxPendingMessages

signals:
    void pendingChanged(std::size_t pendingMessages);

public slots:
    void applyBatch(const MqttBatchPtr& batch);
    // Forgets every topic (another broker is opened). Nodes handed out before are gone.
    void clear();

private:
    void applyNow(const MqttBatchPtr& batch);
    const std::vector<mqkit::TopicNode*>& visibleChildren(const mqkit::TopicNode* node) const;
    int rowOf(const mqkit::TopicNode* node) const;
    void rememberAnnouncedRows(); // after a reset: every visible parent fully announced
    void announceSelectionGrowth(const std::vector<std::pair<mqkit::TopicNode*, int>>& grown);
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
    mqkit::TopicTreeQuery m_query;
    std::unique_ptr<mqkit::TopicTreeSelection> m_selection; // null: no query
    bool m_paused = false;
    std::deque<MqttBatchPtr> m_pending;
    std::size_t m_pendingMessages = 0;
    std::size_t m_droppedMessages = 0;
};
