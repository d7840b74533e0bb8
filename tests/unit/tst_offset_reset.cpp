// OffsetResetter's planning on an in-memory cluster (FakeKafkaAdmin): every target, its clamps and
// fallbacks, scope checks, and the refusal of inputs Kafka has no clear answer for. Agreement with
// kafka-consumer-groups on a real broker is in tests/cli/tst_cli_kafka_reset.

#include "FakeKafkaAdmin.h"
#include "TestSupport.h"
#include "kafka/OffsetReset.h"

#include <QTest>

using namespace mqkit;
using Kind = OffsetResetTarget::Kind;

namespace {

using Offsets = std::map<std::pair<QString, int>, std::int64_t>;

OffsetResetTarget target(Kind kind, std::int64_t value = 0) {
    OffsetResetTarget t;
    t.kind = kind;
    t.value = value;
    return t;
}

OffsetResetScope topic(const QString& spec) {
    OffsetResetScope s;
    s.topics = {spec};
    return s;
}

Offsets newOffsets(const OffsetResetPlan& plan) {
    Offsets out;
    for (const auto& r : plan.rows)
        out[{r.partition.topic, r.partition.partition}] = r.target;
    return out;
}

// Plans and returns the Error's kind and message (QFAIL when it does not throw).
std::pair<ErrorKind, QString> planError(FakeKafkaAdmin& admin, const QString& group, const OffsetResetScope& scope,
                                        const OffsetResetTarget& t) {
    try {
        OffsetResetter(admin).plan(group, scope, t);
    } catch (const Error& e) {
        return {e.kind(), e.message()};
    }
    return {ErrorKind::Io, QStringLiteral("no error")};
}

} // namespace

class TestOffsetReset : public QObject {
    Q_OBJECT
private slots:
    void init();
    void targets_data();
    void targets();
    void clampsSayWhy();
    void toCurrentWithoutCommitFallsBackToLogEnd();
    void toDatetimeWithoutLaterRecordFallsBackToLogEnd();
    void shiftWithoutCommitIsNotFound();
    void fromFileTakesOnlyItsPartitionsAndNamesAMissingOne();
    void toGroupMissingPartitionIsNotFound();
    void unknownTopicPartitionOrGroupIsNotFoundNamingIt();
    void timesBefore1970AreUsageErrorsBeforeAnyCall();
    void hugeDurationIsAUsageError();
    void csvWithAnIllegalTopicNameIsAUsageErrorNamingTheLine();
    void illegalTopicInScopeIsAUsageErrorBeforeAnyCall();
    void executeCommitsThePlanAndRefusesActiveGroups();
    void planFormCarriesRowsAndUndoCsvTheOldOffsets();

private:
    FakeKafkaAdmin m_admin;
};

void TestOffsetReset::init() {
    m_admin = FakeKafkaAdmin();
    m_admin.addTopic("t", {{0, 10}, {5, 20}, {0, 30}});
    m_admin.addGroup("g");
    m_admin.committed["g"] = {{{"t", 0}, 3}, {{"t", 1}, 8}, {{"t", 2}, 3}};
    m_admin.addGroup("partial");
    m_admin.committed["partial"] = {{{"t", 0}, 3}};
    m_admin.addGroup("other");
    m_admin.committed["other"] = {{{"t", 0}, 9}, {{"t", 1}, 19}, {{"t", 2}, 29}};
    // Partition 0 has records stamped 1000 + offset; the others only old ones.
    for (std::int64_t o = 0; o < 10; ++o)
        m_admin.recordTimes[{"t", 0}][o] = 1000 + o;
    m_admin.recordTimes[{"t", 1}][5] = 10;
    m_admin.recordTimes[{"t", 2}][0] = 10;
}

void TestOffsetReset::targets_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QList<qint64>>("expected"); // partitions 0, 1, 2
    QTest::newRow("earliest") << int(Kind::ToEarliest) << qint64(0) << QList<qint64>{0, 5, 0};
    QTest::newRow("latest") << int(Kind::ToLatest) << qint64(0) << QList<qint64>{10, 20, 30};
    QTest::newRow("current") << int(Kind::ToCurrent) << qint64(0) << QList<qint64>{3, 8, 3};
    QTest::newRow("to-offset, clamped into each log") << int(Kind::ToOffset) << qint64(15) << QList<qint64>{10, 15, 15};
    QTest::newRow("to-offset below a log start") << int(Kind::ToOffset) << qint64(2) << QList<qint64>{2, 5, 2};
    QTest::newRow("shift-by back, clamped at the start") << int(Kind::ShiftBy) << qint64(-5) << QList<qint64>{0, 5, 0};
    QTest::newRow("shift-by forward, clamped at the end") << int(Kind::ShiftBy) << qint64(12) << QList<qint64>{10, 20, 15};
    QTest::newRow("to-datetime") << int(Kind::ToDatetime) << qint64(1004) << QList<qint64>{4, 20, 30};
    QTest::newRow("by-duration (a time, as the CLI computes it)") << int(Kind::ByDuration) << qint64(5)
                                                                 << QList<qint64>{0, 5, 0};
}

