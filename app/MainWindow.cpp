#include "MainWindow.h"

#include "charts/RateChart.h"
#include "common/Error.h"
#include "models/KafkaTopicsModel.h"
#include "models/TopicTreeModel.h"
#include "profile/ConnectionResolver.h"
#include "profile/ProfileStore.h"
#include "workers/KafkaWorker.h"
#include "widgets/DialogSecretPrompter.h"
#include "widgets/PayloadPane.h"
#include "workers/MqttWorker.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_topicModel(new TopicTreeModel(this)), m_kafkaModel(new KafkaTopicsModel(this)),
      m_mqttWorker(new MqttWorker), m_kafkaWorker(new KafkaWorker) {
    m_mqttWorker->moveToThread(&m_mqttThread);
    m_kafkaWorker->moveToThread(&m_kafkaThread);
    connect(&m_mqttThread, &QThread::finished, m_mqttWorker, &QObject::deleteLater);
    connect(&m_kafkaThread, &QThread::finished, m_kafkaWorker, &QObject::deleteLater);
    connect(this, &MainWindow::startMqtt, m_mqttWorker, &MqttWorker::start);
    connect(this, &MainWindow::listKafkaTopics, m_kafkaWorker, &KafkaWorker::listTopics);
    connect(m_mqttWorker, &MqttWorker::batchReady, m_topicModel, &TopicTreeModel::applyBatch);
    connect(m_mqttWorker, &MqttWorker::batchReady, this,
            [this](const MqttBatchPtr& batch) { m_rateChart->addMessages(static_cast<qsizetype>(batch->size())); });
    connect(m_mqttWorker, &MqttWorker::connected, this, [this](const QString& url) {
        m_urlEdit->setText(url);
        setMqttStatus(tr("MQTT: connected to %1").arg(url));
    });
    connect(m_mqttWorker, &MqttWorker::failed, this, [this](const QString& msg) { setMqttStatus(tr("MQTT: %1").arg(msg)); });
    connect(m_mqttWorker, &MqttWorker::connectionEvent, this,
            [this](const QString& url, const QString& text, bool) { setMqttStatus(tr("MQTT: %1: %2").arg(url, text)); });
    connect(m_kafkaWorker, &KafkaWorker::topicsReady, m_kafkaModel, &KafkaTopicsModel::setTopics);
    connect(m_kafkaWorker, &KafkaWorker::topicsReady, this, [this](const std::vector<mqkit::KafkaTopicInfo>& topics) {
        setKafkaStatus(tr("Kafka: %n topic(s) on %1", nullptr, static_cast<int>(topics.size()))
                           .arg(m_kafkaConfig ? m_kafkaConfig->bootstrap : QString()));
    });
    connect(m_kafkaWorker, &KafkaWorker::failed, this, [this](const QString& msg) { setKafkaStatus(tr("Kafka: %1").arg(msg)); });
    m_mqttThread.setObjectName(QStringLiteral("mqtt-io"));
    m_kafkaThread.setObjectName(QStringLiteral("kafka-io"));
    m_mqttThread.start();
    m_kafkaThread.start();
    buildUi();
    reloadProfiles();
}

MainWindow::~MainWindow() {
    QMetaObject::invokeMethod(m_mqttWorker, &MqttWorker::stop, Qt::BlockingQueuedConnection);
    m_mqttThread.quit();
    m_kafkaThread.quit();
    m_mqttThread.wait();
    m_kafkaThread.wait();
}

