#include "views/mqttcharts/MqttChartsView.h"

#include "backend/MqttConnection.h"
#include "common/Error.h"
#include "common/TimeSeriesCsv.h"
#include "mqtt/MqttLimits.h"
#include "mqtt/TopicFilter.h"

#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <cmath>

namespace {

QColor lineColor(int index) {
    static const QColor kColors[] = {QColor(0x1f77b4), QColor(0xd62728), QColor(0x2ca02c), QColor(0xff7f0e),
                                     QColor(0x9467bd), QColor(0x8c564b), QColor(0xe377c2), QColor(0x17becf),
                                     QColor(0xbcbd22), QColor(0x7f7f7f)};
    return kColors[index % static_cast<int>(std::size(kColors))];
}

} // namespace

MqttChartsView::MqttChartsView(MqttConnection* connection, QWidget* parent)
    : QWidget(parent), m_connection(connection), m_plot(new QCustomPlot(this)) {
    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeFormat(QStringLiteral("HH:mm:ss"));
    m_plot->xAxis->setTicker(ticker);
    // Tick labels as fine as the zoom: milliseconds under a few seconds, the date over a day.
    connect(m_plot->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, [ticker](const QCPRange& range) {
        ticker->setDateTimeFormat(range.size() < 5       ? QStringLiteral("HH:mm:ss.zzz")
                                  : range.size() > 86400 ? QStringLiteral("MM-dd HH:mm")
                                                         : QStringLiteral("HH:mm:ss"));
    });
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->legend->setVisible(true);
    m_plot->legend->setBrush(QColor(255, 255, 255, 190)); // the lines show through
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    m_plot->setNoAntialiasingOnDrag(true);
    m_plot->setMinimumHeight(200);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(buildToolbar());
    split->addWidget(m_plot);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 4);
    split->setSizes({300, 900});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    // The user took over the axes: stop following new points until Reset zoom.
    const auto stopFollowing = [this] {
        m_follow = false;
        updateStatus();
    };
    connect(m_plot, &QCustomPlot::mousePress, this, stopFollowing);
    connect(m_plot, &QCustomPlot::mouseWheel, this, stopFollowing);
    connect(connection, &MqttConnection::batchReady, this, &MqttChartsView::applyBatch);
    connect(connection, &MqttConnection::opened, this, &MqttChartsView::clearPoints);
    resetZoom();
    updateStatus();
}

QWidget* MqttChartsView::buildToolbar() {
    auto* side = new QWidget(this);
    m_topicEdit = new QLineEdit(side);
    m_topicEdit->setObjectName(QStringLiteral("chartTopic"));
    m_topicEdit->setPlaceholderText(tr("Topic or filter, e.g. sensors/+/temp"));
    m_pathEdit = new QLineEdit(side);
    m_pathEdit->setObjectName(QStringLiteral("chartPath"));
    m_pathEdit->setPlaceholderText(tr("e.g. $.tempC or $.m[0]"));
    m_pathEdit->setToolTip(tr("The value to chart: a JSON path into each payload; empty or $ for a payload that is a number"));
    m_addButton = new QPushButton(tr("Add series"), side);
    m_formError = new QLabel(side);
    m_formError->setStyleSheet(QStringLiteral("color: #b00020"));
    m_formError->setWordWrap(true);
    m_formError->setVisible(false);
    m_seriesList = new QListWidget(side);
    auto* remove = new QPushButton(tr("Remove series"), side);
    m_pauseButton = new QPushButton(tr("Pause"), side);
    m_pauseButton->setCheckable(true);
    m_resetZoomButton = new QPushButton(tr("Reset zoom"), side);
    m_resetZoomButton->setToolTip(tr("Show all points and follow new ones again (drag to pan, wheel to zoom)"));
    auto* clear = new QPushButton(tr("Clear points"), side);
    auto* png = new QPushButton(tr("Export PNG…"), side);
    auto* csv = new QPushButton(tr("Export CSV…"), side);
    m_status = new QLabel(side);
    m_status->setWordWrap(true);
    m_status->setMinimumHeight(m_status->fontMetrics().lineSpacing() * 2); // no jumping buttons
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto* grid = new QGridLayout;
    grid->addWidget(m_pauseButton, 0, 0);
    grid->addWidget(m_resetZoomButton, 0, 1);
    grid->addWidget(clear, 1, 0);
    grid->addWidget(remove, 1, 1);
    grid->addWidget(png, 2, 0);
    grid->addWidget(csv, 2, 1);
    auto* layout = new QVBoxLayout(side);
    layout->addWidget(new QLabel(tr("Topic"), side));
    layout->addWidget(m_topicEdit);
    layout->addWidget(new QLabel(tr("JSON path"), side));
    layout->addWidget(m_pathEdit);
    layout->addWidget(m_addButton);
    layout->addWidget(m_formError);
    layout->addWidget(new QLabel(tr("Series"), side));
    layout->addWidget(m_seriesList, 1);
    layout->addLayout(grid);
    layout->addWidget(m_status);

    connect(m_addButton, &QPushButton::clicked, this, &MqttChartsView::addSeriesFromForm);
    connect(m_pathEdit, &QLineEdit::returnPressed, this, &MqttChartsView::addSeriesFromForm);
    connect(remove, &QPushButton::clicked, this, &MqttChartsView::removeSelectedSeries);
    connect(m_pauseButton, &QPushButton::toggled, this, &MqttChartsView::setPaused);
    connect(m_resetZoomButton, &QPushButton::clicked, this, &MqttChartsView::resetZoom);
    connect(clear, &QPushButton::clicked, this, &MqttChartsView::clearPoints);
    connect(png, &QPushButton::clicked, this, [this] { saveAs(true); });
    connect(csv, &QPushButton::clicked, this, [this] { saveAs(false); });
    return side;
}

