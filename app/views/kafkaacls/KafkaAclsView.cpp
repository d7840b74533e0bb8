#include "views/kafkaacls/KafkaAclsView.h"

#include "backend/KafkaConnection.h"
#include "common/Error.h"
#include "views/kafkaacls/AclDialogs.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTime>
#include <QVBoxLayout>

using namespace mqkit;

namespace {

const QString kSlotPrefix = QStringLiteral("acls.");

// "" for the combo's first entry (any), else its text.
QString choice(const QComboBox* box) {
    return box->currentIndex() == 0 ? QString() : box->currentText();
}

} // namespace

KafkaAclsView::KafkaAclsView(KafkaConnection* connection, QWidget* parent)
    : QWidget(parent), m_connection(connection), m_table(new QTableWidget(0, 7, this)), m_message(new QLabel(this)),
      m_createButton(new QPushButton(tr("Create ACLs…"), this)), m_deleteButton(new QPushButton(tr("Delete selected…"), this)) {
    m_table->setHorizontalHeaderLabels(
        {tr("Resource type"), tr("Resource name"), tr("Pattern"), tr("Principal"), tr("Host"), tr("Operation"), tr("Permission")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ResourceTypeColumn, Qt::AscendingOrder);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ResourceNameColumn, QHeaderView::Stretch);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_deleteButton->setEnabled(false);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_createButton);
    actions->addWidget(m_deleteButton);
    actions->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildFilterBar());
    layout->addLayout(actions);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    connect(m_createButton, &QPushButton::clicked, this, &KafkaAclsView::openCreateDialog);
    connect(m_deleteButton, &QPushButton::clicked, this, &KafkaAclsView::openDeleteDialog);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_deleteButton->setEnabled(!m_table->selectionModel()->selectedRows().isEmpty()); });
    // Read when shown: a cluster's ACLs are asked for only once someone looks at them.
    connect(connection, &KafkaConnection::opened, this, [this] {
        m_table->setRowCount(0);
        m_acls.clear();
        m_stale = true;
        if (isVisible())
            refresh();
    });
    connect(connection, &KafkaConnection::requestFailed, this, [this](const KafkaRequest& request, const QString& message) {
        if (request.slot.startsWith(kSlotPrefix))
            say(message, true);
    });
}

QWidget* KafkaAclsView::buildFilterBar() {
    auto* bar = new QWidget(this);
    m_principal = new QLineEdit(bar);
    m_principal->setPlaceholderText(tr("Principal, e.g. User:alice"));
    m_principal->setClearButtonEnabled(true);
    m_resourceType = new QComboBox(bar);
    m_resourceType->addItems({tr("Any resource"), QStringLiteral("Topic"), QStringLiteral("Group"), QStringLiteral("Cluster")});
    m_resourceName = new QLineEdit(bar);
    m_resourceName->setPlaceholderText(tr("Resource name"));
    m_resourceName->setClearButtonEnabled(true);
    m_pattern = new QComboBox(bar);
    m_pattern->addItems({tr("Any pattern"), QStringLiteral("Literal"), QStringLiteral("Prefixed"), QStringLiteral("Match")});
    m_pattern->setToolTip(tr("Match: every ACL that applies to the resource name (literal, prefixed and wildcard)"));
    m_operation = new QComboBox(bar);
    m_operation->addItem(tr("Any operation"));
    m_operation->addItems(kafkaAclOperations());
    auto* refreshButton = new QPushButton(tr("Refresh"), bar);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_principal, 2);
    layout->addWidget(m_resourceType);
    layout->addWidget(m_resourceName, 2);
    layout->addWidget(m_pattern);
    layout->addWidget(m_operation);
    layout->addWidget(refreshButton);
    connect(refreshButton, &QPushButton::clicked, this, &KafkaAclsView::refresh);
    for (auto* edit : {m_principal, m_resourceName})
        connect(edit, &QLineEdit::returnPressed, this, &KafkaAclsView::refresh);
    for (auto* box : {m_resourceType, m_pattern, m_operation})
        connect(box, &QComboBox::currentIndexChanged, this, &KafkaAclsView::refresh);
    return bar;
}

KafkaAcl KafkaAclsView::filter() const {
    KafkaAcl f;
    f.principal = m_principal->text().trimmed();
    f.resourceType = choice(m_resourceType);
    f.resourceName = m_resourceName->text().trimmed();
    f.patternType = choice(m_pattern);
    f.operation = choice(m_operation);
    return f;
}

