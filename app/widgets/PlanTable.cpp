#include "widgets/PlanTable.h"

#include <QHeaderView>

using namespace mqkit;

PlanTable::PlanTable(QWidget* parent) : QTableWidget(parent) {
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    setWordWrap(false);
}

QColor PlanTable::colorFor(PlanAction action, const QPalette& palette) {
    switch (action) {
    case PlanAction::Create:
        return QColor(0x2e, 0x9d, 0x3e);
    case PlanAction::Update:
        return QColor(0xc7, 0x7c, 0x02);
    case PlanAction::Delete:
        return QColor(0xd3, 0x2f, 0x2f);
    case PlanAction::Keep:
        break;
    }
    return palette.color(QPalette::Disabled, QPalette::Text);
}

void PlanTable::showPlan(const Plan& plan, const std::vector<PlanColumn>& columns, bool withResults) {
    std::vector<PlanColumn> cols = columns;
    if (withResults)
        cols.push_back({tr("RESULT"), [](const PlanItem& i) {
                            return i.error.isEmpty() ? planOutcomeName(i.outcome)
                                                     : QStringLiteral("%1: %2").arg(planOutcomeName(i.outcome), i.error);
                        }});
    const QStringList headers = plan.headers(cols);
    const std::vector<QStringList> rows = plan.rows(cols);
    clear();
    setColumnCount(static_cast<int>(headers.size()));
    setHorizontalHeaderLabels(headers);
    setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
        const PlanItem& item = plan.items()[static_cast<std::size_t>(r)];
        const QColor color = colorFor(item.action, palette());
        for (int c = 0; c < static_cast<int>(rows[static_cast<std::size_t>(r)].size()); ++c) {
            auto* cell = new QTableWidgetItem(rows[static_cast<std::size_t>(r)][c]);
            cell->setForeground(color);
            cell->setToolTip(cell->text());
            if (withResults && c == columnCount() - 1 && item.outcome == PlanOutcome::Failed)
                cell->setForeground(colorFor(PlanAction::Delete, palette()));
            setItem(r, c, cell);
        }
    }
    resizeColumnsToContents();
}

int PlanTable::columnOf(const QString& header) const {
    for (int c = 0; c < columnCount(); ++c)
        if (horizontalHeaderItem(c) && horizontalHeaderItem(c)->text() == header)
            return c;
    return -1;
}
