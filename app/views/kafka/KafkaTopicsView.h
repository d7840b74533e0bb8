#pragma once

#include <QWidget>

class KafkaConnection;
class KafkaTopicsModel;
class QTableView;

// The Kafka topic list of one KafkaConnection, refreshed on demand and whenever a cluster is
// opened. Opening another cluster empties the list first: a topic is only ever shown under the
// cluster it was listed from.
class KafkaTopicsView : public QWidget {
    Q_OBJECT
public:
    explicit KafkaTopicsView(KafkaConnection* connection, QWidget* parent = nullptr);

    KafkaTopicsModel* model() const { return m_model; }
    void refresh();

private:
    KafkaConnection* m_connection;
    KafkaTopicsModel* m_model;
    QTableView* m_table;
};
