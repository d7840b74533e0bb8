#pragma once

#include "mqtt/PayloadView.h"
#include "mqtt/PayloadViewRules.h"
#include "mqtt/TopicTree.h"

#include <QPointer>
#include <QWidget>

#include <optional>
#include <utility>

class QComboBox;
class QInputDialog;
class QToolButton;
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
// Diff: against the previous message (the Diff button), or between any two history rows selected
// together (core's diffPayloads: by JSON path when both are JSON, else by line).
// Views that stick: "Keep for…" stores the current view for an MQTT topic filter (QSettings,
// kViewRulesKey); every topic the filter matches opens in that view, in every pane, across runs.
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

    void setDiffMode(bool on);           // the message against the one before it
    bool diffMode() const;
    void compareHistoryRows(int a, int b); // selects both rows: their diff, older to newer
    // Stores the current view for every topic matching `filter`; false (and a note) if the filter is malformed.
    bool keepViewFor(const QString& filter);
    QString viewRuleFilter() const; // the stored filter that chose the current view; empty: none
    QToolButton* keepViewButton() const { return m_keepViewButton; }
    QInputDialog* keepViewDialog() const; // open after keepViewButton
    static constexpr const char* kViewRulesKey = "mqtt/payloadViewRules";

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
    void renderDiff();
    void applyViewRule();
    void askForViewFilter();
    void compareSelectedRows();
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
    // Two history messages chosen together (older, newer): the text shows their diff.
    std::optional<std::pair<mqkit::TopicHistoryEntry, mqkit::TopicHistoryEntry>> m_compare;
    mqkit::PayloadViewRules m_rules;
    QString m_ruleFilter;

    QLabel* m_topic;
    QComboBox* m_viewBox;
    QToolButton* m_diffButton;
    QToolButton* m_keepViewButton;
    QPointer<QInputDialog> m_keepViewDialog;
    QLabel* m_note;
    QPlainTextEdit* m_text;
    QTableWidget* m_details;
    QTableWidget* m_history;
    QLineEdit* m_pathEdit;
    QLabel* m_pathError;
    ValueChart* m_chart;
    QTimer* m_rateTimer;
};
