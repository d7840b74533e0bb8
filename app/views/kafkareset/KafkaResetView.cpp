#include "views/kafkareset/KafkaResetView.h"

#include "backend/KafkaConnection.h"
#include "common/Error.h"

#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace mqkit;
using Kind = OffsetResetTarget::Kind;

namespace {
QString countOrDash(std::int64_t n) {
    return n ? QString::number(n) : QStringLiteral("-");
}
} // namespace

KafkaResetView::KafkaResetView(KafkaConnection* connection, QWidget* parent)
    : QWidget(parent), m_connection(connection), m_group(new QComboBox(this)), m_scope(new QComboBox(this)),
      m_scopeText(new QLineEdit(this)), m_target(new QComboBox(this)), m_targetValue(new QLineEdit(this)),
      m_planButton(new QPushButton(tr("Plan (dry run)"), this)), m_exportButton(new QPushButton(tr("Export undo file…"), this)),
      m_executeButton(new QPushButton(tr("Execute…"), this)), m_planTable(new QTableWidget(0, 7, this)),
      m_summary(new QLabel(this)), m_message(new QLabel(this)), m_confirm([this](const QString& question) {
          return QMessageBox::question(this, tr("Reset offsets"), question) == QMessageBox::Yes;
      }) {
    buildForm();
    // The group list is read when the tab is shown (and on Reload), not for every cluster opened.
    connect(connection, &KafkaConnection::opened, this, [this] {
        m_groupsListed = false;
        if (isVisible())
            reloadGroups();
    });
    connect(connection, &KafkaConnection::requestFailed, this, [this](const KafkaRequest& request, const QString& message) {
        if (!m_pending || request.id != m_pending->id)
            return;
        m_pending.reset();
        m_planButton->setEnabled(true);
        showMessage(message, true);
        emit failed(message);
    });
}

void KafkaResetView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!m_groupsListed)
        reloadGroups();
}

void KafkaResetView::buildForm() {
    m_group->setEditable(true);
    m_group->setInsertPolicy(QComboBox::NoInsert);
    m_group->setMinimumContentsLength(30);
    m_scope->addItem(tr("Every partition the group committed for"), AllTopics);
    m_scope->addItem(tr("Topics"), Topics);
    m_scope->addItem(tr("Partitions"), Partitions);
    const QList<std::pair<QString, Kind>> targets{
        {tr("Earliest (log start)"), Kind::ToEarliest},     {tr("Latest (log end)"), Kind::ToLatest},
        {tr("Current (committed)"), Kind::ToCurrent},        {tr("To offset"), Kind::ToOffset},
        {tr("Shift by"), Kind::ShiftBy},                     {tr("To date and time"), Kind::ToDatetime},
        {tr("By duration (now minus)"), Kind::ByDuration}, {tr("From file (CSV)"), Kind::FromFile},
        {tr("To another group's offsets"), Kind::ToGroup}};
    for (const auto& [label, kind] : targets)
        m_target->addItem(label, static_cast<int>(kind));
    connect(m_scope, &QComboBox::currentIndexChanged, this, &KafkaResetView::updateTargetHint);
    connect(m_target, &QComboBox::currentIndexChanged, this, &KafkaResetView::updateTargetHint);
    updateTargetHint();

    auto* reload = new QPushButton(tr("Reload"), this);
    connect(reload, &QPushButton::clicked, this, &KafkaResetView::reloadGroups);
    auto* groupRow = new QHBoxLayout;
    groupRow->addWidget(m_group, 1);
    groupRow->addWidget(reload);
    auto* form = new QFormLayout;
    form->addRow(tr("1. Consumer group:"), groupRow);
    form->addRow(tr("2. Scope:"), m_scope);
    form->addRow(QString(), m_scopeText);
    form->addRow(tr("3. Target:"), m_target);
    form->addRow(QString(), m_targetValue);

    m_planTable->setHorizontalHeaderLabels(
        {tr("Topic"), tr("Partition"), tr("Current"), tr("New"), tr("Re-read"), tr("Skipped"), tr("Note")});
    m_planTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_planTable->verticalHeader()->hide();
    m_planTable->horizontalHeader()->setStretchLastSection(true);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setText(tr("4. Make the plan: nothing changes until you execute it."));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buildButtons());
    layout->addWidget(m_summary);
    layout->addWidget(m_planTable, 1);
    layout->addWidget(m_message);
}

