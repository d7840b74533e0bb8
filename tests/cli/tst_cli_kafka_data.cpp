// `mqkit kafka consume` and `kafka produce` as a black box against the real Kafka of tests/rig,
// checked against kcat (both directions) and Kafka's own kafka-consumer-groups.

#include "TestSupport.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>
#include <QTest>

#include <map>
#include <set>

namespace {

ProcessResult runMqkit(const QStringList& args, const QByteArray& stdinData = {}, int timeoutMs = 60000) {
    return runCli(QStringList{"kafka"} + args, {}, timeoutMs, stdinData);
}

QStringList plain() {
    return {"-b", rigKafkaBootstrap()};
}

QList<QJsonObject> jsonLines(const QByteArray& out) {
    QList<QJsonObject> lines;
    for (const QByteArray& line : out.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            qFatal("not a JSON object line: %s", line.constData());
        lines << doc.object();
    }
    return lines;
}

QByteArray decoded(const QJsonObject& o, const char* field, const char* encodingField) {
    const QString text = o.value(field).toString();
    return o.value(encodingField).toString() == QLatin1String("base64") ? QByteArray::fromBase64(text.toLatin1())
                                                                         : text.toUtf8();
}

// partition -> offsets printed by mqkit -J
std::map<int, std::set<qint64>> offsetsByPartition(const QList<QJsonObject>& records) {
    std::map<int, std::set<qint64>> out;
    for (const auto& r : records)
        out[r.value("partition").toInt()].insert(r.value("offset").toInteger());
    return out;
}

} // namespace

class TestCliKafkaData : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void producedByMqkitReadsBackWithKcat();
    void producedByKcatReadsBackWithMqkitJsonLines();
    void binaryValuesRoundTripThroughJsonLines();
    void startPositionsPerPartition_data();
    void startPositionsPerPartition();
    void countStopsAfterThatManyRecords();
    void exitAtEndStopsOnAnEmptyTopic();
    void formatStringAndKeySeparator();
    void groupCommitsExactlyWhatWasConsumed();
    void interruptCommitsWhatWasPrintedAndExitsZero();
    void saslPlainConsumesWithAclsAndDeniedProduceExitsOne();
    void unknownTopicExitsOneNamingIt();
    void unreachableBrokerExitsOneWithinTheTimeout();
    void badOffsetAndBadHeaderAreUsageErrors();

private:
    QString m_positions; // 3 partitions, 5 records each with known timestamps
    qint64 m_baseTs = 0; // an hour ago: older timestamps would fall to the broker's 7-day retention
};

void TestCliKafkaData::initTestCase() {
    m_baseTs = (QDateTime::currentMSecsSinceEpoch() / 1000 - 3600) * 1000;
    m_positions = uniqueName("positions");
    createKafkaTopic(m_positions, 3);
    for (int p = 0; p < 3; ++p)
        for (int i = 0; i < 5; ++i)
            requireSuccess(runMqkit({"produce", m_positions, "-b", rigKafkaBootstrap(), "-p", QString::number(p), "--timestamp",
                               QString::number(m_baseTs + i * 1000), QStringLiteral("p%1-%2").arg(p).arg(i)}),
                        "mqkit produce");
}

void TestCliKafkaData::producedByMqkitReadsBackWithKcat() {
    const QString topic = uniqueName("to-kcat");
    createKafkaTopic(topic, 1);
    const auto r = runMqkit(QStringList{"produce", topic} + plain() + QStringList{"-K", ":", "-H", "h1=one", "-H", "h2=",
                                                                               "-H", "h1=again"},
                         "k1:v1\n:no key text\nk3:\n");
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains("3 messages delivered"), r.err.constData());
    // A null value (tombstone) next to an empty one.
    QCOMPARE(runMqkit(QStringList{"produce", topic, "-k", "gone", "-Z", ""} + plain()).exitCode, 0);

    const auto k = runProcess("kcat", {"-C", "-b", rigKafkaBootstrap(), "-t", topic, "-e", "-J", "-q"}, 30000);
    QCOMPARE(k.exitCode, 0);
    const auto lines = jsonLines(k.out);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines[0].value("key").toString(), QString("k1"));
    QCOMPARE(lines[0].value("payload").toString(), QString("v1"));
    QCOMPARE(lines[0].value("headers").toArray(), (QJsonArray{"h1", "one", "h2", "", "h1", "again"}));
    QCOMPARE(lines[1].value("key").toString(), QString(""));
    QCOMPARE(lines[1].value("payload").toString(), QString("no key text"));
    QCOMPARE(lines[2].value("key").toString(), QString("k3"));
    QVERIFY(lines[2].value("payload").isString());
    QCOMPARE(lines[2].value("payload").toString(), QString(""));
    QCOMPARE(lines[3].value("key").toString(), QString("gone"));
    QVERIFY(lines[3].value("payload").isNull());
}

