// The verifier's analysis (DeliveryCheck) on in-memory arrivals: gaps against the simulator's
// summary or between the first and last seq seen, duplicates, reordering within a partition,
// boots the summary does not name, latency percentiles; the telemetry parser; and what the
// simulator writes for it (payload padding, the summary file round trip, template checks).

#include "TestSupport.h"
#include "common/Error.h"
#include "sim/DeviceFleet.h"
#include "sim/FleetSummary.h"
#include "verify/DeliveryCheck.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace mqkit;

namespace {

TelemetryArrival arrival(const QString& device, const QString& boot, std::int64_t seq, int partition = 0,
                         std::int64_t sentAt = -1, std::int64_t arrivedAt = -1) {
    TelemetryArrival a;
    a.deviceId = device;
    a.bootId = boot;
    a.seq = seq;
    a.partition = partition;
    a.sentAtMs = sentAt;
    a.arrivedAtMs = arrivedAt;
    return a;
}

void addSeqs(DeliveryCheck& check, const QString& device, const QString& boot, const std::vector<std::int64_t>& seqs,
             int partition = 0) {
    for (const std::int64_t s : seqs)
        check.add(arrival(device, boot, s, partition));
}

FleetSummary summaryOf(std::vector<FleetDevice> devices) {
    FleetSummary s;
    s.topicTemplate = QStringLiteral("t/{tenant}/d/{deviceId}/telemetry");
    s.devices = std::move(devices);
    for (const auto& d : s.devices)
        for (const auto& b : d.boots)
            s.sent += b.count;
    return s;
}

} // namespace

class TestDeliveryCheck : public QObject {
    Q_OBJECT

private slots:
    void everythingOnceInOrderIsOk() {
        DeliveryCheck check;
        addSeqs(check, "d1", "b1", {1, 2, 3, 4});
        addSeqs(check, "d2", "b1", {1, 2});
        const DeliveryReport r = check.report();
        QVERIFY(r.ok());
        QCOMPARE(r.devices, std::int64_t(2));
        QCOMPARE(r.received, std::int64_t(6));
        QCOMPARE(r.unique, std::int64_t(6));
        QCOMPARE(r.missing, std::int64_t(0));
        QCOMPARE(r.duplicates, std::int64_t(0));
    }

    void withoutSummaryGapsBetweenFirstAndLastSeenAreMissing() {
        DeliveryCheck check;
        addSeqs(check, "d1", "b1", {3, 4, 7, 8, 10});
        const DeliveryReport r = check.report();
        QVERIFY(!r.ok());
        QCOMPARE(r.missing, std::int64_t(3));
        QCOMPARE(r.boots.size(), std::size_t(1));
        QCOMPARE(r.boots[0].expectedFirst, std::int64_t(3));
        QCOMPARE(r.boots[0].expectedLast, std::int64_t(10));
        QCOMPARE(r.boots[0].missingRanges, (std::vector<SeqRange>{{5, 6}, {9, 9}}));
    }

    void againstTheSummaryTheEndsAndWholeBootsCountToo() {
        DeliveryCheck check;
        check.expect(summaryOf({FleetDevice{"d1", "t1", "x", {FleetBoot{"b1", 1, 5, 5}, FleetBoot{"b2", 1, 3, 3}}},
                                FleetDevice{"d2", "t1", "y", {FleetBoot{"b9", 1, 2, 2}}}}));
        addSeqs(check, "d1", "b1", {2, 3, 4}); // 1 and 5 lost at the ends
        addSeqs(check, "d1", "b2", {1, 2, 3});
        // d2/b9 never arrived
        const DeliveryReport r = check.report();
        QVERIFY(!r.ok());
        QCOMPARE(r.expected, std::int64_t(10));
        QCOMPARE(r.missing, std::int64_t(4));
        QCOMPARE(r.boots.size(), std::size_t(3));
        QCOMPARE(r.boots[0].missingRanges, (std::vector<SeqRange>{{1, 1}, {5, 5}}));
        QVERIFY(r.boots[1].ok());
        QCOMPARE(r.boots[2].missingRanges, (std::vector<SeqRange>{{1, 2}}));
        QCOMPARE(r.bootsWithProblems, std::int64_t(2));
    }

    void duplicatesAreCountedButDoNotFail() {
        DeliveryCheck check;
        addSeqs(check, "d1", "b1", {1, 2, 3, 2, 3, 4}); // a redelivery after a restart
        const DeliveryReport r = check.report();
        QVERIFY(r.ok());
        QCOMPARE(r.duplicates, std::int64_t(2));
        QCOMPARE(r.outOfOrder, std::int64_t(0));
        QCOMPARE(r.unique, std::int64_t(4));
    }

    void aNewSeqBehindAHigherOneIsOutOfOrder() {
        DeliveryCheck check;
        addSeqs(check, "d1", "b1", {1, 3, 2, 4});
        const DeliveryReport r = check.report();
        QVERIFY(!r.ok());
        QCOMPARE(r.outOfOrder, std::int64_t(1));
        QCOMPARE(r.missing, std::int64_t(0));
    }

    void orderIsJudgedWithinEachPartition() {
        DeliveryCheck check;
        // A device split over two partitions (partitions added): each partition is in order.
        check.add(arrival("d1", "b1", 3, 1));
        check.add(arrival("d1", "b1", 1, 0));
        check.add(arrival("d1", "b1", 4, 1));
        check.add(arrival("d1", "b1", 2, 0));
        const DeliveryReport r = check.report();
        QVERIFY(r.ok());
        QCOMPARE(r.boots[0].partitions, 2);
    }

