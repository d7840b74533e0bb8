#include "MainWindow.h"

#include "backend/KafkaConnection.h"
#include "backend/MqttConnection.h"
#include "common/Error.h"
#include "profile/ConnectionResolver.h"
#include "profile/ProfileStore.h"
#include "views/kafkacluster/KafkaClusterView.h"
#include "views/mqtt/MqttView.h"
#include "workspaces/KafkaWorkspace.h"
#include "workspaces/MqttWorkspace.h"
#include "widgets/DialogSecretPrompter.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_mqtt(new MqttConnection(this)), m_kafka(new KafkaConnection(this)) {
    setWindowTitle(tr("mqkit"));
    resize(1280, 800);
    buildToolbar();
    buildViews();
    buildStatusBar();
    showMqttStatus();
    showKafkaStatus();
    reloadProfiles();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildToolbar() {
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
}

// One workspace per connection; each holds the views of its system.
void MainWindow::buildViews() {
    m_tabs = new QTabWidget(this);
    m_mqttWorkspace = new MqttWorkspace(m_mqtt, m_tabs);
    m_tabs->addTab(m_mqttWorkspace, tr("MQTT"));
    m_kafkaWorkspace = new KafkaWorkspace(m_kafka, m_tabs);
    m_tabs->addTab(m_kafkaWorkspace, tr("Kafka"));
    setCentralWidget(m_tabs);
}

void MainWindow::buildStatusBar() {
    m_mqttStatus = new QLabel(tr("MQTT: not connected"), this);
    m_kafkaStatus = new QLabel(tr("Kafka: not connected"), this);
    statusBar()->addWidget(m_mqttStatus, 1);
    statusBar()->addWidget(m_kafkaStatus, 1);
}

// The MQTT connection's state, as one line in the status bar.
void MainWindow::showMqttStatus() {
    connect(m_mqtt, &MqttConnection::connected, this, [this](const QString& url) {
        m_urlEdit->setText(url);
        setMqttStatus(tr("MQTT: connected to %1").arg(url));
    });
    connect(m_mqtt, &MqttConnection::failed, this, [this](const QString& msg) { setMqttStatus(tr("MQTT: %1").arg(msg)); });
    connect(m_mqtt, &MqttConnection::connectionEvent, this,
            [this](const QString& url, const QString& text, bool) { setMqttStatus(tr("MQTT: %1: %2").arg(url, text)); });
}

// The Kafka connection's requests, whichever view asked: the one place that shows their progress.
void MainWindow::showKafkaStatus() {
    connect(m_kafka, &KafkaConnection::requestStarted, this, [this](const KafkaRequest& request, const QString& what) {
        if (request.cluster.isEmpty())
            return; // no cluster open: requestFailed says so
        m_kafkaStatusRequest = request.id;
        setKafkaStatus(tr("Kafka: %1 on %2 …").arg(what, request.cluster));
    });
    // A request that succeeded ends its "…" line (a view's result may say more right after).
    connect(m_kafka, &KafkaConnection::requestSucceeded, this,
            [this](const KafkaRequest& request) {
                if (request.id == m_kafkaStatusRequest)
                    setKafkaStatus(tr("Kafka: connected to %1").arg(request.cluster));
            });
    connect(m_kafka, &KafkaConnection::requestFailed, this,
            [this](const KafkaRequest&, const QString& msg) { setKafkaStatus(tr("Kafka: %1").arg(msg)); });
    connect(m_kafka, &KafkaConnection::topicsListed, this,
            [this](const KafkaRequest& request, const std::vector<mqkit::KafkaTopicInfo>& topics) {
                setKafkaStatus(tr("Kafka: %n topic(s) on %1", nullptr, static_cast<int>(topics.size())).arg(request.cluster));
            });
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
    if (filters.size() == 1)
        m_filterEdit->setText(filters.front()); // the toolbar shows what is subscribed
    m_mqtt->open(options, filters);
}

void MainWindow::openKafka(const mqkit::KafkaClientConfig& config) {
    m_kafka->open(config); // the topics view lists the new cluster's topics
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

TopicTreeModel* MainWindow::topicModel() const {
    return m_mqttWorkspace->topicsView()->topicModel();
}

PayloadPane* MainWindow::payloadPane() const {
    return m_mqttWorkspace->topicsView()->payloadPane();
}

QTreeView* MainWindow::topicView() const {
    return m_mqttWorkspace->topicsView()->topicView();
}

KafkaTopicsModel* MainWindow::kafkaModel() const {
    return m_kafkaWorkspace->clusterView()->topicsModel();
}
