#pragma once

#include "backend/BackendTypes.h"
#include "provision/MqttProvision.h"
#include "provision/ProvisionSpec.h"

#include <QWidget>

#include <functional>
#include <optional>

class KafkaConnection;
class PlanTable;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Declarative provisioning (issue 10) as `mqkit provision plan | apply | export` do it, in the Kafka
// workspace: a provisioning spec covers a Kafka cluster and a Mosquitto broker, and the workspace's
// KafkaConnection is the cluster; the broker's dynamic security is chosen here (an MQTT profile,
// or a URL and user, resolved by core's ConnectionResolver). Plan reads both live systems (core's
// planProvision) and shows the same plan as the CLI; Apply applies exactly that plan after a
// confirmation, deletes only of the kinds allowed; Export writes the live state as a spec.
// All broker I/O runs as KafkaConnection requests (pool threads); the dynsec client is made there.
class ProvisionView : public QWidget {
    Q_OBJECT
public:
    explicit ProvisionView(KafkaConnection* connection, QWidget* parent = nullptr);

    // Asked before Apply with the plan's summary; true applies. Default: a message box.
    void setConfirmation(std::function<bool(const QString& question)> confirm) { m_confirm = std::move(confirm); }
    // Writes the live state (of the loaded spec's managed prefixes when onlyManaged) as a spec.
    void exportTo(const QString& path, bool onlyManaged);

    QLineEdit* specFileEdit() const { return m_specFile; }
    QComboBox* mqttTargetBox() const { return m_mqttTarget; }
    QLineEdit* mqttUserEdit() const { return m_mqttUser; }
    QCheckBox* allowDeleteBox(const QString& kind) const; // "topics", "acls", "mqtt"
    QPushButton* planButton() const { return m_planButton; }
    QPushButton* applyButton() const { return m_applyButton; }
    PlanTable* planTable() const { return m_table; }
    QLabel* statusLabel() const { return m_status; }
    const std::optional<mqkit::provision::ProvisionPlan>& plan() const { return m_plan; }
    bool isBusy() const { return m_busy; }

private:
    void buildLayout();
    void reloadProfiles();
    bool loadSpec();
    std::optional<mqkit::MqttConnectOptions> resolveMqtt(bool required);
    void planNow();
    void applyPlan();
    void showPlan(bool withResults);
    void setBusy(bool busy, const QString& status);
    void chooseExportFile();

    KafkaConnection* m_connection;
    QLineEdit* m_specFile = nullptr;
    QLabel* m_specSummary = nullptr;
    QLabel* m_kafkaTarget = nullptr;
    QComboBox* m_mqttTarget = nullptr;
    QLineEdit* m_mqttUser = nullptr;
    QCheckBox* m_allowRecreate = nullptr;
    QCheckBox* m_deleteTopics = nullptr;
    QCheckBox* m_deleteAcls = nullptr;
    QCheckBox* m_deleteMqtt = nullptr;
    QPushButton* m_planButton = nullptr;
    QPushButton* m_applyButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    PlanTable* m_table = nullptr;
    QLabel* m_status = nullptr;
    QStringList m_mqttProfiles;
    std::optional<mqkit::provision::ProvisionSpec> m_spec;
    std::optional<mqkit::provision::ProvisionPlan> m_plan;
    std::optional<mqkit::MqttConnectOptions> m_plannedMqtt; // the broker the plan was made against
    std::function<bool(const QString&)> m_confirm;
    bool m_busy = false;
};
