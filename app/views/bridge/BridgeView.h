#pragma once

#include "bridge/Bridge.h"

#include <QWidget>

#include <optional>

class BridgeRunner;
class MqttConnection;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class ValueChart;

// The MQTT→Kafka bridge of `mqkit bridge` (issue 12), run from the workspace's broker: the user
// picks the Kafka cluster (a saved Kafka profile or host:port), the bridge's fixed client id, QoS
// 1 or 2, the spool file and either one route (topic template → Kafka topic, key, JSON required)
// or a routes YAML file. Start runs core's Bridge on a thread of its own (BridgeRunner; its own
// MQTT session and producer); Stop asks it to stop and the panel waits without blocking. While it
// runs the panel shows its status once a second: both connections, counters and rates, the
// spool's depth, size, oldest age and bound, and the last Kafka problem in words.
class BridgeView : public QWidget {
    Q_OBJECT
public:
    explicit BridgeView(MqttConnection* connection, QWidget* parent = nullptr);
    ~BridgeView() override;

    // The fields and buttons, for tests (set them as a user would, then click).
    QComboBox* kafkaClusterBox() const { return m_kafka; }
    QLineEdit* clientIdEdit() const { return m_clientId; }
    QComboBox* qosBox() const { return m_qos; }
    QLineEdit* spoolEdit() const { return m_spool; }
    QRadioButton* oneRouteButton() const { return m_oneRoute; }
    QRadioButton* routesFileButton() const { return m_routesFromFile; }
    QLineEdit* fromEdit() const { return m_from; }
    QLineEdit* toEdit() const { return m_to; }
    QLineEdit* keyEdit() const { return m_key; }
    QCheckBox* requireJsonBox() const { return m_requireJson; }
    QLineEdit* routesFileEdit() const { return m_routesFile; }
    QPushButton* startButton() const { return m_startButton; }
    QPushButton* stopButton() const { return m_stopButton; }
    QLabel* messageLabel() const { return m_message; }
    QLabel* mqttStateLabel() const { return m_mqttState; }
    QLabel* kafkaStateLabel() const { return m_kafkaState; }
    QLabel* spoolLabel() const { return m_spoolState; }
    QLabel* inLabel() const { return m_in; }
    QLabel* outLabel() const { return m_out; }
    QLabel* deadLetterLabel() const { return m_dlq; }
    ValueChart* rateChart() const { return m_chart; }
    bool isRunning() const;
    const std::optional<mqkit::BridgeStatus>& lastStatus() const { return m_last; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    QGroupBox* buildConnectionBox();
    QGroupBox* buildRoutesBox();
    QGroupBox* buildStateBox();
    QWidget* buildButtons();
    void reloadProfiles();
    mqkit::KafkaClientConfig kafkaFromFields();
    mqkit::BridgeOptions optionsFromFields();
    void start();
    void stop();
    void onStarted(const QStringList& subscriptions);
    void showStatus(const mqkit::BridgeStatus& status);
    void showCounters(const mqkit::BridgeStatus& status);
    void showSpool(const mqkit::BridgeStatus& status);
    void onStopped(const QString& error);
    void showMessage(const QString& text, bool problem);
    void showNotRunning();
    void updateEnabled();

    MqttConnection* m_connection;
    BridgeRunner* m_runner;
    QStringList m_kafkaProfiles;

    QComboBox* m_kafka = nullptr;
    QLineEdit* m_clientId = nullptr;
    QComboBox* m_qos = nullptr;
    QLineEdit* m_spool = nullptr;
    QString m_spoolDefaultFor; // the client id the spool field's default was made for
    QRadioButton* m_oneRoute = nullptr;
    QRadioButton* m_routesFromFile = nullptr;
    QWidget* m_routeFields = nullptr;
    QWidget* m_fileFields = nullptr;
    QLineEdit* m_from = nullptr;
    QLineEdit* m_to = nullptr;
    QLineEdit* m_key = nullptr;
    QCheckBox* m_requireJson = nullptr;
    QLineEdit* m_routesFile = nullptr;
    QWidget* m_settings = nullptr; // disabled while the bridge runs
    QPushButton* m_startButton = nullptr;
    QPushButton* m_stopButton = nullptr;
    QLabel* m_message = nullptr;

    QLabel* m_mqttState = nullptr;
    QLabel* m_kafkaState = nullptr;
    QLabel* m_in = nullptr;
    QLabel* m_out = nullptr;
    QLabel* m_dlq = nullptr;
    QLabel* m_inRate = nullptr;
    QLabel* m_outRate = nullptr;
    QLabel* m_dlqRate = nullptr;
    QLabel* m_duplicates = nullptr;
    QLabel* m_resent = nullptr;
    QLabel* m_inFlight = nullptr;
    QLabel* m_spoolState = nullptr;
    QLabel* m_spoolBound = nullptr;
    ValueChart* m_chart = nullptr;
    QString m_routesText;  // "from → to" of the running bridge's routes
    QString m_runningText; // the message while it runs without a problem
    std::optional<mqkit::BridgeStatus> m_last;
};
