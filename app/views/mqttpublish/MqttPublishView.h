#pragma once

#include "backend/MqttConnection.h"
#include "mqtt/MqttMessage.h"

#include <QSet>
#include <QWidget>

#include <memory>
#include <optional>

class PublishHistory;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStringListModel;
class QTableWidget;
class QTimer;
class QTreeWidget;

// The publish pane of an MQTT connection: topic (completed from the topics seen), payload typed
// as text, JSON, hex or base64 (decoded by core) with a live JSON hint, QoS, retain, and the MQTT 5
// properties (enabled on MQTT 5 connections only). Publishing runs off the GUI thread
// (MqttConnection::runTask); the result shows below the button and the message joins the
// history, from which it can be loaded into the form or sent again.
class MqttPublishView : public QWidget {
    Q_OBJECT
public:
    explicit MqttPublishView(MqttConnection* connection, QWidget* parent = nullptr);
    ~MqttPublishView() override;

    QLineEdit* topicEdit() const { return m_topic; }
    QComboBox* formatBox() const { return m_format; }
    QPlainTextEdit* payloadEdit() const { return m_payload; }
    QComboBox* qosBox() const { return m_qos; }
    QCheckBox* retainBox() const { return m_retain; }
    QGroupBox* propertiesBox() const { return m_propertiesBox; }
    QLineEdit* contentTypeEdit() const { return m_contentType; }
    QTableWidget* userPropertiesTable() const { return m_userProperties; }
    QPushButton* addUserPropertyButton() const { return m_addUserProperty; }
    QPushButton* publishButton() const { return m_publish; }
    QTreeWidget* historyView() const { return m_history; }
    QPushButton* resendButton() const { return m_resend; }
    QString payloadHint() const;
    QString topicError() const; // empty when the topic is fine (or not yet typed)
    QString statusText() const;
    bool isBusy() const { return m_task != nullptr; }

    void publishForm();     // what the Publish button does
    void resendSelected();  // what the Re-send button does

private:
    QWidget* buildForm();
    QGroupBox* buildPropertiesBox();
    QWidget* buildHistory();
    void connectSignals();
    void updateProtocol();
    void updateTopicError(bool showEmpty);
    void updatePayloadHint();
    std::optional<mqkit::MqttMessage> messageFromForm();
    mqkit::MqttProperties propertiesFromForm() const;
    void publish(const mqkit::MqttMessage& message);
    void finishPublish(mqkit::MqttMessage message, std::int64_t sentAtMs);
    void showStatus(const QString& text, bool error);
    void refreshHistory();
    void loadHistoryEntry();
    void collectTopics(const MqttBatchPtr& batch);

    MqttConnection* m_connection;
    std::unique_ptr<PublishHistory> m_historyStore;
    QLineEdit* m_topic = nullptr;
    QLabel* m_topicError = nullptr;
    QComboBox* m_format = nullptr;
    QPlainTextEdit* m_payload = nullptr;
    QLabel* m_payloadHint = nullptr;
    QComboBox* m_qos = nullptr;
    QCheckBox* m_retain = nullptr;
    QGroupBox* m_propertiesBox = nullptr;
    QLineEdit* m_contentType = nullptr;
    QLineEdit* m_responseTopic = nullptr;
    QLineEdit* m_correlationData = nullptr;
    QSpinBox* m_expiry = nullptr;
    QComboBox* m_payloadFormat = nullptr;
    QTableWidget* m_userProperties = nullptr;
    QPushButton* m_addUserProperty = nullptr;
    QPushButton* m_removeUserProperty = nullptr;
    QPushButton* m_publish = nullptr;
    QLabel* m_status = nullptr;
    QTreeWidget* m_history = nullptr;
    QPushButton* m_resend = nullptr;
    QTimer* m_hintTimer = nullptr;
    QTimer* m_completionTimer = nullptr;
    QStringListModel* m_topicList = nullptr;
    QSet<QString> m_seenTopics;
    MqttTaskControlPtr m_task;
};
