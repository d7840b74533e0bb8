#include "views/connections/ConnectionManagerDialog.h"

#include "common/Error.h"
#include "kafka/KafkaAdmin.h"
#include "kafka/KafkaClientConfig.h"
#include "mqtt/MqttSession.h"
#include "profile/ProfileBuilder.h"
#include "profile/ProfileConnect.h"
#include "profile/ProfileStore.h"
#include "profile/SecretStore.h"
#include "widgets/DialogSecretPrompter.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QVBoxLayout>

using namespace mqkit;

namespace {

// What Test reports: the outcome in the user's terms, computed on a pool thread.
struct TestOutcome {
    bool ok = false;
    QString message;
};

TestOutcome testConnection(const Profile& profile, const std::optional<QString>& secret) {
    try {
        if (profile.kind == ProfileKind::Mqtt) {
            MqttConnectOptions o = mqttOptionsFromProfile(profile, secret);
            o.connectTimeout = std::chrono::milliseconds(5000);
            MqttSession session(o);
            session.connect();
            session.disconnect();
            return {true, QObject::tr("Connected to %1").arg(o.url.toString())};
        }
        KafkaClientConfig c = kafkaConfigFromProfile(profile, secret);
        c.timeout = std::chrono::milliseconds(8000);
        KafkaAdmin admin(c);
        const KafkaClusterInfo info = admin.describeCluster();
        return {true, QObject::tr("Connected to cluster %1 (%n broker(s))", nullptr, static_cast<int>(info.brokers.size()))
                          .arg(info.clusterId)};
    } catch (const Error& e) {
        return {false, e.message()};
    }
}

} // namespace

ConnectionManagerDialog::ConnectionManagerDialog(QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("connectionManager"));
    setWindowTitle(tr("Connections"));
    resize(820, 560);
    m_testPool.setMaxThreadCount(1);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("profileList"));
    auto* newButton = new QPushButton(tr("New"), this);
    m_delete = new QPushButton(tr("Delete…"), this);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Saved profiles"), left));
    leftLayout->addWidget(m_list);
    auto* leftButtons = new QHBoxLayout;
    leftButtons->addWidget(newButton);
    leftButtons->addWidget(m_delete);
    leftLayout->addLayout(leftButtons);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(buildForm());
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 600});

    m_save = new QPushButton(tr("Save"), this);
    m_test = new QPushButton(tr("Test"), this);
    m_open = new QPushButton(tr("Open"), this);
    m_open->setDefault(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    buttons->addButton(m_test, QDialogButtonBox::ActionRole);
    buttons->addButton(m_open, QDialogButtonBox::AcceptRole);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("managerMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(newButton, &QPushButton::clicked, this, &ConnectionManagerDialog::newProfile);
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteCurrent(true); });
    connect(m_save, &QPushButton::clicked, this, &ConnectionManagerDialog::saveCurrent);
    connect(m_test, &QPushButton::clicked, this, &ConnectionManagerDialog::testCurrent);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (!saveCurrent())
            return;
        emit openRequested(m_loadedName);
        accept();
    });
    connect(m_list, &QListWidget::currentTextChanged, this, [this](const QString& name) {
        if (std::optional<Profile> p = storedProfile(name))
            showProfile(*p);
    });
    reload();
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        newProfile();
}

ConnectionManagerDialog::~ConnectionManagerDialog() {
    m_testPool.waitForDone();
}

