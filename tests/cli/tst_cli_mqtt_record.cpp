// mqkit mqtt record / replay against the real Mosquitto of tests/rig: byte-exact round trips
// (topic, payload, QoS, retain, MQTT 5 properties, binary payloads), replay timing, kill -9
// of a recorder, --count/--duration, and the usage errors.
//
// Timing tolerance (stated, generous for a loaded 2-core machine): every inter-arrival gap of
// a replay is within ±80 ms of the recorded gap, the total span within 15 %; with --speed 4
// the span is a quarter of the recorded one within ±100 ms.

#include "TestSupport.h"
#include "common/Error.h"
#include "mqtt/MqttSession.h"
#include "store/MessageRecorder.h"
#include "store/RecordingReader.h"
#include "store/SqliteDb.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cstdlib>
#include <thread>

using namespace mqkit;

namespace {

MqttConnectOptions rigOptions(int protocolVersion) {
    MqttConnectOptions o;
    o.url = BrokerUrl::parse(rigMqttPlainUrl());
    o.protocolVersion = protocolVersion;
    return o;
}

std::int64_t countIn(const QString& path) {
    if (!QFile::exists(path))
        return 0;
    RecordingReader reader(path);
    return reader.count({});
}

std::vector<MqttMessage> messagesIn(const QString& path) {
    RecordingReader reader(path);
    std::vector<MqttMessage> out;
    reader.forEach({}, [&](const MqttMessage& m) {
        out.push_back(m);
        return true;
    });
    return out;
}

// A recorder running in the background; start() returns once it has subscribed.
class Recorder {
public:
    Recorder(const QString& dataDir, const QString& filter, const QString& file, const QStringList& extra = {},
             const QString& url = rigMqttPlainUrl()) {
        startCli(m_process, QStringList{"mqtt", "record", "-L", url, filter, "--to", file} + extra, dataDir);
        m_file = file;
    }
    bool waitUntilSubscribed() {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 15000) {
            m_process.waitForReadyRead(100);
            m_err += m_process.readAllStandardError();
            if (m_err.contains("(Ctrl-C stops)"))
                return true;
            if (m_process.state() == QProcess::NotRunning)
                return false;
        }
        return false;
    }
    bool waitForCount(std::int64_t n, int timeoutMs = 20000) {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            if (countIn(m_file) >= n)
                return true;
            QTest::qWait(50);
        }
        return false;
    }
    // SIGTERM: the recorder flushes and exits 0.
    int stop() {
        m_process.terminate();
        return waitForExit();
    }
    int waitForExit(int timeoutMs = 20000) {
        if (!m_process.waitForFinished(timeoutMs)) {
            m_process.kill();
            m_process.waitForFinished();
            return -1;
        }
        m_err += m_process.readAllStandardError();
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }
    // Waits until stderr shows `needle` (a connection event line).
    bool waitForDiagnostic(const QByteArray& needle, int timeoutMs = 20000) {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            m_process.waitForReadyRead(100);
            m_err += m_process.readAllStandardError();
            if (m_err.contains(needle))
                return true;
            if (m_process.state() == QProcess::NotRunning)
                return false;
        }
        return false;
    }
    QProcess& process() { return m_process; }
    QByteArray err() const { return m_err; }

private:
    QProcess m_process;
    QString m_file;
    QByteArray m_err;
};

std::vector<std::int64_t> gaps(const std::vector<MqttMessage>& ms) {
    std::vector<std::int64_t> out;
    for (size_t i = 1; i < ms.size(); ++i)
        out.push_back(ms[i].receivedAtMs - ms[i - 1].receivedAtMs);
    return out;
}

void expectUsageError(const ProcessResult& r, const char* fragment) {
    QVERIFY2(r.finished, "mqkit hung");
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith("mqkit: ") && r.err.count('\n') == 1, r.err.constData());
    QVERIFY2(r.err.contains(fragment), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

} // namespace

