#pragma once

#include <QSplitter>

class MqttConnection;
class PayloadPane;
class QTreeView;
class RateChart;
class TopicTreeModel;

// The MQTT view: the live topic tree of one MqttConnection, the payload pane of the selected
// topic and the message-rate chart. Batches from the connection go to the model and the chart;
// opening another broker starts an empty tree.
class MqttView : public QSplitter {
    Q_OBJECT
public:
    explicit MqttView(MqttConnection* connection, QWidget* parent = nullptr);

    TopicTreeModel* topicModel() const { return m_topicModel; }
    PayloadPane* payloadPane() const { return m_payloadPane; }
    QTreeView* topicView() const { return m_topicView; }

private:
    void showSelectedPayload();
    void expandNearRoot(const QModelIndex& parent, int first, int last);

    TopicTreeModel* m_topicModel;
    QTreeView* m_topicView;
    PayloadPane* m_payloadPane;
    RateChart* m_rateChart;
};
