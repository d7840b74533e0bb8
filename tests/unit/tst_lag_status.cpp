#include "TestSupport.h"
#include "lag/LagHistory.h"
#include "lag/LagStatus.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mqkit;

namespace {

// One sample per (committed, lag) pair, 1 s apart.
std::vector<LagSample> samples(const std::vector<std::pair<std::optional<qint64>, std::optional<qint64>>>& points,
                               int members = 0) {
    std::vector<LagSample> out;
    std::int64_t t = 1'700'000'000'000;
    for (const auto& [committed, lag] : points) {
        LagSample s;
        s.takenAtMs = t;
        s.committed = committed;
        s.lag = lag;
        s.logEnd = committed && lag ? *committed + *lag : -1;
        s.members = members;
        out.push_back(s);
        t += 1000;
    }
    return out;
}

LagReport report(std::int64_t at, const QString& group, std::int64_t committed, std::int64_t logEnd, int members = 0) {
    LagReport r;
    r.takenAtMs = at;
    GroupLag g;
    g.groupId = group;
    g.members = members;
    PartitionLag p;
    p.topic = QStringLiteral("t");
    p.partition = 0;
    p.committed = committed;
    p.logStart = 0;
    p.logEnd = logEnd;
    p.lag = logEnd - committed;
    g.totalLag = *p.lag;
    g.partitions.push_back(p);
    r.groups.push_back(g);
    return r;
}

} // namespace

Q_DECLARE_METATYPE(LagStatus)

class TstLagStatus : public QObject {
    Q_OBJECT
private slots:
    void rulesGiveTheDocumentedStatus_data();
    void rulesGiveTheDocumentedStatus();
    void historyKeepsSamplesAndJudgesTheWindow();
    void groupStatusIsTheWorstPartition();
};

void TstLagStatus::rulesGiveTheDocumentedStatus_data() {
    QTest::addColumn<std::vector<LagSample>>("window");
    QTest::addColumn<LagStatus>("expected");
    QTest::newRow("idle partition with zero lag is never STOP") << samples({{10, 0}, {10, 0}, {10, 0}}) << LagStatus::Ok;
    QTest::newRow("nobody consuming, lag stays") << samples({{10, 5}, {10, 5}, {10, 7}}) << LagStatus::Stop;
    QTest::newRow("members present but stuck") << samples({{10, 5}, {10, 6}, {10, 9}}, 2) << LagStatus::Stall;
    QTest::newRow("offset went back") << samples({{10, 5}, {4, 11}, {5, 10}}) << LagStatus::Rewind;
    QTest::newRow("consuming but falling behind") << samples({{10, 5}, {12, 8}, {14, 20}}, 1) << LagStatus::Warn;
    QTest::newRow("consuming and keeping up") << samples({{10, 5}, {14, 3}, {19, 4}}, 1) << LagStatus::Ok;
    QTest::newRow("one sample is not a trend") << samples({{10, 500}}) << LagStatus::Ok;
    QTest::newRow("no committed offset") << samples({{std::nullopt, std::nullopt}, {std::nullopt, std::nullopt}})
                                         << LagStatus::Ok;
    QTest::newRow("caught up now after a stall") << samples({{10, 5}, {10, 5}, {15, 0}}) << LagStatus::Ok;
    auto failed = samples({{10, 5}, {10, 5}});
    failed.back().error = true;
    QTest::newRow("unreadable newest sample") << failed << LagStatus::Err;
}

void TstLagStatus::rulesGiveTheDocumentedStatus() {
    QFETCH(std::vector<LagSample>, window);
    QFETCH(LagStatus, expected);
    const LagVerdict v = evaluatePartition(window);
    QCOMPARE(lagStatusName(v.status), lagStatusName(expected));
    QVERIFY(!v.reason.isEmpty());
}

void TstLagStatus::historyKeepsSamplesAndJudgesTheWindow() {
    QTemporaryDir dir;
    LagHistory history(dir.filePath("lag.db"));
    const std::int64_t t0 = 1'700'000'000'000;
    history.append(report(t0, "g", 10, 20));
    history.append(report(t0 + 1000, "g", 10, 25));
    const LagReport last = report(t0 + 2000, "g", 10, 30);
    history.append(last);
    const auto window = history.window("g", {"t", 0}, 10);
    QCOMPARE(window.size(), 3u);
    QCOMPARE(window.front().takenAtMs, t0); // oldest first
    QCOMPARE(*window.back().lag, 20);
    QCOMPARE(lagStatusName(history.evaluate(last, 10).front().verdict.status), QStringLiteral("STOP"));
    // A window of 2 sees only the last two samples.
    QCOMPARE(history.window("g", {"t", 0}, 2).front().takenAtMs, t0 + 1000);
    const auto series = history.totalLagSeries("g", t0 + 500);
    QCOMPARE(series.size(), 2u);
    QCOMPARE(series.back().second, 20);
    // Per topic (the GUI's topic chart): the group's only topic gives the same series, another none.
    QCOMPARE(history.topicLagSeries("g", "t", t0 + 500), series);
    QVERIFY(history.topicLagSeries("g", "other", 0).empty());

    // Reopening the file keeps everything (the GUI charts from it).
    LagHistory reopened(dir.filePath("lag.db"));
    QCOMPARE(reopened.window("g", {"t", 0}, 10).size(), 3u);
    // Pruning forgets only the samples before the time given.
    QCOMPARE(reopened.prune(t0 + 500), 1);
    QCOMPARE(reopened.window("g", {"t", 0}, 10).front().takenAtMs, t0 + 1000);
}

void TstLagStatus::groupStatusIsTheWorstPartition() {
    QTemporaryDir dir;
    LagHistory history(dir.filePath("lag.db"));
    const std::int64_t t0 = 1'700'000'000'000;
    for (int i = 0; i < 3; ++i) {
        LagReport r = report(t0 + i * 1000, "g", 10, 10); // partition 0: caught up
        PartitionLag stuck = r.groups[0].partitions[0];
        stuck.partition = 1;
        stuck.committed = 3;
        stuck.lag = 7;
        r.groups[0].partitions.push_back(stuck);
        history.append(r);
        if (i == 2) {
            const GroupVerdict g = history.evaluate(r, 10).front();
            QCOMPARE(lagStatusName(g.verdict.status), QStringLiteral("STOP"));
            QVERIFY2(g.verdict.reason.startsWith("t:1 "), qPrintable(g.verdict.reason));
            QCOMPARE(lagStatusName(g.partitions[0].verdict.status), QStringLiteral("OK"));
        }
    }
}

QTEST_GUILESS_MAIN(TstLagStatus)
#include "tst_lag_status.moc"