class TestCliMqttRecord : public QObject {
    Q_OBJECT
private slots:
    void recordThenReplayIsByteExactForEveryField();
    void replayKeepsInterArrivalTimingAndSpeedShortensIt();
    void killedRecorderLeavesAnIntactFileMissingAtMostTheLastBatch();
    void countAndDurationStopTheRecorder();
    void replayOverMqtt311WarnsThatPropertiesAreDropped();
    void dryRunPrintsTheMessagesAsJsonWithoutABroker();
    void badInputsAreUsageErrorsBeforeAnyBroker();
    // pipeline (issue 14)
    void recorderReconnectsAfterBrokerKillAndMarksTheGap();
    void refusedFilterLeavesNoFileBehind();

private:
    const QTemporaryDir& dir() const { return m_files; }
    QTemporaryDir m_data;
    QTemporaryDir m_files;
};

void TestCliMqttRecord::recordThenReplayIsByteExactForEveryField() {
    const QString base = uniqueName("rec");
    const QString src = dir().filePath(base + "-src.db");
    const QString copy = dir().filePath(base + "-copy.db");
    MqttSession pub(rigOptions(5));
    pub.connect();

    std::vector<MqttMessage> sent;
    auto make = [&](const QString& leaf, const QByteArray& payload, int qos) {
        MqttMessage m;
        m.topic = base + "/src/" + leaf;
        m.payload = payload;
        m.qos = qos;
        return m;
    };
    MqttMessage retained = make("retained", "held by the broker", 1);
    retained.retained = true;
    retained.properties.user = {{"origin", "before the recorder"}};
    pub.publish(retained); // already retained when the recorder subscribes: arrives with retain=1
    sent.push_back(retained);

    Recorder rec(m_data.path(), base + "/src/#", src, {"-V", "5", "-q", "2"});
    QVERIFY2(rec.waitUntilSubscribed(), rec.err().constData());

    QByteArray allBytes;
    for (int i = 0; i < 256; ++i)
        allBytes.append(static_cast<char>(i));
    sent.push_back(make("binary", allBytes, 0));
    MqttMessage props = make(QStringLiteral("props/ü"), QByteArray("{\"t\":21.5}"), 1);
    props.properties.user = {{"k", "v1"}, {"k", "v2"}, {QStringLiteral("ключ"), QStringLiteral("значение")}};
    props.properties.contentType = "application/json";
    props.properties.payloadFormat = 1;
    props.properties.messageExpirySeconds = 3600;
    props.properties.responseTopic = base + "/reply";
    props.properties.correlationData = QByteArray("\x00\xff\x01corr", 7);
    sent.push_back(props);
    MqttMessage binaryProps = make("binary-props", QByteArray("\xc3\x28\x00\xfe", 4), 2);
    binaryProps.properties.payloadFormat = 0;
    binaryProps.properties.correlationData = QByteArray(1, '\0');
    sent.push_back(binaryProps);
    sent.push_back(make("empty", QByteArray(), 2));
    for (size_t i = 1; i < sent.size(); ++i)
        pub.publish(sent[i]);
    QVERIFY(rec.waitForCount(static_cast<std::int64_t>(sent.size())));
    QCOMPARE(rec.stop(), 0);
    QVERIFY2(rec.err().contains(QStringLiteral("recorded %1 messages").arg(sent.size()).toUtf8()), rec.err().constData());

    const auto recorded = messagesIn(src);
    QCOMPARE(recorded.size(), sent.size());
    for (size_t i = 0; i < sent.size(); ++i) {
        QCOMPARE(recorded[i].topic, sent[i].topic);
        QCOMPARE(recorded[i].payload, sent[i].payload);
        QCOMPARE(recorded[i].qos, sent[i].qos);
        QCOMPARE(recorded[i].retained, sent[i].retained);
        QCOMPARE(recorded[i].properties.user, sent[i].properties.user);
    }

    // Replay to a new prefix while a second recorder captures what arrives.
    Recorder capture(m_data.path(), base + "/copy/#", copy, {"-V", "5", "-q", "2"});
    QVERIFY2(capture.waitUntilSubscribed(), capture.err().constData());
    const auto replay = runCli({"mqtt", "replay", src, "-L", rigMqttPlainUrl(), "-V", "5", "--map",
                                base + "/src/#=" + base + "/copy/#"},
                               m_data.path(), 60000);
    QVERIFY2(replay.exitCode == 0, replay.err.constData());
    QVERIFY(replay.err.contains(QStringLiteral("replayed %1 of %1").arg(sent.size()).toUtf8()));
    QVERIFY(capture.waitForCount(static_cast<std::int64_t>(sent.size())));
    QCOMPARE(capture.stop(), 0);

    const auto replayed = messagesIn(copy);
    QCOMPARE(replayed.size(), sent.size());
    for (size_t i = 0; i < sent.size(); ++i) {
        const MqttMessage& want = recorded[i];
        const MqttMessage& got = replayed[i];
        QCOMPARE(got.topic, base + "/copy/" + want.topic.mid(base.size() + 5));
        QCOMPARE(got.payload, want.payload);
        QCOMPARE(got.qos, want.qos);
        MqttProperties wantProps = want.properties;
        MqttProperties gotProps = got.properties;
        // The broker counts the expiry interval down while it holds a message: allow 2 s.
        if (wantProps.messageExpirySeconds) {
            QVERIFY(gotProps.messageExpirySeconds);
            QVERIFY(*wantProps.messageExpirySeconds - *gotProps.messageExpirySeconds <= 2);
            gotProps.messageExpirySeconds = wantProps.messageExpirySeconds;
        }
        QVERIFY2(gotProps == wantProps, qPrintable(got.topic));
    }
    // A live subscriber never sees retain=1; a new subscription shows the broker retained the
    // replayed copy, with its properties.
    const QString retainedCopy = base + "/copy/retained";
    const auto held = runCli({"mqtt", "sub", "-L", rigMqttPlainUrl(), "-V", "5", "-t", retainedCopy, "--retained-only",
                              "-o", "json", "-W", "5"},
                             m_data.path());
    QCOMPARE(held.exitCode, 0);
    const QJsonObject heldJson = QJsonDocument::fromJson(held.out).object();
    QCOMPARE(heldJson.value("retain").toBool(), true);
    QCOMPARE(heldJson.value("payload").toString(), QStringLiteral("held by the broker"));
    QCOMPARE(heldJson.value("properties").toObject().value("user_properties").toArray().at(0).toArray().at(1).toString(),
             QStringLiteral("before the recorder"));

    // --no-retain strips it: replaying once more over the cleared copy leaves nothing retained.
    pub.publish(retainedCopy, QByteArray(), 1, true);
    const auto stripped = runCli({"mqtt", "replay", src, "-L", rigMqttPlainUrl(), "-V", "5", "--no-retain", "--map",
                                  base + "/src/#=" + base + "/copy/#"},
                                 m_data.path(), 60000);
    QCOMPARE(stripped.exitCode, 0);
    const auto none = runCli({"mqtt", "sub", "-L", rigMqttPlainUrl(), "-t", retainedCopy, "--retained-only", "-W", "1"},
                             m_data.path());
    QCOMPARE(none.out, QByteArray());
    pub.publish(retained.topic, QByteArray(), 1, true);
    pub.disconnect();
}

