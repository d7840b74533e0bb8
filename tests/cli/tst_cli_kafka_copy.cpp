// `mqkit kafka copy` and `kafka verify` as a black box against the real Kafka of tests/rig (and a
// second rig started here for copies between clusters). Referees: kcat -J (keys, values, null,
// headers, timestamps, partitions) and Kafka's own console producer (where a keyed record goes).

#include "TestSupport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <map>

namespace {

QList<QJsonObject> jsonLines(const QByteArray& out) {
    QList<QJsonObject> lines;
    for (const QByteArray& line : out.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        if (!doc.isObject())
            qFatal("not a JSON object line: %s", line.constData());
        lines << doc.object();
    }
    return lines;
}

QJsonObject jsonDocument(const QByteArray& out) {
    const QJsonDocument doc = QJsonDocument::fromJson(out);
    if (!doc.isObject())
        qFatal("not a JSON document: %s", out.constData());
    return doc.object();
}

// Every record of a topic as kcat -J shows it, in partition then offset order.
QList<QJsonObject> kcatRecords(const QString& bootstrap, const QString& topic, bool readCommitted = false) {
    QStringList args{"-C", "-b", bootstrap, "-t", topic, "-e", "-J", "-q"};
    if (readCommitted)
        args << "-X" << "isolation.level=read_committed";
    const auto r = runProcess("kcat", args, 60000);
    requireSuccess(r, "kcat -C -J");
    QList<QJsonObject> records = jsonLines(r.out);
    std::stable_sort(records.begin(), records.end(), [](const QJsonObject& a, const QJsonObject& b) {
        return a.value("partition").toInt() != b.value("partition").toInt()
                   ? a.value("partition").toInt() < b.value("partition").toInt()
                   : a.value("offset").toInteger() < b.value("offset").toInteger();
    });
    return records;
}

// Headers without the provenance ones, and the provenance ones by name.
QJsonArray userHeaders(const QJsonObject& record, std::map<QString, QString>* provenance = nullptr) {
    const QJsonArray all = record.value("headers").toArray();
    QJsonArray out;
    for (qsizetype i = 0; i + 1 < all.size(); i += 2) {
        const QString name = all[i].toString();
        if (name.startsWith("mqkit.source.")) {
            if (provenance)
                (*provenance)[name] = all[i + 1].toString();
            continue;
        }
        out << all[i] << all[i + 1];
    }
    return out;
}

void kcatProduceLines(const QString& bootstrap, const QString& topic, const QStringList& extra, const QByteArray& lines) {
    requireSuccess(runProcess("kcat", QStringList{"-P", "-b", bootstrap, "-t", topic} + extra, 60000, lines), "kcat -P");
}

// The records of the test "tricky" set: null and empty keys and values, duplicate headers, null
// header values, in three partitions.
void produceTrickyRecords(const QString& bootstrap, const QString& topic) {
    kcatProduceLines(bootstrap, topic, {"-p", "0", "-K", ":", "-H", "dup=1", "-H", "dup=2", "-H", "nullval", "-H", "empty="},
                     "k1:v1\n:empty key\nk3:\n");
    kcatProduceLines(bootstrap, topic, {"-p", "1", "-K", ":", "-Z"}, "tomb:\n");   // null value
    kcatProduceLines(bootstrap, topic, {"-p", "1", "-Z"}, "no key at all\n");       // null key
    kcatProduceLines(bootstrap, topic, {"-p", "2", "-K", ":", "-H", "b=x"}, "bin:\x01\x02\n");
}

// Both topics hold the same records partition by partition (content, headers, timestamp), the
// target's with provenance headers pointing at the source record.
void compareCopies(const QList<QJsonObject>& source, const QList<QJsonObject>& target, const QString& sourceTopic,
                   bool expectLogAppend = false) {
    QCOMPARE(target.size(), source.size());
    for (qsizetype i = 0; i < source.size(); ++i) {
        const QJsonObject& s = source[i];
        const QJsonObject& t = target[i];
        QCOMPARE(t.value("partition").toInt(), s.value("partition").toInt());
        QCOMPARE(t.value("key"), s.value("key"));
        QCOMPARE(t.value("payload"), s.value("payload"));
        QCOMPARE(t.value("ts").toInteger(), s.value("ts").toInteger());
        QCOMPARE(t.value("tstype").toString(), QString("create"));
        std::map<QString, QString> provenance;
        QCOMPARE(userHeaders(t, &provenance), userHeaders(s));
        QCOMPARE(provenance["mqkit.source.topic"], sourceTopic);
        QCOMPARE(provenance["mqkit.source.partition"], QString::number(s.value("partition").toInt()));
        QCOMPARE(provenance["mqkit.source.offset"], QString::number(s.value("offset").toInteger()));
        QVERIFY(!provenance["mqkit.source.cluster"].isEmpty());
        if (expectLogAppend)
            QCOMPARE(provenance["mqkit.source.timestamp-type"], QString("LogAppendTime"));
    }
}

qint64 checkpointNextSum(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    qint64 sum = 0;
    for (const auto& p : doc.object().value("partitions").toArray())
        sum += p.toObject().value("next").toInteger();
    return sum;
}

// 100-byte values with keys and a header, spread over the partitions by kcat.
void produceSmallRecords(const QString& topic, int count) {
    QByteArray lines;
    lines.reserve(count * 110);
    const QByteArray value(90, 'x');
    for (int i = 0; i < count; ++i)
        lines += "key" + QByteArray::number(i) + ':' + value + '\n';
    kcatProduceLines(rigKafkaBootstrap(), topic, {"-K", ":", "-H", "trace=t", "-X", "linger.ms=50"}, lines);
}

} // namespace

