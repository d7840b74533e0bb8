#pragma once

#include "backend/BackendTypes.h"
#include "mqtt/TopicTree.h"
#include "mqtt/TopicTreeFilter.h"

#include <QAbstractItemModel>
#include <QTimer>

#include <span>

#include <deque>
#include <memory>
#include <thread>
#include <unordered_map>

// Qt item model over mqkit::TopicTree, populated lazily: a parent's rows exist for views only
// once a view asked for them (fetchMore, which QTreeView calls when it expands a node), so a tree
// of a million topics costs views only the rows of the nodes a user opened. Each batch becomes one
// beginInsertRows/endInsertRows per fetched parent that grew (new children are appended) and one
// dataChanged per fetched parent whose shown children changed: the columns after the topic, as
// only those change with a message, plus the topic cell of each shown row that got its first
// children (its expander); parents no view fetched get no signal (their hasChildren() follows the
// tree, refreshed by that signal of their own row).
// QTreeView lays out every row it shows on each insert and walks every row of a dataChanged range,
// so once the model shows more than kLiveRows rows, new rows and changed cells are announced
// together every kRowFlushMs instead of with each batch.
// A query (setQuery) shows only the matching topics with their ancestors: core's
// TopicTreeSelection is built in one walk (in a worker thread when the tree is large) and then
// grows batch by batch, so the model never filters row by row. Paused, or while a search walks
// the tree, the model holds the batches it gets and applies them afterwards, in order.
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

    // A search over a tree of at most this many nodes is applied at once (a few ms); larger ones
    // walk the tree in a worker thread while the GUI stays live.
    static constexpr std::size_t kInlineSearchNodes = 50'000;

    // Up to this many rows shown in all, new rows and changed cells are announced with their batch;
    // beyond, at most every kRowFlushMs (a view's walk over all its rows per batch would stall the GUI).
    static constexpr int kLiveRows = 30'000;
    static constexpr int kRowFlushMs = 500;

    explicit TopicTreeModel(QObject* parent = nullptr, mqkit::TopicTreeLimits limits = kDefaultLimits);
    ~TopicTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // The index of a topic shown by the model, announcing the rows of its ancestors that no view
    // fetched yet; invalid when the topic is unknown or the query hides it.
    QModelIndex indexForTopic(const QString& topic);
    const mqkit::TopicTree& tree() const { return *m_tree; }
    const mqkit::TopicNode* node(const QModelIndex& index) const; // null for an invalid index
    int batchesApplied() const { return m_batchesApplied; }

    // Search: only matching topics and their ancestors (an empty query shows everything). Applied
    // at once for an empty query or a small tree (queryApplied is emitted before setQuery returns),
    // else by a worker: the rows keep showing the previous query until queryApplied. A newer
    // query makes a running search's result stale: it is dropped, never shown.
    void setQuery(const mqkit::TopicTreeQuery& query);
    const mqkit::TopicTreeQuery& query() const { return m_query; }                   // what the rows show
    const mqkit::TopicTreeQuery& requestedQuery() const { return m_requestedQuery; } // the newest asked for
    bool isSearching() const { return m_searchRunning; }
    std::size_t matchCount() const; // topics matching the query (all nodes without a query)

    // Paused: batches are held (and counted) instead of applied; resuming applies them in order.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    std::size_t pendingMessages() const { return m_pendingMessages; }
    std::size_t droppedMessages() const { return m_droppedMessages; } // beyond kMaxPendingMessages

signals:
    void pendingChanged(std::size_t pendingMessages);
    void queryApplied(); // the rows now show query()

public slots:
    void applyBatch(const MqttBatchPtr& batch);
    // Forgets every topic (another broker is opened). Nodes handed out before are gone.
    void clear();

private:
    using Selection = std::shared_ptr<mqkit::TopicTreeSelection>;
    void applyNow(const MqttBatchPtr& batch);
    void applyHeld(); // the batches held while paused or searching, unless still paused or searching
    void startSearch();
    void searchFinished(const std::shared_ptr<const mqkit::TopicTree>& tree, const Selection& selection,
                        quint64 request);
    void showSelection(const mqkit::TopicTreeQuery& query, Selection selection);
    std::span<mqkit::TopicNode* const> visibleChildren(const mqkit::TopicNode* node) const;
    int rowOf(const mqkit::TopicNode* node) const;
    bool hasVisibleChildren(const mqkit::TopicNode* node) const;
    bool isFetched(const mqkit::TopicNode* node) const { return m_shownRows.count(node) > 0; }
    int shownRows(const mqkit::TopicNode* node) const; // 0 for a parent no view fetched
    mqkit::TopicNode* nodeFor(const QModelIndex& index) const;
    QModelIndex indexFor(mqkit::TopicNode* node, int column = 0) const;
    void insertRowsOf(mqkit::TopicNode* parentNode, int first, int last);
    void announceGrownParents(const std::vector<mqkit::TopicNode*>& grownParents);
    void announceNewRows(mqkit::TopicNode* parentNode);
    void noteUpdatedNodes(std::vector<mqkit::TopicNode*> updatedNodes, std::vector<mqkit::TopicNode*> restyledNodes);
    void startFlushTimer();
    void flushHeldRows();  // announces what was held back since the last flush: rows (shallow parents first), then cells
    void forgetHeldRows(); // on a reset: views ask afresh
    void announceUpdatedNodes(const std::vector<mqkit::TopicNode*>& updatedNodes,
                              const std::vector<mqkit::TopicNode*>& newBranches);

    std::shared_ptr<mqkit::TopicTree> m_tree; // shared with a running search, which only reads it
    // Rows announced to views per fetched parent (the root is always fetched). Between batches a
    // fetched parent's count is all its visible children; parents not in here have no rows yet.
    std::unordered_map<const mqkit::TopicNode*, int> m_shownRows;
    std::size_t m_totalShownRows = 0;
    std::vector<mqkit::TopicNode*> m_heldRowParents; // fetched parents with new rows not announced yet
    std::vector<mqkit::TopicNode*> m_heldUpdated;    // nodes changed since the last flush (large view)
    std::vector<mqkit::TopicNode*> m_heldRestyled;   // nodes whose topic cell changed since then
    QTimer* m_rowFlush = nullptr;
    bool m_announcing = false; // between begin and end of an insert or reset: no fetching then
    int m_batchesApplied = 0;
    mqkit::TopicTreeQuery m_query;
    Selection m_selection; // null: no query
    mqkit::TopicTreeQuery m_requestedQuery;
    quint64 m_searchRequest = 0; // counts setQuery calls: a search's result is shown only if it answers the last
    bool m_searchRunning = false;
    std::thread m_searchThread;
    bool m_paused = false;
    std::deque<MqttBatchPtr> m_pending;
    std::size_t m_pendingMessages = 0;
    std::size_t m_droppedMessages = 0;
};
