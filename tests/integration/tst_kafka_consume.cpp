// KafkaProducer and KafkaConsumer (core) against the real Kafka of tests/rig.

#include "TestSupport.h"
#include "kafka/KafkaAdmin.h"
#include "kafka/KafkaConsumer.h"
#include "kafka/KafkaProducer.h"

#include <QTest>

using namespace mqkit;

namespace {

// Everything up to the end of every partition.
std::vector<KafkaRecord> readToEnd(KafkaConsumer& consumer) {
    std::vector<KafkaRecord> all;
    QElapsedTimer clock;
    clock.start();
    while (!consumer.atEnd() && clock.elapsed() < 30000) {
        for (auto& r : consumer.poll(1000, std::chrono::milliseconds(100)))
            all.push_back(std::move(r));
    }
    return all;
}

} // namespace

class TstKafkaConsume : public QObject {
    Q_OBJECT
private slots:
    void recordsRoundTripWithKeysHeadersNullAndEmpty();
    void consumerStartsWhereAskedPerPartition();
    void groupCommitsWhatPollReturnedOnClose();
    void unknownTopicIsNotFoundNamingIt();
    void deliveryWithoutAclIsReportedAsFailed();
};

void TstKafkaConsume::recordsRoundTripWithKeysHeadersNullAndEmpty() {
    const QString topic = uniqueName("core-roundtrip");
    createKafkaTopic(topic, 1);
    std::vector<KafkaRecord> sent(4);
    for (auto& r : sent) {
        r.topic = topic;
        r.partition = 0;
    }
    sent[0].key = QByteArray("k");
    sent[0].value = QByteArray("text");
    sent[0].headers = {{"a", QByteArray("1")}, {"a", QByteArray("2")}, {"none", std::nullopt}, {"empty", QByteArray("")}};
    sent[1].value = QByteArray(); // empty, not null
    sent[2].key = QByteArray("tombstone");
    sent[3].value = QByteArray("\x00\xff\x01", 3);
    sent[3].timestamp = 1763900000000;
    KafkaProducer producer(rigKafkaPlainConfig());
    for (const auto& r : sent)
        producer.send(r);
    const KafkaDeliveryReport report = producer.flush();
    QCOMPARE(report.delivered, 4);
    QCOMPARE(report.failed, 0);

    KafkaConsumerOptions options;
    options.topic = topic;
    options.stopAtEnd = true;
    KafkaConsumer consumer(rigKafkaPlainConfig(), options);
    const auto got = readToEnd(consumer);
    QCOMPARE(got.size(), size_t(4));
    for (size_t i = 0; i < got.size(); ++i) {
        QCOMPARE(got[i].topic, topic);
        QCOMPARE(got[i].partition, 0);
        QCOMPARE(got[i].offset, qint64(i));
        QCOMPARE(got[i].key, sent[i].key);
        QCOMPARE(got[i].value, sent[i].value);
        QCOMPARE(got[i].headers, sent[i].headers);
        QCOMPARE(got[i].timestampType, KafkaTimestampType::CreateTime);
    }
    QVERIFY(got[1].value.has_value() && got[1].value->isEmpty());
    QVERIFY(!got[2].value.has_value());
    QCOMPARE(got[3].timestamp, qint64(1763900000000));
}

void TstKafkaConsume::consumerStartsWhereAskedPerPartition() {
    const QString topic = uniqueName("core-positions");
    createKafkaTopic(topic, 2);
    KafkaProducer producer(rigKafkaPlainConfig());
    for (int p = 0; p < 2; ++p)
        for (int i = 0; i < 4; ++i) {
            KafkaRecord r;
            r.topic = topic;
            r.partition = p;
            r.value = QByteArray::number(i);
            producer.send(r);
        }
    QCOMPARE(producer.flush().delivered, 8);
    KafkaConsumerOptions options;
    options.topic = topic;
    options.stopAtEnd = true;
    options.partitions = {1};
    options.start = KafkaStartPosition::parse("-3");
    KafkaConsumer consumer(rigKafkaPlainConfig(), options);
    QCOMPARE(consumer.partitions(), std::vector<int>{1});
    const auto got = readToEnd(consumer);
    QCOMPARE(got.size(), size_t(3));
    for (size_t i = 0; i < got.size(); ++i) {
        QCOMPARE(got[i].partition, 1);
        QCOMPARE(got[i].offset, qint64(i + 1));
    }
}

void TstKafkaConsume::groupCommitsWhatPollReturnedOnClose() {
    const QString topic = uniqueName("core-group");
    const QString group = uniqueName("core-group");
    createKafkaTopic(topic, 1);
    KafkaProducer producer(rigKafkaPlainConfig());
    for (int i = 0; i < 10; ++i) {
        KafkaRecord r;
        r.topic = topic;
        r.value = QByteArray::number(i);
        producer.send(r);
    }
    QCOMPARE(producer.flush().delivered, 10);
    KafkaConsumerOptions options;
    options.topic = topic;
    options.groupId = group;
    {
        KafkaConsumer consumer(rigKafkaPlainConfig(), options);
        size_t taken = 0;
        QElapsedTimer clock;
        clock.start();
        while (taken < 6 && clock.elapsed() < 30000)
            taken += consumer.poll(static_cast<int>(6 - taken), std::chrono::milliseconds(200)).size();
        QCOMPARE(taken, size_t(6));
        consumer.close();
    }
    KafkaAdmin admin(rigKafkaPlainConfig());
    const auto offsets = admin.committedOffsets({group});
    QCOMPARE(offsets.size(), size_t(1));
    QCOMPARE(offsets[0].committed.at(KafkaTopicPartition{topic, 0}), std::int64_t(6));
}

void TstKafkaConsume::unknownTopicIsNotFoundNamingIt() {
    KafkaConsumerOptions options;
    options.topic = uniqueName("core-missing");
    try {
        KafkaConsumer consumer(rigKafkaPlainConfig(), options);
        QFAIL("no error for an unknown topic");
    } catch (const Error& e) {
        QCOMPARE(e.kind(), ErrorKind::NotFound);
        QVERIFY2(e.message().contains(options.topic), qPrintable(e.message()));
    }
}

void TstKafkaConsume::deliveryWithoutAclIsReportedAsFailed() {
    const RigEnv& rig = RigEnv::get();
    const QString topic = uniqueName("core-denied");
    createKafkaTopic(topic, 1);
    KafkaClientConfig c;
    c.bootstrap = rig.value("MQKIT_RIG_KAFKA_SASL");
    c.set("security.protocol", "SASL_PLAINTEXT");
    c.set("sasl.mechanisms", "PLAIN");
    c.set("sasl.username", rig.value("MQKIT_RIG_KAFKA_USER2"));
    c.set("sasl.password", rig.value("MQKIT_RIG_KAFKA_PASSWORD2"));
    c.timeout = std::chrono::milliseconds(10000);
    KafkaProducer producer(c);
    KafkaRecord r;
    r.topic = topic;
    r.value = QByteArray("x");
    producer.send(r);
    const auto report = producer.flush();
    QCOMPARE(report.delivered, 0);
    QCOMPARE(report.failed, 1);
    QVERIFY2(report.firstError.contains("TOPIC_AUTHORIZATION_FAILED"), qPrintable(report.firstError));
}

QTEST_GUILESS_MAIN(TstKafkaConsume)
#include "tst_kafka_consume.moc"
