#pragma once

#include <QWidget>

#include <cstdint>
#include <utility>
#include <vector>

class QCustomPlot;

// A numeric value over time (the JSON path of a topic's payloads), at most kMaxPoints points.
// Replots are queued, so many points added in one batch cost one repaint.
class ValueChart : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMaxPoints = 2000;

    explicit ValueChart(QWidget* parent = nullptr);
    void clear();
    void addPoint(std::int64_t timeMs, double value);
    // Replaces every point at once (a series read from a store): one rescale, one repaint.
    void setPoints(const std::vector<std::pair<std::int64_t, double>>& points);
    // For counts and rates: the value axis starts at 0 and spans at least 0..10.
    void setNonNegative(bool on) { m_nonNegative = on; }
    int pointCount() const;
    double lastValue() const; // NaN if empty

private:
    void rescale();
    QCustomPlot* m_plot;
    bool m_nonNegative = false;
};
