#include "views/provision/ProvisionView.h"

#include "backend/KafkaConnection.h"
#include "common/Error.h"
#include "dynsec/DynsecClient.h"
#include "profile/ConnectionResolver.h"
#include "widgets/SavedProfiles.h"
#include "profile/SecretStore.h"
#include "provision/KafkaProvisionPlan.h"
#include "widgets/DialogSecretPrompter.h"
#include "widgets/PlanTable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

#include <memory>

using namespace mqkit;
using namespace mqkit::provision;

namespace {

const QString kSlotPrefix = QStringLiteral("provision-");

// The CLI's table: a SYSTEM column before terraform's columns.
std::vector<PlanColumn> planColumns() {
    auto cols = Plan::defaultColumns();
    cols.insert(cols.begin(), {QStringLiteral("SYSTEM"), [](const PlanItem& i) { return i.detail(QStringLiteral("system")).toString(); }});
    return cols;
}

QString describeSpec(const ProvisionSpec& spec) {
    return ProvisionView::tr("%1 topic(s), %2 ACL(s); %3 MQTT client(s), %4 role(s), %5 group(s)")
        .arg(spec.topics.size())
        .arg(spec.acls.size())
        .arg(spec.dynsec.clients.size())
        .arg(spec.dynsec.roles.size())
        .arg(spec.dynsec.groups.size());
}

} // namespace

ProvisionView::ProvisionView(KafkaConnection* connection, QWidget* parent) : QWidget(parent), m_connection(connection) {
    m_confirm = [this](const QString& question) {
        return QMessageBox::question(this, tr("Apply the plan"), question, QMessageBox::Apply | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Apply;
    };
    buildLayout();
    reloadProfiles();
    const auto showCluster = [this] {
        m_kafkaTarget->setText(m_connection->isOpen() ? m_connection->bootstrap() : tr("(no cluster open)"));
    };
    showCluster();
    connect(m_connection, &KafkaConnection::opened, this, [this, showCluster] {
        m_plan.reset(); // planned against another cluster
        m_table->setRowCount(0);
        showCluster();
    });
    connect(m_connection, &KafkaConnection::requestFailed, this, [this](const KafkaRequest& request, const QString& message) {
        if (request.slot.startsWith(kSlotPrefix))
            setBusy(false, tr("Failed: %1").arg(message));
    });
}

void ProvisionView::buildLayout() {
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    auto* specRow = new QHBoxLayout;
    m_specFile = new QLineEdit(this);
    m_specFile->setObjectName(QStringLiteral("specFile"));
    m_specFile->setPlaceholderText(tr("pipeline.yaml"));
    auto* browse = new QPushButton(tr("Open…"), this);
    specRow->addWidget(m_specFile, 1);
    specRow->addWidget(browse);
    form->addRow(tr("Spec"), specRow);
    m_specSummary = new QLabel(tr("Open a provisioning spec (YAML)."), this);
    form->addRow(QString(), m_specSummary);
    m_kafkaTarget = new QLabel(this);
    form->addRow(tr("Kafka cluster"), m_kafkaTarget);
    auto* mqttRow = new QHBoxLayout;
    m_mqttTarget = new QComboBox(this);
    m_mqttTarget->setObjectName(QStringLiteral("mqttTarget"));
    m_mqttTarget->setEditable(true);
    m_mqttTarget->setMinimumWidth(260);
    m_mqttTarget->lineEdit()->setPlaceholderText(tr("an MQTT profile, or mqtt://host:1883"));
    m_mqttUser = new QLineEdit(this);
    m_mqttUser->setPlaceholderText(tr("dynsec admin user (with a URL)"));
    m_mqttUser->setMinimumWidth(m_mqttUser->fontMetrics().horizontalAdvance(m_mqttUser->placeholderText()) + 24);
    mqttRow->addWidget(m_mqttTarget, 1);
    mqttRow->addWidget(m_mqttUser);
    form->addRow(tr("MQTT broker"), mqttRow);
    auto* optionsRow = new QHBoxLayout;
    m_allowRecreate = new QCheckBox(tr("Recreate topics whose partitions shrink or replication changes (loses records)"), this);
    m_deleteTopics = new QCheckBox(tr("topics"), this);
    m_deleteAcls = new QCheckBox(tr("ACLs"), this);
    m_deleteMqtt = new QCheckBox(tr("MQTT clients/roles/groups"), this);
    optionsRow->addWidget(m_deleteTopics);
    optionsRow->addWidget(m_deleteAcls);
    optionsRow->addWidget(m_deleteMqtt);
    optionsRow->addStretch(1);
    form->addRow(tr("Allow deletes of"), optionsRow);
    form->addRow(QString(), m_allowRecreate);
    layout->addLayout(form);

    auto* buttons = new QHBoxLayout;
    m_planButton = new QPushButton(tr("Plan"), this);
    m_planButton->setObjectName(QStringLiteral("planButton"));
    m_applyButton = new QPushButton(tr("Apply…"), this);
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    m_exportButton = new QPushButton(tr("Export live state…"), this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    buttons->addWidget(m_planButton);
    buttons->addWidget(m_applyButton);
    buttons->addWidget(m_exportButton);
    buttons->addWidget(m_status, 1);
    layout->addLayout(buttons);
    m_table = new PlanTable(this);
    layout->addWidget(m_table, 1);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Provisioning spec"), m_specFile->text(),
                                                          tr("YAML (*.yaml *.yml);;All files (*)"));
        if (!path.isEmpty()) {
            m_specFile->setText(path);
            loadSpec();
        }
    });
    connect(m_specFile, &QLineEdit::editingFinished, this, &ProvisionView::loadSpec);
    connect(m_planButton, &QPushButton::clicked, this, &ProvisionView::planNow);
    connect(m_applyButton, &QPushButton::clicked, this, &ProvisionView::applyPlan);
    connect(m_exportButton, &QPushButton::clicked, this, &ProvisionView::chooseExportFile);
    m_applyButton->setEnabled(false);
}