class TestCliKafkaCopy : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void copyWithinClusterKeepsKeysNullsHeadersTimestampsAndPartitions();
    void logAppendTimeSourceKeepsItsTimestamps();
    void copyBetweenTwoClustersKeepsEverything();
    void preserveIsRefusedWhenTargetHasFewerPartitions();
    void keyModePlacesRecordsWhereKafkasProducerDoes();
    void partitionMapAndTimeWindowDryRun();
    void verifyReportsMissingAndExitsThree();
    void killDuringCopyThenResumeLosesNothing();
    void transactionalResumeHasNoDuplicatesForReadCommittedReaders();

private:
    ProcessResult mqkit(const QStringList& args, int timeoutMs = 60000) {
        return runCli(QStringList{"kafka"} + args, m_data.path(), timeoutMs);
    }
    QStringList plain() const { return {"-b", rigKafkaBootstrap()}; }
    // Starts a copy, kills it with SIGKILL once its checkpoint shows more than `after` records acknowledged.
    void copyAndKill(const QStringList& args, const QString& checkpoint, qint64 after);

    QTemporaryDir m_data;
    QString m_tricky;
};

void TestCliKafkaCopy::initTestCase() {
    QVERIFY(m_data.isValid());
    m_tricky = uniqueName("copy-src");
    createKafkaTopic(m_tricky, 3);
    produceTrickyRecords(rigKafkaBootstrap(), m_tricky);
}

void TestCliKafkaCopy::copyWithinClusterKeepsKeysNullsHeadersTimestampsAndPartitions() {
    const QString target = uniqueName("copy-dst");
    createKafkaTopic(target, 3);
    const auto r = mqkit(QStringList{"copy", m_tricky, target, "-o", "json"} + plain());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject summary = jsonDocument(r.out);
    QCOMPARE(summary.value("records").toInteger(), 6);
    QCOMPARE(summary.value("complete").toBool(), true);

    const auto source = kcatRecords(rigKafkaBootstrap(), m_tricky);
    const auto copied = kcatRecords(rigKafkaBootstrap(), target);
    compareCopies(source, copied, m_tricky);
    // The referee saw the tricky parts themselves: null value, null key, null header value, duplicates.
    QVERIFY(copied[3].value("payload").isNull());
    QVERIFY(copied[4].value("key").isNull());
    QCOMPARE(userHeaders(copied[0]), (QJsonArray{"dup", "1", "dup", "2", "nullval", QJsonValue::Null, "empty", ""}));

    const auto v = mqkit(QStringList{"verify", m_tricky, target} + plain());
    QVERIFY2(v.exitCode == 0, v.out.constData());
    QVERIFY(v.out.contains("match: 6 source and 6 target records"));
}

