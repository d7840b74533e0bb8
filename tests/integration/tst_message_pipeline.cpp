// MessagePipeline against real brokers: every sink sees every batch in order, each connection
// event exactly once (a private Mosquitto is killed and restarted), and the pipeline's stop
// conditions (count, deadline, stop request, a finished sink, a connection lost for good).

#include "TestSupport.h"
#include "mqtt/MessagePipeline.h"
#include "mqtt/MqttSession.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace mqkit;
using Kind = MqttConnectionEvent::Kind;
using End = PipelineResult::End;

namespace {

class RecordingSink : public MessageSink {
public:
    void onBatch(const MqttBatch& batch) override {
        for (const auto& m : batch)
            payloads << QString::fromUtf8(m.payload);
    }
    void onEvent(const MqttConnectionEvent& e) override { events.push_back(e.kind); }
    bool finished() const override { return finishAt > 0 && payloads.size() >= finishAt; }
    int count(Kind kind) const { return static_cast<int>(std::count(events.begin(), events.end(), kind)); }

    QStringList payloads;
    std::vector<Kind> events;
    qsizetype finishAt = 0;
};

MqttConnectOptions optionsFor(const QString& url) {
    MqttConnectOptions o;
    o.url = BrokerUrl::parse(url);
    return o;
}

void publish(const QString& url, const QString& topic, int first, int count) {
    MqttSession pub(optionsFor(url));
    pub.connect();
    for (int i = first; i < first + count; ++i)
        pub.publish(topic, QByteArray::number(i), 1, false);
    pub.disconnect();
}

QStringList numbers(int first, int count) {
    QStringList out;
    for (int i = first; i < first + count; ++i)
        out << QString::number(i);
    return out;
}

} // namespace

class TestMessagePipeline : public QObject {
    Q_OBJECT
private slots:
    void everySinkSeesEveryMessageInOrderUpToTheCount();
    void deadlineAndStopRequestEndAnIdleDrain();
    void aFinishedSinkEndsTheDrain();
    void eachConnectionEventReachesEverySinkOnce();
    void aConnectionLostForGoodEndsTheDrainWithItsReason();
};

void TestMessagePipeline::everySinkSeesEveryMessageInOrderUpToTheCount() {
    const QString topic = uniqueName("pipeline/order");
    MqttSession session(optionsFor(rigMqttPlainUrl()));
    session.connect();
    session.subscribe({topic}, 1);
    publish(rigMqttPlainUrl(), topic, 0, 50);
    RecordingSink a, b;
    PipelineBatching batching;
    batching.maxBatch = 8; // several batches
    MessagePipeline pipeline(session, batching);
    pipeline.addSink(a);
    pipeline.addSink(b);
    PipelineLimits limits;
    limits.maxCount = 30;
    limits.maxDuration = std::chrono::milliseconds(10000);
    const PipelineResult r = pipeline.run(limits);
    QCOMPARE(r.end, End::Count);
    QCOMPARE(r.messages, 30);
    QVERIFY(r.batches >= 4);
    QCOMPARE(a.payloads, numbers(0, 30));
    QCOMPARE(b.payloads, a.payloads);
    // The rest is still there for the next run.
    limits.maxCount = 20;
    QCOMPARE(pipeline.run(limits).end, End::Count);
    QCOMPARE(a.payloads, numbers(0, 50));
}

void TestMessagePipeline::deadlineAndStopRequestEndAnIdleDrain() {
    MqttSession session(optionsFor(rigMqttPlainUrl()));
    session.connect();
    session.subscribe({uniqueName("pipeline/idle")}, 0);
    RecordingSink sink;
    MessagePipeline pipeline(session);
    pipeline.addSink(sink);
    PipelineLimits limits;
    limits.maxDuration = std::chrono::milliseconds(300);
    PipelineResult r = pipeline.run(limits);
    QCOMPARE(r.end, End::Deadline);
    QVERIFY2(r.elapsedMs >= 300 && r.elapsedMs < 3000, qPrintable(QString::number(r.elapsedMs)));
    QCOMPARE(r.messages, 0);

    QElapsedTimer clock;
    clock.start();
    PipelineLimits stop;
    stop.stopRequested = [&] { return clock.elapsed() >= 200; };
    r = pipeline.run(stop);
    QCOMPARE(r.end, End::Stopped);
    QVERIFY(clock.elapsed() < 2000);
}

