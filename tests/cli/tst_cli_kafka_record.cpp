// Kafka recordings (`kafka record`, `mqtt record info`, `mqtt replay` to Kafka and to MQTT) and
// `kafka to-mqtt` as a black box against the real Kafka and Mosquitto of tests/rig; kcat -J,
// mosquitto_sub and Kafka's kafka-consumer-groups are the referees.

#include "TestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <set>

namespace {

QStringList plain() {
    return {"-b", rigKafkaBootstrap()};
}

// Records "k<i % keys>\tk<i % keys>:<seq of that key>" with two headers of one name and an empty one.
void produceKeyed(const QString& topic, int count, int keys) {
    QByteArray lines;
    std::map<int, int> seq;
    for (int i = 0; i < count; ++i) {
        const int k = i % keys;
        lines += "k" + QByteArray::number(k) + "\tk" + QByteArray::number(k) + ":" + QByteArray::number(seq[k]++) + '\n';
    }
    requireSuccess(runProcess("kcat", {"-P", "-b", rigKafkaBootstrap(), "-t", topic, "-K", "\t", "-H", "h=a", "-H",
                                       "h=b", "-H", "e="},
                              60000, lines),
                   "kcat -P");
}

// kcat -J of a whole topic, per partition in offset order, without the fields a copy changes.
std::map<int, QList<QJsonObject>> kcatRecords(const QString& topic) {
    const ProcessResult r = runProcess("kcat", {"-C", "-b", rigKafkaBootstrap(), "-t", topic, "-e", "-J", "-q"}, 60000);
    requireSuccess(r, "kcat -C -J");
    std::map<int, QList<QJsonObject>> out;
    for (const QByteArray& line : r.out.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonObject o = QJsonDocument::fromJson(line).object();
        o.remove("topic");
        o.remove("broker");
        out[o.value("partition").toInt()] << o;
    }
    return out;
}

ProcessResult kafka(const QStringList& args, int timeoutMs = 60000) {
    return runCli(QStringList{"kafka"} + args, {}, timeoutMs);
}

ProcessResult mqtt(const QStringList& args, int timeoutMs = 60000) {
    return runCli(QStringList{"mqtt"} + args, {}, timeoutMs);
}

// A Mosquitto of this test's own that keeps sessions and queued messages across a restart
// (persistence on, no queue limit), so a persistent subscriber loses nothing the broker took.
void makePersistent(const QString& dir) {
    QFile conf(dir + "/mosquitto.conf");
    QVERIFY(conf.open(QIODevice::ReadOnly));
    QByteArray text = conf.readAll();
    conf.close();
    text.replace("persistence false\n", "persistence true\npersistence_location " + dir.toUtf8() +
                                            "/\nmax_queued_messages 0\nmax_inflight_messages 0\n");
    QVERIFY(conf.open(QIODevice::WriteOnly | QIODevice::Truncate));
    conf.write(text);
}

// Lines "TOPIC PAYLOAD" a subscriber printed so far; values "kK:SEQ".
struct Received {
    QByteArray buffer;
    QList<QByteArray> payloads;
    void take(QProcess& p) {
        buffer += p.readAllStandardOutput();
        const qsizetype end = buffer.lastIndexOf('\n');
        if (end < 0)
            return;
        for (const QByteArray& line : buffer.left(end).split('\n'))
            if (!line.isEmpty())
                payloads << line.mid(line.indexOf(' ') + 1);
        buffer = buffer.mid(end + 1);
    }
    std::set<QByteArray> distinct() const { return {payloads.begin(), payloads.end()}; }
};

} // namespace

class TestCliKafkaRecord : public QObject {
    Q_OBJECT
private slots:
    void recordInfoAndReplayToKafkaEqualsSource();
    void replayOfKafkaRecordingToMqttDeliversEveryRecord();
    void toMqttCommitsOnlyWhatTheBrokerAcknowledgedAcrossARestart();
    void verifyAgainstRecordingMatchesUntilTheTopicChanges();
};