QCheckBox* ProvisionView::allowDeleteBox(const QString& kind) const {
    if (kind == QLatin1String("topics"))
        return m_deleteTopics;
    if (kind == QLatin1String("acls"))
        return m_deleteAcls;
    return kind == QLatin1String("mqtt") ? m_deleteMqtt : nullptr;
}

void ProvisionView::reloadProfiles() {
    m_mqttProfiles = savedProfileNames(ProfileKind::Mqtt); // none saved: a URL still works
    const QString current = m_mqttTarget->currentText();
    m_mqttTarget->clear();
    m_mqttTarget->addItems(m_mqttProfiles);
    m_mqttTarget->setCurrentText(current);
}

// Reads and checks the spec (a malformed one names its file, line and field) before any broker.
bool ProvisionView::loadSpec() {
    const QString path = m_specFile->text().trimmed();
    m_spec.reset();
    if (path.isEmpty()) {
        m_specSummary->setText(tr("Open a provisioning spec (YAML)."));
        return false;
    }
    try {
        m_spec = loadProvisionSpec({path});
        m_specSummary->setText(describeSpec(*m_spec));
        return true;
    } catch (const Error& e) {
        m_specSummary->setText(e.message());
        return false;
    }
}

std::optional<MqttConnectOptions> ProvisionView::resolveMqtt(bool required) {
    const QString text = m_mqttTarget->currentText().trimmed();
    if (text.isEmpty()) {
        if (required)
            throw Error(ErrorKind::Usage, tr("the spec has an MQTT section: choose the MQTT broker (a profile or a URL)"));
        return std::nullopt;
    }
    MqttConnectionOverrides overrides;
    QString profile;
    if (m_mqttProfiles.contains(text))
        profile = text;
    else
        overrides.url = text;
    if (!m_mqttUser->text().trimmed().isEmpty())
        overrides.username = m_mqttUser->text().trimmed();
    DialogSecretPrompter prompter(this);
    return resolveMqttConnection(profile, overrides, {}, &prompter);
}

