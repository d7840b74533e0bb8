#pragma once

#include "backend/MqttConnection.h"

#include <QWidget>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTimer;

// Record and replay, as `mqtt record` and `mqtt replay` do, on one MqttConnection: record the live
// subscription (or the filters given) into a recording file with a live count; pick a recording,
// see what it holds and republish it with its timing scaled or at a capped rate, topics mapped,
// with progress and Cancel. Both run as connection tasks (a session of their own, off the GUI thread).
class MqttRecordView : public QWidget {
    Q_OBJECT
public:
    explicit MqttRecordView(MqttConnection* connection, QWidget* parent = nullptr);
    ~MqttRecordView() override;

    // The fields and buttons, for tests (set them as a user would, then click).
    QLineEdit* recordFilterEdit() const { return m_recordFilter; }
    QLineEdit* recordFileEdit() const { return m_recordFile; }
    QPushButton* recordButton() const { return m_recordButton; }
    QPushButton* stopButton() const { return m_stopButton; }
    QLabel* recordStatus() const { return m_recordStatus; }
    QLineEdit* replayFileEdit() const { return m_replayFile; }
    QLabel* replaySummary() const { return m_replaySummary; }
    QComboBox* timingBox() const { return m_timing; }
    QDoubleSpinBox* speedBox() const { return m_speed; }
    QDoubleSpinBox* maxRateBox() const { return m_maxRate; }
    QPlainTextEdit* topicMapEdit() const { return m_topicMap; }
    QPushButton* replayButton() const { return m_replayButton; }
    QPushButton* cancelButton() const { return m_cancelButton; }
    QProgressBar* replayProgress() const { return m_progress; }
    QLabel* replayStatus() const { return m_replayStatus; }
    bool isRecording() const { return m_recordTask != nullptr; }
    bool isReplaying() const { return m_replayTask != nullptr; }

    // What a recording task counts while it runs (read by the GUI's timer).
    struct RecordCounters {
        std::atomic<qint64> messages{0};
        std::atomic<qint64> bytes{0};
    };

private:
    QWidget* buildRecordBox();
    QWidget* buildReplayBox();
    void startRecording();
    void stopRecording();
    void showRecordCounters();
    void loadSummary();
    void startReplay();
    void finishReplay(const QString& text);
    void onTaskProgress(const MqttTaskControlPtr& task, qint64 done, qint64 total);
    void onTaskFailed(const MqttTaskControlPtr& task, const QString& message);
    void updateButtons();

    MqttConnection* m_connection;
    QLineEdit* m_recordFilter = nullptr;
    QLineEdit* m_recordFile = nullptr;
    QCheckBox* m_append = nullptr;
    QPushButton* m_recordButton = nullptr;
    QPushButton* m_stopButton = nullptr;
    QLabel* m_recordStatus = nullptr;
    QTimer* m_counterTimer = nullptr;
    std::shared_ptr<RecordCounters> m_counters;
    MqttTaskControlPtr m_recordTask;

    QLineEdit* m_replayFile = nullptr;
    QLabel* m_replaySummary = nullptr;
    QComboBox* m_timing = nullptr;
    QDoubleSpinBox* m_speed = nullptr;
    QDoubleSpinBox* m_maxRate = nullptr;
    QLineEdit* m_replayTopics = nullptr;
    QPlainTextEdit* m_topicMap = nullptr;
    QPushButton* m_replayButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_replayStatus = nullptr;
    MqttTaskControlPtr m_replayTask;
};
