// Recording and replay without a broker: topic map rules, the replay schedule, time points,
// and the recording file itself (byte-exact round trip, refusals, not-a-recording files).

#include "TestSupport.h"
#include "common/Error.h"
#include "replay/MessageReplayer.h"
#include "replay/ReplaySchedule.h"
#include "replay/TopicMap.h"
#include "store/MessageRecorder.h"
#include "store/RecordingReader.h"
#include "store/SqliteDb.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mqkit;

namespace {

MqttMessage message(const QString& topic, const QByteArray& payload, std::int64_t at, int qos = 0, bool retained = false) {
    MqttMessage m;
    m.topic = topic;
    m.payload = payload;
    m.receivedAtMs = at;
    m.qos = qos;
    m.retained = retained;
    return m;
}

std::vector<MqttMessage> readAll(RecordingReader& reader, const RecordingSelection& selection = {}) {
    std::vector<MqttMessage> out;
    reader.forEach(selection, [&](const MqttMessage& m) {
        out.push_back(m);
        return true;
    });
    return out;
}

} // namespace

class TstReplayRules : public QObject {
    Q_OBJECT
private slots:
    void topicMapRewrites_data();
    void topicMapRewrites();
    void badMapRulesAreUsageErrors_data();
    void badMapRulesAreUsageErrors();
    void firstMatchingMapRuleWins();
    void filterMatchingFollowsMqtt_data();
    void filterMatchingFollowsMqtt();
    void originalTimingKeepsGapsScaledBySpeed();
    void clockStepBackwardsNeverSchedulesEarlier();
    void maxRateIgnoresRecordedTimingAndSpacesEvenly();
    void nonPositiveSpeedOrRateIsUsageError();
    void timePointsAcceptOffsetsAndIsoDates();
    void recordingRoundTripIsByteExact();
    void existingFileIsRefusedWithoutAppend();
    void appendAddsARunAndKeepsEarlierMessages();
    void missingOrForeignFilesAreUsageErrors();
    void selectionByWindowAndTopic();
    void replayerAppliesMapQosRetainAndDropsSubscriptionIds();
    void replayerStopsWhenAsked();
};

void TstReplayRules::topicMapRewrites_data() {
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("topic");
    QTest::addColumn<QString>("expected");
    QTest::newRow("hash prefix") << "plant/#" "=replay/plant/#" << "plant/l1/d2/t" << "replay/plant/l1/d2/t";
    QTest::newRow("hash matches the parent level") << "plant/#=new/#" << "plant" << "new";
    QTest::newRow("hash keeps empty levels") << "a/#=b/#" << "a//x/" << "b//x/";
    QTest::newRow("plus carried over") << "a/+/t=b/+/u" << "a/dev1/t" << "b/dev1/u";
    QTest::newRow("two plus in order") << "a/+/+/x=z/+/m/+" << "a/1/2/x" << "z/1/m/2";
    QTest::newRow("plus and hash") << "a/+/#=+/#" << "a/1/x/y" << "1/x/y";
    QTest::newRow("exact topic") << "a/b=c/d" << "a/b" << "c/d";
    QTest::newRow("exact does not match deeper") << "a/b=c/d" << "a/b/c" << "a/b/c";
    QTest::newRow("no match leaves topic alone") << "plant/#=new/#" << "other/x" << "other/x";
    QTest::newRow("plus needs the level") << "a/+=b/+" << "a" << "a";
    QTest::newRow("plus does not span levels") << "a/+=b/+" << "a/1/2" << "a/1/2";
    QTest::newRow("prefix is level-wise, not textual") << "plant/#=new/#" << "plants/x" << "plants/x";
    QTest::newRow("utf8 levels") << QStringLiteral("küche/#=k/#") << QStringLiteral("küche/温度") << QStringLiteral("k/温度");
}

void TstReplayRules::topicMapRewrites() {
    QFETCH(QString, rule);
    QFETCH(QString, topic);
    QFETCH(QString, expected);
    TopicMap map;
    map.addRule(rule);
    QCOMPARE(map.map(topic), expected);
}

void TstReplayRules::badMapRulesAreUsageErrors_data() {
    QTest::addColumn<QString>("rule");
    QTest::newRow("no equals") << "a/#";
    QTest::newRow("empty left") << "=b/#";
    QTest::newRow("empty right") << "a/#=";
    QTest::newRow("hash not last") << "a/#/x=b/#/x";
    QTest::newRow("wildcard inside a level") << "a/b+=c/+";
    QTest::newRow("hash dropped on the right") << "a/#=b";
    QTest::newRow("plus added on the right") << "a/b=c/+";
    QTest::newRow("plus count differs") << "a/+/+=b/+";
}