void TestCliMqttRecord::replayKeepsInterArrivalTimingAndSpeedShortensIt() {
    const QString base = uniqueName("timing");
    const QString src = dir().filePath(base + "-src.db");
    constexpr int kMessages = 6;
    Recorder rec(m_data.path(), base + "/src/#", src, {"--count", QString::number(kMessages)});
    QVERIFY2(rec.waitUntilSubscribed(), rec.err().constData());
    MqttSession pub(rigOptions(4));
    pub.connect();
    for (int i = 0; i < kMessages; ++i) {
        if (i > 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
        pub.publish(base + "/src/t", QByteArray::number(i), 1, false);
    }
    pub.disconnect();
    QCOMPARE(rec.waitForExit(), 0); // --count ends it
    const auto recorded = messagesIn(src);
    QCOMPARE(static_cast<int>(recorded.size()), kMessages);
    const std::int64_t recordedSpan = recorded.back().receivedAtMs - recorded.front().receivedAtMs;
    QVERIFY2(recordedSpan >= 900, qPrintable(QString::number(recordedSpan)));

    auto replayInto = [&](const QString& prefix, const QStringList& extra) {
        const QString file = dir().filePath(base + "-" + prefix + ".db");
        Recorder capture(m_data.path(), base + "/" + prefix + "/#", file, {"--count", QString::number(kMessages)});
        if (!capture.waitUntilSubscribed())
            return std::vector<MqttMessage>{};
        const auto r = runCli(QStringList{"mqtt", "replay", src, "-L", rigMqttPlainUrl(), "--map",
                                          base + "/src/#=" + base + "/" + prefix + "/#"} +
                                  extra,
                              m_data.path(), 60000);
        if (r.exitCode != 0 || capture.waitForExit() != 0)
            return std::vector<MqttMessage>{};
        return messagesIn(file);
    };

    const auto same = replayInto("same", {});
    QCOMPARE(static_cast<int>(same.size()), kMessages);
    const auto recordedGaps = gaps(recorded);
    const auto replayedGaps = gaps(same);
    for (size_t i = 0; i < recordedGaps.size(); ++i)
        QVERIFY2(std::abs(replayedGaps[i] - recordedGaps[i]) <= 80,
                 qPrintable(QStringLiteral("gap %1: recorded %2 ms, replayed %3 ms")
                                .arg(i)
                                .arg(recordedGaps[i])
                                .arg(replayedGaps[i])));
    const std::int64_t sameSpan = same.back().receivedAtMs - same.front().receivedAtMs;
    QVERIFY2(std::abs(sameSpan - recordedSpan) <= recordedSpan * 15 / 100,
             qPrintable(QStringLiteral("span recorded %1 ms, replayed %2 ms").arg(recordedSpan).arg(sameSpan)));

    const auto fast = replayInto("fast", {"--speed", "4"});
    QCOMPARE(static_cast<int>(fast.size()), kMessages);
    const std::int64_t fastSpan = fast.back().receivedAtMs - fast.front().receivedAtMs;
    QVERIFY2(std::abs(fastSpan - recordedSpan / 4) <= 100,
             qPrintable(QStringLiteral("span recorded %1 ms, at --speed 4 %2 ms").arg(recordedSpan).arg(fastSpan)));
}

void TestCliMqttRecord::killedRecorderLeavesAnIntactFileMissingAtMostTheLastBatch() {
    const QString base = uniqueName("kill");
    const QString file = dir().filePath(base + ".db");
    Recorder rec(m_data.path(), base + "/#", file);
    QVERIFY2(rec.waitUntilSubscribed(), rec.err().constData());
    MqttSession pub(rigOptions(4));
    pub.connect();
    constexpr int kFirst = 1000;
    int next = 0;
    for (; next < kFirst; ++next)
        pub.publish(base + "/seq", QByteArray::number(next), 1, false);
    QVERIFY(rec.waitForCount(kFirst)); // committed: must survive the kill

    std::atomic<bool> stopPublishing{false};
    std::atomic<int> published{kFirst};
    std::thread stream([&] {
        for (int i = kFirst; i < 200000 && !stopPublishing; ++i) {
            pub.publish(base + "/seq", QByteArray::number(i), 1, false);
            published = i + 1;
        }
    });
    while (published < kFirst + 2000)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    rec.process().kill(); // SIGKILL, mid-stream
    rec.process().waitForFinished(10000);
    stopPublishing = true;
    stream.join();
    pub.disconnect();
    QCOMPARE(rec.process().exitStatus(), QProcess::CrashExit);

    {
        SqliteDb raw(file);
        auto check = raw.prepare("PRAGMA integrity_check");
        QVERIFY(check.step());
        QCOMPARE(check.text(0), QStringLiteral("ok"));
    }
    const auto messages = messagesIn(file);
    QVERIFY2(messages.size() >= static_cast<size_t>(kFirst), qPrintable(QString::number(messages.size())));
    QVERIFY(messages.size() <= static_cast<size_t>(published.load()));
    // What is there is exactly the published sequence up to the last committed batch: no gaps,
    // no torn rows.
    for (size_t i = 0; i < messages.size(); ++i)
        QCOMPARE(messages[i].payload, QByteArray::number(static_cast<int>(i)));
    RecordingReader reader(file);
    const RecordingInfo info = reader.info();
    QCOMPARE(info.runs.size(), size_t(1));
    QVERIFY(!info.runs[0].endedAtMs.has_value()); // the run never finished, and the file says so
}

void TestCliMqttRecord::countAndDurationStopTheRecorder() {
    const QString base = uniqueName("limits");
    const QString counted = dir().filePath(base + "-count.db");
    Recorder rec(m_data.path(), base + "/#", counted, {"-C", "3"});
    QVERIFY2(rec.waitUntilSubscribed(), rec.err().constData());
    MqttSession pub(rigOptions(4));
    pub.connect();
    for (int i = 0; i < 5; ++i)
        pub.publish(base + "/x", QByteArray::number(i), 1, false);
    pub.disconnect();
    QCOMPARE(rec.waitForExit(), 0);
    QCOMPARE(countIn(counted), 3);
    const auto info = runCli({"mqtt", "record", "info", counted, "-o", "json"}, m_data.path());
    QCOMPARE(info.exitCode, 0);
    const QJsonObject infoJson = QJsonDocument::fromJson(info.out).object();
    QCOMPARE(infoJson.value("messages").toInt(), 3);
    QCOMPARE(infoJson.value("topics").toArray().at(0).toObject().value("topic").toString(), base + "/x");
    QCOMPARE(infoJson.value("runs").toArray().at(0).toObject().value("filters").toArray().at(0).toString(), base + "/#");
    QVERIFY(infoJson.value("runs").toArray().at(0).toObject().value("ended_at").isString());

    const QString timed = dir().filePath(base + "-duration.db");
    const auto r = runCli({"mqtt", "record", "-L", rigMqttPlainUrl(), base + "/nothing/#", "--to", timed, "--duration", "1"},
                          m_data.path(), 15000);
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains("recorded 0 messages"), r.err.constData());
    QCOMPARE(countIn(timed), 0);
    RecordingReader reader(timed);
    QVERIFY(reader.info().runs.at(0).endedAtMs.has_value());

    // --append adds a second run to the same file
    const auto appended = runCli({"mqtt", "record", "-L", rigMqttPlainUrl(), base + "/nothing/#", "--to", timed,
                                  "--duration", "0.2", "--append"},
                                 m_data.path(), 15000);
    QCOMPARE(appended.exitCode, 0);
    RecordingReader again(timed);
    QCOMPARE(again.info().runs.size(), size_t(2));
}