void TestCliKafkaRecord::recordInfoAndReplayToKafkaEqualsSource() {
    const QString src = uniqueName("krec-src");
    const QString dst = uniqueName("krec-dst");
    createKafkaTopic(src, 3);
    createKafkaTopic(dst, 3);
    produceKeyed(src, 300, 7);
    requireSuccess(runProcess("kcat", {"-P", "-b", rigKafkaBootstrap(), "-t", src, "-K", "\t", "-Z"}, 30000,
                              "tomb\t\n"),
                   "kcat -P tombstone");
    QTemporaryDir dir;
    const QString file = dir.filePath("k.db");
    const ProcessResult rec = kafka(QStringList{"record", src, "--to", file, "-e"} + plain());
    QVERIFY2(rec.exitCode == 0, rec.err.constData());

    const ProcessResult info = mqtt({"record", "info", file, "-o", "json"});
    QCOMPARE(info.exitCode, 0);
    const QJsonObject doc = QJsonDocument::fromJson(info.out).object();
    QCOMPARE(doc.value("kafka_records").toInteger(), 301);
    QCOMPARE(doc.value("runs").toArray().at(0).toObject().value("system").toString(), QStringLiteral("kafka"));
    const auto source = kcatRecords(src);
    const QJsonArray partitions = doc.value("kafka_partitions").toArray();
    QCOMPARE(partitions.size(), qsizetype(source.size()));
    qint64 nulls = 0;
    for (const auto& p : partitions) {
        const QJsonObject o = p.toObject();
        const auto& records = source.at(o.value("partition").toInt());
        QCOMPARE(o.value("records").toInteger(), records.size());
        QCOMPARE(o.value("first_offset").toInteger(), records.first().value("offset").toInteger());
        QCOMPARE(o.value("last_offset").toInteger(), records.last().value("offset").toInteger());
        nulls += o.value("null_values").toInteger();
    }
    QCOMPARE(nulls, 1);
    const ProcessResult text = mqtt({"record", "info", file});
    QVERIFY(text.out.contains("kafka     301 record(s) in 3 partition(s)"));

    const ProcessResult replay = mqtt(QStringList{"replay", file, "--to-kafka", "--map", src + "=" + dst, "--max-rate",
                                                  "100000"} + plain());
    QVERIFY2(replay.exitCode == 0, replay.err.constData());
    const auto copy = kcatRecords(dst);
    QCOMPARE(copy.size(), source.size());
    for (const auto& [partition, records] : source) {
        const auto& copied = copy.at(partition);
        QCOMPARE(copied.size(), records.size());
        for (qsizetype i = 0; i < records.size(); ++i) {
            for (const char* field : {"key", "payload", "headers", "ts", "tstype", "partition"})
                QCOMPARE(copied.at(i).value(field), records.at(i).value(field));
        }
    }
}

// `kafka verify SRC --recording FILE`: a topic against the slice of it kept offline, record by
// record; a record produced after the recording is reported missing from it and the exit is 1.
void TestCliKafkaRecord::verifyAgainstRecordingMatchesUntilTheTopicChanges() {
    const QString src = uniqueName("kver-src");
    createKafkaTopic(src, 2);
    produceKeyed(src, 120, 5);
    QTemporaryDir dir;
    const QString file = dir.filePath("k.db");
    const ProcessResult rec = kafka(QStringList{"record", src, "--to", file, "-e"} + plain());
    QVERIFY2(rec.exitCode == 0, rec.err.constData());

    const ProcessResult same = kafka(QStringList{"verify", src, "--recording", file, "-o", "json"} + plain());
    QVERIFY2(same.exitCode == 0, same.out + same.err);
    QJsonObject doc = QJsonDocument::fromJson(same.out).object();
    QCOMPARE(doc.value("match").toBool(), true);
    QCOMPARE(doc.value("total").toObject().value("target").toInteger(), 120);

    produceKeyed(src, 1, 1);
    const ProcessResult changed = kafka(QStringList{"verify", src, "--recording", file, "-o", "json"} + plain());
    QCOMPARE(changed.exitCode, 1);
    doc = QJsonDocument::fromJson(changed.out).object();
    QCOMPARE(doc.value("match").toBool(), false);
    QCOMPARE(doc.value("total").toObject().value("missing").toInteger(), 1);

    const ProcessResult absent = kafka(QStringList{"verify", "no-such-topic-in-it", src, "--recording", file} + plain());
    QVERIFY(absent.exitCode != 0);
}

void TestCliKafkaRecord::replayOfKafkaRecordingToMqttDeliversEveryRecord() {
    const QString src = uniqueName("krec-mqtt");
    createKafkaTopic(src, 2);
    const int n = 500;
    produceKeyed(src, n, 5);
    QTemporaryDir dir;
    const QString file = dir.filePath("k.db");
    QCOMPARE(kafka(QStringList{"record", src, "--to", file, "-e"} + plain()).exitCode, 0);

    const QString prefix = uniqueName("krec");
    QProcess sub;
    sub.start("mosquitto_sub", rigMosquittoPlainArgs() + QStringList{"-t", prefix + "/#", "-q", "1", "-C",
                                                                      QString::number(n), "-V", "5", "-F", "%t %p %P"});
    QVERIFY(sub.waitForStarted());
    QTest::qWait(500);
    const ProcessResult replay = mqtt({"replay", file, "-L", rigMqttPlainUrl(), "-V", "5", "--topic-template",
                                       prefix + "/{key}/cmd", "--max-rate", "5000", "--quiet"});
    QVERIFY2(replay.exitCode == 0, replay.err.constData());
    QVERIFY(sub.waitForFinished(30000));
    const QList<QByteArray> lines = sub.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(lines.size(), qsizetype(n));
    std::set<QByteArray> values;
    for (const QByteArray& line : lines) {
        const QList<QByteArray> parts = line.split(' ');
        QVERIFY(parts.at(0).endsWith("/cmd"));
        QVERIFY(parts.at(0).contains("/" + parts.at(1).left(parts.at(1).indexOf(':')) + "/"));
        QCOMPARE(parts.value(2), QByteArray("h:a"));
        values.insert(parts.at(1));
    }
    QCOMPARE(values.size(), std::size_t(n));
}