void TestCliKafkaCopy::logAppendTimeSourceKeepsItsTimestamps() {
    const QString source = uniqueName("copy-logappend");
    requireSuccess(runKafkaTool({"topics", "--bootstrap-server", rigKafkaBootstrap(), "--create", "--topic", source,
                                 "--partitions", "1", "--config", "message.timestamp.type=LogAppendTime"}),
                   "kafka-topics --create LogAppendTime");
    const QString target = uniqueName("copy-createtime");
    createKafkaTopic(target, 1);
    kcatProduceLines(rigKafkaBootstrap(), source, {"-K", ":"}, "a:1\nb:2\n");
    QThread::msleep(20);
    kcatProduceLines(rigKafkaBootstrap(), source, {"-K", ":"}, "c:3\n");
    QCOMPARE(mqkit(QStringList{"copy", source, target} + plain()).exitCode, 0);
    const auto original = kcatRecords(rigKafkaBootstrap(), source);
    QCOMPARE(original[0].value("tstype").toString(), QString("logappend"));
    compareCopies(original, kcatRecords(rigKafkaBootstrap(), target), source, true);
    QCOMPARE(mqkit(QStringList{"verify", source, target} + plain()).exitCode, 0);
}

void TestCliKafkaCopy::copyBetweenTwoClustersKeepsEverything() {
    QTemporaryDir rigDir;
    const QString rigScript = QFileInfo(RigEnv::get().value("MQKIT_RIG_KAFKA_TOOL")).absolutePath() + "/rig.sh";
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("MQKIT_KAFKA_VERSION", RigEnv::get().value("MQKIT_RIG_KAFKA_VERSION"));
    requireSuccess(runProcess(rigScript, {"start", rigDir.path()}, 180000, {}, env), "second rig start");
    struct Stop {
        QString script, dir;
        ~Stop() { runProcess(script, {"stop", dir}, 60000); }
    } stop{rigScript, rigDir.path()};
    QFile envFile(rigDir.path() + "/rig.env");
    QVERIFY(envFile.open(QIODevice::ReadOnly));
    QString other;
    for (const QByteArray& line : envFile.readAll().split('\n'))
        if (line.startsWith("MQKIT_RIG_KAFKA_PLAIN="))
            other = QString::fromUtf8(line.mid(line.indexOf('=') + 1));
    QVERIFY(!other.isEmpty());
    const QString target = uniqueName("copy-remote");
    requireSuccess(runKafkaTool({"topics", "--bootstrap-server", other, "--create", "--topic", target, "--partitions", "3"}),
                   "kafka-topics --create on the second rig");

    const auto r = mqkit(QStringList{"copy", m_tricky, target, "-B", other} + plain());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    compareCopies(kcatRecords(rigKafkaBootstrap(), m_tricky), kcatRecords(other, target), m_tricky);
    const auto v = mqkit(QStringList{"verify", m_tricky, target, "-B", other, "-o", "json"} + plain());
    QVERIFY2(v.exitCode == 0, v.out.constData());
    QCOMPARE(jsonDocument(v.out).value("match").toBool(), true);
}

void TestCliKafkaCopy::preserveIsRefusedWhenTargetHasFewerPartitions() {
    const QString target = uniqueName("copy-narrow");
    createKafkaTopic(target, 2);
    const auto r = mqkit(QStringList{"copy", m_tricky, target} + plain());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("has 2 partition(s), fewer than the 3"), r.err.constData());
    QCOMPARE(kcatRecords(rigKafkaBootstrap(), target).size(), 0);
}

