#include "workspaces/KafkaWorkspace.h"

#include "views/kafka/KafkaTopicsView.h"
#include "views/kafkagroups/KafkaGroupsView.h"
#include "views/kafkareset/KafkaResetView.h"

// One line per view: the views know their connection, not each other.
KafkaWorkspace::KafkaWorkspace(KafkaConnection* connection, QWidget* parent)
    : QTabWidget(parent), m_connection(connection), m_topicsView(new KafkaTopicsView(connection, this)) {
    setDocumentMode(true);
    addTab(m_topicsView, tr("Topics"));
    addTab(new KafkaGroupsView(connection, this), tr("Consumer groups"));
    addTab(new KafkaResetView(connection, this), tr("Offset reset"));
}