void TestCliMqttRecord::replayOverMqtt311WarnsThatPropertiesAreDropped() {
    const QString base = uniqueName("v311");
    const QString file = dir().filePath(base + ".db");
    {
        MqttMessage m;
        m.topic = base + "/a";
        m.payload = "x";
        m.receivedAtMs = 1000;
        m.properties.contentType = "text/plain";
        MessageRecorder rec(file, RecordingRunInfo{});
        rec.write({m});
    }
    const auto r = runCli({"mqtt", "replay", file, "-L", rigMqttPlainUrl(), "-V", "311"}, m_data.path());
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains("warning: 1 recorded message(s) carry MQTT 5 properties; they are dropped"), r.err.constData());
    QVERIFY(r.err.contains("replayed 1 of 1"));
}

void TestCliMqttRecord::dryRunPrintsTheMessagesAsJsonWithoutABroker() {
    const QString file = dir().filePath(uniqueName("dry") + ".db");
    {
        MqttMessage a;
        a.topic = "plant/1/t";
        a.payload = QByteArray("\xff\x01", 2);
        a.qos = 2;
        a.retained = true;
        a.receivedAtMs = 1000;
        MqttMessage b = a;
        b.topic = "other/x";
        b.receivedAtMs = 600000; // ten minutes later: a dry run does not wait
        MessageRecorder rec(file, RecordingRunInfo{});
        rec.write({a, b});
    }
    const auto r = runCli({"mqtt", "replay", file, "-L", "mqtt://127.0.0.1:1", "--dry-run", "-o", "json", "--map",
                           "plant/+/t=copy/+/t", "-q", "1", "--no-retain"},
                          m_data.path(), 10000);
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    const QJsonObject first = QJsonDocument::fromJson(lines[0]).object();
    QCOMPARE(first.value("topic").toString(), QStringLiteral("copy/1/t"));
    QCOMPARE(first.value("encoding").toString(), QStringLiteral("base64"));
    QCOMPARE(first.value("payload").toString(), QStringLiteral("/wE="));
    QCOMPARE(first.value("qos").toInt(), 1);
    QCOMPARE(first.value("retain").toBool(), false);
    QCOMPARE(QJsonDocument::fromJson(lines[1]).object().value("topic").toString(), QStringLiteral("other/x"));
    QVERIFY(r.err.contains("dry run: 2 message(s) would be published"));

    const auto window = runCli({"mqtt", "replay", file, "--dry-run", "--from", "+1s"}, m_data.path(), 10000);
    QCOMPARE(window.exitCode, 0);
    QVERIFY(window.out.startsWith("other/x"));
    QCOMPARE(window.out.count('\n'), 1);
}

