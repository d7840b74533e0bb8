// The publish pane (app/views/mqttpublish) driven as a user would, against the rig's Mosquitto:
// what it sends is what mosquitto_sub (the referee) receives, properties and retain included.

#include "TestSupport.h"
#include "backend/MqttConnection.h"
#include "views/mqttpublish/MqttPublishView.h"
#include "views/mqttpublish/PublishHistory.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace mqkit;

namespace {

MqttConnectOptions rigOptions(int protocolVersion) {
    MqttConnectOptions o;
    o.url = BrokerUrl::parse(rigMqttPlainUrl());
    o.protocolVersion = protocolVersion;
    return o;
}

void clickHistoryRow(MqttPublishView& view, int row) {
    QTreeWidget* history = view.historyView();
    const QRect rect = history->visualItemRect(history->topLevelItem(row));
    QTest::mouseClick(history->viewport(), Qt::LeftButton, {}, rect.center());
}

} // namespace

class TestMqttPublishView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void publishesQos1RetainedWithUserPropertyOnMqtt5();
    void invalidJsonShowsWhereItBreaks();
    void resendFromHistoryPublishesAgainAndHistoryPersists();
    void invalidTopicShowsErrorAndPublishesNothing();
    void mqtt311ConnectionDisablesProperties();

private:
    // A shown pane on an open connection to the rig.
    std::unique_ptr<MqttPublishView> openPane(MqttConnection& connection, int protocolVersion);
    QTemporaryDir m_data;
};

void TestMqttPublishView::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    qputenv("MQKIT_DATA_DIR", m_data.path().toUtf8());
}

std::unique_ptr<MqttPublishView> TestMqttPublishView::openPane(MqttConnection& connection, int protocolVersion) {
    QSignalSpy connected(&connection, &MqttConnection::connected);
    connection.open(rigOptions(protocolVersion), {uniqueName("gui-pub-idle")});
    if (!connected.wait(10000))
        qFatal("the rig's Mosquitto did not accept the connection");
    auto view = std::make_unique<MqttPublishView>(&connection);
    view->resize(1000, 700);
    view->show();
    QApplication::setActiveWindow(view.get());
    if (!QTest::qWaitForWindowActive(view.get()))
        qFatal("the pane did not become active");
    return view;
}

void TestMqttPublishView::publishesQos1RetainedWithUserPropertyOnMqtt5() {
    const QString topic = uniqueName("gui-pub") + "/retained";
    MqttConnection connection;
    auto view = openPane(connection, 5);
    QVERIFY(view->propertiesBox()->isEnabled());

    QTest::keyClicks(view->topicEdit(), topic);
    view->formatBox()->setCurrentIndex(view->formatBox()->findText("JSON"));
    QTest::keyClicks(view->payloadEdit(), "{\"t\": 21.5}");
    view->qosBox()->setCurrentIndex(1);
    QTest::mouseClick(view->retainBox(), Qt::LeftButton, {}, QPoint(5, view->retainBox()->height() / 2));
    QVERIFY(view->retainBox()->isChecked());
    QTest::keyClicks(view->contentTypeEdit(), "application/json");
    QTest::mouseClick(view->addUserPropertyButton(), Qt::LeftButton);
    QCOMPARE(view->userPropertiesTable()->rowCount(), 1);
    view->userPropertiesTable()->item(0, 0)->setText("site");
    view->userPropertiesTable()->item(0, 1)->setText("lab 1");
    view->payloadEdit()->setFocus();
    QTest::keyClick(view->payloadEdit(), Qt::Key_Return, Qt::ControlModifier); // Publish's shortcut
    QTRY_VERIFY_WITH_TIMEOUT(view->statusText().startsWith("Sent to " + topic), 10000);
    QCOMPARE(view->payloadEdit()->toPlainText(), QString("{\"t\": 21.5}")); // no newline typed

    // Subscribing afterwards: the broker hands over the retained message, flag set.
    const ProcessResult sub = runProcess(
        "mosquitto_sub", rigMosquittoPlainArgs() + QStringList{"-V", "5", "-q", "1", "-C", "1", "-W", "10", "-t", topic,
                                                               "-F", "%r|%q|%P|%C|%p"});
    runProcess("mosquitto_pub", rigMosquittoPlainArgs() + QStringList{"-t", topic, "-r", "-n"});
    QCOMPARE(sub.exitCode, 0);
    QCOMPARE(sub.out.trimmed(), QByteArray("1|1|site:lab 1|application/json|{\"t\": 21.5}"));
}

