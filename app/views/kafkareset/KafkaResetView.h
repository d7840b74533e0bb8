#pragma once

#include "backend/BackendTypes.h"
#include "kafka/OffsetReset.h"

#include <QWidget>

#include <functional>
#include <optional>

class KafkaConnection;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// The offset reset wizard: a group, a scope (every partition it committed for, topics, or chosen
// partitions) and a target (every OffsetResetTarget kind), then core's OffsetResetter plan as a
// dry-run table (current, new, messages re-read or skipped), the undo file (Kafka's reset CSV, as
// `kafka groups reset --export` writes it), Execute after a confirmation (core refuses while the
// group has active members, naming them; shown as it says), and Undo from such a file.
class KafkaResetView : public QWidget {
    Q_OBJECT
public:
    enum PlanColumn { TopicCol, PartitionCol, CurrentCol, NewCol, RereadCol, SkippedCol, NoteCol };
    enum ScopeMode { AllTopics, Topics, Partitions };

    explicit KafkaResetView(KafkaConnection* connection, QWidget* parent = nullptr);

    // The form, for tests and for the Undo button.
    QComboBox* groupChooser() const { return m_group; }
    QComboBox* scopeChooser() const { return m_scope; }
    QLineEdit* scopeEdit() const { return m_scopeText; }
    QComboBox* targetChooser() const { return m_target; } // item data: OffsetResetTarget::Kind
    QLineEdit* targetEdit() const { return m_targetValue; }
    QPushButton* planButton() const { return m_planButton; }
    QPushButton* executeButton() const { return m_executeButton; }
    QTableWidget* planTable() const { return m_planTable; }
    QLabel* messageLabel() const { return m_message; }
    const std::optional<mqkit::OffsetResetPlan>& plan() const { return m_plan; }
    void setTargetKind(mqkit::OffsetResetTarget::Kind kind);

    // Asked before anything is committed; the default shows a question box. Tests answer it.
    void setConfirmation(std::function<bool(const QString& question)> confirm) { m_confirm = std::move(confirm); }

public slots:
    void reloadGroups();
    void makePlan();
    void execute();
    bool exportUndo(const QString& path); // the current plan's offsets before the change
    void undoFromFile(const QString& path); // plans a reset to the file's offsets (then Execute)

signals:
    void planReady();
    void executed();
    void failed(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void buildForm();
    QWidget* buildButtons();
    void updateTargetHint();
    mqkit::OffsetResetTarget targetFromForm() const;
    mqkit::OffsetResetScope scopeFromForm(const mqkit::OffsetResetTarget& target) const;
    void showPlan(const mqkit::OffsetResetPlan& plan);
    void showMessage(const QString& text, bool error);
    void chooseExportFile();
    void chooseUndoFile();

    KafkaConnection* m_connection;
    QComboBox* m_group;
    QComboBox* m_scope;
    QLineEdit* m_scopeText;
    QComboBox* m_target;
    QLineEdit* m_targetValue;
    QPushButton* m_planButton;
    QPushButton* m_exportButton;
    QPushButton* m_executeButton;
    QTableWidget* m_planTable;
    QLabel* m_summary;
    QLabel* m_message;
    std::optional<mqkit::OffsetResetPlan> m_plan;
    std::optional<KafkaRequest> m_pending; // plan or execute
    std::function<bool(const QString&)> m_confirm;
    bool m_groupsListed = false; // for the open cluster
};