void KafkaAclsView::say(const QString& text, bool error) {
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828") : QString());
    m_message->setText(text);
    m_message->setToolTip(text); // the whole line, when the window is narrower than it
}

void KafkaAclsView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void KafkaAclsView::refresh() {
    m_stale = false;
    const KafkaAcl f = filter();
    say(tr("Reading ACLs…"));
    m_connection->request<std::vector<KafkaAcl>>(
        kSlotPrefix + QLatin1String("list"), KafkaConnection::Lane::Admin, tr("listing ACLs"),
        [f](KafkaAdmin& admin) { return admin.describeAcls(KafkaAdmin::normalizedAcl(f, true)); }, this,
        [this](const KafkaRequest&, const std::vector<KafkaAcl>& acls) { showAcls(acls); });
}

void KafkaAclsView::showAcls(const std::vector<KafkaAcl>& acls) {
    m_acls = acls;
    m_table->setSortingEnabled(false);
    m_table->clearContents();
    m_table->setRowCount(static_cast<int>(acls.size()));
    for (int r = 0; r < static_cast<int>(acls.size()); ++r) {
        const auto& a = acls[static_cast<size_t>(r)];
        const QStringList cells{a.resourceType, a.resourceName, a.patternType, a.principal, a.host, a.operation, a.permission};
        for (int c = 0; c < static_cast<int>(cells.size()); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, r); // the ACL's index in m_acls, whatever the sort
            m_table->setItem(r, c, item);
        }
    }
    m_table->setSortingEnabled(true);
    const QString counts = tr("%n ACL(s) match the filter, read at %1", nullptr, static_cast<int>(acls.size()))
                               .arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")));
    say(m_done.isEmpty() ? counts : m_done + QStringLiteral(" · ") + counts);
    m_done.clear();
    emit aclsShown();
}

std::vector<KafkaAcl> KafkaAclsView::selectedAcls() const {
    std::vector<KafkaAcl> out;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        const int i = m_table->item(index.row(), 0)->data(Qt::UserRole).toInt();
        if (i >= 0 && i < static_cast<int>(m_acls.size()))
            out.push_back(m_acls[static_cast<size_t>(i)]);
    }
    return out;
}

void KafkaAclsView::openCreateDialog() {
    m_createDialog = new CreateAclDialog(this);
    m_createDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_createDialog, &QDialog::accepted, this, [this, dialog = m_createDialog] {
        QString error;
        const auto acls = dialog->bindings(&error);
        if (!acls.empty())
            createAcls(acls);
    });
    m_createDialog->open();
}

void KafkaAclsView::createAcls(const std::vector<KafkaAcl>& acls) {
    say(tr("Creating %n ACL(s)…", nullptr, static_cast<int>(acls.size())));
    m_connection->request<int>(
        kSlotPrefix + QLatin1String("create"), KafkaConnection::Lane::Admin, tr("creating ACLs"),
        [acls](KafkaAdmin& admin) {
            admin.createAcls(acls);
            return static_cast<int>(acls.size());
        },
        this, [this](const KafkaRequest&, int count) {
            m_done = tr("Created %n ACL(s)", nullptr, count);
            refresh();
        });
}

void KafkaAclsView::openDeleteDialog() {
    const auto acls = selectedAcls();
    if (acls.empty())
        return;
    m_deleteDialog = new DeleteAclsDialog(acls, this);
    m_deleteDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_deleteDialog, &QDialog::accepted, this, [this, dialog = m_deleteDialog] { deleteAcls(dialog->acls()); });
    m_deleteDialog->open();
}

// Each selected ACL is its own exact filter (every field given), so nothing else matches it.
void KafkaAclsView::deleteAcls(const std::vector<KafkaAcl>& acls) {
    say(tr("Deleting %n ACL(s)…", nullptr, static_cast<int>(acls.size())));
    m_connection->request<std::vector<KafkaAcl>>(
        kSlotPrefix + QLatin1String("delete"), KafkaConnection::Lane::Admin, tr("deleting ACLs"),
        [acls](KafkaAdmin& admin) { return admin.deleteAcls(acls); }, this,
        [this, asked = static_cast<int>(acls.size())](const KafkaRequest&, const std::vector<KafkaAcl>& deleted) {
            const int n = static_cast<int>(deleted.size());
            m_done = n == asked ? tr("Deleted %n ACL(s)", nullptr, n)
                                : tr("Deleted %1 of %2 ACL(s): the others were already gone").arg(n).arg(asked);
            refresh();
        });
}
