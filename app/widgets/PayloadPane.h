#pragma once

#include "mqtt/PayloadView.h"
#include "mqtt/TopicTree.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;
class QTimer;
class ValueChart;

// The selected topic: its message (Text / JSON / Hex / Base64 view), the message's details and
// MQTT 5 properties, the topic's history, and a chart of a JSON path over history and live
// updates. Reads the tree's node directly on the GUI thread; refresh() is cheap when nothing
// changed, so it can follow every model batch.
class PayloadPane : public QWidget {
    Q_OBJECT
public:
    explicit PayloadPane(QWidget* parent = nullptr);

    // Tree nodes are never removed, so the pane may keep the pointer while the tree lives.
    void showNode(const mqkit::TopicNode* node);
    void refresh(); // the node may have new messages

    void setViewKind(mqkit::PayloadViewKind kind);
    mqkit::PayloadViewKind viewKind() const;
    void setJsonPath(const QString& path); // empty: no chart
    void selectHistoryRow(int row);        // row 0 is the newest message and follows live updates

    // What is shown, for tests and the status bar.
    QString payloadText() const;
    QString noteText() const;
    QString detailsText() const; // "name: value" lines of the details table
    int historyRowCount() const;
    int chartPointCount() const;
    double chartLastValue() const;
    QString jsonPathError() const;

private:
    void renderMessage();
    void renderDetails();
    void renderHistory();
    void rebuildChart();
    void appendNewChartPoints();
    std::vector<mqkit::TopicHistoryEntry> messages() const; // history, or the last message alone

    const mqkit::TopicNode* m_node = nullptr;
    std::uint64_t m_shownCount = 0;                       // node's message count when last rendered
    std::uint64_t m_chartedCount = 0;                     // ... when last charted
    std::optional<mqkit::TopicHistoryEntry> m_pinned;     // an older message the user picked
    std::optional<mqkit::JsonPath> m_path;

    QLabel* m_topic;
    QComboBox* m_viewBox;
    QLabel* m_note;
    QPlainTextEdit* m_text;
    QTableWidget* m_details;
    QTableWidget* m_history;
    QLineEdit* m_pathEdit;
    QLabel* m_pathError;
    ValueChart* m_chart;
    QTimer* m_rateTimer;
};
