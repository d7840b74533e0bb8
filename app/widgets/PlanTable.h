#pragma once

#include "common/Plan.h"

#include <QTableWidget>

#include <vector>

// A plan (core/common/Plan.h) as a table: the columns the CLI prints, each row coloured by its
// action (+ create green, ~ update amber, - delete red, = keep grey) and, once applied, a RESULT
// column with each item's outcome. Every view that plans (provisioning, copy, resets) shows it here.
class PlanTable : public QTableWidget {
    Q_OBJECT
public:
    explicit PlanTable(QWidget* parent = nullptr);

    void showPlan(const mqkit::Plan& plan, const std::vector<mqkit::PlanColumn>& columns = mqkit::Plan::defaultColumns(),
                  bool withResults = false);
    // The column of a header ("TARGET"), -1 when absent: for tests and callers reading cells.
    int columnOf(const QString& header) const;
    static QColor colorFor(mqkit::PlanAction action, const QPalette& palette);
};