void TestCliKafkaData::producedByKcatReadsBackWithMqkitJsonLines() {
    const QString topic = uniqueName("from-kcat");
    createKafkaTopic(topic, 1);
    requireSuccess(runProcess("kcat", {"-P", "-b", rigKafkaBootstrap(), "-t", topic, "-K", ":", "-Z", "-H", "a=1", "-H", "b=x=y"},
                           30000, "k1:hello \"world\"\nk2:\n"),
                "kcat -P");
    const auto r = runMqkit(QStringList{"consume", topic, "-e", "-J"} + plain());
    QCOMPARE(r.exitCode, 0);
    const auto lines = jsonLines(r.out);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0].value("topic").toString(), topic);
    QCOMPARE(lines[0].value("partition").toInt(), 0);
    QCOMPARE(lines[0].value("offset").toInteger(), 0);
    QCOMPARE(lines[0].value("key").toString(), QString("k1"));
    QCOMPARE(lines[0].value("payload").toString(), QString("hello \"world\""));
    QCOMPARE(lines[0].value("encoding").toString(), QString("utf8"));
    QCOMPARE(lines[0].value("timestamp_type").toString(), QString("create"));
    QVERIFY(lines[0].value("timestamp").toInteger() > 1600000000000);
    QCOMPARE(lines[0].value("headers").toArray(),
             (QJsonArray{QJsonObject{{"name", "a"}, {"value", "1"}}, QJsonObject{{"name", "b"}, {"value", "x=y"}}}));
    // kcat -Z sent the empty value as null: mqkit keeps it null, not "".
    QCOMPARE(lines[1].value("key").toString(), QString("k2"));
    QVERIFY(lines[1].value("payload").isNull());
    QVERIFY(!lines[1].contains("encoding"));
}

void TestCliKafkaData::binaryValuesRoundTripThroughJsonLines() {
    const QString topic = uniqueName("binary");
    createKafkaTopic(topic, 1);
    QByteArray binary;
    for (int i = 0; i < 256; ++i)
        binary.append(static_cast<char>(255 - i));
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write(binary);
    file.close();
    // kcat sends the whole file as one message; mqkit --file does the same.
    requireSuccess(runProcess("kcat", {"-P", "-b", rigKafkaBootstrap(), "-t", topic, "-k", "kcat", file.fileName()}, 30000), "kcat -P file");
    QCOMPARE(runMqkit(QStringList{"produce", topic, "--file", file.fileName(), "-k", "mqkit"} + plain()).exitCode, 0);

    const auto r = runMqkit(QStringList{"consume", topic, "-e", "--output", "json"} + plain());
    QCOMPARE(r.exitCode, 0);
    const auto lines = jsonLines(r.out);
    QCOMPARE(lines.size(), 2);
    for (const auto& line : lines) {
        QCOMPARE(line.value("encoding").toString(), QString("base64"));
        QCOMPARE(decoded(line, "payload", "encoding"), binary);
    }
    // And what mqkit produced is byte for byte what kcat reads.
    const auto k = runProcess("kcat", {"-C", "-b", rigKafkaBootstrap(), "-t", topic, "-e", "-q", "-o", "1", "-f", "%s"}, 30000);
    QCOMPARE(k.exitCode, 0);
    QCOMPARE(k.out, binary);
}

void TestCliKafkaData::startPositionsPerPartition_data() {
    QTest::addColumn<QString>("offset");
    QTest::addColumn<QList<qint64>>("offsets"); // expected in every partition
    QTest::newRow("beginning") << "beginning" << QList<qint64>{0, 1, 2, 3, 4};
    QTest::newRow("end") << "end" << QList<qint64>{};
    QTest::newRow("absolute offset 3") << "3" << QList<qint64>{3, 4};
    QTest::newRow("2 before the end") << "-2" << QList<qint64>{3, 4};
    QTest::newRow("timestamp of the third record") << QString("s@%1").arg(m_baseTs + 2000) << QList<qint64>{2, 3, 4};
    QTest::newRow("timestamp between records") << QString("s@%1").arg(m_baseTs + 3500) << QList<qint64>{4};
    QTest::newRow("timestamp after the last") << QString("s@%1").arg(m_baseTs + 10000) << QList<qint64>{};
}

