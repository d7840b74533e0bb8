#include "MainWindow.h"

#include "backend/KafkaConnection.h"
#include "backend/MqttConnection.h"
#include "common/Error.h"
#include "common/Version.h"
#include "kafka/KafkaAdmin.h"
#include "mqtt/MqttSession.h"
#include "profile/ConnectionResolver.h"
#include "profile/ProfileStore.h"
#include "views/connections/ConnectionManagerDialog.h"
#include "views/kafkacluster/KafkaClusterView.h"
#include "views/mqtt/MqttView.h"
#include "widgets/ConnectionSidebar.h"
#include "widgets/DialogSecretPrompter.h"
#include "workspaces/KafkaWorkspace.h"
#include "workspaces/MqttWorkspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>

#include <algorithm>

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setWindowTitle(tr("mqkit"));
    setObjectName(QStringLiteral("mainWindow"));
    resize(1280, 800);
    buildCentre();
    buildActions();
    buildToolbar();
    m_status = new QLabel(tr("No connection open: File ▸ Connections… (Ctrl+N)"), this);
    statusBar()->addWidget(m_status, 1);
}

MainWindow::~MainWindow() = default;

// The sidebar of open connections (a dock, so it can be moved or hidden) and the stack of their
// workspaces; an empty page says how to start while nothing is open.
void MainWindow::buildCentre() {
    m_stack = new QStackedWidget(this);
    m_emptyPage = new QLabel(tr("Open a connection: File ▸ Connections… (Ctrl+N), a profile from File ▸ Open profile, "
                                "or an address in the toolbar."),
                             m_stack);
    static_cast<QLabel*>(m_emptyPage)->setAlignment(Qt::AlignCenter);
    static_cast<QLabel*>(m_emptyPage)->setWordWrap(true);
    m_stack->addWidget(m_emptyPage);
    setCentralWidget(m_stack);

    m_sidebar = new ConnectionSidebar(this);
    auto* dock = new QDockWidget(tr("Connections"), this);
    dock->setObjectName(QStringLiteral("connectionsDock"));
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable | QDockWidget::DockWidgetClosable);
    dock->setWidget(m_sidebar);
    dock->setMinimumWidth(220);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    connect(m_sidebar, &ConnectionSidebar::currentWorkspaceChanged, this, &MainWindow::select);
    connect(m_sidebar, &ConnectionSidebar::closeRequested, this, &MainWindow::closeConnection);
}

void MainWindow::buildActions() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* manager = file->addAction(tr("&Connections…"), this, [this] { showConnectionManager(); });
    manager->setObjectName(QStringLiteral("connectionsAction"));
    manager->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_profileMenu = file->addMenu(tr("&Open profile"));
    connect(m_profileMenu, &QMenu::aboutToShow, this, &MainWindow::fillProfileMenu);
    m_closeAction = file->addAction(tr("C&lose connection"), this, &MainWindow::closeCurrentConnection);
    m_closeAction->setObjectName(QStringLiteral("closeConnectionAction"));
    m_closeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    m_closeAction->setEnabled(false);
    m_closeAction->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    fillViewMenu();

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About mqkit"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

// One action per tab of the current workspace (Alt+1..9), refresh, the sidebar and full screen.
void MainWindow::fillViewMenu() {
    m_viewMenu->clear();
    if (auto* tabs = qobject_cast<QTabWidget*>(m_stack->currentWidget())) {
        for (int i = 0; i < tabs->count(); ++i) {
            QAction* a = m_viewMenu->addAction(tabs->tabText(i), tabs, [tabs, i] { tabs->setCurrentIndex(i); });
            if (i < 9)
                a->setShortcut(QKeySequence(Qt::ALT | static_cast<Qt::Key>(Qt::Key_1 + i)));
        }
        m_viewMenu->addSeparator();
    }
    QAction* refresh = m_viewMenu->addAction(tr("&Refresh"), this, &MainWindow::refreshCurrentView);
    refresh->setShortcut(QKeySequence::Refresh);
    if (auto* dock = findChild<QDockWidget*>(QStringLiteral("connectionsDock")))
        m_viewMenu->addAction(dock->toggleViewAction());
    QAction* full = m_viewMenu->addAction(tr("&Full screen"));
    full->setCheckable(true);
    full->setChecked(isFullScreen());
    full->setShortcut(QKeySequence::FullScreen);
    connect(full, &QAction::toggled, this, [this](bool on) { on ? showFullScreen() : showNormal(); });
}

