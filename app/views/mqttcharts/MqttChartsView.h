#pragma once

#include "backend/BackendTypes.h"
#include "mqtt/PayloadView.h"

#include <QHash>
#include <QWidget>

#include <vector>

class MqttConnection;
class QCPGraph;
class QCustomPlot;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

// Charts of an MQTT connection: several series on one plot, each the numbers a JSON path selects
// (core's JsonPath, as the payload pane's chart) from the payloads of a topic, or of every topic a
// filter matches (one line per topic). Fed from MqttConnection::batchReady, so a series sees what
// the connection subscribes to. Pause stops adding points; the mouse zooms and pans (the view then
// stops following new points until Reset zoom); export as PNG and CSV. Memory stays bounded: at
// most kMaxPointsPerLine points per line, kMaxLinesPerSeries lines per filter.
class MqttChartsView : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMaxPointsPerLine = 100000;
    static constexpr int kMaxLinesPerSeries = 20;

    explicit MqttChartsView(MqttConnection* connection, QWidget* parent = nullptr);

    QLineEdit* seriesTopicEdit() const { return m_topicEdit; }
    QLineEdit* seriesPathEdit() const { return m_pathEdit; }
    QPushButton* addSeriesButton() const { return m_addButton; }
    QPushButton* pauseButton() const { return m_pauseButton; }
    QPushButton* resetZoomButton() const { return m_resetZoomButton; }
    QCustomPlot* plot() const { return m_plot; }
    QString formError() const;

    // The lines on the plot ("topic $.path") and the values of one of them, oldest first.
    QStringList lineNames() const;
    std::vector<double> values(const QString& lineName) const;
    bool isPaused() const { return m_paused; }

    // Adds a series from the form (what the Add button does); false with formError() when refused.
    bool addSeriesFromForm();
    bool exportPng(const QString& path) const;
    bool exportCsv(const QString& path) const; // the columns of core's timeSeriesCsv

public slots:
    void applyBatch(const MqttBatchPtr& batch);

private:
    struct Series {
        QString filter;
        mqkit::JsonPath path;
        QHash<QString, QCPGraph*> lines; // by topic
        bool full = false;               // kMaxLinesPerSeries reached: more topics are left out
    };
    QWidget* buildToolbar();
    QCPGraph* lineFor(Series& series, const QString& topic);
    void removeSelectedSeries();
    void clearPoints();
    void setPaused(bool paused);
    void resetZoom();
    void refreshSeriesList();
    void updateStatus();
    void saveAs(bool png);

    MqttConnection* m_connection;
    QLineEdit* m_topicEdit = nullptr;
    QLineEdit* m_pathEdit = nullptr;
    QPushButton* m_addButton = nullptr;
    QLabel* m_formError = nullptr;
    QListWidget* m_seriesList = nullptr;
    QPushButton* m_pauseButton = nullptr;
    QPushButton* m_resetZoomButton = nullptr;
    QLabel* m_status = nullptr;
    QCustomPlot* m_plot = nullptr;
    std::vector<Series> m_series;
    bool m_paused = false;
    bool m_follow = true; // rescale to the newest points until the user zooms or pans
    int m_colorIndex = 0;
};
