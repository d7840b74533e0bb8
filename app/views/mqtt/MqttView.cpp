#include "views/mqtt/MqttView.h"

#include "backend/MqttConnection.h"
#include "charts/RateChart.h"
#include "models/TopicTreeModel.h"
#include "widgets/PayloadPane.h"

#include <QHeaderView>
#include <QTreeView>
#include <QVBoxLayout>

MqttView::MqttView(MqttConnection* connection, QWidget* parent)
    : QSplitter(Qt::Horizontal, parent), m_topicModel(new TopicTreeModel(this)), m_topicView(new QTreeView(this)) {
    m_topicView->setModel(m_topicModel);
    m_topicView->setUniformRowHeights(true);
    m_topicView->header()->setSectionResizeMode(TopicTreeModel::TopicColumn, QHeaderView::Interactive);
    m_topicView->setColumnWidth(TopicTreeModel::TopicColumn, 260);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    m_payloadPane = new PayloadPane(right);
    m_rateChart = new RateChart(right);
    rightLayout->addWidget(m_payloadPane, 4);
    rightLayout->addWidget(m_rateChart, 1);
    setStretchFactor(0, 1);
    setStretchFactor(1, 1);
    setSizes({560, 720});

    connect(connection, &MqttConnection::opened, this, [this] {
        m_payloadPane->showNode(nullptr); // before the nodes it shows are gone
        m_topicModel->clear();
    });
    connect(connection, &MqttConnection::batchReady, m_topicModel, &TopicTreeModel::applyBatch);
    connect(connection, &MqttConnection::batchReady, m_rateChart,
            [this](const MqttBatchPtr& batch) { m_rateChart->addMessages(static_cast<qsizetype>(batch->size())); });
    connect(m_topicView->selectionModel(), &QItemSelectionModel::currentChanged, this, &MqttView::showSelectedPayload);
    connect(m_topicModel, &QAbstractItemModel::dataChanged, m_payloadPane, &PayloadPane::refresh);
    connect(m_topicModel, &QAbstractItemModel::rowsInserted, this, &MqttView::expandNearRoot);
}

// New branches near the root open by themselves, so a fresh tree shows its shape at once.
void MqttView::expandNearRoot(const QModelIndex& parent, int first, int last) {
    int depth = 0;
    for (QModelIndex p = parent; p.isValid(); p = p.parent())
        ++depth;
    if (depth >= 2)
        return;
    for (int row = first; row <= last; ++row)
        m_topicView->expand(m_topicModel->index(row, 0, parent));
}

void MqttView::showSelectedPayload() {
    m_payloadPane->showNode(m_topicModel->node(m_topicView->currentIndex()));
}
