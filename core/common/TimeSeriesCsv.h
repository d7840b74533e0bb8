#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <utility>
#include <vector>

namespace mqkit {

// One named series of values over time (a chart's line), oldest first.
struct TimeSeries {
    QString name;
    std::vector<std::pair<std::int64_t, double>> points; // Unix ms, value
};

// The series side by side as CSV (RFC 4180, "\r\n" line ends): a header "time,<name>,...", then
// one row per point time in order, the time as ISO-8601 UTC with ms and each series' value at
// that time or an empty cell. Two points of one series at the same ms take two rows.
QByteArray timeSeriesCsv(const std::vector<TimeSeries>& series);

} // namespace mqkit
