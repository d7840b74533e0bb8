#include "views/mqtt/RetainedClearDialog.h"

#include "common/Error.h"
#include "mqtt/RetainedClear.h"
#include "mqtt/RetainedSnapshot.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using mqkit::Plan;

namespace {
// As the CLI's defaults: the retained burst has settled after a second without one.
constexpr std::chrono::milliseconds kQuiet{1000};
constexpr std::chrono::milliseconds kMaxWait{30000};
} // namespace

RetainedClearDialog::RetainedClearDialog(MqttConnection* connection, const QString& filter, QWidget* parent)
    : QDialog(parent), m_connection(connection), m_filters{filter}, m_status(new QLabel(this)),
      m_table(new QTableWidget(0, 3, this)), m_confirm(new QPushButton(this)), m_close(new QPushButton(tr("Cancel"), this)) {
    setWindowTitle(tr("Delete retained messages under %1").arg(filter));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(640, 420);
    m_status->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Topic"), tr("Result")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_confirm->setObjectName(QStringLiteral("confirmRetainedClear"));
    m_confirm->setEnabled(false);
    m_confirm->setText(tr("Delete"));
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_confirm, QDialogButtonBox::DestructiveRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(m_confirm, &QPushButton::clicked, this, &RetainedClearDialog::clear);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(connection, &MqttConnection::taskFailed, this, [this](const MqttTaskControlPtr& task, const QString& message) {
        if (task == m_task)
            fail(message);
    });
    read();
}

QStringList RetainedClearDialog::previewTopics() const {
    return m_plan.targets();
}

QString RetainedClearDialog::summaryText() const {
    return m_status->text();
}

void RetainedClearDialog::read() {
    m_status->setText(tr("Reading the retained messages under %1 from the broker…").arg(m_filters.join(QStringLiteral(", "))));
    try {
        mqkit::RetainedClear::checkFilters(m_filters);
    } catch (const mqkit::Error& e) {
        return fail(e.message());
    }
    const QStringList filters = m_filters;
    m_task = m_connection->runTask<Preview>(
        tr("Reading retained messages"),
        [filters](mqkit::MqttSession& session, MqttTaskControl&) {
            const auto snapshot = mqkit::RetainedSnapshot::take(session, filters, kQuiet, kMaxWait);
            Preview p{mqkit::RetainedClear::plan(snapshot, filters), {}};
            if (!snapshot.settled)
                p.note = tr("Retained messages were still arriving after %1 s: the list may be incomplete.")
                             .arg(kMaxWait.count() / 1000);
            return p;
        },
        this, [this](const Preview& p) { showPreview(p); });
}

void RetainedClearDialog::showPreview(const Preview& preview) {
    m_plan = preview.plan;
    m_stage = Stage::Preview;
    fillTable(m_plan);
    const int n = static_cast<int>(m_plan.items().size());
    if (n == 0) {
        m_status->setText(tr("The broker retains no message under %1: nothing to delete.").arg(m_filters.join(QStringLiteral(", "))));
        m_close->setText(tr("Close"));
        return;
    }
    QString text = tr("The broker retains %n message(s) under %1. Deleting publishes an empty retained message to "
                      "each topic below; nothing changes until you confirm.", nullptr, n)
                       .arg(m_filters.join(QStringLiteral(", ")));
    if (!preview.note.isEmpty())
        text += QLatin1Char(' ') + preview.note;
    m_status->setText(text);
    m_confirm->setText(tr("Delete %n retained message(s)", nullptr, n));
    m_confirm->setEnabled(true);
}

void RetainedClearDialog::clear() {
    if (m_stage != Stage::Preview || m_plan.items().empty())
        return;
    m_stage = Stage::Clearing;
    m_confirm->setEnabled(false);
    m_status->setText(tr("Deleting, then reading the broker again to see what is gone…"));
    const QStringList filters = m_filters;
    const Plan plan = m_plan;
    m_task = m_connection->runTask<Plan>(
        tr("Deleting retained messages"),
        [filters, plan](mqkit::MqttSession& session, MqttTaskControl&) {
            Plan done = plan;
            mqkit::RetainedClear::execute(session, done, filters, kQuiet, kMaxWait);
            return done;
        },
        this, [this](const Plan& p) { showResult(p); });
}

void RetainedClearDialog::showResult(const Plan& plan) {
    m_plan = plan;
    m_stage = Stage::Done;
    fillTable(plan);
    const auto clearedCount = plan.count(mqkit::PlanOutcome::Applied);
    const auto still = plan.count(mqkit::PlanOutcome::Failed);
    m_status->setText(tr("Cleared %1 of %2 retained messages; %3 still retained.").arg(clearedCount).arg(plan.items().size()).arg(still));
    m_close->setText(tr("Close"));
    emit cleared();
}

void RetainedClearDialog::fillTable(const Plan& plan) {
    m_table->setRowCount(static_cast<int>(plan.items().size()));
    int row = 0;
    for (const auto& item : plan.items()) {
        QString result;
        if (item.outcome == mqkit::PlanOutcome::Applied)
            result = tr("cleared");
        else if (item.outcome == mqkit::PlanOutcome::Failed)
            result = tr("still retained: %1").arg(item.error);
        m_table->setItem(row, 0, new QTableWidgetItem(mqkit::planActionSymbol(item.action) + QLatin1Char(' ') +
                                                      mqkit::planActionName(item.action)));
        m_table->setItem(row, 1, new QTableWidgetItem(item.target));
        m_table->setItem(row, 2, new QTableWidgetItem(result));
        ++row;
    }
}

void RetainedClearDialog::fail(const QString& message) {
    m_stage = Stage::Failed;
    m_confirm->setEnabled(false);
    m_status->setText(tr("Failed: %1").arg(message));
    m_close->setText(tr("Close"));
}
