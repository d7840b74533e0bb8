#pragma once

#include "backend/BackendTypes.h"
#include "lag/LagHistory.h"

#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class KafkaConnection;
class KafkaGroupsModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;
class QTimer;
class ValueChart;

// Consumer groups of one cluster, refreshed every kRefreshMs off the GUI thread: one LagInspector
// pass over every group, appended to core's lag history (the store `kafka lag --watch` uses, kept
// between runs) and judged over its last kStatusWindow samples. The selected group's detail:
// members with their assignments, lag per partition in messages and in time, and its lag over the
// last kChartHours hours from the history (the whole group or one topic). Samples older than
// kKeepHours are pruned, so a GUI left open all week keeps a bounded file.
class KafkaGroupsView : public QWidget {
    Q_OBJECT
public:
    static constexpr int kRefreshMs = 5000;
    static constexpr int kStatusWindow = 10; // as `kafka lag --watch`'s default window
    static constexpr int kChartHours = 6;
    static constexpr int kKeepHours = 24; // older samples are pruned from the history, once an hour

    // The partition table's columns.
    enum PartitionColumn { TopicCol, PartitionCol, CommittedCol, LogEndCol, LagCol, TimeLagCol, StatusCol, ConsumerCol };

    explicit KafkaGroupsView(KafkaConnection* connection, QWidget* parent = nullptr);

    KafkaGroupsModel* model() const { return m_model; }
    QTableView* groupsTable() const { return m_groups; }
    QTableWidget* membersTable() const { return m_members; }
    QTableWidget* partitionsTable() const { return m_partitions; }
    QComboBox* chartTopicChooser() const { return m_chartTopic; }
    ValueChart* chart() const { return m_chart; }
    QString selectedGroup() const;
    void selectGroup(const QString& groupId);
    int refreshCount() const { return m_refreshes; } // refreshes whose results reached the model
    int detailCount() const { return m_details; }    // detail loads shown
    qint64 lastRefreshMs() const { return m_lastRefreshMs; } // duration of the last refresh's broker work
    void setHistoryPath(const QString& path) { m_historyPath = path; }

public slots:
    void refresh(); // at once; the timer calls it too (skipped while one is running)

signals:
    void refreshed();
    void detailShown();

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct Snapshot;
    struct Detail;
    void buildLayout();
    void showSnapshot(const Snapshot& snapshot);
    void loadDetail();
    void showDetail(const Detail& detail);
    void fillPartitions(const mqkit::GroupLag& lag, std::int64_t takenAtMs);
    void loadChart();
    void requestEnded(const KafkaRequest& request);
    // At most one detail and one chart load in flight: a user walking down the list asks faster
    // than the broker answers. A load asked meanwhile runs once, with the selection of then.
    struct InFlight {
        std::optional<KafkaRequest> request;
        bool again = false;
    };
    void endLoad(InFlight& load, void (KafkaGroupsView::*reload)());

    KafkaConnection* m_connection;
    KafkaGroupsModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_groups;
    QLineEdit* m_filter;
    QLabel* m_status;
    QLabel* m_detailTitle;
    QTableWidget* m_members;
    QTableWidget* m_partitions;
    QComboBox* m_chartTopic;
    ValueChart* m_chart;
    QTimer* m_timer;
    QString m_historyPath;
    std::vector<mqkit::GroupVerdict> m_verdicts;
    std::optional<KafkaRequest> m_pendingRefresh;
    InFlight m_detailLoad;
    InFlight m_chartLoad;
    int m_refreshes = 0;
    int m_details = 0;
    qint64 m_lastRefreshMs = 0;
    qint64 m_lastPruneMs = 0;
};
