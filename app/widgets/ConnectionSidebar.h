#pragma once

#include <QListWidget>

// The open connections, one row each: an icon for the system (MQTT or Kafka), the connection's
// name (profile name or address) and its live state on a second line. Rows are addressed by
// the workspace they stand for; the shell (MainWindow) keeps the connections themselves.
class ConnectionSidebar : public QListWidget {
    Q_OBJECT
public:
    enum class System { Mqtt, Kafka };

    explicit ConnectionSidebar(QWidget* parent = nullptr);

    void addConnection(QWidget* workspace, System system, const QString& name);
    void removeConnection(QWidget* workspace);
    void setState(QWidget* workspace, const QString& state);
    void setName(QWidget* workspace, const QString& name);
    void select(QWidget* workspace);

    QString nameOf(QWidget* workspace) const;
    QString stateOf(QWidget* workspace) const;
    QWidget* workspaceAt(int row) const;
    QWidget* currentWorkspace() const;

signals:
    void currentWorkspaceChanged(QWidget* workspace); // nullptr: none left
    void closeRequested(QWidget* workspace);

protected:
    void changeEvent(QEvent* event) override;

private:
    QListWidgetItem* itemFor(QWidget* workspace) const;
    void refreshText(QListWidgetItem* item);
    QIcon systemIcon(System system) const;
    void showContextMenu(const QPoint& pos);
};
