#include "workspaces/KafkaWorkspace.h"

#include "views/kafkaacls/KafkaAclsView.h"
#include "views/kafkacluster/KafkaClusterView.h"
#include "views/kafkacopy/KafkaCopyView.h"
#include "views/kafkamessages/KafkaMessagesView.h"
#include "views/kafkagroups/KafkaGroupsView.h"
#include "views/kafkareset/KafkaResetView.h"
#include "views/provision/ProvisionView.h"

// One line per view: the views know their connection, not each other.
KafkaWorkspace::KafkaWorkspace(KafkaConnection* connection, QWidget* parent)
    : QTabWidget(parent), m_connection(connection), m_clusterView(new KafkaClusterView(connection, this)) {
    setDocumentMode(true);
    addTab(m_clusterView, tr("Cluster"));
    addTab(new KafkaMessagesView(connection, this), tr("Messages"));
    addTab(new KafkaGroupsView(connection, this), tr("Consumer groups"));
    addTab(new KafkaResetView(connection, this), tr("Offset reset"));
    addTab(new KafkaAclsView(connection, this), tr("ACLs"));
    addTab(new KafkaCopyView(connection, this), tr("Copy"));
    addTab(new ProvisionView(connection, this), tr("Provisioning"));
}