void ProvisionView::setBusy(bool busy, const QString& status) {
    m_busy = busy;
    m_planButton->setEnabled(!busy);
    m_exportButton->setEnabled(!busy);
    m_applyButton->setEnabled(!busy && m_plan && m_plan->hasChanges());
    m_status->setText(status);
}

// The plan against the live cluster and broker, as `provision plan` makes it.
void ProvisionView::planNow() {
    if (!loadSpec()) {
        m_status->setText(tr("Open a valid spec first."));
        return;
    }
    std::optional<MqttConnectOptions> mqtt;
    try {
        mqtt = m_spec->hasMqtt ? resolveMqtt(true) : std::nullopt;
    } catch (const Error& e) {
        m_status->setText(e.message());
        return;
    }
    m_plan.reset();
    const ProvisionSpec spec = *m_spec;
    const KafkaPlanOptions options{m_allowRecreate->isChecked()};
    setBusy(true, tr("Planning against the live systems …"));
    m_connection->request<ProvisionPlan>(
        kSlotPrefix + QStringLiteral("plan"), KafkaConnection::Lane::Admin, tr("planning provisioning"),
        [spec, mqtt, options](KafkaAdmin& admin) {
            ProvisionSources sources;
            sources.admin = spec.hasKafka ? &admin : nullptr;
            std::optional<DynsecLiveRead> dynsec; // connects and reads on its own thread, beside the Kafka read
            if (mqtt)
                sources.dynsec = &dynsec.emplace(*mqtt, false);
            return planProvision(sources, spec, options);
        },
        this,
        [this, mqtt](const KafkaRequest&, const ProvisionPlan& plan) {
            m_plan = plan;
            m_plannedMqtt = mqtt;
            showPlan(false);
            QString status = plan.hasChanges() ? tr("Plan: %1.").arg(plan.combined().summary())
                                               : tr("No changes: the live state matches the spec.");
            if (!plan.kafka.refusals.isEmpty())
                status += QLatin1Char(' ') + tr("Refused: %1").arg(plan.kafka.refusals.join(QStringLiteral("; ")));
            setBusy(false, status);
        });
}

void ProvisionView::showPlan(bool withResults) {
    m_table->showPlan(m_plan->combined(), planColumns(), withResults);
}