void TestCliKafkaRecord::toMqttCommitsOnlyWhatTheBrokerAcknowledgedAcrossARestart() {
    const QString src = uniqueName("krec-bridge");
    const QString group = uniqueName("krec-group");
    createKafkaTopic(src, 3);
    const int n = 30000;
    const int keys = 10;
    produceKeyed(src, n, keys);
    QTemporaryDir dir;
    PrivateMosquitto broker(dir.path());
    makePersistent(dir.path());
    QVERIFY(broker.start());

    QProcess sub; // a persistent QoS 1 session that reconnects by itself
    sub.start("mosquitto_sub", {"-h", "127.0.0.1", "-p", QString::number(broker.port()), "-t", "b/#", "-q", "1", "-c",
                                "-i", uniqueName("krec-sub"), "-F", "%t %p"});
    QVERIFY(sub.waitForStarted());
    QTest::qWait(700);
    const QStringList bridge = QStringList{"kafka", "to-mqtt", src, "-L", broker.url(), "-g", group, "-q", "1",
                                           "--topic-template", "b/{key}/cmd", "--reconnect-delay", "0.2",
                                           "--reconnect-max-delay", "0.5", "--quiet"} + plain();
    // A first run stops after 5,000 records: a restart goes on from its committed offsets.
    const ProcessResult first = runCli(bridge + QStringList{"-C", "5000"}, {}, 60000);
    QVERIFY2(first.exitCode == 0, first.err.constData());

    Received received;
    QProcess run;
    startCli(run, bridge + QStringList{"-e"}, {});
    QVERIFY(run.waitForStarted());
    QElapsedTimer clock;
    clock.start();
    while (received.payloads.size() < 10000 && clock.elapsed() < 40000) { // the second run is forwarding
        sub.waitForReadyRead(100);
        received.take(sub);
    }
    QVERIFY2(received.payloads.size() >= 10000, qPrintable(QStringLiteral("only %1 delivered before the restart")
                                                               .arg(received.payloads.size())));
    broker.stop(); // mid-stream
    QTest::qWait(1000);
    QVERIFY(broker.start());
    QVERIFY2(run.waitForFinished(60000), run.readAllStandardError().constData());
    const QByteArray runErr = run.readAllStandardError();
    QVERIFY2(run.exitCode() == 0, runErr.constData());
    for (int i = 0; i < 100 && received.distinct().size() < std::size_t(n); ++i) {
        sub.waitForReadyRead(100);
        received.take(sub);
    }
    sub.terminate();
    sub.waitForFinished(5000);
    received.take(sub);

    // Everything committed (the group has no lag) was delivered; per key, in order.
    const ProcessResult lag = runKafkaTool({"consumer-groups", "--bootstrap-server", rigKafkaBootstrap(), "--describe",
                                            "--group", group});
    QCOMPARE(lag.exitCode, 0);
    int partitionsSeen = 0;
    for (const QByteArray& line : lag.out.split('\n')) {
        const QList<QByteArray> cols = line.simplified().split(' ');
        if (cols.size() >= 6 && cols.at(1) == src.toUtf8()) {
            QCOMPARE(cols.at(5), QByteArray("0"));
            ++partitionsSeen;
        }
    }
    QCOMPARE(partitionsSeen, 3);
    QCOMPARE(received.distinct().size(), std::size_t(n));
    // Per key, the latest delivery of each record comes in record order: what was in flight at the
    // loss is published again, in order, after the restart (a subscriber keeping the last value per
    // key ends right); anything else is a duplicate of those.
    std::map<QByteArray, std::map<int, qsizetype>> lastAt; // key -> seq -> index of its last delivery
    for (qsizetype i = 0; i < received.payloads.size(); ++i) {
        const QByteArray& v = received.payloads.at(i);
        lastAt[v.left(v.indexOf(':'))][v.mid(v.indexOf(':') + 1).toInt()] = i;
    }
    for (const auto& [key, seqs] : lastAt) {
        QCOMPARE(seqs.size(), std::size_t(n / keys));
        qsizetype previous = -1;
        for (const auto& [seq, at] : seqs) {
            QVERIFY2(at > previous, qPrintable(QStringLiteral("%1:%2 out of order").arg(QString::fromUtf8(key)).arg(seq)));
            previous = at;
        }
    }
    qInfo("%lld deliveries for %d records; bridge: %s", static_cast<long long>(received.payloads.size()), n,
          runErr.right(200).constData());
}

QTEST_GUILESS_MAIN(TestCliKafkaRecord)
#include "tst_cli_kafka_record.moc"