void MainWindow::buildUi() {
    setWindowTitle(tr("mqkit"));
    resize(1280, 800);

    auto* toolbar = addToolBar(tr("Connection"));
    toolbar->setMovable(false);
    m_profileBox = new QComboBox(toolbar);
    m_profileBox->setMinimumWidth(160);
    toolbar->addWidget(new QLabel(tr("Profile "), toolbar));
    toolbar->addWidget(m_profileBox);
    auto* openProfileButton = new QPushButton(tr("Open"), toolbar);
    toolbar->addWidget(openProfileButton);
    toolbar->addSeparator();
    m_urlEdit = new QLineEdit(toolbar);
    m_urlEdit->setPlaceholderText(QStringLiteral("mqtt://localhost:1883"));
    m_urlEdit->setMinimumWidth(220);
    m_filterEdit = new QLineEdit(QStringLiteral("#"), toolbar);
    m_filterEdit->setMaximumWidth(160);
    auto* connectButton = new QPushButton(tr("Connect"), toolbar);
    toolbar->addWidget(new QLabel(tr("MQTT "), toolbar));
    toolbar->addWidget(m_urlEdit);
    toolbar->addWidget(m_filterEdit);
    toolbar->addWidget(connectButton);
    connect(openProfileButton, &QPushButton::clicked, this, [this] { openProfile(m_profileBox->currentText()); });
    connect(connectButton, &QPushButton::clicked, this, &MainWindow::connectFromToolbar);
    connect(m_urlEdit, &QLineEdit::returnPressed, this, &MainWindow::connectFromToolbar);

    auto* tabs = new QTabWidget(this);

    auto* mqttSplit = new QSplitter(Qt::Horizontal, tabs);
    m_topicView = new QTreeView(mqttSplit);
    m_topicView->setModel(m_topicModel);
    m_topicView->setUniformRowHeights(true);
    m_topicView->header()->setSectionResizeMode(TopicTreeModel::TopicColumn, QHeaderView::Interactive);
    m_topicView->setColumnWidth(TopicTreeModel::TopicColumn, 260);
    auto* right = new QWidget(mqttSplit);
    auto* rightLayout = new QVBoxLayout(right);
    m_payloadPane = new PayloadPane(right);
    m_rateChart = new RateChart(right);
    rightLayout->addWidget(m_payloadPane, 4);
    rightLayout->addWidget(m_rateChart, 1);
    mqttSplit->setStretchFactor(0, 1);
    mqttSplit->setStretchFactor(1, 1);
    mqttSplit->setSizes({560, 720});
    connect(m_topicView->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::showSelectedPayload);
    connect(m_topicModel, &QAbstractItemModel::dataChanged, m_payloadPane, &PayloadPane::refresh);
    // New branches near the root open by themselves, so a fresh tree shows its shape at once.
    connect(m_topicModel, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex& parent, int first, int last) {
        int depth = 0;
        for (QModelIndex p = parent; p.isValid(); p = p.parent())
            ++depth;
        if (depth >= 2)
            return;
        for (int row = first; row <= last; ++row)
            m_topicView->expand(m_topicModel->index(row, 0, parent));
    });
    tabs->addTab(mqttSplit, tr("MQTT topics"));

    auto* kafkaPage = new QWidget(tabs);
    auto* kafkaLayout = new QVBoxLayout(kafkaPage);
    auto* refresh = new QPushButton(tr("Refresh"), kafkaPage);
    m_kafkaView = new QTableView(kafkaPage);
    m_kafkaView->setModel(m_kafkaModel);
    m_kafkaView->horizontalHeader()->setStretchLastSection(true);
    kafkaLayout->addWidget(refresh, 0, Qt::AlignLeft);
    kafkaLayout->addWidget(m_kafkaView);
    connect(refresh, &QPushButton::clicked, this, &MainWindow::refreshKafka);
    tabs->addTab(kafkaPage, tr("Kafka topics"));

    setCentralWidget(tabs);
    m_mqttStatus = new QLabel(tr("MQTT: not connected"), this);
    m_kafkaStatus = new QLabel(tr("Kafka: not connected"), this);
    statusBar()->addWidget(m_mqttStatus, 1);
    statusBar()->addWidget(m_kafkaStatus, 1);
}

void MainWindow::reloadProfiles() {
    m_profileBox->clear();
    try {
        mqkit::ProfileStore store(mqkit::ProfileStore::defaultPath());
        for (const auto& p : store.list())
            m_profileBox->addItem(p.name);
    } catch (const mqkit::Error& e) {
        setMqttStatus(e.message());
    }
}

void MainWindow::openMqtt(const mqkit::MqttConnectOptions& options, const QStringList& filters) {
    setMqttStatus(tr("MQTT: connecting to %1 …").arg(options.url.toString()));
    emit startMqtt(options, filters);
}

void MainWindow::openKafka(const mqkit::KafkaClientConfig& config) {
    m_kafkaConfig = config;
    refreshKafka();
}

void MainWindow::refreshKafka() {
    if (!m_kafkaConfig) {
        setKafkaStatus(tr("Kafka: open a Kafka profile first"));
        return;
    }
    setKafkaStatus(tr("Kafka: listing topics on %1 …").arg(m_kafkaConfig->bootstrap));
    emit listKafkaTopics(*m_kafkaConfig, false);
}

bool MainWindow::openProfile(const QString& name) {
    try {
        const mqkit::ProfileKind kind = mqkit::ProfileStore(mqkit::ProfileStore::defaultPath()).get(name).kind;
        DialogSecretPrompter prompter(this);
        if (kind == mqkit::ProfileKind::Mqtt)
            openMqtt(mqkit::resolveMqttConnection(name, {}, {}, &prompter), {currentFilter()});
        else
            openKafka(mqkit::resolveKafkaConnection(name, {}, {}, &prompter));
        return true;
    } catch (const mqkit::Error& e) {
        setMqttStatus(e.message());
        return false;
    }
}

void MainWindow::connectFromToolbar() {
    try {
        mqkit::MqttConnectionOverrides overrides;
        overrides.url = m_urlEdit->text().isEmpty() ? m_urlEdit->placeholderText() : m_urlEdit->text();
        DialogSecretPrompter prompter(this);
        openMqtt(mqkit::resolveMqttConnection({}, overrides, {}, &prompter), {currentFilter()});
    } catch (const mqkit::Error& e) {
        setMqttStatus(e.message());
    }
}

QString MainWindow::currentFilter() const {
    return m_filterEdit->text().isEmpty() ? QStringLiteral("#") : m_filterEdit->text();
}

void MainWindow::showSelectedPayload() {
    m_payloadPane->showNode(m_topicModel->node(m_topicView->currentIndex()));
}

void MainWindow::setMqttStatus(const QString& text) {
    m_mqttStatus->setText(text);
}

void MainWindow::setKafkaStatus(const QString& text) {
    m_kafkaStatus->setText(text);
}

QString MainWindow::mqttStatusText() const {
    return m_mqttStatus->text();
}

QString MainWindow::kafkaStatusText() const {
    return m_kafkaStatus->text();
}