QString MqttChartsView::formError() const {
    return m_formError->text();
}

bool MqttChartsView::addSeriesFromForm() {
    const QString filter = m_topicEdit->text().trimmed();
    const QString pathText = m_pathEdit->text().trimmed().isEmpty() ? QStringLiteral("$") : m_pathEdit->text().trimmed();
    try {
        mqkit::checkTopicFilter(filter);
        mqkit::JsonPath path = mqkit::JsonPath::parse(pathText);
        for (const Series& s : m_series)
            if (s.filter == filter && s.path.expression() == pathText)
                throw mqkit::Error(mqkit::ErrorKind::Usage, tr("%1 %2 is already on the chart").arg(filter, pathText));
        m_series.push_back(Series{filter, std::move(path), {}, false});
    } catch (const mqkit::Error& e) {
        m_formError->setText(e.message());
        m_formError->setVisible(true);
        return false;
    }
    m_formError->clear();
    m_formError->setVisible(false);
    m_topicEdit->clear();
    refreshSeriesList();
    updateStatus();
    return true;
}

QCPGraph* MqttChartsView::lineFor(Series& series, const QString& topic) {
    if (QCPGraph* line = series.lines.value(topic))
        return line;
    if (series.lines.size() >= kMaxLinesPerSeries) {
        series.full = true;
        return nullptr;
    }
    QCPGraph* line = m_plot->addGraph();
    line->setName(topic + QLatin1Char(' ') + series.path.expression());
    line->setPen(QPen(lineColor(m_colorIndex++), 1.5));
    line->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 4));
    series.lines.insert(topic, line);
    m_plot->legend->setVisible(true);
    refreshSeriesList();
    return line;
}

// One pass over the batch, then each line takes its new points at once and the plot redraws once.
void MqttChartsView::applyBatch(const MqttBatchPtr& batch) {
    if (m_paused || m_series.empty())
        return;
    QHash<QCPGraph*, QVector<QCPGraphData>> fresh;
    for (const mqkit::MqttMessage& m : *batch) {
        for (Series& series : m_series) {
            if (!mqkit::topicMatchesFilter(m.topic, series.filter))
                continue;
            const std::optional<double> value = series.path.number(m.payload);
            if (!value || !std::isfinite(*value))
                continue;
            if (QCPGraph* line = lineFor(series, m.topic))
                fresh[line].append(QCPGraphData(static_cast<double>(m.receivedAtMs) / 1000.0, *value));
        }
    }
    if (fresh.isEmpty())
        return;
    for (auto it = fresh.begin(); it != fresh.end(); ++it) {
        auto points = it.key()->data();
        points->add(it.value()); // sorted by time on the way in
        if (points->size() > kMaxPointsPerLine)
            points->removeBefore((points->constBegin() + (points->size() - kMaxPointsPerLine))->key);
    }
    if (m_follow)
        resetZoom();
    else
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    updateStatus();
}