void TestCliMqttRecord::badInputsAreUsageErrorsBeforeAnyBroker() {
    // An unreachable broker: exit 2 proves each check happens before any connection attempt.
    const QString nowhere = "mqtt://127.0.0.1:1";
    const QString existing = dir().filePath(uniqueName("exists") + ".db");
    { MessageRecorder rec(existing, RecordingRunInfo{}); }
    const QString text = dir().filePath("text.db");
    {
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("plain text, not SQLite, long enough to fill a database header............\n");
    }
    expectUsageError(runCli({"mqtt", "record", "-L", nowhere, "a/#", "--to", existing}, m_data.path()), "--append");
    expectUsageError(runCli({"mqtt", "record", "-L", nowhere, "a/#", "--to", text, "--append"}, m_data.path()),
                     "not an mqkit recording");
    expectUsageError(runCli({"mqtt", "record", "-L", nowhere, "a/#"}, m_data.path()), "--to");
    expectUsageError(runCli({"mqtt", "record", "-L", nowhere, "--to", dir().filePath("new.db")}, m_data.path()),
                     "topic filter");
    QVERIFY(!QFile::exists(dir().filePath("new.db")));
    expectUsageError(runCli({"mqtt", "replay", "-L", nowhere, dir().filePath("missing.db")}, m_data.path()),
                     "no such recording");
    expectUsageError(runCli({"mqtt", "replay", "-L", nowhere, text}, m_data.path()), "not an mqkit recording");
    expectUsageError(runCli({"mqtt", "record", "info", text}, m_data.path()), "not an mqkit recording");
    expectUsageError(runCli({"mqtt", "replay", "-L", nowhere, existing, "--map", "a/#"}, m_data.path()), "--map");
    expectUsageError(runCli({"mqtt", "replay", "-L", nowhere, existing, "--map", "a/#=b"}, m_data.path()), "--map");
    expectUsageError(runCli({"mqtt", "replay", "-L", nowhere, existing, "--speed", "2", "--max-rate", "10"}, m_data.path()),
                     "not both");
    expectUsageError(runCli({"mqtt", "replay", "-L", nowhere, existing, "--from", "yesterday"}, m_data.path()), "--from");
    expectUsageError(runCli({"mqtt", "replay", "-L", nowhere, existing, "--speed", "0"}, m_data.path()), "--speed");
}