void TstReplayRules::badMapRulesAreUsageErrors() {
    QFETCH(QString, rule);
    TopicMap map;
    try {
        map.addRule(rule);
        QFAIL("accepted a bad rule");
    } catch (const Error& e) {
        QCOMPARE(e.kind(), ErrorKind::Usage);
        QVERIFY2(e.message().contains(rule), qPrintable(e.message()));
    }
}

void TstReplayRules::firstMatchingMapRuleWins() {
    TopicMap map;
    map.addRule(QStringLiteral("a/special=s"));
    map.addRule(QStringLiteral("a/#=b/#"));
    QCOMPARE(map.map(QStringLiteral("a/special")), QStringLiteral("s"));
    QCOMPARE(map.map(QStringLiteral("a/other")), QStringLiteral("b/other"));
}

void TstReplayRules::filterMatchingFollowsMqtt_data() {
    QTest::addColumn<QString>("topic");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<bool>("matches");
    QTest::newRow("hash all") << "a/b" << "#" << true;
    QTest::newRow("hash parent") << "a" << "a/#" << true;
    QTest::newRow("plus one level") << "a/b/c" << "a/+/c" << true;
    QTest::newRow("plus not two") << "a/b/c/c" << "a/+/c" << false;
    QTest::newRow("exact") << "a/b" << "a/b" << true;
    QTest::newRow("shorter topic") << "a" << "a/b" << false;
    QTest::newRow("dollar topics hidden from #") << "$SYS/x" << "#" << false;
    QTest::newRow("dollar topics by name") << "$SYS/x" << "$SYS/#" << true;
}

void TstReplayRules::filterMatchingFollowsMqtt() {
    QFETCH(QString, topic);
    QFETCH(QString, filter);
    QFETCH(bool, matches);
    QCOMPARE(topicMatchesFilter(topic, filter), matches);
}

void TstReplayRules::originalTimingKeepsGapsScaledBySpeed() {
    const std::vector<std::int64_t> recorded{1000, 1200, 1200, 1700, 3000};
    auto s1 = ReplaySchedule::originalTiming(1.0);
    std::vector<double> due;
    for (auto t : recorded)
        due.push_back(s1.dueMs(t));
    QCOMPARE(due, (std::vector<double>{0, 200, 200, 700, 2000}));
    auto s4 = ReplaySchedule::originalTiming(4.0);
    due.clear();
    for (auto t : recorded)
        due.push_back(s4.dueMs(t));
    QCOMPARE(due, (std::vector<double>{0, 50, 50, 175, 500}));
    auto half = ReplaySchedule::originalTiming(0.5);
    QCOMPARE(half.dueMs(5000), 0.0);
    QCOMPARE(half.dueMs(5100), 200.0);
}

void TstReplayRules::clockStepBackwardsNeverSchedulesEarlier() {
    auto s = ReplaySchedule::originalTiming(1.0);
    QCOMPARE(s.dueMs(1000), 0.0);
    QCOMPARE(s.dueMs(1500), 500.0);
    QCOMPARE(s.dueMs(1100), 500.0); // recorded before its predecessor: due with it
    QCOMPARE(s.dueMs(1600), 600.0);
}

void TstReplayRules::maxRateIgnoresRecordedTimingAndSpacesEvenly() {
    auto s = ReplaySchedule::maxRate(200.0); // 5 ms apart
    QCOMPARE(s.dueMs(1000), 0.0);
    QCOMPARE(s.dueMs(90000), 5.0);
    QCOMPARE(s.dueMs(90000), 10.0);
    QCOMPARE(s.dueMs(5), 15.0);
    QVERIFY(s.isPaced());
    auto u = ReplaySchedule::unpaced();
    QCOMPARE(u.dueMs(1000), 0.0);
    QCOMPARE(u.dueMs(99000), 0.0);
    QVERIFY(!u.isPaced());
}

void TstReplayRules::nonPositiveSpeedOrRateIsUsageError() {
    QVERIFY_THROWS_EXCEPTION(Error, ReplaySchedule::originalTiming(0));
    QVERIFY_THROWS_EXCEPTION(Error, ReplaySchedule::originalTiming(-1));
    QVERIFY_THROWS_EXCEPTION(Error, ReplaySchedule::maxRate(0));
}