void MainWindow::fillProfileMenu() {
    m_profileMenu->clear();
    try {
        mqkit::ProfileStore store(mqkit::ProfileStore::defaultPath());
        for (const mqkit::Profile& p : store.list()) {
            const QString label = QStringLiteral("%1  (%2 %3)").arg(p.name, mqkit::toString(p.kind), p.address);
            m_profileMenu->addAction(label, this, [this, name = p.name] { openProfile(name); });
        }
    } catch (const mqkit::Error& e) {
        showStatus(e.message());
    }
    if (m_profileMenu->isEmpty())
        m_profileMenu->addAction(tr("No profiles yet: File ▸ Connections…"))->setEnabled(false);
}

// Quick connect: an MQTT URL (mqtt://, mqtts://, ws://...) or a Kafka bootstrap list (host:port).
void MainWindow::buildToolbar() {
    auto* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    QAction* manager = toolbar->addAction(style()->standardIcon(QStyle::SP_FileDialogDetailedView), tr("Connections…"));
    connect(manager, &QAction::triggered, this, [this] { showConnectionManager(); });
    toolbar->addAction(m_closeAction);
    toolbar->addSeparator();
    m_urlEdit = new QLineEdit(toolbar);
    m_urlEdit->setObjectName(QStringLiteral("quickConnectAddress"));
    m_urlEdit->setPlaceholderText(tr("mqtt://host:1883 or Kafka host:9092"));
    m_urlEdit->setClearButtonEnabled(true);
    m_urlEdit->setMinimumWidth(260);
    m_urlEdit->setMaximumWidth(420);
    m_filterEdit = new QLineEdit(QStringLiteral("#"), toolbar);
    m_filterEdit->setToolTip(tr("MQTT topic filter to subscribe to"));
    m_filterEdit->setMaximumWidth(140);
    toolbar->addWidget(m_urlEdit);
    toolbar->addWidget(m_filterEdit);
    QAction* connectAction = toolbar->addAction(style()->standardIcon(QStyle::SP_DialogApplyButton), tr("Connect"));
    connect(connectAction, &QAction::triggered, this, &MainWindow::connectFromToolbar);
    connect(m_urlEdit, &QLineEdit::returnPressed, this, &MainWindow::connectFromToolbar);
}

MainWindow::Entry& MainWindow::addMqttEntry(const QString& name) {
    auto* connection = new MqttConnection(this);
    auto* workspace = new MqttWorkspace(connection, m_stack);
    m_stack->addWidget(workspace);
    Entry entry;
    entry.workspace = workspace;
    entry.mqtt = connection;
    m_entries.push_back(entry);
    followMqtt(m_entries.back());
    m_sidebar->addConnection(workspace, ConnectionSidebar::System::Mqtt, name);
    return m_entries.back();
}

MainWindow::Entry& MainWindow::addKafkaEntry(const QString& name) {
    auto* connection = new KafkaConnection(this);
    auto* workspace = new KafkaWorkspace(connection, m_stack);
    m_stack->addWidget(workspace);
    Entry entry;
    entry.workspace = workspace;
    entry.kafka = connection;
    m_entries.push_back(entry);
    followKafka(m_entries.back());
    m_sidebar->addConnection(workspace, ConnectionSidebar::System::Kafka, name);
    return m_entries.back();
}

// The MQTT connection's state: a line for the status bar and a short one for the sidebar.
void MainWindow::followMqtt(Entry& entry) {
    MqttConnection* c = entry.mqtt;
    connect(c, &MqttConnection::connected, this, [this, c](const QString& url) {
        setEntryStatus(c, tr("MQTT: connected to %1").arg(url), tr("connected"));
    });
    connect(c, &MqttConnection::failed, this, [this, c](const QString& msg) {
        setEntryStatus(c, tr("MQTT: %1").arg(msg), tr("failed: %1").arg(msg));
    });
    connect(c, &MqttConnection::connectionEvent, this, [this, c](const QString& url, const QString& text, bool up) {
        setEntryStatus(c, tr("MQTT: %1: %2").arg(url, text), up ? tr("connected (%1)").arg(text) : text);
    });
}