void TestOffsetReset::targets() {
    QFETCH(int, kind);
    QFETCH(qint64, value);
    QFETCH(QList<qint64>, expected);
    const OffsetResetPlan plan = OffsetResetter(m_admin).plan("g", topic("t"), target(Kind(kind), value));
    const Offsets want{{{"t", 0}, expected[0]}, {{"t", 1}, expected[1]}, {{"t", 2}, expected[2]}};
    QCOMPARE(newOffsets(plan), want);
    QVERIFY(m_admin.commits.empty()); // planning changes nothing
}

void TestOffsetReset::clampsSayWhy() {
    auto plan = OffsetResetter(m_admin).plan("g", topic("t:0,1"), target(Kind::ToOffset, 12));
    QCOMPARE(plan.rows[0].note, QStringLiteral("12 is past the log end: clamped"));
    QVERIFY(plan.rows[1].note.isEmpty());
    plan = OffsetResetter(m_admin).plan("g", topic("t:1"), target(Kind::ToOffset, 1));
    QCOMPARE(plan.rows[0].note, QStringLiteral("1 is before the log start: clamped"));
}

void TestOffsetReset::toCurrentWithoutCommitFallsBackToLogEnd() {
    const auto plan = OffsetResetter(m_admin).plan("partial", topic("t"), target(Kind::ToCurrent));
    QCOMPARE(newOffsets(plan), (Offsets{{{"t", 0}, 3}, {{"t", 1}, 20}, {{"t", 2}, 30}}));
    QCOMPARE(plan.rows[1].note, QStringLiteral("no committed offset: log end"));
}

void TestOffsetReset::toDatetimeWithoutLaterRecordFallsBackToLogEnd() {
    const auto plan = OffsetResetter(m_admin).plan("g", topic("t:1"), target(Kind::ToDatetime, 999999));
    QCOMPARE(plan.rows[0].target, std::int64_t(20));
    QCOMPARE(plan.rows[0].note, QStringLiteral("no record at or after the time: log end"));
}

void TestOffsetReset::shiftWithoutCommitIsNotFound() {
    const auto [kind, message] = planError(m_admin, "partial", topic("t"), target(Kind::ShiftBy, 1));
    QCOMPARE(kind, ErrorKind::NotFound);
    QVERIFY2(message.contains("t:1") && message.contains("no committed offset"), qPrintable(message));
}

void TestOffsetReset::fromFileTakesOnlyItsPartitionsAndNamesAMissingOne() {
    OffsetResetTarget t = target(Kind::FromFile);
    t.fileOffsets = OffsetResetTarget::parseCsv("t,2,7\nt,0,50\n", "g");
    const auto plan = OffsetResetter(m_admin).plan("g", {}, t);
    QCOMPARE(newOffsets(plan), (Offsets{{{"t", 0}, 10}, {{"t", 2}, 7}}));
    t.fileOffsets = OffsetResetTarget::parseCsv("t,99,5\n", "g");
    const auto [kind, message] = planError(m_admin, "g", {}, t);
    QCOMPARE(kind, ErrorKind::NotFound);
    QVERIFY2(message.contains("partition t:99") && message.contains("has 3"), qPrintable(message));
    t.fileOffsets = OffsetResetTarget::parseCsv("g,nosuch,0,5\n", "g");
    QVERIFY2(planError(m_admin, "g", {}, t).second.contains("topic 'nosuch'"), "a missing topic is named");
}

void TestOffsetReset::toGroupMissingPartitionIsNotFound() {
    OffsetResetTarget t = target(Kind::ToGroup);
    t.otherGroup = "other";
    QCOMPARE(newOffsets(OffsetResetter(m_admin).plan("g", topic("t"), t)),
             (Offsets{{{"t", 0}, 9}, {{"t", 1}, 19}, {{"t", 2}, 29}}));
    t.otherGroup = "partial";
    const auto [kind, message] = planError(m_admin, "g", topic("t"), t);
    QCOMPARE(kind, ErrorKind::NotFound);
    QVERIFY2(message.contains("'partial'") && message.contains("t:1"), qPrintable(message));
}