void TstReplayRules::timePointsAcceptOffsetsAndIsoDates() {
    const std::int64_t start = 1763900000000;
    QCOMPARE(MessageReplayer::parseTimePoint("+30s", start, "--from"), start + 30000);
    QCOMPARE(MessageReplayer::parseTimePoint("+1.5m", start, "--from"), start + 90000);
    QCOMPARE(MessageReplayer::parseTimePoint("+250ms", start, "--from"), start + 250);
    QCOMPARE(MessageReplayer::parseTimePoint("+2h", start, "--from"), start + 7200000);
    QCOMPARE(MessageReplayer::parseTimePoint("2025-11-23T12:00:00Z", start, "--until"),
             QDateTime(QDate(2025, 11, 23), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
    QCOMPARE(MessageReplayer::parseTimePoint("2025-11-23T12:00:00.250+01:00", start, "--until"),
             QDateTime(QDate(2025, 11, 23), QTime(11, 0, 0, 250), Qt::UTC).toMSecsSinceEpoch());
    for (const char* bad : {"30s", "+30", "+x s", "yesterday", "-5s", ""}) {
        try {
            MessageReplayer::parseTimePoint(QString::fromLatin1(bad), start, "--from");
            QFAIL(bad);
        } catch (const Error& e) {
            QCOMPARE(e.kind(), ErrorKind::Usage);
            QVERIFY(e.message().startsWith("--from"));
        }
    }
}

void TstReplayRules::recordingRoundTripIsByteExact() {
    QTemporaryDir dir;
    const QString path = dir.filePath("r.db");
    QByteArray binary;
    for (int i = 0; i < 256; ++i)
        binary.append(static_cast<char>(i));
    MqttBatch batch;
    batch.push_back(message(QStringLiteral("a/ü/温度"), binary, 1763900000001, 2, true));
    batch.push_back(message(QStringLiteral("a/empty"), QByteArray(), 1763900000002, 1));
    MqttMessage withProps = message(QStringLiteral("a/props"), QByteArray("{\"v\":1}"), 1763900000003, 0);
    withProps.properties.user = {{"k", "v1"}, {"k", "v2"}};
    withProps.properties.contentType = QStringLiteral("application/json");
    withProps.properties.payloadFormat = 1;
    withProps.properties.messageExpirySeconds = 600;
    withProps.properties.responseTopic = QStringLiteral("reply/x");
    withProps.properties.correlationData = QByteArray("\x00\x01\xff", 3);
    batch.push_back(withProps);
    {
        MessageRecorder recorder(path, RecordingRunInfo{"mqtt://h:1883", {"a/#"}, 1, 5});
        recorder.write(batch);
        QCOMPARE(recorder.messagesWritten(), 3);
    }
    RecordingReader reader(path);
    const auto back = readAll(reader);
    QCOMPARE(back.size(), batch.size());
    for (size_t i = 0; i < back.size(); ++i) {
        QCOMPARE(back[i].topic, batch[i].topic);
        QCOMPARE(back[i].payload, batch[i].payload);
        QCOMPARE(back[i].qos, batch[i].qos);
        QCOMPARE(back[i].retained, batch[i].retained);
        QCOMPARE(back[i].receivedAtMs, batch[i].receivedAtMs);
        QVERIFY(back[i].properties == batch[i].properties);
    }
    const RecordingInfo info = reader.info();
    QCOMPARE(info.messages, 3);
    QCOMPARE(info.withProperties, 1);
    QCOMPARE(*info.firstAtMs, 1763900000001);
    QCOMPARE(*info.lastAtMs, 1763900000003);
    QCOMPARE(info.runs.size(), size_t(1));
    QCOMPARE(info.runs[0].brokerUrl, QStringLiteral("mqtt://h:1883"));
    QCOMPARE(info.runs[0].filters, QStringList{"a/#"});
    QCOMPARE(info.runs[0].protocolVersion, 5);
    QVERIFY(info.runs[0].endedAtMs.has_value());
    QCOMPARE(info.topics.size(), size_t(3));
    SqliteDb raw(path);
    auto mode = raw.prepare("PRAGMA journal_mode");
    mode.step();
    QCOMPARE(mode.text(0), QStringLiteral("wal"));
    QCOMPARE(raw.userVersion(), 1);
}

void TstReplayRules::existingFileIsRefusedWithoutAppend() {
    QTemporaryDir dir;
    const QString path = dir.filePath("r.db");
    { MessageRecorder first(path, RecordingRunInfo{}); }
    try {
        MessageRecorder second(path, RecordingRunInfo{});
        QFAIL("overwrote an existing recording");
    } catch (const Error& e) {
        QCOMPARE(e.kind(), ErrorKind::Usage);
        QVERIFY(e.message().contains("--append"));
    }
}

void TstReplayRules::appendAddsARunAndKeepsEarlierMessages() {
    QTemporaryDir dir;
    const QString path = dir.filePath("r.db");
    {
        MessageRecorder first(path, RecordingRunInfo{});
        first.write({message("a", "1", 1000)});
    }
    {
        MessageRecorder second(path, RecordingRunInfo{}, true);
        second.write({message("b", "2", 2000)});
    }
    RecordingReader reader(path);
    QCOMPARE(reader.info().messages, 2);
    QCOMPARE(reader.info().runs.size(), size_t(2));
}

void TstReplayRules::missingOrForeignFilesAreUsageErrors() {
    QTemporaryDir dir;
    auto expectUsage = [](const QString& path, const char* fragment) {
        try {
            RecordingReader reader(path);
            QFAIL("opened something that is not a recording");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), ErrorKind::Usage);
            QVERIFY2(e.message().contains(QLatin1String(fragment)), qPrintable(e.message()));
        }
    };
    expectUsage(dir.filePath("missing.db"), "no such recording");
    QVERIFY(!QFile::exists(dir.filePath("missing.db"))); // reading never creates a file
    QFile text(dir.filePath("text.db"));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("this is not a database, just some text that is long enough to have a header\n");
    text.close();
    expectUsage(text.fileName(), "not an mqkit recording");
    {
        SqliteDb other(dir.filePath("other.db"));
        other.exec("CREATE TABLE t (x)");
    }
    expectUsage(dir.filePath("other.db"), "not an mqkit recording");
    // --append onto a foreign database is refused too, and leaves it alone
    QVERIFY_THROWS_EXCEPTION(Error, MessageRecorder(dir.filePath("other.db"), RecordingRunInfo{}, true));
}