void TestCliKafkaCopy::keyModePlacesRecordsWhereKafkasProducerDoes() {
    const QString source = uniqueName("copy-keys");
    const QString target = uniqueName("copy-bykey");
    const QString reference = uniqueName("copy-javaref");
    createKafkaTopic(source, 1);
    createKafkaTopic(target, 7);
    createKafkaTopic(reference, 7);
    QByteArray lines;
    for (int i = 0; i < 300; ++i)
        lines += "device-" + QByteArray::number(i * 7919) + ":v" + QByteArray::number(i) + '\n';
    kcatProduceLines(rigKafkaBootstrap(), source, {"-K", ":"}, lines);
    QCOMPARE(mqkit(QStringList{"copy", source, target, "--partition", "key"} + plain()).exitCode, 0);
    QProcess producer; // the console producer reads its records from stdin
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("MQKIT_KAFKA_VERSION", RigEnv::get().value("MQKIT_RIG_KAFKA_VERSION"));
    producer.setProcessEnvironment(env);
    producer.start(RigEnv::get().value("MQKIT_RIG_KAFKA_TOOL"),
                   {"console-producer", "--bootstrap-server", rigKafkaBootstrap(), "--topic", reference, "--property",
                    "parse.key=true", "--property", "key.separator=:"});
    QVERIFY(producer.waitForStarted());
    producer.write(lines);
    producer.closeWriteChannel();
    QVERIFY(producer.waitForFinished(120000));
    QCOMPARE(producer.exitCode(), 0);

    auto placement = [](const QString& topic) {
        std::map<QString, int> out;
        for (const auto& r : kcatRecords(rigKafkaBootstrap(), topic))
            out[r.value("key").toString()] = r.value("partition").toInt();
        return out;
    };
    const auto ours = placement(target);
    const auto theirs = placement(reference);
    QCOMPARE(ours.size(), std::size_t{300});
    QVERIFY(ours == theirs);
    QCOMPARE(mqkit(QStringList{"verify", source, target, "--by-key"} + plain()).exitCode, 0);
}

void TestCliKafkaCopy::partitionMapAndTimeWindowDryRun() {
    const QString source = uniqueName("copy-window");
    const QString target = uniqueName("copy-window-dst");
    createKafkaTopic(source, 2);
    createKafkaTopic(target, 2);
    const qint64 base = (QDateTime::currentMSecsSinceEpoch() / 1000 - 3600) * 1000;
    for (int p = 0; p < 2; ++p)
        for (int i = 0; i < 5; ++i)
            requireSuccess(runCli({"kafka", "produce", source, "-b", rigKafkaBootstrap(), "-p", QString::number(p),
                                   "--timestamp", QString::number(base + i * 60000), "v"}),
                           "mqkit produce");
    const auto iso = [&](int minutes) {
        return QDateTime::fromMSecsSinceEpoch(base + minutes * 60000, Qt::UTC).toString(Qt::ISODate);
    };
    const auto r = mqkit(QStringList{"copy", source, target, "--partition", "0=1,1=0", "--from", iso(1), "--until", iso(4),
                                     "--dry-run", "-o", "json"} +
                         plain());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject plan = jsonDocument(r.out);
    QCOMPARE(plan.value("records").toInteger(), 6); // minutes 1, 2, 3 of both partitions
    const QJsonArray parts = plan.value("partitions").toArray();
    QCOMPARE(parts.size(), 2);
    QCOMPARE(parts[0].toObject().value("target_partition").toInt(), 1);
    QCOMPARE(parts[1].toObject().value("target_partition").toInt(), 0);
    QCOMPARE(parts[0].toObject().value("from").toInteger(), 1);
    QCOMPARE(parts[0].toObject().value("until").toInteger(), 4);
    QCOMPARE(kcatRecords(rigKafkaBootstrap(), target).size(), 0); // a dry run copies nothing

    QCOMPARE(mqkit(QStringList{"copy", source, target, "--partition", "0=1,1=0", "--from", iso(1), "--until", iso(4)} +
                   plain())
                 .exitCode,
             0);
    const auto copied = kcatRecords(rigKafkaBootstrap(), target);
    QCOMPARE(copied.size(), 6);
    std::map<QString, QString> provenance;
    userHeaders(copied[0], &provenance);
    QCOMPARE(copied[0].value("partition").toInt(), 0);
    QCOMPARE(provenance["mqkit.source.partition"], QString("1"));
    QCOMPARE(copied[0].value("ts").toInteger(), base + 60000);
}

void TestCliKafkaCopy::verifyReportsMissingAndExitsThree() {
    const QString target = uniqueName("copy-partial");
    createKafkaTopic(target, 3);
    QCOMPARE(mqkit(QStringList{"copy", m_tricky, target, "--until", "1"} + plain()).exitCode, 0);
    const auto v = mqkit(QStringList{"verify", m_tricky, target, "-o", "json"} + plain());
    QCOMPARE(v.exitCode, 3); // a check whose answer is no, as mqkit verify and provision plan --exit-code
    const QJsonObject report = jsonDocument(v.out);
    QCOMPARE(report.value("match").toBool(), false);
    QCOMPARE(report.value("total").toObject().value("missing").toInteger(), 3); // partitions 0 and 1 keep 1 of 3 and 2
    QCOMPARE(report.value("total").toObject().value("extra").toInteger(), 0);
}

