#include "workspaces/KafkaWorkspace.h"

#include "views/kafka/KafkaTopicsView.h"
#include "views/kafkacopy/KafkaCopyView.h"
#include "views/provision/ProvisionView.h"

// One line per view: the views know their connection, not each other.
KafkaWorkspace::KafkaWorkspace(KafkaConnection* connection, QWidget* parent)
    : QTabWidget(parent), m_connection(connection), m_topicsView(new KafkaTopicsView(connection, this)) {
    setDocumentMode(true);
    addTab(m_topicsView, tr("Topics"));
    addTab(new ProvisionView(connection, this), tr("Provisioning"));
    addTab(new KafkaCopyView(connection, this), tr("Copy"));
}
