#include "charts/RateChart.h"

#include <QTimer>
#include <QVBoxLayout>
#include <qcustomplot.h>

RateChart::RateChart(QWidget* parent) : QWidget(parent), m_plot(new QCustomPlot(this)), m_timer(new QTimer(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->addGraph();
    m_plot->xAxis->setLabel(tr("seconds"));
    m_plot->yAxis->setLabel(tr("messages/s"));
    m_plot->setMinimumHeight(140);
    connect(m_timer, &QTimer::timeout, this, &RateChart::sample);
    m_timer->start(1000);
}

int RateChart::pointCount() const {
    return m_plot->graph(0)->dataCount();
}

void RateChart::sample() {
    m_seconds += 1.0;
    auto* graph = m_plot->graph(0);
    graph->addData(m_seconds, static_cast<double>(m_pending));
    m_pending = 0;
    graph->data()->removeBefore(m_seconds - kWindowSeconds);
    m_plot->xAxis->setRange(std::max(0.0, m_seconds - kWindowSeconds), std::max(static_cast<double>(kWindowSeconds), m_seconds));
    bool found = false;
    const QCPRange values = graph->getValueRange(found);
    m_plot->yAxis->setRange(0, found ? std::max(10.0, values.upper * 1.2) : 10.0);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}
