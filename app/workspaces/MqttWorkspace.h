#pragma once

#include <QTabWidget>

class MqttConnection;
class MqttView;

// Everything the GUI shows of one MQTT broker: one tab per MQTT view (app/views/mqtt*/), all on
// the same MqttConnection. The shell (MainWindow) holds one workspace per open connection.
class MqttWorkspace : public QTabWidget {
    Q_OBJECT
public:
    explicit MqttWorkspace(MqttConnection* connection, QWidget* parent = nullptr);

    MqttConnection* connection() const { return m_connection; }
    MqttView* topicsView() const { return m_topicsView; }

private:
    MqttConnection* m_connection;
    MqttView* m_topicsView;
};
