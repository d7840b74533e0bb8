#pragma once

#include "backend/BackendTypes.h"
#include "views/kafkamessages/KafkaBrowseWorker.h"

#include <QWidget>

#include <atomic>
#include <memory>

class KafkaConnection;
class KafkaProduceDialog;
class KafkaRecordsModel;
class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QThread;
class QTimer;

// The Kafka message browser: a topic, one partition or all, read from the beginning, the end, an
// offset, a time or the last N records, shown as a table with the selected record in detail.
// Reading happens in a KafkaBrowseWorker on a thread of its own; the table holds a bounded window
// (load more on scrolling to the bottom, or live tail); the filter runs in the worker. Produce a
// record (dialog), export what is shown as JSON lines (the lines of `mqkit kafka consume -o json`).
class KafkaMessagesView : public QWidget {
    Q_OBJECT
public:
    enum StartKind { FromBeginning, FromEnd, AtOffset, AtTime, LastN };

    explicit KafkaMessagesView(KafkaConnection* connection, QWidget* parent = nullptr);
    ~KafkaMessagesView() override;

    // What a user sets and clicks, for tests and the bench driver.
    void setTopic(const QString& topic);
    void setPartition(int partition); // -1: all partitions
    void setStart(StartKind kind, const QString& value = {});
    void browse();      // the Go button
    void loadMore();    // what scrolling to the bottom does
    void setFilterText(const QString& text);
    void setLiveTail(bool on);
    void refreshTopics();
    KafkaProduceDialog* openProduceDialog();
    bool exportJsonLines(const QString& path); // the shown records; false (and a status) on failure

    KafkaRecordsModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QComboBox* topicBox() const { return m_topicBox; }
    QString detailText() const;
    QString statusText() const;
    bool isReading() const { return m_reading; }
    quint64 currentBrowseId() const { return m_browseId; }

protected:
    void showEvent(QShowEvent* event) override;

signals:
    void batchShown(quint64 browseId); // a batch of the current browse reached the table

private:
    QWidget* buildControls();
    QHBoxLayout* buildBrowseRow(QWidget* box);
    QHBoxLayout* buildToolsRow(QWidget* box);
    void listTopics(const std::vector<mqkit::KafkaTopicInfo>& topics);
    void fillPartitions();
    mqkit::KafkaStartPosition startPosition() const; // throws Error(Usage) for a bad value
    void showBatch(const KafkaBrowseBatchPtr& batch);
    void showFailure(quint64 browseId, const QString& message);
    void applyFilter();
    void showSelected();
    void updateStatus();
    QString shownOffsets() const;
    void maybeLoadMore();
    void produce();
    void exportShown();

    KafkaConnection* m_connection;
    KafkaRecordsModel* m_model;
    std::vector<mqkit::KafkaTopicInfo> m_topics;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    QThread* m_thread;
    KafkaBrowseWorker* m_worker;
    quint64 m_browseId = 0;
    quint64 m_filterId = 0;
    bool m_reading = false;
    bool m_caughtUp = false;
    bool m_topicsStale = true; // list the topics when next shown
    qint64 m_windowSize = 0;
    QString m_problem;

    QComboBox* m_topicBox;
    QComboBox* m_partitionBox;
    QComboBox* m_startBox;
    QLineEdit* m_startValue;
    QPushButton* m_goButton;
    QLineEdit* m_filterEdit;
    QTimer* m_filterTimer;
    QCheckBox* m_liveTail;
    QPushButton* m_loadMoreButton;
    QComboBox* m_viewBox;
    QTableView* m_table;
    QPlainTextEdit* m_detail;
    QLabel* m_status;
    KafkaProduceDialog* m_produceDialog = nullptr;
};