// Applies the plan shown, after the same checks as `provision apply --execute` and a confirmation.
void ProvisionView::applyPlan() {
    if (!m_plan || !m_spec)
        return;
    const ProvisionPlan& plan = *m_plan;
    QStringList refused = plan.kafka.refusals;
    if (!refused.isEmpty()) {
        m_status->setText(tr("Nothing applied: %1 change(s) refused (%2)").arg(refused.size()).arg(refused.join(QStringLiteral("; "))));
        return;
    }
    QStringList notAllowed = kafkaDeletesNotAllowed(plan.kafka.plan, m_deleteTopics->isChecked(), m_deleteAcls->isChecked());
    if (!m_deleteMqtt->isChecked())
        notAllowed += mqttDeletesNotAllowed(plan.mqtt);
    if (!notAllowed.isEmpty()) {
        m_status->setText(tr("Nothing applied: the plan deletes %1; allow those deletes first.").arg(notAllowed.join(tr(" and "))));
        return;
    }
    const QString where = m_plannedMqtt ? tr("%1 and %2").arg(m_connection->bootstrap(), m_plannedMqtt->url.toString())
                                        : m_connection->bootstrap();
    if (!m_confirm(tr("Apply %1 to %2?").arg(plan.combined().summary(), where)))
        return;
    std::map<QString, QString> passwords;
    try {
        DialogSecretPrompter dialog(this);
        const SecretStore::Prompter prompter = [&dialog](const QString& what) {
            return dialog.askSecret(what, SecretPrompter::Need::Required);
        };
        passwords = resolveMqttPasswords(plan.mqtt, *m_spec, [&](const QString& ref) {
            return SecretStore::resolveReference(ref, tr("Password (%1)").arg(ref), prompter);
        });
    } catch (const Error& e) {
        m_status->setText(tr("Nothing applied: %1").arg(e.message()));
        return;
    }
    const ProvisionSpec spec = *m_spec;
    const std::optional<MqttConnectOptions> mqtt = m_plannedMqtt;
    const bool deleteMqtt = m_deleteMqtt->isChecked();
    setBusy(true, tr("Applying …"));
    m_connection->request<ProvisionPlan>(
        kSlotPrefix + QStringLiteral("apply"), KafkaConnection::Lane::Admin, tr("applying provisioning"),
        [plan, spec, mqtt, passwords, deleteMqtt](KafkaAdmin& admin) {
            ProvisionPlan applied = plan;
            std::unique_ptr<dynsec::DynsecClient> dynsec;
            if (mqtt && applied.mqtt.hasChanges())
                dynsec = std::make_unique<dynsec::DynsecClient>(*mqtt);
            const auto secret = [&passwords](const QString& ref) {
                const auto it = passwords.find(ref);
                return it == passwords.end() ? QString() : it->second;
            };
            applyProvision(spec.hasKafka ? &admin : nullptr, dynsec.get(), applied, spec, secret, deleteMqtt);
            return applied;
        },
        this,
        [this](const KafkaRequest&, const ProvisionPlan& applied) {
            m_plan = applied;
            showPlan(true);
            m_plan.reset(); // applied: plan again to see the live state
            setBusy(false, tr("Applied %1 of %2 change(s); %3 failed, %4 not applied.")
                               .arg(applied.count(PlanOutcome::Applied))
                               .arg(applied.changes())
                               .arg(applied.count(PlanOutcome::Failed))
                               .arg(applied.count(PlanOutcome::Skipped)));
        });
}

void ProvisionView::chooseExportFile() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the live state as a spec"), QString(),
                                                      tr("YAML (*.yaml *.yml)"));
    if (path.isEmpty())
        return;
    const bool managed = m_spec && !m_spec->managed.empty() &&
                         QMessageBox::question(this, tr("Export"), tr("Export only what the spec manages?")) == QMessageBox::Yes;
    exportTo(path, managed);
}

// `provision export`: the cluster's topics and ACLs, and the broker's dynamic security when a
// broker is chosen; with onlyManaged, only under the loaded spec's managed prefixes.
void ProvisionView::exportTo(const QString& path, bool onlyManaged) {
    std::optional<MqttConnectOptions> mqtt;
    try {
        mqtt = resolveMqtt(false);
        if (onlyManaged && (!m_spec || m_spec->managed.empty()))
            throw Error(ErrorKind::Usage, tr("exporting only what a spec manages needs a spec with a managed section"));
    } catch (const Error& e) {
        m_status->setText(e.message());
        return;
    }
    const std::optional<ProvisionSpec> given = m_spec;
    setBusy(true, tr("Exporting …"));
    m_connection->request<ProvisionSpec>(
        kSlotPrefix + QStringLiteral("export"), KafkaConnection::Lane::Admin, tr("exporting provisioning"),
        [given, mqtt, path, onlyManaged](KafkaAdmin& admin) {
            const ManagedPrefixes* only = onlyManaged ? &given->managed : nullptr;
            ProvisionSpec spec = exportKafka(admin, only);
            if (mqtt) {
                dynsec::DynsecClient client(*mqtt);
                exportMqtt(client.readState(), spec, only, !onlyManaged || given->dynsec.defaultAcl.has_value());
            }
            if (given)
                spec.managed = given->managed;
            const QByteArray yaml = writeProvisionSpec(spec);
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(yaml) != yaml.size() || !file.commit())
                throw Error(ErrorKind::Io, tr("cannot write %1: %2").arg(path, file.errorString()));
            return spec;
        },
        this,
        [this, path](const KafkaRequest&, const ProvisionSpec& spec) {
            setBusy(false, tr("Exported %1 to %2.").arg(describeSpec(spec), path));
        });
}