// All points with a margin, and follow new ones again; an empty plot shows the last minute.
void MqttChartsView::resetZoom() {
    m_follow = true;
    m_plot->legend->setVisible(m_plot->graphCount() > 0);
    bool anyPoints = false;
    for (int i = 0; i < m_plot->graphCount() && !anyPoints; ++i)
        anyPoints = m_plot->graph(i)->dataCount() > 0;
    if (!anyPoints) {
        const double now = static_cast<double>(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
        m_plot->xAxis->setRange(now - 60, now);
        m_plot->yAxis->setRange(0, 1);
        m_plot->replot(QCustomPlot::rpQueuedReplot);
        return updateStatus();
    }
    m_plot->rescaleAxes();
    const QCPRange y = m_plot->yAxis->range();
    if (y.size() < 1e-9) // a constant value: give it some room
        m_plot->yAxis->setRange(y.lower - 1, y.upper + 1);
    else
        m_plot->yAxis->scaleRange(1.1);
    const QCPRange x = m_plot->xAxis->range();
    if (x.size() < 1)
        m_plot->xAxis->setRange(x.lower - 5, x.upper + 5);
    else
        m_plot->xAxis->setRange(x.lower - x.size() * 0.02, x.upper + x.size() * 0.02);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    updateStatus();
}

void MqttChartsView::setPaused(bool paused) {
    m_paused = paused;
    m_pauseButton->setText(paused ? tr("Resume") : tr("Pause"));
    updateStatus();
}

void MqttChartsView::clearPoints() {
    m_plot->clearGraphs();
    for (Series& s : m_series) {
        s.lines.clear();
        s.full = false;
    }
    m_colorIndex = 0;
    refreshSeriesList();
    resetZoom();
    updateStatus();
}

void MqttChartsView::removeSelectedSeries() {
    const int row = m_seriesList->currentRow();
    if (row < 0 || row >= static_cast<int>(m_series.size()))
        return;
    for (QCPGraph* line : std::as_const(m_series[static_cast<std::size_t>(row)].lines))
        m_plot->removeGraph(line);
    m_series.erase(m_series.begin() + row);
    refreshSeriesList();
    resetZoom();
    updateStatus();
}

void MqttChartsView::refreshSeriesList() {
    const int current = m_seriesList->currentRow();
    m_seriesList->clear();
    for (const Series& s : m_series) {
        QString text = s.filter + QLatin1Char(' ') + s.path.expression();
        if (s.filter.contains(QLatin1Char('+')) || s.filter.contains(QLatin1Char('#')))
            text += s.full ? tr(" (%1 topics, more left out)").arg(s.lines.size()) : tr(" (%n topic(s))", nullptr, static_cast<int>(s.lines.size()));
        m_seriesList->addItem(text);
    }
    m_seriesList->setCurrentRow(std::min(current, m_seriesList->count() - 1));
}

void MqttChartsView::updateStatus() {
    qsizetype points = 0;
    for (int i = 0; i < m_plot->graphCount(); ++i)
        points += m_plot->graph(i)->dataCount();
    QString text = m_series.empty() ? tr("Add a topic and a JSON path to chart their values.")
                                    : tr("%n line(s), ", nullptr, m_plot->graphCount()) +
                                          tr("%n point(s)", nullptr, static_cast<int>(points));
    if (m_paused)
        text += tr(" · paused");
    if (!m_follow)
        text += tr(" · zoomed: Reset zoom follows new points again");
    m_status->setText(text);
}

QStringList MqttChartsView::lineNames() const {
    QStringList names;
    for (int i = 0; i < m_plot->graphCount(); ++i)
        names << m_plot->graph(i)->name();
    return names;
}

std::vector<double> MqttChartsView::values(const QString& lineName) const {
    std::vector<double> out;
    for (int i = 0; i < m_plot->graphCount(); ++i) {
        if (m_plot->graph(i)->name() != lineName)
            continue;
        for (auto it = m_plot->graph(i)->data()->constBegin(); it != m_plot->graph(i)->data()->constEnd(); ++it)
            out.push_back(it->value);
        break;
    }
    return out;
}

bool MqttChartsView::exportPng(const QString& path) const {
    return m_plot->savePng(path); // at the size shown
}

bool MqttChartsView::exportCsv(const QString& path) const {
    std::vector<mqkit::TimeSeries> series;
    for (int i = 0; i < m_plot->graphCount(); ++i) {
        mqkit::TimeSeries s{m_plot->graph(i)->name(), {}};
        for (auto it = m_plot->graph(i)->data()->constBegin(); it != m_plot->graph(i)->data()->constEnd(); ++it)
            s.points.emplace_back(std::llround(it->key * 1000.0), it->value);
        series.push_back(std::move(s));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(mqkit::timeSeriesCsv(series));
    return file.commit();
}

void MqttChartsView::saveAs(bool png) {
    const QString path = QFileDialog::getSaveFileName(this, png ? tr("Export chart as PNG") : tr("Export chart as CSV"),
                                                      png ? QStringLiteral("chart.png") : QStringLiteral("chart.csv"),
                                                      png ? tr("PNG images (*.png)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const bool ok = png ? exportPng(path) : exportCsv(path);
    m_status->setText(ok ? tr("Saved %1").arg(path) : tr("Could not write %1").arg(path));
}
