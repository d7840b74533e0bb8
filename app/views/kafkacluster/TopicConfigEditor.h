#pragma once

#include "backend/BackendTypes.h"
#include "kafka/KafkaConfigAlter.h"

#include <QDialog>

#include <optional>
#include <set>

class QLabel;
class QPushButton;
class QTableWidget;

// Edits one topic's configs: the user changes values (or removes overrides), previews the plan
// core's safe merge computes (the same one `mqkit kafka configs alter` prints) and applies exactly
// that plan. The view runs the requests: previewRequested / applyRequested, answered with
// showPlan / showApplied / showError.
class TopicConfigEditor : public QDialog {
    Q_OBJECT
public:
    enum Column { KeyColumn, ValueColumn, SourceColumn };

    TopicConfigEditor(const QString& topic, const std::vector<mqkit::KafkaConfigEntry>& configs, QWidget* parent = nullptr);

    QString topic() const { return m_topic; }
    QTableWidget* configTable() const { return m_table; }
    QTableWidget* diffTable() const { return m_diff; }
    QPushButton* previewButton() const { return m_preview; }
    QPushButton* applyButton() const { return m_apply; }
    QPushButton* removeOverrideButton() const { return m_removeOverride; }
    QLabel* messageLabel() const { return m_message; }
    int rowOf(const QString& key) const; // -1: the topic has no such config

    // What the edits ask for: changed values as sets, removed overrides as removals.
    mqkit::KafkaConfigAlterRequest alterRequest() const;

    void showPlan(const mqkit::KafkaConfigPlan& plan);
    void showApplied(const std::vector<mqkit::KafkaConfigEntry>& configs);
    void showError(const QString& message);

signals:
    void previewRequested(const mqkit::KafkaConfigAlterRequest& request);
    void applyRequested(const mqkit::KafkaConfigPlan& plan);

private:
    void fill(const std::vector<mqkit::KafkaConfigEntry>& configs);
    void editsChanged();
    void removeSelectedOverride();
    void preview();

    QString m_topic;
    std::vector<mqkit::KafkaConfigEntry> m_configs;
    std::set<QString> m_removed;
    std::optional<mqkit::KafkaConfigPlan> m_plan;
    bool m_filling = false;
    QTableWidget* m_table;
    QTableWidget* m_diff;
    QLabel* m_message;
    QPushButton* m_removeOverride;
    QPushButton* m_preview;
    QPushButton* m_apply;
};

// A config whose value is not Kafka's default (set on the topic, or by the broker): shown in bold
// with its source, in the topic detail and in the editor.
bool isNonDefaultConfig(const mqkit::KafkaConfigEntry& entry);
QString configValueText(const mqkit::KafkaConfigEntry& entry);
// Non-default configs first, each part by name: what was changed is what one looks for.
std::vector<mqkit::KafkaConfigEntry> nonDefaultFirst(std::vector<mqkit::KafkaConfigEntry> configs);
