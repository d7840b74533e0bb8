#pragma once

#include <QWidget>

class QCustomPlot;
class QTimer;

// Messages per second over the last minute. Fed with counts per batch; repaints once a
// second, whatever the message rate.
class RateChart : public QWidget {
    Q_OBJECT
public:
    static constexpr int kWindowSeconds = 60;

    explicit RateChart(QWidget* parent = nullptr);
    void addMessages(qsizetype count) { m_pending += count; }
    int pointCount() const;

private:
    void sample();

    QCustomPlot* m_plot;
    QTimer* m_timer;
    qsizetype m_pending = 0;
    double m_seconds = 0;
};