QWidget* KafkaResetView::buildButtons() {
    auto* box = new QWidget(this);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    auto* undoButton = new QPushButton(tr("Undo from file…"), this);
    m_exportButton->setEnabled(false);
    m_executeButton->setEnabled(false);
    row->addWidget(m_planButton);
    row->addWidget(m_exportButton);
    row->addWidget(m_executeButton);
    row->addStretch(1);
    row->addWidget(undoButton);
    connect(m_planButton, &QPushButton::clicked, this, &KafkaResetView::makePlan);
    connect(m_executeButton, &QPushButton::clicked, this, &KafkaResetView::execute);
    connect(m_exportButton, &QPushButton::clicked, this, &KafkaResetView::chooseExportFile);
    connect(undoButton, &QPushButton::clicked, this, &KafkaResetView::chooseUndoFile);
    return box;
}

void KafkaResetView::setTargetKind(Kind kind) {
    m_target->setCurrentIndex(m_target->findData(static_cast<int>(kind)));
}

void KafkaResetView::updateTargetHint() {
    const int scope = m_scope->currentData().toInt();
    m_scopeText->setEnabled(scope != AllTopics);
    m_scopeText->setPlaceholderText(scope == Topics ? tr("topic names, separated by spaces")
                                                    : tr("topic:partition,partition … e.g. orders:0,2 payments:1"));
    const auto kind = static_cast<Kind>(m_target->currentData().toInt());
    const QHash<Kind, QString> hints{
        {Kind::ToOffset, tr("offset, e.g. 1200 (kept inside each log)")},
        {Kind::ShiftBy, tr("messages to move, e.g. -100 to re-read the last 100")},
        {Kind::ToDatetime, tr("ISO-8601 time, e.g. 2026-11-23T10:00:00 (local) or …Z")},
        {Kind::ByDuration, tr("ISO-8601 duration, e.g. PT30M or P1DT2H")},
        {Kind::FromFile, tr("CSV file: topic,partition,offset lines")},
        {Kind::ToGroup, tr("the group whose committed offsets to copy")}};
    m_targetValue->setEnabled(hints.contains(kind));
    m_targetValue->setPlaceholderText(hints.value(kind));
}

void KafkaResetView::reloadGroups() {
    if (!m_connection->isOpen())
        return;
    m_groupsListed = true;
    m_connection->request<std::vector<KafkaGroupListing>>(
        QStringLiteral("reset-groups"), KafkaConnection::Lane::Admin, tr("listing consumer groups"),
        [](KafkaAdmin& admin) { return admin.listGroups(); }, this,
        [this](const KafkaRequest&, const std::vector<KafkaGroupListing>& groups) {
            const QString typed = m_group->currentText();
            QStringList ids;
            for (const auto& g : groups)
                ids << g.groupId;
            ids.sort();
            m_group->clear();
            m_group->addItems(ids);
            if (typed.isEmpty() && !ids.isEmpty())
                m_group->setCurrentIndex(0);
            else
                m_group->setCurrentText(typed);
        });
}

OffsetResetTarget KafkaResetView::targetFromForm() const {
    OffsetResetTarget t;
    t.kind = static_cast<Kind>(m_target->currentData().toInt());
    const QString value = m_targetValue->text().trimmed();
    bool ok = true;
    switch (t.kind) {
    case Kind::ToOffset:
    case Kind::ShiftBy:
        t.value = value.toLongLong(&ok);
        if (!ok)
            throw Error(ErrorKind::Usage, tr("'%1' is not a whole number").arg(value));
        break;
    case Kind::ToDatetime:
        t.value = OffsetResetTarget::parseDatetime(value);
        break;
    case Kind::ByDuration:
        t.value = QDateTime::currentMSecsSinceEpoch() - OffsetResetTarget::parseDuration(value);
        break;
    case Kind::FromFile: {
        QFile f(value);
        if (!f.open(QIODevice::ReadOnly))
            throw Error(ErrorKind::Usage, tr("cannot read %1: %2").arg(value, f.errorString()));
        t.fileOffsets = OffsetResetTarget::parseCsv(f.readAll(), m_group->currentText().trimmed());
        break;
    }
    case Kind::ToGroup:
        if (value.isEmpty())
            throw Error(ErrorKind::Usage, tr("name the group whose offsets to copy"));
        t.otherGroup = value;
        break;
    default:
        break;
    }
    return t;
}

OffsetResetScope KafkaResetView::scopeFromForm(const OffsetResetTarget& target) const {
    OffsetResetScope scope;
    scope.allTopics = m_scope->currentData().toInt() == AllTopics;
    if (!scope.allTopics)
        scope.topics = m_scopeText->text().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    // A file names its partitions itself.
    if (target.kind == Kind::FromFile && scope.topics.isEmpty())
        scope.allTopics = false;
    else if (!scope.allTopics && scope.topics.isEmpty())
        throw Error(ErrorKind::Usage, tr("name the topics or partitions to reset"));
    return scope;
}

