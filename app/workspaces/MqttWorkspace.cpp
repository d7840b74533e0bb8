#include "workspaces/MqttWorkspace.h"

#include "views/bridge/BridgeView.h"
#include "views/mqtt/MqttView.h"
#include "views/mqttrecord/MqttRecordView.h"
#include "views/mqttcharts/MqttChartsView.h"
#include "views/mqttpublish/MqttPublishView.h"

// One line per view: the views know their connection, not each other.
MqttWorkspace::MqttWorkspace(MqttConnection* connection, QWidget* parent)
    : QTabWidget(parent), m_connection(connection), m_topicsView(new MqttView(connection, this)) {
    setDocumentMode(true);
    addTab(m_topicsView, tr("Topics"));
    addTab(new MqttPublishView(connection, this), tr("Publish"));
    addTab(new MqttChartsView(connection, this), tr("Charts"));
    addTab(new MqttRecordView(connection, this), tr("Record / Replay"));
    addTab(new BridgeView(connection, this), tr("Bridge"));
}
