#pragma once

#include <QPointer>
#include <QSplitter>

class MqttConnection;
class PayloadPane;
class QAction;
class QCheckBox;
class QComboBox;
class QInputDialog;
class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;
class QTreeView;
class RateChart;
class RetainedClearDialog;
class TopicTreeModel;

// The MQTT view: the live topic tree of one MqttConnection, the payload pane of the selected
// topic and the message-rate chart. Batches from the connection go to the model and the chart;
// opening another broker starts an empty tree. Above the tree: search by topic or payload text,
// retained only, pause/resume, and subscribing to more filters; its context menu copies topics and
// payloads and deletes the retained messages of a subtree (through a preview).
class MqttView : public QSplitter {
    Q_OBJECT
public:
    explicit MqttView(MqttConnection* connection, QWidget* parent = nullptr);

    TopicTreeModel* topicModel() const { return m_topicModel; }
    PayloadPane* payloadPane() const { return m_payloadPane; }
    QTreeView* topicView() const { return m_topicView; }

    // The controls, for tests and the shell's shortcuts.
    QLineEdit* searchEdit() const { return m_searchEdit; }
    QComboBox* searchField() const { return m_searchField; } // topic / payload text
    QCheckBox* retainedOnlyBox() const { return m_retainedOnly; }
    QToolButton* pauseButton() const { return m_pauseButton; }
    QLabel* statusLabel() const { return m_status; }
    QAction* copyTopicAction() const { return m_copyTopic; }
    QAction* copyPayloadAction() const { return m_copyPayload; }
    QAction* subscribeAction() const { return m_subscribe; }
    QAction* deleteRetainedAction() const { return m_deleteRetained; }
    QInputDialog* subscribeDialog() const;             // open after subscribeAction
    RetainedClearDialog* retainedClearDialog() const;  // open after deleteRetainedAction

    void applySearch(); // at once (typing applies it after a short pause)

private:
    QWidget* buildTreeSide();
    void createActions();
    void showSearchResult();
    void showSelectedPayload();
    void expandNearRoot(const QModelIndex& parent, int first, int last);
    void showContextMenu(const QPoint& pos);
    void copyTopic();
    void copyPayload();
    void askForFilters();
    void subscribeMore(const QString& text);
    void askToDeleteRetained();
    void updateStatus();

    MqttConnection* m_connection;
    TopicTreeModel* m_topicModel;
    QTreeView* m_topicView;
    PayloadPane* m_payloadPane;
    RateChart* m_rateChart;
    QLineEdit* m_searchEdit = nullptr;
    QComboBox* m_searchField = nullptr;
    QCheckBox* m_retainedOnly = nullptr;
    QToolButton* m_pauseButton = nullptr;
    QToolButton* m_subscribeButton = nullptr;
    QLabel* m_status = nullptr;
    QString m_note; // the last subscribe / clear outcome, shown beside the counts
    QString m_reselectTopic; // selected when a search was asked: selected again in its result
    QTimer* m_searchDelay = nullptr;
    QTimer* m_statusTimer = nullptr;
    QAction* m_copyTopic = nullptr;
    QAction* m_copyPayload = nullptr;
    QAction* m_subscribe = nullptr;
    QAction* m_deleteRetained = nullptr;
    QPointer<QInputDialog> m_subscribeDialog;
    QPointer<RetainedClearDialog> m_clearDialog;
};
