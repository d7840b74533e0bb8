#include "views/kafka/KafkaTopicsView.h"

#include "backend/KafkaConnection.h"
#include "models/KafkaTopicsModel.h"

#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

KafkaTopicsView::KafkaTopicsView(KafkaConnection* connection, QWidget* parent)
    : QWidget(parent), m_connection(connection), m_model(new KafkaTopicsModel(this)), m_table(new QTableView(this)) {
    auto* layout = new QVBoxLayout(this);
    auto* refreshButton = new QPushButton(tr("Refresh"), this);
    m_table->setModel(m_model);
    // Topic names are what one reads: their column takes the width, the numbers fit their contents.
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(KafkaTopicsModel::NameColumn, QHeaderView::Stretch);
    layout->addWidget(refreshButton, 0, Qt::AlignLeft);
    layout->addWidget(m_table);
    connect(refreshButton, &QPushButton::clicked, this, &KafkaTopicsView::refresh);
    connect(connection, &KafkaConnection::opened, this, [this] {
        m_model->setTopics({});
        refresh();
    });
    connect(connection, &KafkaConnection::topicsListed, m_model,
            [this](const KafkaRequest&, const std::vector<mqkit::KafkaTopicInfo>& topics) { m_model->setTopics(topics); });
}

void KafkaTopicsView::refresh() {
    m_connection->listTopics();
}