// The Kafka connection's requests, whichever view asked: the one place that shows their progress.
void MainWindow::followKafka(Entry& entry) {
    KafkaConnection* c = entry.kafka;
    connect(c, &KafkaConnection::opened, this, [this, c](const QString& bootstrap) {
        setEntryStatus(c, tr("Kafka: opening %1 …").arg(bootstrap), tr("connecting …"));
    });
    connect(c, &KafkaConnection::requestStarted, this, [this, c](const KafkaRequest& request, const QString& what) {
        if (request.cluster.isEmpty())
            return; // no cluster open: requestFailed says so
        if (auto* e = const_cast<Entry*>(entryFor(c)))
            e->statusRequest = request.id;
        setEntryStatus(c, tr("Kafka: %1 on %2 …").arg(what, request.cluster), {});
    });
    // A request that succeeded ends its "…" line (a view's result may say more right after).
    // A dropped one (superseded, or a previous cluster's) ends it too, so no "…" line outlives its request.
    const auto ended = [this, c](const KafkaRequest& request) {
        const Entry* e = entryFor(c);
        const bool shown = e && e->statusRequest == request.id;
        setEntryStatus(c, shown ? tr("Kafka: connected to %1").arg(request.cluster) : QString(), tr("connected"));
    };
    connect(c, &KafkaConnection::requestSucceeded, this, ended);
    connect(c, &KafkaConnection::requestDropped, this, ended);
    connect(c, &KafkaConnection::requestFailed, this, [this, c](const KafkaRequest&, const QString& msg) {
        setEntryStatus(c, tr("Kafka: %1").arg(msg), tr("failed: %1").arg(msg));
    });
    connect(c, &KafkaConnection::topicsListed, this,
            [this, c](const KafkaRequest& request, const std::vector<mqkit::KafkaTopicInfo>& topics) {
                const int n = static_cast<int>(topics.size());
                setEntryStatus(c, tr("Kafka: %n topic(s) on %1", nullptr, n).arg(request.cluster), tr("connected"));
            });
    connect(c, &KafkaConnection::lagInspected, this, [this, c] { setEntryStatus(c, {}, tr("connected")); });
}

// status or sidebarState empty: unchanged.
void MainWindow::setEntryStatus(const QObject* connection, const QString& status, const QString& sidebarState) {
    auto* entry = const_cast<Entry*>(entryFor(connection));
    if (!entry)
        return;
    if (!status.isEmpty())
        entry->status = status;
    if (!sidebarState.isEmpty())
        m_sidebar->setState(entry->workspace, sidebarState);
    if (entry->workspace == m_stack->currentWidget())
        showStatus(entry->status);
}

void MainWindow::openMqtt(const mqkit::MqttConnectOptions& options, const QStringList& filters, OpenIn where) {
    const QString url = options.url.toString();
    Entry* entry = where == OpenIn::CurrentConnection ? currentMutable(true) : nullptr;
    if (!entry)
        entry = &addMqttEntry(url);
    entry->profile.clear();
    entry->address = url;
    entry->filters = filters;
    entry->status = tr("MQTT: connecting to %1 …").arg(url);
    m_sidebar->setState(entry->workspace, tr("connecting …"));
    if (filters.size() == 1)
        m_filterEdit->setText(filters.front()); // the toolbar shows what is subscribed
    MqttConnection* connection = entry->mqtt;
    select(entry->workspace);
    connection->open(options, filters);
}

void MainWindow::openKafka(const mqkit::KafkaClientConfig& config, OpenIn where) {
    Entry* entry = where == OpenIn::CurrentConnection ? currentMutable(false) : nullptr;
    if (!entry)
        entry = &addKafkaEntry(config.bootstrap);
    entry->profile.clear();
    entry->address = config.bootstrap;
    entry->status = tr("Kafka: opening %1 …").arg(config.bootstrap);
    m_sidebar->setState(entry->workspace, tr("connecting …"));
    KafkaConnection* connection = entry->kafka;
    select(entry->workspace);
    connection->open(config); // the topics view lists the new cluster's topics
}

// A profile already open is selected rather than opened twice.
bool MainWindow::openProfile(const QString& name) {
    for (const Entry& e : m_entries)
        if (e.profile == name) {
            select(e.workspace);
            return true;
        }
    try {
        const mqkit::ProfileKind kind = mqkit::ProfileStore(mqkit::ProfileStore::defaultPath()).get(name).kind;
        DialogSecretPrompter prompter(this);
        if (kind == mqkit::ProfileKind::Mqtt)
            openMqtt(mqkit::resolveMqttConnection(name, {}, {}, &prompter), {m_filterEdit->text().isEmpty() ? QStringLiteral("#") : m_filterEdit->text()});
        else
            openKafka(mqkit::resolveKafkaConnection(name, {}, {}, &prompter));
        Entry* entry = entryFor(m_stack->currentWidget());
        entry->profile = name;
        m_sidebar->setName(entry->workspace, name);
        return true;
    } catch (const mqkit::Error& e) {
        showStatus(e.message());
        return false;
    }
}