void TestCliKafkaData::startPositionsPerPartition() {
    QFETCH(QString, offset);
    QFETCH(QList<qint64>, offsets);
    const auto r = runMqkit(QStringList{"consume", m_positions, "-e", "-J", "-o", offset} + plain());
    QCOMPARE(r.exitCode, 0);
    const auto lines = jsonLines(r.out);
    QCOMPARE(lines.size(), offsets.size() * 3);
    const auto byPartition = offsetsByPartition(lines);
    for (int p = 0; p < 3; ++p) {
        const std::set<qint64> expected(offsets.begin(), offsets.end());
        const auto it = byPartition.find(p);
        QCOMPARE(it == byPartition.end() ? std::set<qint64>{} : it->second, expected);
    }
    for (const auto& line : lines) {
        const int p = line.value("partition").toInt();
        const qint64 o = line.value("offset").toInteger();
        QCOMPARE(line.value("payload").toString(), QStringLiteral("p%1-%2").arg(p).arg(o));
        QCOMPARE(line.value("timestamp").toInteger(), m_baseTs + o * 1000);
    }
    // One partition only.
    const auto one = runMqkit(QStringList{"consume", m_positions, "-e", "-J", "-p", "1", "-o", offset} + plain());
    QCOMPARE(one.exitCode, 0);
    const auto oneLines = jsonLines(one.out);
    QCOMPARE(oneLines.size(), offsets.size());
    for (const auto& line : oneLines)
        QCOMPARE(line.value("partition").toInt(), 1);
}

void TestCliKafkaData::countStopsAfterThatManyRecords() {
    const auto r = runMqkit(QStringList{"consume", m_positions, "-c", "4", "-J"} + plain());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(jsonLines(r.out).size(), 4);
    // -c larger than what is there, with -e: everything, then exit.
    const auto all = runMqkit(QStringList{"consume", m_positions, "-c", "100", "-e"} + plain());
    QCOMPARE(all.exitCode, 0);
    QCOMPARE(all.out.count('\n'), 15);
}

void TestCliKafkaData::exitAtEndStopsOnAnEmptyTopic() {
    const QString topic = uniqueName("empty");
    createKafkaTopic(topic, 2);
    const auto r = runMqkit(QStringList{"consume", topic, "-e"} + plain(), {}, 20000);
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray());
}

void TestCliKafkaData::formatStringAndKeySeparator() {
    const auto r = runMqkit(QStringList{"consume", m_positions, "-p", "2", "-o", "-1", "-e", "-f",
                                     "%t|%p|%o|%T|%k|%K|%s|%S|%h\\n"} +
                         plain());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("%1|2|4|%2||-1|p2-4|4|\n").arg(m_positions).arg(m_baseTs + 4000).toUtf8());
    const auto k = runMqkit(QStringList{"consume", m_positions, "-p", "0", "-o", "-1", "-e", "-K", "\\t"} + plain());
    QCOMPARE(k.exitCode, 0);
    QCOMPARE(k.out, QByteArray("\tp0-4\n"));
}

