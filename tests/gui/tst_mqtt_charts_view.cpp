// The charts view (app/views/mqttcharts) driven as a user would: series added from the form are
// fed by what the rig's Mosquitto delivers; pause, CSV and PNG export.

#include "TestSupport.h"
#include "backend/MqttConnection.h"
#include "views/mqttcharts/MqttChartsView.h"

#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mqkit;

namespace {

bool batchHasPayload(const QSignalSpy& spy, const QString& topic, const QByteArray& payload) {
    for (const auto& args : spy)
        for (const MqttMessage& m : *args.at(0).value<MqttBatchPtr>())
            if (m.topic == topic && m.payload == payload)
                return true;
    return false;
}

void addSeries(MqttChartsView& view, const QString& topic, const QString& path) {
    QTest::keyClicks(view.seriesTopicEdit(), topic);
    view.seriesPathEdit()->clear();
    QTest::keyClicks(view.seriesPathEdit(), path);
    QTest::mouseClick(view.addSeriesButton(), Qt::LeftButton);
}

// The values of one CSV column (1-based after time), skipping empty cells.
std::vector<double> csvColumn(const QByteArray& csv, int column) {
    std::vector<double> values;
    const QList<QByteArray> rows = csv.trimmed().split('\n');
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QList<QByteArray> cells = rows[i].trimmed().split(',');
        if (column < cells.size() && !cells[column].isEmpty())
            values.push_back(cells[column].toDouble());
    }
    return values;
}

} // namespace

class TestMqttChartsView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void seriesFromTwoTopicsPauseAndExport();
    void formRefusesBadFilterAndPath();

private:
    QTemporaryDir m_dir;
};

void TestMqttChartsView::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    qputenv("MQKIT_DATA_DIR", m_dir.path().toUtf8());
}

void TestMqttChartsView::seriesFromTwoTopicsPauseAndExport() {
    const QString base = uniqueName("gui-chart");
    MqttConnectOptions o;
    o.url = BrokerUrl::parse(rigMqttPlainUrl());
    MqttConnection connection;
    QSignalSpy connected(&connection, &MqttConnection::connected);
    MqttChartsView view(&connection);
    view.resize(1000, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy batches(&connection, &MqttConnection::batchReady); // after the view's own slot
    connection.open(o, {base + "/#"});
    QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 10000);

    addSeries(view, base + "/a", "$.t");       // one topic
    addSeries(view, base + "/b/+", "$.m[1]");  // a filter: one line per matching topic
    QVERIFY2(view.formError().isEmpty(), qPrintable(view.formError()));

    MqttSession pub(o);
    pub.connect();
    pub.publish(base + "/a", R"({"t": 21.5})", 1, false);
    pub.publish(base + "/b/x", R"({"m": [0, 10]})", 1, false);
    pub.publish(base + "/a", R"({"t": "22.25"})", 1, false);
    pub.publish(base + "/b/x", R"({"m": [0, -3e2]})", 1, false);
    pub.publish(base + "/a", "not json", 1, false); // no point
    const QString lineA = base + "/a $.t";
    const QString lineB = base + "/b/x $.m[1]";
    QTRY_VERIFY_WITH_TIMEOUT(view.values(lineB) == (std::vector<double>{10, -300}), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(batchHasPayload(batches, base + "/a", "not json"), 10000);
    QVERIFY(view.values(lineA) == (std::vector<double>{21.5, 22.25}));
    QCOMPARE(view.lineNames(), (QStringList{lineA, lineB}));

    QTest::mouseClick(view.pauseButton(), Qt::LeftButton);
    QVERIFY(view.isPaused());
    QCOMPARE(view.pauseButton()->text(), QString("Resume"));
    pub.publish(base + "/a", R"({"t": 99})", 1, false);
    QTRY_VERIFY_WITH_TIMEOUT(batchHasPayload(batches, base + "/a", R"({"t": 99})"), 10000);
    QVERIFY(view.values(lineA) == (std::vector<double>{21.5, 22.25})); // delivered, not charted
    QTest::mouseClick(view.pauseButton(), Qt::LeftButton);
    pub.publish(base + "/a", R"({"t": 23})", 1, false);
    QTRY_VERIFY_WITH_TIMEOUT(view.values(lineA) == (std::vector<double>{21.5, 22.25, 23}), 10000);

    const QString csvPath = m_dir.filePath("chart.csv");
    QVERIFY(view.exportCsv(csvPath));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray text = csv.readAll();
    QCOMPARE(text.left(text.indexOf('\r')), ("time," + lineA + "," + lineB).toUtf8());
    QVERIFY(csvColumn(text, 1) == (std::vector<double>{21.5, 22.25, 23}));
    QVERIFY(csvColumn(text, 2) == (std::vector<double>{10, -300}));

    const QString pngPath = m_dir.filePath("chart.png");
    QVERIFY(view.exportPng(pngPath));
    const QImage image(pngPath);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 100 && image.height() > 100);
    pub.disconnect();
}

void TestMqttChartsView::formRefusesBadFilterAndPath() {
    MqttConnection connection;
    MqttChartsView view(&connection);
    addSeries(view, "a/#/b", "$.t");
    QVERIFY2(view.formError().contains("'#'"), qPrintable(view.formError()));
    view.seriesTopicEdit()->clear();
    addSeries(view, "a/b", "t");
    QVERIFY2(view.formError().contains("bad JSON path"), qPrintable(view.formError()));
    QVERIFY(view.lineNames().isEmpty());
}

QTEST_MAIN(TestMqttChartsView)
#include "tst_mqtt_charts_view.moc"