void TestCliMqttRecord::recorderReconnectsAfterBrokerKillAndMarksTheGap() {
    QTemporaryDir brokerDir;
    QVERIFY(brokerDir.isValid());
    PrivateMosquitto broker(brokerDir.path());
    QVERIFY(broker.start());
    const QString topic = uniqueName("rec/restart");
    const QString file = dir().filePath(uniqueName("restart") + ".db");
    Recorder rec(m_data.path(), topic + "/#", file, {"--reconnect-delay", "0.2", "--reconnect-max-delay", "1"},
                 broker.url());
    QVERIFY2(rec.waitUntilSubscribed(), rec.err().constData());
    const QStringList pubArgs{"-h", "127.0.0.1", "-p", QString::number(broker.port()), "-q", "1"};
    QCOMPARE(runProcess("mosquitto_pub", pubArgs + QStringList{"-t", topic + "/a", "-m", "before"}).exitCode, 0);
    QVERIFY(rec.waitForCount(1));

    // kill -9: no DISCONNECT, the broker's sessions die with it (persistence is off).
    broker.kill();
    QVERIFY2(rec.waitForDiagnostic("connection lost"), rec.err().constData());
    QVERIFY(broker.start());
    QVERIFY2(rec.waitForDiagnostic("subscribed again"), rec.err().constData());
    QCOMPARE(runProcess("mosquitto_pub", pubArgs + QStringList{"-t", topic + "/b", "-m", "after"}).exitCode, 0);
    QVERIFY2(rec.waitForCount(2), rec.err().constData());
    QCOMPARE(rec.stop(), 0);

    const auto messages = messagesIn(file);
    QCOMPARE(messages.size(), std::size_t(2));
    QCOMPARE(messages[0].payload, QByteArray("before"));
    QCOMPARE(messages[1].payload, QByteArray("after"));

    // The gap is in the recording, between the two messages.
    const auto json = runCli({"mqtt", "record", "info", file, "-o", "json"}, m_data.path());
    QCOMPARE(json.exitCode, 0);
    const QJsonArray runs = QJsonDocument::fromJson(json.out).object().value("runs").toArray();
    QCOMPARE(runs.size(), 1);
    const QJsonArray gaps = runs.at(0).toObject().value("gaps").toArray();
    QCOMPARE(gaps.size(), 1);
    const QJsonObject gap = gaps.at(0).toObject();
    const QDateTime lost = QDateTime::fromString(gap.value("lost_at").toString(), Qt::ISODateWithMs);
    const QDateTime resumed = QDateTime::fromString(gap.value("resumed_at").toString(), Qt::ISODateWithMs);
    QVERIFY2(lost.isValid() && resumed.isValid(), json.out.constData());
    QVERIFY(lost.toMSecsSinceEpoch() >= messages[0].receivedAtMs);
    QVERIFY(resumed > lost);
    QVERIFY(resumed.toMSecsSinceEpoch() <= messages[1].receivedAtMs);
    QVERIFY2(gap.value("reason").toString().contains("connection lost"), json.out.constData());
    const auto text = runCli({"mqtt", "record", "info", file}, m_data.path());
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("gap ") && text.out.contains("connection lost"), text.out.constData());
}