void MainWindow::connectFromToolbar() {
    const QString address = m_urlEdit->text().trimmed();
    if (address.isEmpty()) {
        showStatus(tr("Type an MQTT URL (mqtt://host:1883) or a Kafka bootstrap list (host:9092) first."));
        return;
    }
    try {
        DialogSecretPrompter prompter(this);
        if (address.contains(QStringLiteral("://"))) {
            mqkit::MqttConnectionOverrides overrides;
            overrides.url = address;
            const QString filter = m_filterEdit->text().isEmpty() ? QStringLiteral("#") : m_filterEdit->text();
            openMqtt(mqkit::resolveMqttConnection({}, overrides, {}, &prompter), {filter});
        } else {
            mqkit::KafkaConnectionOverrides overrides;
            overrides.bootstrap = address;
            openKafka(mqkit::resolveKafkaConnection({}, overrides, {}, &prompter));
        }
    } catch (const mqkit::Error& e) {
        showStatus(e.message());
    }
}

void MainWindow::select(QWidget* workspace) {
    Entry* entry = workspace ? entryFor(workspace) : nullptr;
    if (!entry) {
        m_stack->setCurrentWidget(m_emptyPage);
        showStatus(tr("No connection open: File ▸ Connections… (Ctrl+N)"));
        m_closeAction->setEnabled(false);
        m_closeAction->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
        setWindowTitle(tr("mqkit"));
        fillViewMenu();
        return;
    }
    entry->opened = ++m_openCounter;
    m_stack->setCurrentWidget(workspace);
    m_sidebar->select(workspace);
    m_closeAction->setEnabled(true);
    showStatus(entry->status);
    setWindowTitle(tr("%1 — mqkit").arg(m_sidebar->nameOf(workspace)));
    fillViewMenu();
}

void MainWindow::closeCurrentConnection() {
    if (m_stack->currentWidget() != m_emptyPage)
        closeConnection(m_stack->currentWidget());
}

void MainWindow::closeConnection(QWidget* workspace) {
    auto it = std::find_if(m_entries.begin(), m_entries.end(), [workspace](const Entry& e) { return e.workspace == workspace; });
    if (it == m_entries.end())
        return;
    const Entry entry = *it;
    m_entries.erase(it);
    m_sidebar->removeConnection(workspace); // selects a neighbour, which select() shows
    m_stack->removeWidget(workspace);
    delete workspace; // the views first, then the connection they hold
    delete entry.mqtt;
    delete entry.kafka;
    if (m_entries.empty())
        select(nullptr);
    else if (!entryFor(m_stack->currentWidget()))
        select(m_sidebar->currentWorkspace() ? m_sidebar->currentWorkspace() : m_entries.back().workspace);
}

// F5: the current view's refresh() slot, if it has one.
void MainWindow::refreshCurrentView() {
    auto* tabs = qobject_cast<QTabWidget*>(m_stack->currentWidget());
    QWidget* view = tabs ? tabs->currentWidget() : nullptr;
    if (view && view->metaObject()->indexOfMethod("refresh()") >= 0)
        QMetaObject::invokeMethod(view, "refresh");
}

ConnectionManagerDialog* MainWindow::showConnectionManager() {
    if (!m_manager) {
        m_manager = new ConnectionManagerDialog(this);
        connect(m_manager, &ConnectionManagerDialog::openRequested, this, &MainWindow::openProfile);
    }
    m_manager->show();
    m_manager->raise();
    m_manager->activateWindow();
    return m_manager;
}

void MainWindow::showAbout() {
    const QString dataDir = QFileInfo(mqkit::ProfileStore::defaultPath()).absolutePath();
    auto* box = new QMessageBox(QMessageBox::NoIcon, tr("About mqkit"), QString(), QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIconPixmap(QApplication::windowIcon().pixmap(64, 64));
    box->setText(tr("<h3>mqkit %1</h3><p>MQTT and Kafka in one window.</p>").arg(QStringLiteral(MQKIT_VERSION)));
    box->setInformativeText(tr("Qt %1<br>Paho MQTT C %2<br>librdkafka %3<br><br>Data directory:<br>%4")
                                .arg(QString::fromLatin1(qVersion()), mqkit::MqttSession::clientLibraryVersion(),
                                     mqkit::KafkaAdmin::clientLibraryVersion(), dataDir.toHtmlEscaped()));
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->open();
}

void MainWindow::saveSession() const {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    std::vector<const Entry*> order;
    for (int row = 0; row < m_sidebar->count(); ++row)
        if (const Entry* e = const_cast<MainWindow*>(this)->entryFor(m_sidebar->workspaceAt(row)))
            order.push_back(e);
    settings.beginWriteArray(QStringLiteral("connections"), static_cast<int>(order.size()));
    for (int i = 0; i < static_cast<int>(order.size()); ++i) {
        const Entry& e = *order[static_cast<size_t>(i)];
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("system"), e.mqtt ? QStringLiteral("mqtt") : QStringLiteral("kafka"));
        settings.setValue(QStringLiteral("profile"), e.profile);
        settings.setValue(QStringLiteral("address"), e.profile.isEmpty() ? e.address : QString());
        settings.setValue(QStringLiteral("filters"), e.filters);
    }
    settings.endArray();
}