void TestMessagePipeline::aFinishedSinkEndsTheDrain() {
    const QString topic = uniqueName("pipeline/finish");
    MqttSession session(optionsFor(rigMqttPlainUrl()));
    session.connect();
    session.subscribe({topic}, 1);
    publish(rigMqttPlainUrl(), topic, 0, 5);
    RecordingSink done, other;
    done.finishAt = 5;
    MessagePipeline pipeline(session);
    pipeline.addSink(done);
    pipeline.addSink(other);
    PipelineLimits limits;
    limits.maxDuration = std::chrono::milliseconds(10000);
    const PipelineResult r = pipeline.run(limits);
    QCOMPARE(r.end, End::SinkFinished);
    QCOMPARE(other.payloads, numbers(0, 5));
}

void TestMessagePipeline::eachConnectionEventReachesEverySinkOnce() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    PrivateMosquitto broker(dir.path());
    QVERIFY(broker.start());
    const QString topic = uniqueName("pipeline/restart");
    MqttConnectOptions o = optionsFor(broker.url());
    o.reconnect.enabled = true;
    o.reconnect.minDelay = std::chrono::milliseconds(200);
    o.reconnect.maxDelay = std::chrono::milliseconds(1000);
    MqttSession session(o);
    session.connect();
    session.subscribe({topic}, 1);
    RecordingSink a, b;
    MessagePipeline pipeline(session);
    pipeline.addSink(a);
    pipeline.addSink(b);
    auto drainUntil = [&](const std::function<bool()>& done) {
        PipelineLimits limits;
        limits.maxDuration = std::chrono::milliseconds(20000);
        limits.stopRequested = done;
        return pipeline.run(limits).end == End::Stopped;
    };
    publish(broker.url(), topic, 0, 1);
    QVERIFY(drainUntil([&] { return a.payloads.size() == 1; }));
    broker.kill();
    QVERIFY(drainUntil([&] { return a.count(Kind::Lost) > 0; }));
    QVERIFY(broker.start());
    QVERIFY(drainUntil([&] { return a.count(Kind::Resubscribed) > 0; }));
    publish(broker.url(), topic, 1, 1);
    QVERIFY(drainUntil([&] { return a.payloads.size() == 2; }));

    QCOMPARE(a.payloads, numbers(0, 2));
    QCOMPARE(a.count(Kind::Connected), 1);
    QCOMPARE(a.count(Kind::Lost), 1);
    QCOMPARE(a.count(Kind::Reconnected), 1);
    QCOMPARE(a.count(Kind::Resubscribed), 1);
    QVERIFY(a.count(Kind::Reconnecting) >= 1);
    QVERIFY(a.events == b.events);
}

void TestMessagePipeline::aConnectionLostForGoodEndsTheDrainWithItsReason() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    PrivateMosquitto broker(dir.path());
    QVERIFY(broker.start());
    MqttSession session(optionsFor(broker.url())); // no reconnect: the first loss is final
    session.connect();
    session.subscribe({uniqueName("pipeline/lost")}, 0);
    RecordingSink sink;
    MessagePipeline pipeline(session);
    pipeline.addSink(sink);
    broker.kill();
    PipelineLimits limits;
    limits.maxDuration = std::chrono::milliseconds(20000);
    const PipelineResult r = pipeline.run(limits);
    QCOMPARE(r.end, End::ConnectionLost);
    QVERIFY(r.lostReason.has_value() && !r.lostReason->isEmpty());
    QCOMPARE(sink.count(Kind::Lost), 1);
}

QTEST_GUILESS_MAIN(TestMessagePipeline)
#include "tst_message_pipeline.moc"