void TstReplayRules::selectionByWindowAndTopic() {
    QTemporaryDir dir;
    const QString path = dir.filePath("r.db");
    {
        MessageRecorder rec(path, RecordingRunInfo{});
        rec.write({message("a/1", "x", 1000), message("b/1", "x", 2000), message("a/2", "x", 3000),
                   message("a/3", "x", 4000)});
    }
    RecordingReader reader(path);
    RecordingSelection window;
    window.fromMs = 2000;
    window.untilMs = 3000;
    QCOMPARE(reader.count(window), 2);
    QCOMPARE(readAll(reader, window).front().topic, QStringLiteral("b/1"));
    RecordingSelection topics;
    topics.topicFilters = {"a/#"};
    QCOMPARE(reader.count(topics), 3);
    topics.fromMs = 2500;
    const auto selected = readAll(reader, topics);
    QCOMPARE(selected.size(), size_t(2));
    QCOMPARE(selected[0].topic, QStringLiteral("a/2"));
    QCOMPARE(selected[1].topic, QStringLiteral("a/3"));
}

void TstReplayRules::replayerAppliesMapQosRetainAndDropsSubscriptionIds() {
    QTemporaryDir dir;
    const QString path = dir.filePath("r.db");
    MqttMessage m = message("plant/1/t", "v", 1000, 1, true);
    m.properties.subscriptionIds = {4};
    m.properties.contentType = QStringLiteral("text/plain");
    {
        MessageRecorder rec(path, RecordingRunInfo{});
        rec.write({m, message("other", "w", 1001, 2, false)});
    }
    RecordingReader reader(path);
    ReplayOptions options;
    options.schedule = ReplaySchedule::unpaced();
    options.topicMap.addRule("plant/#=copy/#");
    MessageReplayer asRecorded(reader, options);
    std::vector<MqttMessage> out;
    auto collect = [&](const MqttMessage& p) { out.push_back(p); };
    const ReplayProgress p = asRecorded.run(collect);
    QVERIFY(p.finished);
    QCOMPARE(p.published, 2);
    QCOMPARE(out[0].topic, QStringLiteral("copy/1/t"));
    QCOMPARE(out[0].qos, 1);
    QCOMPARE(out[0].retained, true);
    QCOMPARE(out[0].properties.contentType, QStringLiteral("text/plain"));
    QVERIFY(out[0].properties.subscriptionIds.empty());
    QCOMPARE(out[1].topic, QStringLiteral("other"));

    options.qos = 0;
    options.stripRetain = true;
    options.dropProperties = true;
    out.clear();
    MessageReplayer overridden(reader, options);
    const ReplayProgress q = overridden.run(collect);
    QCOMPARE(q.propertiesDropped, 1);
    QCOMPARE(out[0].qos, 0);
    QCOMPARE(out[0].retained, false);
    QVERIFY(out[0].properties.isEmpty());
    QCOMPARE(out[1].qos, 0);
}

void TstReplayRules::replayerStopsWhenAsked() {
    QTemporaryDir dir;
    const QString path = dir.filePath("r.db");
    {
        MessageRecorder rec(path, RecordingRunInfo{});
        rec.write({message("a", "1", 1000), message("a", "2", 61000)}); // a minute apart
    }
    RecordingReader reader(path);
    ReplayOptions options;
    MessageReplayer replayer(reader, options);
    int published = 0;
    QElapsedTimer timer;
    timer.start();
    const ReplayProgress p = replayer.run([&](const MqttMessage&) { ++published; },
                                          [&] { return published > 0 && timer.elapsed() > 200; });
    QCOMPARE(published, 1);
    QVERIFY(!p.finished);
    QVERIFY2(timer.elapsed() < 5000, "the stop request was not seen while waiting");
}

QTEST_GUILESS_MAIN(TstReplayRules)
#include "tst_replay_rules.moc"
