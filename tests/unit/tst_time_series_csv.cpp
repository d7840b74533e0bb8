// The charts view's CSV export: series side by side by time, RFC 4180 quoting of series names.

#include "common/TimeSeriesCsv.h"

#include <QTest>

using namespace mqkit;

class TestTimeSeriesCsv : public QObject {
    Q_OBJECT
private slots:
    void seriesShareRowsByTimeAndLeaveGapsEmpty();
    void namesAreQuotedWhenTheyNeedIt();
    void samePointTimeOfOneSeriesTakesTwoRows();
    void noSeriesIsJustTheTimeHeader();
};

void TestTimeSeriesCsv::seriesShareRowsByTimeAndLeaveGapsEmpty() {
    const std::vector<TimeSeries> series{
        {QStringLiteral("a $.t"), {{1000, 21.5}, {3000, 22}}},
        {QStringLiteral("b $.v"), {{1000, -1}, {2000, 1e-7}}},
    };
    QCOMPARE(timeSeriesCsv(series), QByteArray("time,a $.t,b $.v\r\n"
                                                "1970-01-01T00:00:01.000Z,21.5,-1\r\n"
                                                "1970-01-01T00:00:02.000Z,,1e-07\r\n"
                                                "1970-01-01T00:00:03.000Z,22,\r\n"));
}

void TestTimeSeriesCsv::namesAreQuotedWhenTheyNeedIt() {
    const std::vector<TimeSeries> series{{QStringLiteral("s/1 $['a,b']"), {}}, {QStringLiteral("q \"x\""), {}}};
    QCOMPARE(timeSeriesCsv(series), QByteArray("time,\"s/1 $['a,b']\",\"q \"\"x\"\"\"\r\n"));
}

void TestTimeSeriesCsv::samePointTimeOfOneSeriesTakesTwoRows() {
    const std::vector<TimeSeries> series{{QStringLiteral("a"), {{5, 1}, {5, 2}}}, {QStringLiteral("b"), {{5, 3}}}};
    QCOMPARE(timeSeriesCsv(series), QByteArray("time,a,b\r\n"
                                                "1970-01-01T00:00:00.005Z,1,\r\n"
                                                "1970-01-01T00:00:00.005Z,2,3\r\n"));
}

void TestTimeSeriesCsv::noSeriesIsJustTheTimeHeader() {
    QCOMPARE(timeSeriesCsv({}), QByteArray("time\r\n"));
}

QTEST_GUILESS_MAIN(TestTimeSeriesCsv)
#include "tst_time_series_csv.moc"
