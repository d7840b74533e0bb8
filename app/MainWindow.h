#pragma once

#include "workers/MetaTypes.h"

#include <QMainWindow>
#include <QThread>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTreeView;
class KafkaTopicsModel;
class KafkaWorker;
class MqttWorker;
class PayloadPane;
class RateChart;
class TopicTreeModel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Entry points shared by the toolbar, the command line and the tests.
    void openMqtt(const mqkit::MqttConnectOptions& options, const QStringList& filters);
    void openKafka(const mqkit::KafkaClientConfig& config);
    bool openProfile(const QString& name); // false (with a message) if it cannot be opened

    TopicTreeModel* topicModel() const { return m_topicModel; }
    PayloadPane* payloadPane() const { return m_payloadPane; }
    QTreeView* topicView() const { return m_topicView; }
    KafkaTopicsModel* kafkaModel() const { return m_kafkaModel; }
    QString mqttStatusText() const;
    QString kafkaStatusText() const;

signals:
    void startMqtt(const mqkit::MqttConnectOptions& options, const QStringList& filters);
    void listKafkaTopics(const mqkit::KafkaClientConfig& config, bool includeInternal);

private:
    void buildUi();
    void reloadProfiles();
    void connectFromToolbar();
    void showSelectedPayload();
    QString currentFilter() const;
    void setMqttStatus(const QString& text);
    void setKafkaStatus(const QString& text);
    void refreshKafka();

    TopicTreeModel* m_topicModel;
    KafkaTopicsModel* m_kafkaModel;
    QThread m_mqttThread;
    QThread m_kafkaThread;
    MqttWorker* m_mqttWorker;
    KafkaWorker* m_kafkaWorker;
    std::optional<mqkit::KafkaClientConfig> m_kafkaConfig;

    QComboBox* m_profileBox = nullptr;
    QLineEdit* m_urlEdit = nullptr;
    QLineEdit* m_filterEdit = nullptr;
    QTreeView* m_topicView = nullptr;
    PayloadPane* m_payloadPane = nullptr;
    QTableView* m_kafkaView = nullptr;
    RateChart* m_rateChart = nullptr;
    QLabel* m_mqttStatus = nullptr;
    QLabel* m_kafkaStatus = nullptr;
};