void TestOffsetReset::unknownTopicPartitionOrGroupIsNotFoundNamingIt() {
    QVERIFY(planError(m_admin, "g", topic("nosuch"), target(Kind::ToEarliest)).second.contains("'nosuch' does not exist"));
    QVERIFY(planError(m_admin, "g", topic("t:9"), target(Kind::ToEarliest)).second.contains("t:9 does not exist"));
    OffsetResetScope all;
    all.allTopics = true;
    const auto [kind, message] = planError(m_admin, "nobody", all, target(Kind::ToEarliest));
    QCOMPARE(kind, ErrorKind::NotFound);
    QVERIFY2(message.contains("nobody"), qPrintable(message));
}

void TestOffsetReset::timesBefore1970AreUsageErrorsBeforeAnyCall() {
    for (const Kind kind : {Kind::ToDatetime, Kind::ByDuration}) {
        const auto [errorKind, message] = planError(m_admin, "g", topic("t"), target(kind, -1000));
        QCOMPARE(errorKind, ErrorKind::Usage);
        QVERIFY2(message.contains("1970"), qPrintable(message));
    }
    QCOMPARE(m_admin.calls.load(), 0);
    QVERIFY_THROWS_EXCEPTION(Error, OffsetResetTarget::parseDatetime("1960-01-01T00:00:00Z"));
    QVERIFY_THROWS_EXCEPTION(Error, OffsetResetTarget::parseDatetime("1960-01-01"));
    QCOMPARE(OffsetResetTarget::parseDatetime("1970-01-01T00:00:01Z"), std::int64_t(1000));
}

void TestOffsetReset::hugeDurationIsAUsageError() {
    try {
        OffsetResetTarget::parseDuration("P99999999999999D");
        QFAIL("no error");
    } catch (const Error& e) {
        QCOMPARE(e.kind(), ErrorKind::Usage);
        QVERIFY2(e.message().contains("P99999999999999D"), qPrintable(e.message()));
    }
    QCOMPARE(OffsetResetTarget::parseDuration("P1DT2H"), std::int64_t(26 * 3600 * 1000));
}

void TestOffsetReset::csvWithAnIllegalTopicNameIsAUsageErrorNamingTheLine() {
    try {
        OffsetResetTarget::parseCsv("t,0,1\na/b,0,5\n", "g");
        QFAIL("no error");
    } catch (const Error& e) {
        QCOMPARE(e.kind(), ErrorKind::Usage);
        QVERIFY2(e.message().contains("line 2") && e.message().contains("a/b"), qPrintable(e.message()));
    }
}

void TestOffsetReset::illegalTopicInScopeIsAUsageErrorBeforeAnyCall() {
    const auto [kind, message] = planError(m_admin, "g", topic("a/b:0"), target(Kind::ToEarliest));
    QCOMPARE(kind, ErrorKind::Usage);
    QVERIFY2(message.contains("a/b"), qPrintable(message));
    QCOMPARE(m_admin.calls.load(), 0);
}

void TestOffsetReset::executeCommitsThePlanAndRefusesActiveGroups() {
    OffsetResetter resetter(m_admin);
    const auto plan = resetter.plan("g", topic("t:1"), target(Kind::ToLatest));
    resetter.execute(plan);
    QCOMPARE(m_admin.commits.size(), std::size_t(1));
    QCOMPARE(m_admin.committed["g"].at({"t", 1}), std::int64_t(20));

    KafkaGroupMember m;
    m.consumerId = "c1";
    m.clientId = "reader-7";
    m.host = "/10.0.0.7";
    m_admin.groups["g"].members = {m};
    m_admin.groups["g"].state = "Stable";
    try {
        resetter.execute(plan);
        QFAIL("an active group was reset");
    } catch (const Error& e) {
        QCOMPARE(e.kind(), ErrorKind::Broker);
        QVERIFY2(e.message().contains("reader-7") && e.message().contains("active members"), qPrintable(e.message()));
    }
    QCOMPARE(m_admin.commits.size(), std::size_t(1));
}

void TestOffsetReset::planFormCarriesRowsAndUndoCsvTheOldOffsets() {
    const auto plan = OffsetResetter(m_admin).plan("partial", topic("t:0,1"), target(Kind::ToEarliest));
    QCOMPARE(plan.undoCsv(), QByteArray("t,0,3\n")); // no commit on t:1: no line
    const Plan items = plan.toPlan();
    QCOMPARE(items.items().size(), std::size_t(2));
    QCOMPARE(items.items()[0].target, QStringLiteral("t:0"));
    QCOMPARE(items.items()[0].action, PlanAction::Update);
    QCOMPARE(items.items()[0].detail("reread").toInteger(), qint64(3));
    QCOMPARE(items.items()[1].action, PlanAction::Create); // first commit for t:1
    QVERIFY(items.items()[1].detail("current").isNull());
    QCOMPARE(items.items()[1].detail("log_start").toInteger(), qint64(5));
}

QTEST_GUILESS_MAIN(TestOffsetReset)
#include "tst_offset_reset.moc"
