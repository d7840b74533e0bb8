#pragma once

#include "backend/MqttConnection.h"
#include "common/Plan.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

// "Delete retained…" for a subtree: reads what the broker retains under the filter (core's
// RetainedSnapshot on a task session), lists exactly the plan RetainedClear::plan makes of it, and
// changes nothing until the user confirms. Then RetainedClear::execute, and a summary of what was
// cleared and what the broker still retains.
class RetainedClearDialog : public QDialog {
    Q_OBJECT
public:
    enum class Stage { Reading, Preview, Clearing, Done, Failed };

    RetainedClearDialog(MqttConnection* connection, const QString& filter, QWidget* parent = nullptr);

    Stage stage() const { return m_stage; }
    QStringList previewTopics() const; // the plan's targets
    QString summaryText() const;
    QPushButton* confirmButton() const { return m_confirm; }

signals:
    void cleared(); // the clear ran (whatever its outcome)

private:
    struct Preview {
        mqkit::Plan plan;
        QString note; // the snapshot may be incomplete
    };
    void read();
    void showPreview(const Preview& preview);
    void clear();
    void showResult(const mqkit::Plan& plan);
    void fillTable(const mqkit::Plan& plan);
    void fail(const QString& message);

    MqttConnection* m_connection;
    QStringList m_filters;
    Stage m_stage = Stage::Reading;
    mqkit::Plan m_plan;
    MqttTaskControlPtr m_task;
    QLabel* m_status;
    QTableWidget* m_table;
    QPushButton* m_confirm;
    QPushButton* m_close;
};