void TestMqttPublishView::invalidJsonShowsWhereItBreaks() {
    MqttConnection connection;
    auto view = openPane(connection, 5);
    view->formatBox()->setCurrentIndex(view->formatBox()->findText("JSON"));
    QTest::keyClicks(view->payloadEdit(), "{\"a\": 1,");
    view->payloadEdit()->appendPlainText(" \"b\": }");
    QTRY_VERIFY_WITH_TIMEOUT(view->payloadHint().startsWith("JSON error at line 2:"), 5000);
    QTest::keyClicks(view->topicEdit(), uniqueName("gui-pub") + "/json");
    QTest::mouseClick(view->publishButton(), Qt::LeftButton);
    QVERIFY2(view->statusText().startsWith("Not sent: not JSON"), qPrintable(view->statusText()));
    QVERIFY(!view->isBusy());

    view->payloadEdit()->setPlainText("[1, 2]");
    QTRY_VERIFY_WITH_TIMEOUT(view->payloadHint().startsWith("valid JSON"), 5000);
    view->formatBox()->setCurrentIndex(view->formatBox()->findText("Text"));
    view->payloadEdit()->setPlainText("plain words");
    QTRY_VERIFY_WITH_TIMEOUT(view->payloadHint().startsWith("not JSON"), 5000);
}

void TestMqttPublishView::resendFromHistoryPublishesAgainAndHistoryPersists() {
    const QString topic = uniqueName("gui-pub") + "/again";
    MqttSession subscriber(rigOptions(5));
    subscriber.connect();
    subscriber.subscribe({topic}, 1);
    MqttConnection connection;
    auto view = openPane(connection, 5);
    const int before = view->historyView()->topLevelItemCount();

    QTest::keyClicks(view->topicEdit(), topic);
    view->formatBox()->setCurrentIndex(view->formatBox()->findText("Hex"));
    QTest::keyClicks(view->payloadEdit(), "00 ff 41");
    QTest::mouseClick(view->publishButton(), Qt::LeftButton);
    MqttBatch first = collectMessages(subscriber, 1, 10000);
    QCOMPARE(first.size(), std::size_t(1));
    QCOMPARE(first[0].payload, QByteArray("\x00\xff\x41", 3));
    QTRY_COMPARE_WITH_TIMEOUT(view->historyView()->topLevelItemCount(), before + 1, 10000);

    view->topicEdit()->clear(); // re-send sends the history entry, not the form
    clickHistoryRow(*view, 0);
    QCOMPARE(view->topicEdit()->text(), topic); // and the entry is loaded into the form
    QVERIFY(view->resendButton()->isEnabled());
    QTest::mouseClick(view->resendButton(), Qt::LeftButton);
    MqttBatch again = collectMessages(subscriber, 1, 10000);
    QCOMPARE(again.size(), std::size_t(1));
    QCOMPARE(again[0].topic, topic);
    QCOMPARE(again[0].payload, QByteArray("\x00\xff\x41", 3));
    QTRY_COMPARE_WITH_TIMEOUT(view->historyView()->topLevelItemCount(), before + 2, 10000);

    PublishHistory stored; // what the next start of the app shows
    QCOMPARE(stored.entries().size(), std::size_t(before + 2));
    QCOMPARE(stored.entries().front().topic, topic);
    QCOMPARE(stored.entries().front().payload, QByteArray("\x00\xff\x41", 3));
}

void TestMqttPublishView::invalidTopicShowsErrorAndPublishesNothing() {
    const QString base = uniqueName("gui-pub-bad");
    MqttSession subscriber(rigOptions(5));
    subscriber.connect();
    subscriber.subscribe({base + "/#"}, 1);
    MqttConnection connection;
    auto view = openPane(connection, 5);
    QTest::keyClicks(view->payloadEdit(), "nothing");

    QTest::keyClicks(view->topicEdit(), base + "/+/x");
    QVERIFY2(view->topicError().contains("wildcards"), qPrintable(view->topicError())); // while typing
    QTest::mouseClick(view->publishButton(), Qt::LeftButton);
    QVERIFY(view->statusText().startsWith("Not sent"));
    view->topicEdit()->clear();
    QVERIFY(view->topicError().isEmpty()); // nothing typed yet is no error...
    QTest::mouseClick(view->publishButton(), Qt::LeftButton);
    QVERIFY2(view->topicError().contains("empty topic"), qPrintable(view->topicError())); // ...until Publish
    QVERIFY(!view->isBusy());

    // The first message the subscriber sees is the one sent after the topic was fixed.
    QTest::keyClicks(view->topicEdit(), base + "/fixed");
    QVERIFY(view->topicError().isEmpty());
    view->payloadEdit()->setPlainText("marker");
    QTest::mouseClick(view->publishButton(), Qt::LeftButton);
    const MqttBatch got = collectMessages(subscriber, 1, 10000);
    QCOMPARE(got.size(), std::size_t(1));
    QCOMPARE(got[0].topic, base + "/fixed");
    QCOMPARE(got[0].payload, QByteArray("marker"));
}

void TestMqttPublishView::mqtt311ConnectionDisablesProperties() {
    MqttConnection connection;
    auto view = openPane(connection, 4);
    QVERIFY(!view->propertiesBox()->isEnabled());
    QVERIFY(view->propertiesBox()->title().contains("3.1.1"));
}

QTEST_MAIN(TestMqttPublishView)
#include "tst_mqtt_publish_view.moc"
