#pragma once

#include "backend/BackendTypes.h"
#include "kafka/KafkaCopy.h"
#include "kafka/TopicVerify.h"

#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

class KafkaConnection;
class PlanTable;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

// Copy records between topics (issue 11) as `mqkit kafka copy` does, from the workspace's cluster
// to a topic of it or of another cluster (a Kafka profile or a bootstrap list): source topic(s),
// target topic ("{topic}" stands for each source's name), partitioning, range, max records, max
// rate; Dry run shows core's copy plan per partition; Copy runs it after a confirmation with
// progress and Cancel (a cancelled copy resumes from its checkpoint); Verify compares source and
// target record by record (core's TopicVerify). Copies run as KafkaConnection requests (their own
// consumer and producer, made on the pool thread).
class KafkaCopyView : public QWidget {
    Q_OBJECT
public:
    explicit KafkaCopyView(KafkaConnection* connection, QWidget* parent = nullptr);
    ~KafkaCopyView() override;

    void setConfirmation(std::function<bool(const QString& question)> confirm) { m_confirm = std::move(confirm); }

    QLineEdit* sourceTopicsEdit() const { return m_sources; }
    QLineEdit* targetTopicEdit() const { return m_target; }
    QComboBox* targetClusterBox() const { return m_targetCluster; }
    QLineEdit* fromEdit() const { return m_from; }
    QSpinBox* maxRecordsBox() const { return m_maxRecords; }
    QDoubleSpinBox* maxRateBox() const { return m_maxRate; }
    QCheckBox* resumeBox() const { return m_resume; }
    QPushButton* dryRunButton() const { return m_dryRunButton; }
    QPushButton* copyButton() const { return m_copyButton; }
    QPushButton* cancelButton() const { return m_cancelButton; }
    QPushButton* verifyButton() const { return m_verifyButton; }
    PlanTable* planTable() const { return m_table; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* statusLabel() const { return m_status; }
    bool isBusy() const { return m_busy; }
    const std::vector<mqkit::KafkaCopySummary>& lastSummaries() const { return m_summaries; }
    const std::vector<mqkit::TopicVerifyReport>& lastVerify() const { return m_verify; }

private:
    void buildLayout();
    void reloadProfiles();
    std::vector<mqkit::KafkaCopyOptions> copiesFromFields();
    bool copiesToRun(std::vector<mqkit::KafkaCopyOptions>& copies);
    void planCopies(const std::function<void(const std::vector<mqkit::KafkaCopyOptions>&, const std::vector<mqkit::KafkaCopyPlan>&)>& then);
    void dryRun();
    void copy();
    void verify();
    void showProgress(const mqkit::KafkaCopyProgress& p, int topicIndex, int topics);
    void setBusy(bool busy, const QString& status);

    KafkaConnection* m_connection;
    QLineEdit* m_sources = nullptr;
    QLineEdit* m_target = nullptr;
    QComboBox* m_targetCluster = nullptr;
    QComboBox* m_partitioning = nullptr;
    QLineEdit* m_from = nullptr;
    QLineEdit* m_until = nullptr;
    QSpinBox* m_maxRecords = nullptr;
    QDoubleSpinBox* m_maxRate = nullptr;
    QCheckBox* m_provenance = nullptr;
    QCheckBox* m_resume = nullptr;
    QPushButton* m_dryRunButton = nullptr;
    QPushButton* m_copyButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_verifyButton = nullptr;
    PlanTable* m_table = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QStringList m_kafkaProfiles;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::function<bool(const QString&)> m_confirm;
    std::vector<mqkit::KafkaCopySummary> m_summaries;
    std::vector<mqkit::TopicVerifyReport> m_verify;
    bool m_busy = false;
};
