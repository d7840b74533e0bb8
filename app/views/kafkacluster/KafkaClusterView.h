#pragma once

#include "backend/BackendTypes.h"
#include "kafka/KafkaConfigAlter.h"
#include "views/kafkacluster/TopicConfigEditor.h"
#include "views/kafkacluster/TopicDialogs.h"

#include <QPointer>
#include <QWidget>

class KafkaConnection;
class KafkaTopicsModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;

// The cluster of one KafkaConnection: its id, controller and brokers; its topics with partitions,
// replication, health flags and record counts (from watermarks), filtered by name; the selected
// topic's partitions and configs (non-default ones in bold). Create, delete (typing the name),
// add partitions and edit configs (the plan previewed, then applied) run as requests on the
// connection; each failure shows as one line under the tables.
class KafkaClusterView : public QWidget {
    Q_OBJECT
public:
    enum PartitionColumn { PartitionColumn, LeaderColumn, ReplicasColumn, IsrColumn, LowColumn, HighColumn, StateColumn };

    explicit KafkaClusterView(KafkaConnection* connection, QWidget* parent = nullptr);

    KafkaTopicsModel* topicsModel() const { return m_model; }
    QTableView* topicsTable() const { return m_topics; }
    QLineEdit* filterEdit() const { return m_filter; }
    QTableWidget* brokersTable() const { return m_brokers; }
    QTableWidget* partitionsTable() const { return m_partitions; }
    QTableWidget* configsTable() const { return m_configs; }
    QLabel* clusterLabel() const { return m_clusterLabel; }
    QLabel* messageLabel() const { return m_message; }
    QString selectedTopic() const { return m_selected; }
    QPushButton* refreshButton() const { return m_refreshButton; }
    QPushButton* createButton() const { return m_createButton; }
    QPushButton* deleteButton() const { return m_deleteButton; }
    QPushButton* addPartitionsButton() const { return m_addPartitionsButton; }
    QPushButton* editConfigsButton() const { return m_editConfigsButton; }
    // The dialogs the buttons open (window-modal, not blocking), while they are open.
    CreateTopicDialog* createDialog() const { return m_createDialog; }
    DeleteTopicDialog* deleteDialog() const { return m_deleteDialog; }
    AddPartitionsDialog* addPartitionsDialog() const { return m_addPartitionsDialog; }
    TopicConfigEditor* configEditor() const { return m_configEditor; }

    void refresh();
    void selectTopic(const QString& topic);

signals:
    void overviewShown();             // the cluster and topics tables hold a fresh answer
    void detailShown(const QString& topic);

private:
    struct Overview;
    struct Detail;
    QWidget* buildClusterPane();
    QWidget* buildTopicsPane();
    void fitBrokersTable();
    QWidget* buildDetailPane();
    void showOverview(const Overview& overview);
    void showDetail(const Detail& detail);
    void loadDetail();
    void topicSelectionChanged();
    void openCreateDialog();
    void openDeleteDialog();
    void openAddPartitionsDialog();
    void openConfigEditor();
    void createTopic(const mqkit::KafkaNewTopic& topic);
    void deleteTopic(const QString& topic);
    void addPartitions(const QString& topic, int total);
    void planConfigs(const QString& topic, const mqkit::KafkaConfigAlterRequest& request);
    void applyConfigs(const mqkit::KafkaConfigPlan& plan);
    void showFailure(const KafkaRequest& request, const QString& message);
    void say(const QString& text, bool error = false);

    KafkaConnection* m_connection;
    KafkaTopicsModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLabel* m_clusterLabel = nullptr;
    QTableWidget* m_brokers = nullptr;
    QLineEdit* m_filter = nullptr;
    QTableView* m_topics = nullptr;
    QLabel* m_detailLabel = nullptr;
    QTableWidget* m_partitions = nullptr;
    QTableWidget* m_configs = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_refreshButton = nullptr;
    QPushButton* m_createButton = nullptr;
    QPushButton* m_deleteButton = nullptr;
    QPushButton* m_addPartitionsButton = nullptr;
    QPushButton* m_editConfigsButton = nullptr;
    QString m_selected;
    QString m_done; // what the last action did, shown with the refresh that follows it
    int m_selectedPartitions = 0;
    qint64 m_selectedRecords = 0;
    std::vector<mqkit::KafkaConfigEntry> m_selectedConfigs;
    QPointer<CreateTopicDialog> m_createDialog;
    QPointer<DeleteTopicDialog> m_deleteDialog;
    QPointer<AddPartitionsDialog> m_addPartitionsDialog;
    QPointer<TopicConfigEditor> m_configEditor;
};