void TestCliKafkaData::groupCommitsExactlyWhatWasConsumed() {
    const QString group = uniqueName("group");
    const auto first = runMqkit(QStringList{"consume", m_positions, "-G", group, "-c", "7", "-J"} + plain());
    QCOMPARE(first.exitCode, 0);
    const auto consumed = offsetsByPartition(jsonLines(first.out));
    // Kafka's own tool: CURRENT-OFFSET per partition = one past the last offset printed.
    const auto d = runKafkaTool({"consumer-groups", "--bootstrap-server", rigKafkaBootstrap(), "--describe", "--group", group});
    requireSuccess(d, "kafka-consumer-groups --describe");
    std::map<int, QString> committed;
    for (const QByteArray& line : d.out.split('\n')) {
        const QStringList cells = QString::fromUtf8(line).simplified().split(' ', Qt::SkipEmptyParts);
        if (cells.size() >= 4 && cells[0] == group && cells[1] == m_positions)
            committed[cells[2].toInt()] = cells[3];
    }
    int total = 0;
    for (int p = 0; p < 3; ++p) {
        const auto it = consumed.find(p);
        if (it == consumed.end()) {
            QVERIFY2(!committed.count(p) || committed[p] == "-" || committed[p] == "0", qPrintable(committed[p]));
            continue;
        }
        total += static_cast<int>(it->second.size());
        QCOMPARE(committed[p], QString::number(*it->second.rbegin() + 1));
        QCOMPARE(*it->second.begin(), 0); // from the beginning, contiguous
        QCOMPARE(qint64(it->second.size()), *it->second.rbegin() + 1);
    }
    QCOMPARE(total, 7);
    // The same group goes on where it stopped: the other 8, then -e ends it.
    const auto rest = runMqkit(QStringList{"consume", m_positions, "-G", group, "-e", "-J"} + plain());
    QCOMPARE(rest.exitCode, 0);
    const auto restLines = jsonLines(rest.out);
    QCOMPARE(restLines.size(), 8);
    for (const auto& line : restLines) {
        const auto it = consumed.find(line.value("partition").toInt());
        if (it != consumed.end())
            QVERIFY(!it->second.count(line.value("offset").toInteger()));
    }
}

void TestCliKafkaData::interruptCommitsWhatWasPrintedAndExitsZero() {
    const QString group = uniqueName("interrupted");
    QProcess proc;
    startCli(proc, QStringList{"kafka", "consume", m_positions, "-G", group} + plain(), QString());
    QVERIFY(proc.waitForStarted());
    QByteArray out;
    QElapsedTimer clock;
    clock.start();
    while (out.count('\n') < 15 && clock.elapsed() < 30000) {
        proc.waitForReadyRead(200);
        out += proc.readAllStandardOutput();
    }
    QCOMPARE(out.count('\n'), 15);
    proc.terminate(); // SIGTERM, as Ctrl-C: drain, commit, leave the group
    QVERIFY(proc.waitForFinished(30000));
    QCOMPARE(proc.exitStatus(), QProcess::NormalExit);
    QCOMPARE(proc.exitCode(), 0);
    const auto d = runKafkaTool({"consumer-groups", "--bootstrap-server", rigKafkaBootstrap(), "--describe", "--group", group});
    requireSuccess(d, "kafka-consumer-groups --describe");
    int rows = 0;
    for (const QByteArray& line : d.out.split('\n')) {
        const QStringList cells = QString::fromUtf8(line).simplified().split(' ', Qt::SkipEmptyParts);
        if (cells.size() >= 4 && cells[0] == group && cells[1] == m_positions) {
            QCOMPARE(cells[3], QString("5"));
            ++rows;
        }
    }
    QCOMPARE(rows, 3);
}

void TestCliKafkaData::saslPlainConsumesWithAclsAndDeniedProduceExitsOne() {
    const RigEnv& rig = RigEnv::get();
    const QString user = rig.value("MQKIT_RIG_KAFKA_USER1");
    const QString group = uniqueName("sasl-group");
    const QString denied = uniqueName("denied");
    createKafkaTopic(denied, 1);
    requireSuccess(runKafkaTool({"acls", "--bootstrap-server", rigKafkaBootstrap(), "--add", "--allow-principal", "User:" + user,
                           "--operation", "Read", "--operation", "Describe", "--operation", "Write", "--topic",
                           m_positions}),
                "kafka-acls --add (topic)");
    requireSuccess(runKafkaTool({"acls", "--bootstrap-server", rigKafkaBootstrap(), "--add", "--allow-principal", "User:" + user,
                           "--operation", "Read", "--group", group}),
                "kafka-acls --add (group)");
    const QStringList sasl{"-b", rig.value("MQKIT_RIG_KAFKA_SASL"), "-X", "security.protocol=SASL_PLAINTEXT", "-X",
                           "sasl.mechanisms=PLAIN", "-X", "sasl.username=" + user, "-X",
                           "sasl.password=" + rig.value("MQKIT_RIG_KAFKA_PASSWORD1")};
    const auto r = runMqkit(QStringList{"consume", m_positions, "-e", "-o", "-1"} + sasl);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out.count('\n'), 3);
    const auto g = runMqkit(QStringList{"consume", m_positions, "-G", group, "-c", "2"} + sasl);
    QVERIFY2(g.exitCode == 0, g.err.constData());
    QCOMPARE(g.out.count('\n'), 2);
    // No ACL on this topic: delivery fails, exit 1, naming the Kafka error.
    const auto p = runMqkit(QStringList{"produce", denied, "x"} + sasl);
    QCOMPARE(p.exitCode, 1);
    QVERIFY2(p.err.startsWith("mqkit: ") && p.err.contains("AUTHORIZATION_FAILED"), p.err.constData());
    // A wrong password: exit 1, authentication named.
    QStringList wrong = sasl;
    wrong.last() = "sasl.password=wrong";
    const auto w = runMqkit(QStringList{"consume", m_positions, "-e", "--timeout", "5"} + wrong);
    QCOMPARE(w.exitCode, 1);
    QVERIFY2(w.err.contains("authentication") && w.err.contains("_AUTHENTICATION"), w.err.constData());
}