void TestCliKafkaCopy::copyAndKill(const QStringList& args, const QString& checkpoint, qint64 after) {
    QProcess copy;
    startCli(copy, QStringList{"kafka", "copy"} + args, m_data.path());
    QVERIFY(copy.waitForStarted());
    while (copy.state() == QProcess::Running && checkpointNextSum(checkpoint) <= after)
        QThread::msleep(5);
    copy.kill(); // SIGKILL: no flush, no last checkpoint
    copy.waitForFinished();
}

void TestCliKafkaCopy::killDuringCopyThenResumeLosesNothing() {
    const QString source = uniqueName("copy-500k");
    const QString target = uniqueName("copy-500k-dst");
    createKafkaTopic(source, 4);
    createKafkaTopic(target, 4);
    produceSmallRecords(source, 500000);
    const QString checkpoint = m_data.filePath(source + ".checkpoint.json");
    // --max-rate keeps the copy long enough to be killed at three known points.
    const QStringList args = QStringList{source, target, "--checkpoint", checkpoint, "--max-rate", "150000"} + plain();
    copyAndKill(args, checkpoint, 50000);
    qint64 inFlight = 0;
    for (qint64 point : {200000, 350000}) {
        const auto dry = mqkit(QStringList{"copy"} + args + QStringList{"--resume", "--dry-run", "-o", "json"});
        QVERIFY2(dry.exitCode == 0, dry.err.constData());
        inFlight += jsonDocument(dry.out).value("in_flight_at_checkpoint").toInteger();
        copyAndKill(args + QStringList{"--resume"}, checkpoint, point);
    }
    const auto last = mqkit(QStringList{"copy"} + args + QStringList{"--resume", "-o", "json"}, 120000);
    QVERIFY2(last.exitCode == 0, last.err.constData());
    const QJsonObject summary = jsonDocument(last.out);
    QCOMPARE(summary.value("complete").toBool(), true);
    inFlight += summary.value("in_flight_at_checkpoint").toInteger();

    const auto v = mqkit(QStringList{"verify", source, target, "-o", "json"} + plain(), 120000);
    const QJsonObject total = jsonDocument(v.out).value("total").toObject();
    QCOMPARE(total.value("source").toInteger(), 500000);
    QCOMPARE(total.value("missing").toInteger(), 0);
    QCOMPARE(total.value("extra").toInteger(), 0);
    QVERIFY(total.value("order_kept").toBool());
    qInfo("duplicates %lld, in flight at the checkpoints %lld", total.value("duplicates").toInteger(), inFlight);
    QVERIFY(total.value("duplicates").toInteger() <= inFlight);
}

void TestCliKafkaCopy::transactionalResumeHasNoDuplicatesForReadCommittedReaders() {
    const QString source = uniqueName("copy-txn");
    const QString target = uniqueName("copy-txn-dst");
    createKafkaTopic(source, 2);
    createKafkaTopic(target, 2);
    produceSmallRecords(source, 200000);
    const QString checkpoint = m_data.filePath(source + ".checkpoint.json");
    const QStringList args =
        QStringList{source, target, "--transactional", "--checkpoint", checkpoint, "--max-rate", "100000"} + plain();
    copyAndKill(args, checkpoint, 60000);
    const auto resumed = mqkit(QStringList{"copy"} + args + QStringList{"--resume", "-o", "json"}, 120000);
    QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
    QCOMPARE(jsonDocument(resumed.out).value("complete").toBool(), true);

    const auto v = mqkit(QStringList{"verify", source, target, "-o", "json"} + plain(), 120000); // read_committed
    const QJsonObject total = jsonDocument(v.out).value("total").toObject();
    QCOMPARE(total.value("missing").toInteger(), 0);
    QCOMPARE(total.value("duplicates").toInteger(), 0);
    QCOMPARE(v.exitCode, 0);
    const auto k = runProcess("kcat", {"-C", "-b", rigKafkaBootstrap(), "-t", target, "-e", "-q", "-X",
                                       "isolation.level=read_committed", "-f", "%o\n"},
                              60000);
    QCOMPARE(k.out.count('\n'), 200000);
}

QTEST_GUILESS_MAIN(TestCliKafkaCopy)
#include "tst_cli_kafka_copy.moc"