    void bootsOutsideTheSummaryAreSetAside() {
        DeliveryCheck check;
        check.expect(summaryOf({FleetDevice{"d1", "t1", "x", {FleetBoot{"b1", 1, 2, 2}}}}));
        addSeqs(check, "d1", "b1", {1, 2});
        addSeqs(check, "d1", "old", {1, 5}); // an earlier run in the same topic
        const DeliveryReport r = check.report();
        QVERIFY(r.ok());
        QCOMPARE(r.unexpected, std::int64_t(2));
        QCOMPARE(r.boots.size(), std::size_t(1));
    }

    void latencyPercentilesFromSentAtToArrival() {
        DeliveryCheck check;
        for (int i = 1; i <= 100; ++i)
            check.add(arrival("d1", "b1", i, 0, 1000, 1000 + i)); // 1..100 ms
        check.add(arrival("d1", "b1", 101)); // no timestamps: no sample
        const DeliveryReport r = check.report();
        QCOMPARE(r.latency.samples, std::int64_t(100));
        QCOMPARE(r.latency.p50Ms, 50.0);
        QCOMPARE(r.latency.p99Ms, 99.0);
        QCOMPARE(r.latency.maxMs, 100.0);
    }

    void telemetryIsParsedOrRefused_data() {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<bool>("telemetry");
        QTest::newRow("full") << QByteArray(R"({"deviceId":"d1","bootId":"ab","seq":7,"sentAt":1700000000000})") << true;
        QTest::newRow("numeric ids") << QByteArray(R"({"deviceId":12,"bootId":3,"seq":1})") << true;
        QTest::newRow("not json") << QByteArray("hello") << false;
        QTest::newRow("no seq") << QByteArray(R"({"deviceId":"d1","bootId":"ab"})") << false;
        QTest::newRow("fractional seq") << QByteArray(R"({"deviceId":"d1","bootId":"ab","seq":1.5})") << false;
        QTest::newRow("no boot") << QByteArray(R"({"deviceId":"d1","seq":1})") << false;
    }
    void telemetryIsParsedOrRefused() {
        QFETCH(QByteArray, payload);
        QFETCH(bool, telemetry);
        QCOMPARE(TelemetryArrival::parse(payload).has_value(), telemetry);
    }

    void theSimulatorsPayloadIsPaddedToTheSizeAndParses() {
        const QByteArray p = fleetTelemetryPayload("dev007", "0123456789ab", 42, 1700000000123, "tenant2", 21.5, 300);
        QCOMPARE(p.size(), std::int64_t(300));
        const auto a = TelemetryArrival::parse(p);
        QVERIFY(a);
        QCOMPARE(a->deviceId, QStringLiteral("dev007"));
        QCOMPARE(a->seq, std::int64_t(42));
        QCOMPARE(a->sentAtMs, std::int64_t(1700000000123));
        const QByteArray small = fleetTelemetryPayload("dev007", "0123456789ab", 42, 1700000000123, "tenant2", 21.5, 10);
        QVERIFY(!QJsonDocument::fromJson(small).object().contains(QStringLiteral("pad")));
    }

    void theSummaryFileRoundTrips() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/summary.json"));
        FleetSummary s = summaryOf({FleetDevice{"d1", "t1", "t/t1/d/d1/telemetry", {FleetBoot{"b1", 1, 5, 5}, FleetBoot{"b2", 1, 0, 0}}}});
        s.qos = 1;
        s.interrupted = true;
        s.save(path);
        QVERIFY(!QFile::exists(path + QStringLiteral(".tmp")));
        const FleetSummary back = FleetSummary::load(path);
        QCOMPARE(back.toJson(), s.toJson());
    }

    void aSummaryThatIsNotOneIsAUsageErrorNamingTheFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"devices\":[]}");
        f.close();
        for (const QString& p : {path, dir.filePath(QStringLiteral("missing.json"))}) {
            try {
                FleetSummary::load(p);
                QFAIL("loaded");
            } catch (const Error& e) {
                QCOMPARE(e.kind(), ErrorKind::Usage);
                QVERIFY2(e.message().contains(p), qPrintable(e.message()));
            }
        }
    }

    void topicTemplatesNeedADeviceLevelAndNoWildcards_data() {
        QTest::addColumn<QString>("topic");
        QTest::addColumn<bool>("valid");
        QTest::newRow("default") << "t/{tenant}/d/{deviceId}/telemetry" << true;
        QTest::newRow("device last") << "fleet/{deviceId}" << true;
        QTest::newRow("no device") << "t/{tenant}/telemetry" << false;
        QTest::newRow("unknown name") << "t/{site}/{deviceId}" << false;
        QTest::newRow("part of a level") << "t/dev-{deviceId}" << false;
        QTest::newRow("wildcard") << "t/+/{deviceId}" << false;
    }
    void topicTemplatesNeedADeviceLevelAndNoWildcards() {
        QFETCH(QString, topic);
        QFETCH(bool, valid);
        DeviceFleetOptions o;
        o.topic = topic;
        bool ok = true;
        try {
            o.validate();
        } catch (const Error& e) {
            QCOMPARE(e.kind(), ErrorKind::Usage);
            ok = false;
        }
        QCOMPARE(ok, valid);
    }

    void theStatusTopicReplacesTheLastLevel() {
        DeviceFleetOptions o;
        QCOMPARE(o.effectiveStatusTopic(), QStringLiteral("t/{tenant}/d/{deviceId}/status"));
        o.topic = QStringLiteral("fleet/{deviceId}");
        QCOMPARE(o.effectiveStatusTopic(), QStringLiteral("fleet/{deviceId}/status"));
        QCOMPARE(fleetTopic(QStringLiteral("t/{tenant}/d/{deviceId}/x"), "a", "b"), QStringLiteral("t/a/d/b/x"));
    }
};

QTEST_GUILESS_MAIN(TestDeliveryCheck)
#include "tst_delivery_check.moc"
