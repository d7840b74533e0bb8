#include "views/kafkaacls/AclDialogs.h"

#include "common/Error.h"
#include "kafka/KafkaAclShorthand.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace mqkit;

QStringList kafkaAclOperations() {
    return {QStringLiteral("Read"),          QStringLiteral("Write"),          QStringLiteral("Create"),
            QStringLiteral("Delete"),        QStringLiteral("Alter"),          QStringLiteral("Describe"),
            QStringLiteral("ClusterAction"), QStringLiteral("DescribeConfigs"), QStringLiteral("AlterConfigs"),
            QStringLiteral("IdempotentWrite"), QStringLiteral("All")};
}

namespace {

QStringList commaList(const QString& text) {
    QStringList out;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

} // namespace

CreateAclDialog::CreateAclDialog(QWidget* parent)
    : QDialog(parent), m_principal(new QLineEdit(this)), m_host(new QLineEdit(QStringLiteral("*"), this)),
      m_permission(new QComboBox(this)), m_grant(new QComboBox(this)), m_resourceType(new QComboBox(this)),
      m_resourceName(new QLineEdit(this)), m_pattern(new QComboBox(this)), m_operation(new QComboBox(this)),
      m_groups(new QLineEdit(this)), m_idempotent(new QCheckBox(tr("Idempotent (IdempotentWrite on the cluster)"), this)),
      m_preview(new QListWidget(this)), m_problem(new QLabel(this)), m_create(new QPushButton(tr("Create"), this)) {
    setWindowTitle(tr("Create ACLs"));
    resize(620, 520);
    m_principal->setPlaceholderText(tr("User:alice"));
    m_permission->addItems({QStringLiteral("Allow"), QStringLiteral("Deny")});
    m_grant->addItems({tr("One operation"), tr("Producer: Write, Describe, Create on the topics"),
                       tr("Consumer: Read, Describe on the topics, Read on the groups")});
    m_resourceType->addItems({QStringLiteral("Topic"), QStringLiteral("Group"), QStringLiteral("Cluster")});
    m_resourceName->setPlaceholderText(tr("name (shortcuts: topics, comma-separated)"));
    m_pattern->addItems({QStringLiteral("Literal"), QStringLiteral("Prefixed")});
    m_operation->addItems(kafkaAclOperations());
    m_groups->setPlaceholderText(tr("consumer groups, comma-separated"));
    m_form = new QFormLayout;
    auto* form = m_form;
    form->addRow(tr("Principal:"), m_principal);
    form->addRow(tr("Host:"), m_host);
    form->addRow(tr("Permission:"), m_permission);
    form->addRow(tr("Grant:"), m_grant);
    form->addRow(tr("Resource type:"), m_resourceType);
    form->addRow(tr("Resource name:"), m_resourceName);
    form->addRow(tr("Pattern type:"), m_pattern);
    form->addRow(tr("Operation:"), m_operation);
    form->addRow(tr("Groups:"), m_groups);
    form->addRow(QString(), m_idempotent);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_create, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Will create:"), this));
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (auto* edit : {m_principal, m_host, m_resourceName, m_groups})
        connect(edit, &QLineEdit::textChanged, this, &CreateAclDialog::update);
    for (auto* box : {m_permission, m_grant, m_resourceType, m_pattern, m_operation})
        connect(box, &QComboBox::currentIndexChanged, this, &CreateAclDialog::update);
    connect(m_idempotent, &QCheckBox::toggled, this, &CreateAclDialog::update);
    update();
}

std::vector<KafkaAcl> CreateAclDialog::bindings(QString* error) const {
    const auto grant = static_cast<Grant>(m_grant->currentIndex());
    const QString principal = m_principal->text().trimmed();
    const QString host = m_host->text().trimmed().isEmpty() ? QStringLiteral("*") : m_host->text().trimmed();
    const QString permission = m_permission->currentText();
    std::vector<KafkaAcl> out;
    if (grant == OperationGrant) {
        const bool cluster = m_resourceType->currentText() == QLatin1String("Cluster");
        out.push_back({m_resourceType->currentText(), cluster ? QStringLiteral("kafka-cluster") : m_resourceName->text().trimmed(),
                       cluster ? QStringLiteral("Literal") : m_pattern->currentText(), principal, host, m_operation->currentText(),
                       permission});
    } else {
        const KafkaAclShorthand shorthand{grant == ProducerGrant, grant == ConsumerGrant, grant == ProducerGrant && m_idempotent->isChecked(),
                                          commaList(m_resourceName->text()), commaList(m_groups->text())};
        out = kafkaShorthandBindings(shorthand, principal, host, permission, m_pattern->currentText());
        if (grant == ConsumerGrant && shorthand.groups.isEmpty())
            out.clear();
    }
    try {
        for (auto& acl : out) {
            if (acl.resourceName.isEmpty())
                throw Error(ErrorKind::Usage, tr("Enter a resource name"));
            acl = KafkaAdmin::normalizedAcl(acl, false);
        }
    } catch (const Error& e) {
        *error = e.message();
        return {};
    }
    if (out.empty())
        *error = grant == ConsumerGrant ? tr("Enter the topics and the consumer groups") : tr("Enter the topics");
    return out;
}

void CreateAclDialog::update() {
    const auto grant = static_cast<Grant>(m_grant->currentIndex());
    m_resourceType->setEnabled(grant == OperationGrant);
    m_operation->setEnabled(grant == OperationGrant);
    m_groups->setEnabled(grant == ConsumerGrant);
    m_idempotent->setEnabled(grant == ProducerGrant);
    m_resourceName->setEnabled(grant != OperationGrant || m_resourceType->currentText() != QLatin1String("Cluster"));
    if (auto* label = qobject_cast<QLabel*>(m_form->labelForField(m_resourceName)))
        label->setText(grant == OperationGrant ? tr("Resource name:") : tr("Topics:"));
    QString error;
    const auto acls = m_principal->text().trimmed().isEmpty() ? std::vector<KafkaAcl>{} : bindings(&error);
    if (m_principal->text().trimmed().isEmpty())
        error = tr("Enter a principal, e.g. User:alice");
    m_preview->clear();
    for (const auto& a : acls)
        m_preview->addItem(a.describe());
    m_problem->setText(error);
    m_create->setEnabled(!acls.empty());
}

DeleteAclsDialog::DeleteAclsDialog(const std::vector<KafkaAcl>& acls, QWidget* parent)
    : QDialog(parent), m_acls(acls), m_list(new QListWidget(this)), m_delete(new QPushButton(tr("Delete"), this)) {
    setWindowTitle(tr("Delete ACLs"));
    resize(640, 320);
    for (const auto& a : acls)
        m_list->addItem(a.describe());
    auto* cancel = new QPushButton(tr("Cancel"), this);
    cancel->setDefault(true);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_delete, QDialogButtonBox::DestructiveRole);
    buttons->addButton(cancel, QDialogButtonBox::RejectRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Delete exactly these %n ACL(s)? Principals lose what they grant at once.", nullptr,
                                    static_cast<int>(acls.size())),
                                 this));
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    connect(m_delete, &QPushButton::clicked, this, &QDialog::accept);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
}
