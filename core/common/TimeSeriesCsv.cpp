#include "common/TimeSeriesCsv.h"

#include "common/JsonWriter.h"

#include <QLocale>

#include <algorithm>
#include <optional>

namespace mqkit {

namespace {

QByteArray csvField(const QString& text) {
    QByteArray bytes = text.toUtf8();
    if (!bytes.contains(',') && !bytes.contains('"') && !bytes.contains('\n') && !bytes.contains('\r'))
        return bytes;
    bytes.replace("\"", "\"\"");
    return '"' + bytes + '"';
}

struct Point {
    std::int64_t timeMs;
    std::size_t series;
    double value;
};

void appendRow(QByteArray& out, std::int64_t timeMs, const std::vector<std::optional<double>>& cells) {
    out += isoTimeUtc(timeMs).toUtf8();
    for (const auto& cell : cells) {
        out += ',';
        if (cell)
            out += QByteArray::number(*cell, 'g', QLocale::FloatingPointShortest);
    }
    out += "\r\n";
}

} // namespace

QByteArray timeSeriesCsv(const std::vector<TimeSeries>& series) {
    QByteArray out = "time";
    std::vector<Point> points;
    for (std::size_t i = 0; i < series.size(); ++i) {
        out += ',' + csvField(series[i].name);
        for (const auto& [timeMs, value] : series[i].points)
            points.push_back({timeMs, i, value});
    }
    out += "\r\n";
    std::stable_sort(points.begin(), points.end(), [](const Point& a, const Point& b) { return a.timeMs < b.timeMs; });
    std::vector<std::optional<double>> cells(series.size());
    std::optional<std::int64_t> rowTime;
    for (const Point& p : points) {
        if (rowTime && (*rowTime != p.timeMs || cells[p.series])) {
            appendRow(out, *rowTime, cells);
            std::fill(cells.begin(), cells.end(), std::nullopt);
        }
        rowTime = p.timeMs;
        cells[p.series] = p.value;
    }
    if (rowTime)
        appendRow(out, *rowTime, cells);
    return out;
}

} // namespace mqkit
