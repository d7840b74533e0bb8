#include "workspaces/KafkaWorkspace.h"

#include "views/kafkaacls/KafkaAclsView.h"
#include "views/kafkacluster/KafkaClusterView.h"

// One line per view: the views know their connection, not each other.
KafkaWorkspace::KafkaWorkspace(KafkaConnection* connection, QWidget* parent)
    : QTabWidget(parent), m_connection(connection), m_clusterView(new KafkaClusterView(connection, this)) {
    setDocumentMode(true);
    addTab(m_clusterView, tr("Cluster"));
    addTab(new KafkaAclsView(connection, this), tr("ACLs"));
}
