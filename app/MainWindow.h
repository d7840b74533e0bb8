#pragma once

#include "backend/BackendTypes.h"

#include <QMainWindow>

class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTreeView;
class KafkaConnection;
class KafkaTopicsModel;
class KafkaWorkspace;
class MqttConnection;
class MqttWorkspace;
class PayloadPane;
class TopicTreeModel;

// The shell: the connection toolbar, the status bar and one workspace per connection
// (app/workspaces/), each a tab per view (app/views/<view>/).
// It owns one MqttConnection and one KafkaConnection (app/backend/) and hands them to the views;
// views talk to brokers only through them.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Entry points shared by the toolbar, the command line and the tests.
    void openMqtt(const mqkit::MqttConnectOptions& options, const QStringList& filters);
    void openKafka(const mqkit::KafkaClientConfig& config);
    bool openProfile(const QString& name); // false (with a message) if it cannot be opened

    TopicTreeModel* topicModel() const;
    PayloadPane* payloadPane() const;
    QTreeView* topicView() const;
    KafkaTopicsModel* kafkaModel() const;
    MqttWorkspace* mqttWorkspace() const { return m_mqttWorkspace; }
    KafkaWorkspace* kafkaWorkspace() const { return m_kafkaWorkspace; }
    MqttConnection* mqttConnection() const { return m_mqtt; }
    KafkaConnection* kafkaConnection() const { return m_kafka; }
    QString mqttStatusText() const;
    QString kafkaStatusText() const;

private:
    void buildToolbar();
    void buildViews();
    void buildStatusBar();
    void showMqttStatus();
    void showKafkaStatus();
    void reloadProfiles();
    void connectFromToolbar();
    QString currentFilter() const;
    void setMqttStatus(const QString& text);
    void setKafkaStatus(const QString& text);

    MqttConnection* m_mqtt;
    KafkaConnection* m_kafka;

    QComboBox* m_profileBox = nullptr;
    QLineEdit* m_urlEdit = nullptr;
    QLineEdit* m_filterEdit = nullptr;
    QTabWidget* m_tabs = nullptr;
    MqttWorkspace* m_mqttWorkspace = nullptr;
    KafkaWorkspace* m_kafkaWorkspace = nullptr;
    QLabel* m_mqttStatus = nullptr;
    QLabel* m_kafkaStatus = nullptr;
    quint64 m_kafkaStatusRequest = 0; // the request the Kafka status line shows as running
};
