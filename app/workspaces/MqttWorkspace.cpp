#include "workspaces/MqttWorkspace.h"

#include "views/mqtt/MqttView.h"
#include "views/mqttrecord/MqttRecordView.h"

// One line per view: the views know their connection, not each other.
MqttWorkspace::MqttWorkspace(MqttConnection* connection, QWidget* parent)
    : QTabWidget(parent), m_connection(connection), m_topicsView(new MqttView(connection, this)) {
    setDocumentMode(true);
    addTab(m_topicsView, tr("Topics"));
    addTab(new MqttRecordView(connection, this), tr("Record / Replay"));
}
