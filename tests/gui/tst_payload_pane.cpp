// PayloadPane on the offscreen platform: the view selector, safe display of binary payloads,
// the bounded history list, message details and properties, the JSON path chart over history
// and live updates, and the main window following the selected topic batch by batch.

#include "MainWindow.h"
#include "models/TopicTreeModel.h"
#include "widgets/PayloadPane.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace mqkit;

namespace {
MqttMessage message(const QString& topic, const QByteArray& payload, std::int64_t atMs = 1'700'000'000'000) {
    MqttMessage m;
    m.topic = topic;
    m.payload = payload;
    m.receivedAtMs = atMs;
    return m;
}
MqttBatchPtr batchOf(std::vector<MqttMessage> messages) {
    return std::make_shared<MqttBatch>(std::move(messages));
}
} // namespace

class TestPayloadPane : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void viewSelectorShowsTextJsonHexAndBase64();
    void binaryPayloadIsEscapedWithANote();
    void historyIsBoundedNewestFirstAndCanPinAnOlderMessage();
    void detailsShowQosRetainAndProperties();
    void jsonPathChartsHistoryThenLiveUpdates();
    void badJsonPathShowsErrorAndNoPoints();
    void mainWindowPaneFollowsSelectedTopicAcrossBatches();

private:
    QTemporaryDir m_data;
};

void TestPayloadPane::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    qputenv("MQKIT_DATA_DIR", m_data.path().toUtf8());
}

void TestPayloadPane::viewSelectorShowsTextJsonHexAndBase64() {
    TopicTreeModel model;
    const QByteArray payload = R"({"b":1,"a":[true]})";
    model.applyBatch(batchOf({message("s/json", payload)}));
    PayloadPane pane;
    pane.showNode(model.tree().find("s/json"));
    QCOMPARE(pane.payloadText(), QString::fromUtf8(payload));
    pane.setViewKind(PayloadViewKind::Json);
    QCOMPARE(pane.payloadText(), QStringLiteral("{\n  \"b\": 1,\n  \"a\": [\n    true\n  ]\n}"));
    pane.setViewKind(PayloadViewKind::Hex);
    QVERIFY2(pane.payloadText().startsWith(QStringLiteral("00000000  7b 22 62 22")), qPrintable(pane.payloadText()));
    pane.setViewKind(PayloadViewKind::Base64);
    QCOMPARE(QByteArray::fromBase64(pane.payloadText().toLatin1()), payload);
    // A payload that is not JSON in the JSON view: its text, and a note saying why.
    model.applyBatch(batchOf({message("s/plain", "hello")}));
    pane.setViewKind(PayloadViewKind::Json);
    pane.showNode(model.tree().find("s/plain"));
    QCOMPARE(pane.payloadText(), QStringLiteral("hello"));
    QVERIFY2(pane.noteText().contains(QStringLiteral("not JSON")), qPrintable(pane.noteText()));
}

void TestPayloadPane::binaryPayloadIsEscapedWithANote() {
    TopicTreeModel model;
    model.applyBatch(batchOf({message("bin", QByteArray("ok\xff\x00", 4))}));
    PayloadPane pane;
    pane.showNode(model.tree().find("bin"));
    QCOMPARE(pane.payloadText(), QStringLiteral("ok\\xff\\x00"));
    QVERIFY2(pane.noteText().contains(QStringLiteral("not valid UTF-8")), qPrintable(pane.noteText()));
    pane.setViewKind(PayloadViewKind::Hex);
    QVERIFY(pane.payloadText().contains(QStringLiteral("6f 6b ff 00")));
}

void TestPayloadPane::historyIsBoundedNewestFirstAndCanPinAnOlderMessage() {
    TopicTreeModel model;
    std::vector<MqttMessage> batch;
    for (int i = 0; i < 40; ++i)
        batch.push_back(message("h", QByteArray::number(i), 1'700'000'000'000 + i));
    model.applyBatch(batchOf(batch));
    PayloadPane pane;
    pane.showNode(model.tree().find("h"));
    QCOMPARE(pane.historyRowCount(), int(TopicTreeModel::kDefaultLimits.historyMessages));
    QCOMPARE(pane.payloadText(), QStringLiteral("39"));
    pane.selectHistoryRow(5); // 39 - 5
    QCOMPARE(pane.payloadText(), QStringLiteral("34"));
    QVERIFY(pane.noteText().contains(QStringLiteral("follow live")));
    model.applyBatch(batchOf({message("h", "40")}));
    pane.refresh();
    QCOMPARE(pane.payloadText(), QStringLiteral("34")); // pinned while live messages arrive
    pane.selectHistoryRow(0);
    QCOMPARE(pane.payloadText(), QStringLiteral("40"));
}