void TestCliKafkaData::unknownTopicExitsOneNamingIt() {
    const QString topic = uniqueName("no-such-topic");
    const auto r = runMqkit(QStringList{"consume", topic, "-e"} + plain());
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.startsWith("mqkit: ") && r.err.contains("unknown topic '" + topic.toUtf8() + "'"), r.err.constData());
    QCOMPARE(r.err.count('\n'), 1);
    // The consumer asked for metadata only: the topic was not auto-created by looking at it.
    const auto again = runMqkit(QStringList{"consume", topic, "-e"} + plain());
    QCOMPARE(again.exitCode, 1);
}

void TestCliKafkaData::unreachableBrokerExitsOneWithinTheTimeout() {
    // A port nobody listens on (the rig's, shifted by one would be racy; port 1 is never a broker).
    const QStringList dead{"-b", "127.0.0.1:1", "--timeout", "2"};
    const auto c = runMqkit(QStringList{"consume", "t", "-e"} + dead, {}, 20000);
    QVERIFY(c.finished);
    QCOMPARE(c.exitCode, 1);
    QVERIFY2(c.err.contains("cannot reach Kafka at 127.0.0.1:1"), c.err.constData());
    QVERIFY2(c.elapsedMs < 8000, qPrintable(QString::number(c.elapsedMs)));
    const auto p = runMqkit(QStringList{"produce", "t", "x"} + dead, {}, 20000);
    QVERIFY(p.finished);
    QCOMPARE(p.exitCode, 1);
    QVERIFY2(p.err.contains("_MSG_TIMED_OUT") && p.err.contains("cannot reach Kafka"), p.err.constData());
    QVERIFY2(p.elapsedMs < 8000, qPrintable(QString::number(p.elapsedMs)));
}

void TestCliKafkaData::badOffsetAndBadHeaderAreUsageErrors() {
    // Found before any broker is contacted: the bootstrap server does not exist.
    const QStringList dead{"-b", "127.0.0.1:1"};
    for (const QString offset : {"yesterday", "s@", "s@abc", "12x"}) {
        const auto r = runMqkit(QStringList{"consume", "t", "-o", offset} + dead, {}, 10000);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith("mqkit: bad offset"), r.err.constData());
    }
    const auto j = runMqkit(QStringList{"consume", "t", "-o", "json"} + dead, {}, 10000);
    QCOMPARE(j.exitCode, 2);
    QVERIFY2(j.err.contains("-J or --output json"), j.err.constData());
    const auto h = runMqkit(QStringList{"produce", "t", "-H", "novalue", "x"} + dead, {}, 10000);
    QCOMPARE(h.exitCode, 2);
    QVERIFY2(h.err.startsWith("mqkit: bad header 'novalue'"), h.err.constData());
    const auto f = runMqkit(QStringList{"consume", "t", "-f", "%q"} + dead, {}, 10000);
    QCOMPARE(f.exitCode, 2);
    const auto both = runMqkit(QStringList{"consume", "t", "-J", "-f", "%s"} + dead, {}, 10000);
    QCOMPARE(both.exitCode, 2);
    const auto gp = runMqkit(QStringList{"consume", "t", "-G", "g", "-p", "0"} + dead, {}, 10000);
    QCOMPARE(gp.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliKafkaData)
#include "tst_cli_kafka_data.moc"
