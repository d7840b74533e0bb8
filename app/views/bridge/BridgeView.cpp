#include "views/bridge/BridgeView.h"

#include "backend/MqttConnection.h"
#include "bridge/BridgeSetup.h"
#include "charts/ValueChart.h"
#include "common/Error.h"
#include "profile/ConnectionResolver.h"
#include "profile/ProfileStore.h"
#include "widgets/SavedProfiles.h"
#include "views/bridge/BridgeRunner.h"
#include "widgets/DialogSecretPrompter.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

using namespace mqkit;

namespace {

QLabel* valueLabel(const QString& name, QWidget* parent) {
    auto* label = new QLabel(QStringLiteral("–"), parent);
    label->setObjectName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// A line edit with a "Browse…" button beside it that fills it from a file dialog.
QWidget* withBrowse(QLineEdit* edit, const QString& title, bool save, QWidget* parent) {
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* browse = new QPushButton(BridgeView::tr("Browse…"), row);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    QObject::connect(browse, &QPushButton::clicked, parent, [edit, title, save, parent] {
        const QString file = save ? QFileDialog::getSaveFileName(parent, title, edit->text(), {}, nullptr, QFileDialog::DontConfirmOverwrite)
                                  : QFileDialog::getOpenFileName(parent, title, edit->text(), BridgeView::tr("YAML (*.yaml *.yml);;All files (*)"));
        if (!file.isEmpty())
            edit->setText(file);
    });
    return row;
}

// In the data directory (beside the profiles), named after the client id.
QString defaultSpoolPath(const QString& clientId) {
    QString name = clientId.trimmed().isEmpty() ? QStringLiteral("bridge") : clientId.trimmed();
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    return QFileInfo(ProfileStore::defaultPath()).absolutePath() + QLatin1Char('/') + name + QStringLiteral(".spool");
}

double perSecond(std::int64_t now, std::int64_t before, std::int64_t elapsedMs) {
    return elapsedMs > 0 ? static_cast<double>(std::max<std::int64_t>(0, now - before)) * 1000.0 / static_cast<double>(elapsedMs) : 0.0;
}

} // namespace

BridgeView::BridgeView(MqttConnection* connection, QWidget* parent)
    : QWidget(parent), m_connection(connection), m_runner(new BridgeRunner(this)) {
    auto* layout = new QVBoxLayout(this);
    m_settings = new QWidget(this);
    auto* settings = new QHBoxLayout(m_settings);
    settings->setContentsMargins(0, 0, 0, 0);
    settings->addWidget(buildConnectionBox(), 1);
    settings->addWidget(buildRoutesBox(), 1);
    layout->addWidget(m_settings);
    layout->addWidget(buildButtons());
    auto* live = new QHBoxLayout;
    live->addWidget(buildStateBox());
    auto* chartBox = new QGroupBox(tr("Records to Kafka per second"), this);
    auto* chartLayout = new QVBoxLayout(chartBox);
    m_chart = new ValueChart(chartBox);
    m_chart->setNonNegative(true);
    chartLayout->addWidget(m_chart);
    live->addWidget(chartBox, 1);
    layout->addLayout(live, 1);

    connect(m_runner, &BridgeRunner::started, this, &BridgeView::onStarted);
    connect(m_runner, &BridgeRunner::statusChanged, this, &BridgeView::showStatus);
    connect(m_runner, &BridgeRunner::stopped, this, &BridgeView::onStopped);
    reloadProfiles();
    showNotRunning();
    updateEnabled();
    showMessage(tr("The bridge subscribes on this broker with its own session and writes to Kafka; "
                   "messages wait in the spool file until Kafka has them."),
                false);
}

BridgeView::~BridgeView() = default; // the runner stops the bridge and waits for it

bool BridgeView::isRunning() const {
    return m_runner->isRunning();
}

QGroupBox* BridgeView::buildConnectionBox() {
    auto* box = new QGroupBox(tr("Bridge"), this);
    auto* outer = new QVBoxLayout(box);
    auto* form = new QFormLayout;
    outer->addLayout(form);
    m_kafka = new QComboBox(box);
    m_kafka->setObjectName(QStringLiteral("bridgeKafka"));
    m_kafka->setEditable(true);
    m_kafka->lineEdit()->setPlaceholderText(tr("a Kafka profile or host:9092"));
    form->addRow(tr("Kafka cluster"), m_kafka);
    m_clientId = new QLineEdit(QStringLiteral("mqkit-bridge"), box);
    m_clientId->setObjectName(QStringLiteral("bridgeClientId"));
    m_clientId->setToolTip(tr("Fixed MQTT client id: the broker keeps this session and holds messages while the bridge is down"));
    form->addRow(tr("MQTT client id"), m_clientId);
    m_qos = new QComboBox(box);
    m_qos->addItem(tr("1: at least once"), 1);
    m_qos->addItem(tr("2: released by the broker only once spooled"), 2);
    form->addRow(tr("QoS"), m_qos);
    m_spool = new QLineEdit(defaultSpoolPath(m_clientId->text()), box);
    m_spool->setObjectName(QStringLiteral("bridgeSpool"));
    m_spool->setToolTip(tr("SQLite file where messages wait until Kafka acknowledged them; kept across starts"));
    form->addRow(tr("Spool file"), withBrowse(m_spool, tr("Spool file"), true, this));
    // The default spool is per client id, as each bridge needs its own; a path the user chose stays.
    connect(m_clientId, &QLineEdit::textEdited, this, [this](const QString& id) {
        if (m_spool->text() == defaultSpoolPath(m_spoolDefaultFor))
            m_spool->setText(defaultSpoolPath(id));
        m_spoolDefaultFor = id;
    });
    m_spoolDefaultFor = m_clientId->text();
    outer->addStretch(1);
    return box;
}

QGroupBox* BridgeView::buildRoutesBox() {
    auto* box = new QGroupBox(tr("Routes"), this);
    auto* layout = new QVBoxLayout(box);
    m_oneRoute = new QRadioButton(tr("One route"), box);
    m_routesFromFile = new QRadioButton(tr("Routes from a YAML file"), box);
    auto* group = new QButtonGroup(box);
    group->addButton(m_oneRoute);
    group->addButton(m_routesFromFile);
    m_oneRoute->setChecked(true);
    m_routeFields = new QWidget(box);
    auto* form = new QFormLayout(m_routeFields);
    form->setContentsMargins(20, 0, 0, 0);
    m_from = new QLineEdit(m_routeFields);
    m_from->setPlaceholderText(QStringLiteral("t/{tenant}/d/{deviceId}/telemetry"));
    m_from->setToolTip(tr("MQTT topic template: a {name} level subscribes as + and names the level; "
                          "a $share/GROUP/ prefix splits the load between bridges"));
    form->addRow(tr("From MQTT"), m_from);
    m_to = new QLineEdit(m_routeFields);
    m_to->setPlaceholderText(tr("telemetry (dead letters go to telemetry.dlq)"));
    form->addRow(tr("To Kafka topic"), m_to);
    m_key = new QLineEdit(m_routeFields);
    m_key->setPlaceholderText(tr("{deviceId} or $.deviceId; empty: no key"));
    form->addRow(tr("Record key"), m_key);
    m_requireJson = new QCheckBox(tr("Payloads that are not JSON go to the dead-letter topic"), m_routeFields);
    form->addRow(QString(), m_requireJson);
    m_fileFields = new QWidget(box);
    auto* fileLayout = new QHBoxLayout(m_fileFields);
    fileLayout->setContentsMargins(20, 0, 0, 0);
    m_routesFile = new QLineEdit(m_fileFields);
    m_routesFile->setObjectName(QStringLiteral("bridgeRoutesFile"));
    m_routesFile->setPlaceholderText(tr("routes.yaml (routes: [{from, to, key, require_json}])"));
    fileLayout->addWidget(withBrowse(m_routesFile, tr("Routes file"), false, this));
    layout->addWidget(m_oneRoute);
    layout->addWidget(m_routeFields);
    layout->addWidget(m_routesFromFile);
    layout->addWidget(m_fileFields);
    layout->addStretch(1);
    connect(m_oneRoute, &QRadioButton::toggled, this, &BridgeView::updateEnabled);
    return box;
}

QWidget* BridgeView::buildButtons() {
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_startButton = new QPushButton(tr("Start"), row);
    m_stopButton = new QPushButton(tr("Stop"), row);
    m_message = new QLabel(row);
    m_message->setObjectName(QStringLiteral("bridgeMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_startButton);
    layout->addWidget(m_stopButton);
    layout->addWidget(m_message, 1);
    connect(m_startButton, &QPushButton::clicked, this, &BridgeView::start);
    connect(m_stopButton, &QPushButton::clicked, this, &BridgeView::stop);
    return row;
}

QGroupBox* BridgeView::buildStateBox() {
    auto* box = new QGroupBox(tr("State"), this);
    auto* grid = new QGridLayout(box);
    int row = 0;
    auto addRow = [&](const QString& name, QLabel* value, QLabel* rate = nullptr) {
        grid->addWidget(new QLabel(name, box), row, 0);
        grid->addWidget(value, row, 1, 1, rate ? 1 : 2);
        if (rate)
            grid->addWidget(rate, row, 2);
        ++row;
    };
    m_mqttState = valueLabel(QStringLiteral("bridgeMqttState"), box);
    m_kafkaState = valueLabel(QStringLiteral("bridgeKafkaState"), box);
    addRow(tr("MQTT"), m_mqttState);
    addRow(tr("Kafka"), m_kafkaState);
    grid->addWidget(new QLabel(tr("<i>total</i>"), box), row, 1);
    grid->addWidget(new QLabel(tr("<i>per second</i>"), box), row++, 2);
    m_in = valueLabel(QStringLiteral("bridgeIn"), box);
    m_out = valueLabel(QStringLiteral("bridgeOut"), box);
    m_dlq = valueLabel(QStringLiteral("bridgeDlq"), box);
    m_inRate = valueLabel(QStringLiteral("bridgeInRate"), box);
    m_outRate = valueLabel(QStringLiteral("bridgeOutRate"), box);
    m_dlqRate = valueLabel(QStringLiteral("bridgeDlqRate"), box);
    addRow(tr("In from MQTT"), m_in, m_inRate);
    addRow(tr("Out to Kafka"), m_out, m_outRate);
    addRow(tr("Dead letters"), m_dlq, m_dlqRate);
    m_duplicates = valueLabel(QStringLiteral("bridgeDuplicates"), box);
    m_resent = valueLabel(QStringLiteral("bridgeResent"), box);
    m_inFlight = valueLabel(QStringLiteral("bridgeInFlight"), box);
    addRow(tr("Duplicates (redelivered)"), m_duplicates);
    addRow(tr("Resent to Kafka"), m_resent);
    addRow(tr("In flight to Kafka"), m_inFlight);
    m_spoolState = valueLabel(QStringLiteral("bridgeSpoolState"), box);
    m_spoolBound = valueLabel(QStringLiteral("bridgeSpoolBound"), box);
    m_spoolBound->setWordWrap(true);
    addRow(tr("Spool"), m_spoolState);
    addRow(tr("Spool bound"), m_spoolBound);
    grid->setColumnMinimumWidth(1, 90);
    grid->setColumnMinimumWidth(2, 90);
    grid->setRowStretch(row, 1);
    box->setMinimumWidth(420);
    return box;
}

void BridgeView::reloadProfiles() {
    m_kafkaProfiles = savedProfileNames(ProfileKind::Kafka); // none saved: a bootstrap list still works
    const QString typed = m_kafka->currentText();
    m_kafka->clear();
    m_kafka->addItems(m_kafkaProfiles);
    if (!typed.isEmpty())
        m_kafka->setEditText(typed);
}

// Profiles saved since (File ▸ Connections…) show up when the tab is shown again.
void BridgeView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!m_runner->isRunning())
        reloadProfiles();
}

// A saved Kafka profile by name, else the text as a bootstrap list. Throws Error(Usage).
KafkaClientConfig BridgeView::kafkaFromFields() {
    const QString cluster = m_kafka->currentText().trimmed();
    if (cluster.isEmpty())
        throw Error(ErrorKind::Usage, tr("choose the Kafka cluster: a Kafka profile or host:port"));
    const bool profile = m_kafkaProfiles.contains(cluster);
    KafkaConnectionOverrides overrides;
    if (!profile)
        overrides.bootstrap = cluster;
    DialogSecretPrompter prompter(this);
    return resolveKafkaConnection(profile ? cluster : QString(), overrides, {}, &prompter);
}

// What the fields say, as `mqkit bridge` builds it from its flags. Throws Error(Usage).
BridgeOptions BridgeView::optionsFromFields() {
    if (!m_connection->isOpen())
        throw Error(ErrorKind::Usage, tr("open an MQTT broker first: the bridge subscribes on it"));
    BridgeRouteSpec route;
    if (m_oneRoute->isChecked())
        route = BridgeRouteSpec{m_from->text().trimmed(), m_to->text().trimmed(), m_key->text().trimmed(),
                                m_requireJson->isChecked(), tr("the route")};
    const QString routesFile = m_routesFromFile->isChecked() ? m_routesFile->text().trimmed() : QString();
    if (m_routesFromFile->isChecked() && routesFile.isEmpty())
        throw Error(ErrorKind::Usage, tr("choose the routes file"));
    BridgeOptions options;
    options.routes = chooseBridgeRoutes(routesFile, route);
    options.mqtt = m_connection->options();
    options.mqtt.clientId = m_clientId->text().trimmed();
    options.kafka = kafkaFromFields();
    options.qos = m_qos->currentData().toInt();
    options.spoolPath = m_spool->text().trimmed();
    return options;
}

void BridgeView::start() {
    if (m_runner->isRunning())
        return;
    BridgeOptions options;
    try {
        options = optionsFromFields();
    } catch (const Error& e) {
        showMessage(tr("Not started: %1").arg(e.message()), true);
        return;
    }
    QStringList routes;
    for (const BridgeRouteSpec& r : options.routes)
        routes << tr("%1 → %2").arg(r.from, r.to);
    try {
        m_runner->start(std::move(options));
    } catch (const Error& e) {
        showMessage(tr("Not started: %1").arg(e.message()), true);
        return;
    }
    m_last.reset();
    m_chart->clear();
    m_routesText = routes.join(QStringLiteral(", "));
    m_runningText.clear();
    showMessage(tr("Starting: opening the spool, connecting to both brokers …"), false);
    updateEnabled();
}

void BridgeView::stop() {
    if (!m_runner->isRunning())
        return;
    m_runner->requestStop();
    showMessage(tr("Stopping: records in flight may still be acknowledged by Kafka (at most a few seconds) …"), false);
    updateEnabled();
}

void BridgeView::onStarted(const QStringList& subscriptions) {
    m_runningText = tr("Running: %1 (subscribed to %2)").arg(m_routesText, subscriptions.join(QStringLiteral(", ")));
    if (!m_runner->isStopping())
        showMessage(m_runningText, false);
}

void BridgeView::showStatus(const BridgeStatus& status) {
    if (status.mqttConnected)
        m_mqttState->setText(tr("connected"));
    else if (!status.consuming)
        m_mqttState->setText(tr("paused: the spool is at its bound, the broker holds the backlog"));
    else
        m_mqttState->setText(tr("not connected (reconnecting)"));
    m_kafkaState->setText(status.kafkaProblem ? tr("cannot be reached (records wait in the spool)") : tr("ok"));
    m_kafkaState->setToolTip(status.kafkaProblem ? *status.kafkaProblem : QString());
    m_kafkaState->setStyleSheet(status.kafkaProblem ? QStringLiteral("color: #b00020;") : QString());
    showCounters(status);
    showSpool(status);
    if (m_runner->isRunning() && !m_runner->isStopping()) {
        if (status.spoolError)
            showMessage(tr("The spool cannot be written: %1").arg(*status.spoolError), true);
        else if (status.kafkaProblem)
            showMessage(tr("Kafka cannot be reached: %1. Messages wait in the spool.").arg(*status.kafkaProblem), true);
        else if (!m_runningText.isEmpty())
            showMessage(m_runningText, false);
    }
    m_last = status;
}

void BridgeView::showCounters(const BridgeStatus& status) {
    const QLocale locale;
    const BridgeCounters& c = status.counters;
    m_in->setText(locale.toString(static_cast<qlonglong>(c.received)));
    m_out->setText(locale.toString(static_cast<qlonglong>(c.delivered)));
    m_dlq->setText(locale.toString(static_cast<qlonglong>(c.deadLettered)));
    m_duplicates->setText(locale.toString(static_cast<qlonglong>(c.duplicates)));
    m_resent->setText(locale.toString(static_cast<qlonglong>(c.resent)));
    m_inFlight->setText(locale.toString(static_cast<qlonglong>(status.inFlight)));
    const BridgeCounters before = m_last ? m_last->counters : BridgeCounters{};
    const std::int64_t elapsed = m_last ? status.atMs - m_last->atMs : 0;
    m_inRate->setText(locale.toString(perSecond(c.received, before.received, elapsed), 'f', 1));
    m_outRate->setText(locale.toString(perSecond(c.delivered, before.delivered, elapsed), 'f', 1));
    m_dlqRate->setText(locale.toString(perSecond(c.deadLettered, before.deadLettered, elapsed), 'f', 1));
    if (m_last)
        m_chart->addPoint(status.atMs, perSecond(c.delivered + c.deadLettered, before.delivered + before.deadLettered, elapsed));
}

void BridgeView::showSpool(const BridgeStatus& status) {
    const QLocale locale;
    const SpoolStats& s = status.spool;
    QString text = tr("%n record(s), %1", nullptr, static_cast<int>(std::min<std::int64_t>(s.records, INT_MAX)))
                       .arg(locale.formattedDataSize(s.bytes));
    if (s.oldestSpooledAtMs)
        text += tr(", oldest waiting %1 s").arg(std::max<std::int64_t>(0, (status.atMs - *s.oldestSpooledAtMs) / 1000));
    m_spoolState->setText(text);
    if (status.spoolError)
        m_spoolBound->setText(tr("cannot be written: %1").arg(*status.spoolError));
    else if (status.spoolFull)
        m_spoolBound->setText(tr("full: %1").arg(*status.spoolFull));
    else
        m_spoolBound->setText(tr("below its bounds"));
    m_spoolBound->setStyleSheet(status.spoolError || status.spoolFull ? QStringLiteral("color: #b00020;") : QString());
}

void BridgeView::onStopped(const QString& error) {
    if (!error.isEmpty()) {
        showMessage(tr("The bridge stopped: %1").arg(error), true);
    } else {
        const qint64 waiting = m_last ? m_last->spool.records : 0;
        showMessage(waiting > 0 ? tr("Stopped; %n record(s) wait in the spool for the next start.", nullptr, static_cast<int>(waiting))
                                : tr("Stopped; the spool is empty."),
                    false);
    }
    showNotRunning();
    updateEnabled();
}

void BridgeView::showNotRunning() {
    m_mqttState->setText(tr("not running"));
    m_kafkaState->setText(tr("not running"));
    m_kafkaState->setStyleSheet(QString());
}

void BridgeView::showMessage(const QString& text, bool problem) {
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
}

void BridgeView::updateEnabled() {
    const bool running = m_runner->isRunning();
    m_settings->setEnabled(!running);
    m_routeFields->setEnabled(m_oneRoute->isChecked());
    m_fileFields->setEnabled(m_routesFromFile->isChecked());
    m_startButton->setEnabled(!running);
    m_stopButton->setEnabled(running && !m_runner->isStopping());
}