void KafkaResetView::makePlan() {
    const QString group = m_group->currentText().trimmed();
    m_plan.reset();
    m_exportButton->setEnabled(false);
    m_executeButton->setEnabled(false);
    OffsetResetTarget target;
    OffsetResetScope scope;
    try {
        if (group.isEmpty())
            throw Error(ErrorKind::Usage, tr("choose a consumer group"));
        target = targetFromForm();
        scope = scopeFromForm(target);
    } catch (const Error& e) {
        showMessage(e.message(), true);
        emit failed(e.message());
        return;
    }
    showMessage(tr("Planning…"), false);
    m_planButton->setEnabled(false);
    m_pending = m_connection->request<OffsetResetPlan>(
        QStringLiteral("reset-plan"), KafkaConnection::Lane::OffsetsConsumer, tr("planning an offset reset of %1").arg(group),
        [group, scope, target](KafkaAdmin& admin) { return OffsetResetter(admin).plan(group, scope, target); }, this,
        [this](const KafkaRequest&, const OffsetResetPlan& plan) {
            m_pending.reset();
            m_planButton->setEnabled(true);
            showPlan(plan);
        });
}

void KafkaResetView::showPlan(const OffsetResetPlan& plan) {
    m_plan = plan;
    m_planTable->setRowCount(static_cast<int>(plan.rows.size()));
    std::int64_t reread = 0;
    std::int64_t skipped = 0;
    for (int r = 0; r < m_planTable->rowCount(); ++r) {
        const OffsetResetRow& row = plan.rows[static_cast<size_t>(r)];
        const QStringList cells{row.partition.topic,
                                QString::number(row.partition.partition),
                                row.current ? QString::number(*row.current) : QStringLiteral("-"),
                                QString::number(row.target),
                                countOrDash(row.reread()),
                                countOrDash(row.skipped()),
                                row.note};
        for (int c = 0; c < cells.size(); ++c)
            m_planTable->setItem(r, c, new QTableWidgetItem(cells.at(c)));
        reread += row.reread();
        skipped += row.skipped();
    }
    m_planTable->resizeColumnsToContents();
    m_summary->setText(tr("Dry run for group %1 (%2): %n partition(s), %3 message(s) re-read, %4 skipped. Nothing "
                          "changed yet.",
                          nullptr, static_cast<int>(plan.rows.size()))
                           .arg(plan.groupId, plan.groupState.isEmpty() ? tr("unknown state") : plan.groupState)
                           .arg(reread)
                           .arg(skipped));
    QStringList members;
    for (const auto& m : plan.activeMembers)
        members << QStringLiteral("%1 (%2 on %3)").arg(m.consumerId, m.clientId, m.host);
    if (members.isEmpty())
        showMessage(QString(), false);
    else
        showMessage(tr("The group has active members, so the reset cannot be executed until they stop: %1")
                        .arg(members.join(QStringLiteral(", "))),
                    true);
    m_exportButton->setEnabled(true);
    m_executeButton->setEnabled(!plan.rows.empty());
    emit planReady();
}

void KafkaResetView::execute() {
    if (!m_plan || m_pending)
        return;
    const OffsetResetPlan plan = *m_plan;
    const QString question = tr("Commit %n new offset(s) for consumer group %1?", nullptr, static_cast<int>(plan.rows.size()))
                                 .arg(plan.groupId);
    if (!m_confirm(question))
        return;
    m_executeButton->setEnabled(false);
    showMessage(tr("Committing…"), false);
    m_pending = m_connection->request<bool>(
        QStringLiteral("reset-execute"), KafkaConnection::Lane::Admin, tr("resetting the offsets of %1").arg(plan.groupId),
        [plan](KafkaAdmin& admin) {
            OffsetResetter(admin).execute(plan);
            return true;
        },
        this, [this, plan](const KafkaRequest&, const bool&) {
            m_pending.reset();
            showMessage(tr("Committed %n offset(s) for group %1.", nullptr, static_cast<int>(plan.rows.size())).arg(plan.groupId),
                        false);
            emit executed();
        });
}

bool KafkaResetView::exportUndo(const QString& path) {
    if (!m_plan)
        return false;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(m_plan->undoCsv()) < 0) {
        showMessage(tr("Cannot write %1: %2").arg(path, f.errorString()), true);
        return false;
    }
    showMessage(tr("Offsets before the change written to %1 (Undo from file restores them).").arg(path), false);
    return true;
}

void KafkaResetView::undoFromFile(const QString& path) {
    setTargetKind(Kind::FromFile);
    m_targetValue->setText(path);
    m_scope->setCurrentIndex(m_scope->findData(AllTopics));
    makePlan();
}

void KafkaResetView::chooseExportFile() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export undo file"),
                                                      m_plan ? m_plan->groupId + QStringLiteral("-undo.csv") : QString(),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportUndo(path);
}

void KafkaResetView::chooseUndoFile() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Undo from file"), QString(), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        undoFromFile(path);
}

void KafkaResetView::showMessage(const QString& text, bool error) {
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
}
