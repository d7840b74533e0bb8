#include "charts/ValueChart.h"

#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <limits>

ValueChart::ValueChart(QWidget* parent) : QWidget(parent), m_plot(new QCustomPlot(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->addGraph();
    m_plot->graph(0)->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 4));
    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeFormat(QStringLiteral("HH:mm:ss"));
    m_plot->xAxis->setTicker(ticker);
    m_plot->setMinimumHeight(120);
}

void ValueChart::clear() {
    m_plot->graph(0)->data()->clear();
    rescale();
}

void ValueChart::addPoint(std::int64_t timeMs, double value) {
    auto points = m_plot->graph(0)->data();
    points->add(QCPGraphData(static_cast<double>(timeMs) / 1000.0, value));
    if (points->size() > kMaxPoints)
        points->removeBefore((points->constBegin() + (points->size() - kMaxPoints))->key);
    rescale();
}

void ValueChart::setPoints(const std::vector<std::pair<std::int64_t, double>>& points) {
    const size_t first = points.size() > static_cast<size_t>(kMaxPoints) ? points.size() - kMaxPoints : 0;
    QVector<QCPGraphData> graphData;
    graphData.reserve(static_cast<qsizetype>(points.size() - first));
    for (size_t i = first; i < points.size(); ++i)
        graphData.append(QCPGraphData(static_cast<double>(points[i].first) / 1000.0, points[i].second));
    m_plot->graph(0)->data()->set(graphData, true);
    rescale();
}

int ValueChart::pointCount() const {
    return m_plot->graph(0)->dataCount();
}

double ValueChart::lastValue() const {
    const auto points = m_plot->graph(0)->data();
    return points->isEmpty() ? std::numeric_limits<double>::quiet_NaN() : (points->constEnd() - 1)->value;
}

void ValueChart::rescale() {
    m_plot->rescaleAxes();
    const QCPRange y = m_plot->yAxis->range();
    if (y.size() < 1e-9) // a constant value: give it some room
        m_plot->yAxis->setRange(y.lower - 1, y.upper + 1);
    if (m_nonNegative) {
        bool found = false;
        const QCPRange values = m_plot->graph(0)->getValueRange(found);
        m_plot->yAxis->setRange(0, found ? std::max(10.0, values.upper * 1.1) : 10.0);
    }
    const QCPRange x = m_plot->xAxis->range();
    if (x.size() < 1)
        m_plot->xAxis->setRange(x.lower - 5, x.upper + 5);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}