void TestPayloadPane::detailsShowQosRetainAndProperties() {
    TopicTreeModel model;
    MqttMessage m = message("dev/cfg", "{}");
    m.qos = 1;
    m.retained = true;
    m.properties.contentType = QStringLiteral("application/json");
    m.properties.user = {{QStringLiteral("site"), QStringLiteral("north")}};
    m.properties.correlationData = QByteArray("\xfe\x02", 2);
    model.applyBatch(batchOf({m}));
    PayloadPane pane;
    pane.showNode(model.tree().find("dev/cfg"));
    const QString details = pane.detailsText();
    QVERIFY2(details.contains(QStringLiteral("QoS: 1\n")), qPrintable(details));
    QVERIFY(details.contains(QStringLiteral("Retain flag: yes\n")));
    QVERIFY(details.contains(QStringLiteral("Retained on broker: yes\n")));
    QVERIFY(details.contains(QStringLiteral("Content type: application/json\n")));
    QVERIFY(details.contains(QStringLiteral("User property site: north\n")));
    QVERIFY(details.contains(QStringLiteral("Correlation data: <binary, 2 bytes: fe 02>\n")));
    pane.showNode(model.tree().find("dev"));
    QVERIFY(pane.detailsText().isEmpty()); // a level without a message of its own
}

void TestPayloadPane::jsonPathChartsHistoryThenLiveUpdates() {
    TopicTreeModel model;
    std::vector<MqttMessage> batch;
    for (int i = 0; i < 10; ++i)
        batch.push_back(message("t", QStringLiteral(R"({"m":[{"v":%1}]})").arg(i).toUtf8(), 1'700'000'000'000 + 1000 * i));
    batch.push_back(message("t", "not json", 1'700'000'010'000));
    model.applyBatch(batchOf(batch));
    PayloadPane pane;
    pane.showNode(model.tree().find("t"));
    pane.setJsonPath(QStringLiteral("$.m[0].v"));
    QVERIFY(pane.jsonPathError().isEmpty());
    QCOMPARE(pane.chartPointCount(), 10);
    QCOMPARE(pane.chartLastValue(), 9.0);
    model.applyBatch(batchOf({message("t", R"({"m":[{"v":"12.5"}]})", 1'700'000'011'000),
                              message("t", R"({"m":[{"v":13}]})", 1'700'000'012'000)}));
    pane.refresh();
    QCOMPARE(pane.chartPointCount(), 12);
    QCOMPARE(pane.chartLastValue(), 13.0);
    pane.refresh(); // nothing new: no duplicate points
    QCOMPARE(pane.chartPointCount(), 12);
}

void TestPayloadPane::badJsonPathShowsErrorAndNoPoints() {
    TopicTreeModel model;
    model.applyBatch(batchOf({message("t", R"({"v":1})")}));
    PayloadPane pane;
    pane.showNode(model.tree().find("t"));
    pane.setJsonPath(QStringLiteral("$.v["));
    QVERIFY2(pane.jsonPathError().startsWith(QStringLiteral("bad JSON path")), qPrintable(pane.jsonPathError()));
    QCOMPARE(pane.chartPointCount(), 0);
    pane.setJsonPath(QStringLiteral("$.v"));
    QVERIFY(pane.jsonPathError().isEmpty());
    QCOMPARE(pane.chartPointCount(), 1);
}

void TestPayloadPane::mainWindowPaneFollowsSelectedTopicAcrossBatches() {
    MainWindow w;
    w.show();
    mqkit::MqttConnectOptions nobody; // an MQTT workspace; no broker needed for what this test feeds it
    nobody.url = mqkit::BrokerUrl::parse(QStringLiteral("mqtt://127.0.0.1:1"));
    w.openMqtt(nobody, {QStringLiteral("#")});
    w.topicModel()->applyBatch(batchOf({message("plant/line1/temp", R"({"tempC":20})")}));
    const QModelIndex index = w.topicModel()->indexForTopic(QStringLiteral("plant/line1/temp"));
    QVERIFY(index.isValid());
    w.topicView()->setCurrentIndex(index);
    QCOMPARE(w.payloadPane()->payloadText(), QStringLiteral(R"({"tempC":20})"));
    w.payloadPane()->setJsonPath(QStringLiteral("$.tempC"));
    w.topicModel()->applyBatch(batchOf({message("plant/line1/temp", R"({"tempC":21})", 1'700'000'001'000),
                                        message("plant/line2/temp", R"({"tempC":5})")}));
    QCOMPARE(w.payloadPane()->payloadText(), QStringLiteral(R"({"tempC":21})")); // through dataChanged
    QCOMPARE(w.payloadPane()->chartPointCount(), 2);
    QCOMPARE(w.payloadPane()->chartLastValue(), 21.0);
    QCOMPARE(w.payloadPane()->historyRowCount(), 2);
}

QTEST_MAIN(TestPayloadPane)
#include "tst_payload_pane.moc"