QWidget* ConnectionManagerDialog::buildForm() {
    auto* form = new QWidget(this);
    auto* layout = new QFormLayout(form);
    m_name = new QLineEdit(form);
    m_system = new QComboBox(form);
    m_system->addItem(tr("MQTT broker"), static_cast<int>(ProfileKind::Mqtt));
    m_system->addItem(tr("Kafka cluster"), static_cast<int>(ProfileKind::Kafka));
    m_address = new QLineEdit(form);
    m_user = new QLineEdit(form);
    m_password = new QLineEdit(form);
    m_password->setEchoMode(QLineEdit::Password);
    m_secretSource = new QComboBox(form);
    m_secretSource->addItem(tr("Keyring if a password is typed"), QString());
    m_secretSource->addItem(tr("System keyring"), QStringLiteral("keyring"));
    m_secretSource->addItem(tr("File (first line)"), QStringLiteral("file:"));
    m_secretSource->addItem(tr("Environment variable"), QStringLiteral("env:"));
    m_secretSource->addItem(tr("Ask when connecting"), QStringLiteral("prompt"));
    m_secretSource->addItem(tr("No password"), QStringLiteral("none"));
    m_secretDetail = new QLineEdit(form);
    m_sasl = new QComboBox(form);
    m_sasl->addItem(tr("None (PLAIN with a user name)"), QString());
    for (const char* mechanism : {"PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"})
        m_sasl->addItem(QString::fromLatin1(mechanism), QString::fromLatin1(mechanism));
    m_insecure = new QCheckBox(tr("Do not verify the broker's certificate"), form);
    m_properties = new QPlainTextEdit(form);
    m_properties->setPlaceholderText(tr("key=value, one per line (librdkafka properties for Kafka)"));
    m_properties->setMaximumHeight(90);

    layout->addRow(tr("Name"), m_name);
    layout->addRow(tr("System"), m_system);
    layout->addRow(tr("Address"), m_address);
    layout->addRow(tr("User name"), m_user);
    layout->addRow(tr("Password"), m_password);
    layout->addRow(tr("Password kept in"), m_secretSource);
    layout->addRow(tr("File or variable"), m_secretDetail);
    m_saslLabel = new QLabel(tr("SASL mechanism"), form);
    layout->addRow(m_saslLabel, m_sasl);
    layout->addRow(tr("CA certificate"), buildFileField(m_caFile, tr("CA certificate (PEM)")));
    layout->addRow(tr("Client certificate"), buildFileField(m_certFile, tr("Client certificate (PEM)")));
    layout->addRow(tr("Client key"), buildFileField(m_keyFile, tr("Client private key (PEM)")));
    layout->addRow(QString(), m_insecure);
    layout->addRow(tr("Properties"), m_properties);

    connect(m_system, &QComboBox::currentIndexChanged, this, &ConnectionManagerDialog::updateFieldsForSystem);
    auto updateSecretDetail = [this] {
        const QString source = m_secretSource->currentData().toString();
        m_secretDetail->setEnabled(source.endsWith(QLatin1Char(':')));
        m_secretDetail->setPlaceholderText(source == QLatin1String("file:") ? tr("/path/to/password-file")
                                           : source == QLatin1String("env:") ? tr("VARIABLE_NAME")
                                                                             : QString());
    };
    connect(m_secretSource, &QComboBox::currentIndexChanged, this, updateSecretDetail);
    updateSecretDetail();
    updateFieldsForSystem();
    return form;
}

// A path field with a "choose a file" button inside it.
QWidget* ConnectionManagerDialog::buildFileField(QLineEdit*& edit, const QString& caption) {
    edit = new QLineEdit(this);
    edit->setPlaceholderText(tr("PEM file (optional)"));
    QAction* browse = edit->addAction(style()->standardIcon(QStyle::SP_DirOpenIcon), QLineEdit::TrailingPosition);
    browse->setToolTip(tr("Choose a file"));
    QLineEdit* target = edit;
    connect(browse, &QAction::triggered, this, [this, target, caption] {
        const QString path = QFileDialog::getOpenFileName(this, caption, target->text());
        if (!path.isEmpty())
            target->setText(path);
    });
    return edit;
}

void ConnectionManagerDialog::updateFieldsForSystem() {
    const bool kafka = static_cast<ProfileKind>(m_system->currentData().toInt()) == ProfileKind::Kafka;
    m_sasl->setEnabled(kafka);
    m_saslLabel->setEnabled(kafka);
    m_address->setPlaceholderText(kafka ? tr("host:9092[,host:9092]") : tr("mqtt://host:1883, mqtts://host:8883, ws://…"));
}

void ConnectionManagerDialog::reload() {
    const QString keep = m_loadedName;
    QSignalBlocker block(m_list);
    m_list->clear();
    try {
        for (const Profile& p : ProfileStore(ProfileStore::defaultPath()).list()) {
            auto* item = new QListWidgetItem(p.name, m_list);
            item->setToolTip(QStringLiteral("%1 %2").arg(toString(p.kind), p.address));
        }
    } catch (const Error& e) {
        showMessage(e.message(), true);
    }
    const QList<QListWidgetItem*> found = m_list->findItems(keep, Qt::MatchExactly);
    if (!found.isEmpty())
        m_list->setCurrentItem(found.front());
}

