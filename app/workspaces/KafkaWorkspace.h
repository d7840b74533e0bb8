#pragma once

#include <QTabWidget>

class KafkaConnection;
class KafkaClusterView;

// Everything the GUI shows of one Kafka cluster: one tab per Kafka view (app/views/kafka*/), all
// on the same KafkaConnection. The shell (MainWindow) holds one workspace per open cluster.
class KafkaWorkspace : public QTabWidget {
    Q_OBJECT
public:
    explicit KafkaWorkspace(KafkaConnection* connection, QWidget* parent = nullptr);

    KafkaConnection* connection() const { return m_connection; }
    KafkaClusterView* clusterView() const { return m_clusterView; }

private:
    KafkaConnection* m_connection;
    KafkaClusterView* m_clusterView;
};