void TestCliMqttRecord::refusedFilterLeavesNoFileBehind() {
    const QString file = dir().filePath(uniqueName("refused") + ".db");
    // '#' must be the last level. Whoever refuses it (mqkit's own check, or the broker, which
    // Mosquitto does by closing the connection), no recording file may be left behind.
    const auto refused = runCli({"mqtt", "record", "-L", rigMqttPlainUrl(), "a/#/b", "--to", file, "--no-reconnect"},
                                m_data.path(), 30000);
    QVERIFY2(refused.finished, "mqkit hung");
    QVERIFY2(refused.exitCode == 1 || refused.exitCode == 2, refused.err.constData());
    QVERIFY2(!QFile::exists(file), "a refused subscription left a recording file behind");
    // So the same command with a good filter is not refused for an existing file.
    const QString topic = uniqueName("rec/rerun");
    Recorder rec(m_data.path(), topic, file, {"-C", "1"});
    QVERIFY2(rec.waitUntilSubscribed(), rec.err().constData());
    QCOMPARE(runProcess("mosquitto_pub", rigMosquittoPlainArgs() + QStringList{"-q", "1", "-t", topic, "-m", "x"}).exitCode,
             0);
    QCOMPARE(rec.waitForExit(), 0);
    QCOMPARE(countIn(file), std::int64_t(1));
}

QTEST_GUILESS_MAIN(TestCliMqttRecord)
#include "tst_cli_mqtt_record.moc"