void ConnectionManagerDialog::selectProfile(const QString& name) {
    const QList<QListWidgetItem*> found = m_list->findItems(name, Qt::MatchExactly);
    if (!found.isEmpty())
        m_list->setCurrentItem(found.front());
}

std::optional<Profile> ConnectionManagerDialog::storedProfile(const QString& name) const {
    if (name.isEmpty())
        return std::nullopt;
    try {
        return ProfileStore(ProfileStore::defaultPath()).find(name);
    } catch (const Error&) {
        return std::nullopt;
    }
}

void ConnectionManagerDialog::newProfile() {
    Profile blank;
    blank.name.clear();
    showProfile(blank);
    m_list->clearSelection();
    m_name->setFocus();
}

// The secret itself is never read back: the field only says where it lives.
void ConnectionManagerDialog::showProfile(const Profile& p) {
    m_loadedName = p.name;
    m_name->setText(p.name);
    m_system->setCurrentIndex(m_system->findData(static_cast<int>(p.kind)));
    m_address->setText(p.address);
    m_user->setText(p.username);
    m_password->clear();
    using S = SecretRef::Source;
    m_password->setPlaceholderText(p.secret.source == S::Keyring ? tr("stored in keyring (type to replace)")
                                   : p.secret.source == S::File  ? tr("read from file at connect time")
                                   : p.secret.source == S::Env   ? tr("read from the environment at connect time")
                                   : p.secret.source == S::Prompt ? tr("asked when connecting")
                                                                  : QString());
    const QString ref = p.secret.toString();
    const int index = p.name.isEmpty() ? 0
                      : p.secret.source == S::File ? m_secretSource->findData(QStringLiteral("file:"))
                      : p.secret.source == S::Env  ? m_secretSource->findData(QStringLiteral("env:"))
                      : p.secret.source == S::None ? m_secretSource->findData(QStringLiteral("none"))
                                                   : m_secretSource->findData(ref);
    m_secretSource->setCurrentIndex(std::max(0, index));
    m_secretDetail->setText(p.secret.detail);
    m_sasl->setCurrentIndex(std::max(0, m_sasl->findData(p.authMechanism)));
    m_caFile->setText(p.tlsCaFile);
    m_certFile->setText(p.tlsCertFile);
    m_keyFile->setText(p.tlsKeyFile);
    m_insecure->setChecked(p.tlsInsecure);
    QStringList lines;
    for (const auto& [key, value] : p.properties)
        lines << key + QLatin1Char('=') + value;
    m_properties->setPlainText(lines.join(QLatin1Char('\n')));
    m_delete->setEnabled(!p.name.isEmpty());
    showMessage({}, false);
}

