#pragma once

#include "backend/BackendTypes.h"

#include <QMainWindow>
#include <QPointer>

#include <vector>

class ConnectionManagerDialog;
class ConnectionSidebar;
class QLabel;
class QLineEdit;
class QMenu;
class QStackedWidget;
class QTreeView;
class KafkaConnection;
class KafkaTopicsModel;
class KafkaWorkspace;
class MqttConnection;
class MqttWorkspace;
class PayloadPane;
class TopicTreeModel;

// The shell: menus, toolbar, status bar, the sidebar of open connections and, beside it, the
// selected connection's workspace (app/workspaces/), each a tab per view (app/views/<view>/).
// Every open broker or cluster has its own MqttConnection or KafkaConnection (app/backend/),
// handed to its workspace's views; views talk to brokers only through them.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // Where open* puts a connection: a new sidebar entry, or in place of the current connection
    // of that system (its workspace then shows the new broker from empty).
    enum class OpenIn { NewConnection, CurrentConnection };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Entry points shared by the menus, the command line and the tests.
    void openMqtt(const mqkit::MqttConnectOptions& options, const QStringList& filters, OpenIn where = OpenIn::NewConnection);
    void openKafka(const mqkit::KafkaClientConfig& config, OpenIn where = OpenIn::NewConnection);
    bool openProfile(const QString& name); // false (with a message) if it cannot be opened
    void closeCurrentConnection();
    ConnectionManagerDialog* showConnectionManager();
    void showAbout();

    // The session kept in QSettings: geometry, dock state and the open connections (profile
    // names or addresses, never secrets). restoreSession reopens them.
    void saveSession() const;
    void restoreSession();

    // "Current" is the selected connection of that system, else the most recently opened one.
    TopicTreeModel* topicModel() const;
    PayloadPane* payloadPane() const;
    QTreeView* topicView() const;
    KafkaTopicsModel* kafkaModel() const;
    MqttWorkspace* mqttWorkspace() const;
    KafkaWorkspace* kafkaWorkspace() const;
    MqttConnection* mqttConnection() const;
    KafkaConnection* kafkaConnection() const;
    QString mqttStatusText() const;
    QString kafkaStatusText() const;

    ConnectionSidebar* sidebar() const { return m_sidebar; }
    int connectionCount() const { return static_cast<int>(m_entries.size()); }
    QString statusBarText() const;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    struct Entry {
        QWidget* workspace = nullptr; // MqttWorkspace or KafkaWorkspace, in m_stack
        MqttConnection* mqtt = nullptr;
        KafkaConnection* kafka = nullptr;
        QString profile;  // the profile it was opened from, if any
        QString address;  // URL or bootstrap list
        QStringList filters;
        QString status;   // the status-bar line: "MQTT: connected to ..."
        quint64 opened = 0; // order of opening/selection, for "most recent"
        quint64 statusRequest = 0; // Kafka: the request the status line shows as running
    };

    void buildActions();
    void buildToolbar();
    void buildCentre();
    void fillProfileMenu();
    void fillViewMenu();
    Entry& addMqttEntry(const QString& name);
    Entry& addKafkaEntry(const QString& name);
    void followMqtt(Entry& entry);
    void followKafka(Entry& entry);
    Entry* entryFor(QWidget* workspace);
    const Entry* entryFor(const QObject* connection) const;
    const Entry* current(bool mqtt) const;
    Entry* currentMutable(bool mqtt);
    void setEntryStatus(const QObject* connection, const QString& status, const QString& sidebarState);
    void select(QWidget* workspace);
    void closeConnection(QWidget* workspace);
    void connectFromToolbar();
    void refreshCurrentView();
    void showStatus(const QString& text);

    std::vector<Entry> m_entries;
    quint64 m_openCounter = 0;
    ConnectionSidebar* m_sidebar = nullptr;
    QStackedWidget* m_stack = nullptr;
    QWidget* m_emptyPage = nullptr;
    QLineEdit* m_urlEdit = nullptr;
    QLineEdit* m_filterEdit = nullptr;
    QLabel* m_status = nullptr;
    QMenu* m_profileMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QAction* m_closeAction = nullptr;
    QPointer<ConnectionManagerDialog> m_manager;
};