// Reopens what was open; one that cannot be opened any more says why in the status bar.
void MainWindow::restoreSession() {
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    const int n = settings.beginReadArray(QStringLiteral("connections"));
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        const QString profile = settings.value(QStringLiteral("profile")).toString();
        const QString address = settings.value(QStringLiteral("address")).toString();
        try {
            if (!profile.isEmpty()) {
                openProfile(profile);
            } else if (settings.value(QStringLiteral("system")).toString() == QLatin1String("mqtt")) {
                mqkit::MqttConnectionOverrides overrides;
                overrides.url = address;
                QStringList filters = settings.value(QStringLiteral("filters")).toStringList();
                openMqtt(mqkit::resolveMqttConnection({}, overrides, {}, nullptr), filters.isEmpty() ? QStringList{QStringLiteral("#")} : filters);
            } else {
                mqkit::KafkaConnectionOverrides overrides;
                overrides.bootstrap = address;
                openKafka(mqkit::resolveKafkaConnection({}, overrides, {}, nullptr));
            }
        } catch (const mqkit::Error& e) {
            showStatus(tr("Could not reopen %1: %2").arg(profile.isEmpty() ? address : profile, e.message()));
        }
    }
    settings.endArray();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveSession();
    QMainWindow::closeEvent(event);
}

MainWindow::Entry* MainWindow::entryFor(QWidget* workspace) {
    for (Entry& e : m_entries)
        if (e.workspace == workspace)
            return &e;
    return nullptr;
}

const MainWindow::Entry* MainWindow::entryFor(const QObject* connection) const {
    for (const Entry& e : m_entries)
        if (e.mqtt == connection || e.kafka == connection)
            return &e;
    return nullptr;
}

const MainWindow::Entry* MainWindow::current(bool mqtt) const {
    const Entry* best = nullptr;
    for (const Entry& e : m_entries)
        if ((mqtt ? e.mqtt != nullptr : e.kafka != nullptr) && (!best || e.opened > best->opened))
            best = &e;
    return best;
}

MainWindow::Entry* MainWindow::currentMutable(bool mqtt) {
    return const_cast<Entry*>(current(mqtt));
}

void MainWindow::showStatus(const QString& text) {
    m_status->setText(text);
}

QString MainWindow::statusBarText() const {
    return m_status->text();
}

QString MainWindow::mqttStatusText() const {
    const Entry* e = current(true);
    return e ? e->status : tr("MQTT: not connected");
}

QString MainWindow::kafkaStatusText() const {
    const Entry* e = current(false);
    return e ? e->status : tr("Kafka: not connected");
}

MqttWorkspace* MainWindow::mqttWorkspace() const {
    const Entry* e = current(true);
    return e ? static_cast<MqttWorkspace*>(e->workspace) : nullptr;
}

KafkaWorkspace* MainWindow::kafkaWorkspace() const {
    const Entry* e = current(false);
    return e ? static_cast<KafkaWorkspace*>(e->workspace) : nullptr;
}

MqttConnection* MainWindow::mqttConnection() const {
    const Entry* e = current(true);
    return e ? e->mqtt : nullptr;
}

KafkaConnection* MainWindow::kafkaConnection() const {
    const Entry* e = current(false);
    return e ? e->kafka : nullptr;
}

TopicTreeModel* MainWindow::topicModel() const {
    return mqttWorkspace() ? mqttWorkspace()->topicsView()->topicModel() : nullptr;
}

PayloadPane* MainWindow::payloadPane() const {
    return mqttWorkspace() ? mqttWorkspace()->topicsView()->payloadPane() : nullptr;
}

QTreeView* MainWindow::topicView() const {
    return mqttWorkspace() ? mqttWorkspace()->topicsView()->topicView() : nullptr;
}

KafkaTopicsModel* MainWindow::kafkaModel() const {
    return kafkaWorkspace() ? kafkaWorkspace()->clusterView()->topicsModel() : nullptr;
}