// Throws Error(Usage) for a malformed property line or secret reference.
ProfileSettings ConnectionManagerDialog::settingsFromForm() const {
    ProfileSettings s;
    s.name = m_name->text().trimmed();
    s.kind = static_cast<ProfileKind>(m_system->currentData().toInt());
    s.address = m_address->text().trimmed();
    s.username = m_user->text().trimmed();
    s.saslMechanism = s.kind == ProfileKind::Kafka ? m_sasl->currentData().toString() : QString();
    s.caFile = m_caFile->text().trimmed();
    s.certFile = m_certFile->text().trimmed();
    s.keyFile = m_keyFile->text().trimmed();
    s.insecure = m_insecure->isChecked();
    for (const QString& line : m_properties->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (!line.trimmed().isEmpty())
            s.properties.push_back(KafkaClientConfig::parseProperty(line.trimmed()));
    const QString source = m_secretSource->currentData().toString();
    if (!source.isEmpty())
        s.secret = SecretRef::parse(source.endsWith(QLatin1Char(':')) ? source + m_secretDetail->text().trimmed() : source);
    return s;
}

bool ConnectionManagerDialog::saveCurrent() {
    try {
        const ProfileSettings settings = settingsFromForm();
        if (settings.name.isEmpty())
            throw Error(ErrorKind::Usage, tr("give the profile a name"));
        const bool passwordGiven = !m_password->text().isEmpty();
        const Profile profile = buildProfile(settings, passwordGiven);
        ProfileStore store(ProfileStore::defaultPath());
        const std::optional<Profile> existing = store.find(profile.name);
        if (existing && profile.name != m_loadedName)
            throw Error(ErrorKind::Usage, tr("a profile named '%1' exists already").arg(profile.name));
        const bool keepStoredSecret = !passwordGiven && existing && profile.secret.source == SecretRef::Source::Keyring &&
                                      existing->secret.source == SecretRef::Source::Keyring;
        if (keepStoredSecret) {
            store.save(profile, true); // the keyring keeps the password it has
        } else {
            DialogSecretPrompter prompter(this);
            saveProfile(store, profile, passwordGiven ? std::optional<QString>(m_password->text()) : std::nullopt,
                        existing.has_value(), &prompter);
        }
        m_loadedName = profile.name;
        reload();
        showProfile(profile);
        showMessage(tr("Saved %1 (password: %2)").arg(profile.name, profile.secret.toString().isEmpty() ? tr("none") : profile.secret.toString()), false);
        return true;
    } catch (const Error& e) {
        showMessage(e.message(), true);
        return false;
    }
}

// The form as it stands (saved or not); the password typed, else the profile's own source.
// Secrets are resolved here (the keyring and a prompt need the GUI thread); the broker is asked
// on a pool thread.
void ConnectionManagerDialog::testCurrent() {
    std::optional<Profile> profile;
    std::optional<QString> secret;
    try {
        ProfileSettings settings = settingsFromForm();
        if (settings.name.isEmpty())
            settings.name = QStringLiteral("unsaved");
        const bool passwordGiven = !m_password->text().isEmpty();
        profile = buildProfile(settings, passwordGiven);
        if (passwordGiven) {
            secret = m_password->text();
        } else {
            DialogSecretPrompter prompter(this);
            secret = SecretStore::resolve(*profile, [&prompter](const QString& question) {
                return prompter.askSecret(question, SecretPrompter::Need::Required);
            });
        }
    } catch (const Error& e) {
        showMessage(e.message(), true);
        emit testFinished(false, e.message());
        return;
    }
    m_test->setEnabled(false);
    showMessage(tr("Testing %1 …").arg(profile->address), false);
    QPointer<ConnectionManagerDialog> guard(this);
    m_testPool.start([guard, p = *profile, secret] {
        const TestOutcome outcome = testConnection(p, secret);
        QMetaObject::invokeMethod(QCoreApplication::instance(), [guard, outcome] {
            if (!guard)
                return;
            guard->m_test->setEnabled(true);
            guard->showMessage(outcome.ok ? outcome.message : tr("Test failed: %1").arg(outcome.message), !outcome.ok);
            emit guard->testFinished(outcome.ok, outcome.message);
        }, Qt::QueuedConnection);
    });
}

bool ConnectionManagerDialog::deleteCurrent(bool askFirst) {
    const QString name = m_loadedName;
    if (name.isEmpty())
        return false;
    if (askFirst && QMessageBox::question(this, tr("Delete profile"),
                                          tr("Delete the profile '%1'? Its password is removed from the keyring too.").arg(name),
                                          QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return false;
    try {
        std::optional<Profile> p = storedProfile(name);
        ProfileStore(ProfileStore::defaultPath()).remove(name);
        if (p && p->secret.source == SecretRef::Source::Keyring && p->secret.detail.isEmpty())
            SecretStore::removeFromKeyring(name);
    } catch (const Error& e) {
        showMessage(e.message(), true);
        return false;
    }
    m_loadedName.clear();
    reload();
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        newProfile();
    showMessage(tr("Deleted %1").arg(name), false);
    return true;
}

void ConnectionManagerDialog::showMessage(const QString& text, bool error) {
    m_message->setText(text);
    QFont f = m_message->font();
    f.setBold(error);
    m_message->setFont(f);
}

QString ConnectionManagerDialog::messageText() const {
    return m_message->text();
}
