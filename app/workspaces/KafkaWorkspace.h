#pragma once

#include <QTabWidget>

class KafkaConnection;
class KafkaTopicsView;

// Everything the GUI shows of one Kafka cluster: one tab per Kafka view (app/views/kafka*/), all
// on the same KafkaConnection. The shell (MainWindow) holds one workspace per open cluster.
class KafkaWorkspace : public QTabWidget {
    Q_OBJECT
public:
    explicit KafkaWorkspace(KafkaConnection* connection, QWidget* parent = nullptr);

    KafkaConnection* connection() const { return m_connection; }
    KafkaTopicsView* topicsView() const { return m_topicsView; }

private:
    KafkaConnection* m_connection;
    KafkaTopicsView* m_topicsView;
};
