// The MQTT view (app/views/mqtt) driven as a user would, against the real rig: search by topic and
// by payload text, retained only, pause/resume, copy, subscribe to more filters, delete retained
// through its preview (mosquitto_sub is the referee), the message pane's diff and views kept per
// topic filter.

#include "TestSupport.h"
#include "backend/MqttConnection.h"
#include "models/TopicTreeModel.h"
#include "views/mqtt/MqttView.h"
#include "views/mqtt/RetainedClearDialog.h"
#include "widgets/PayloadPane.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace mqkit;

namespace {

MqttConnectOptions rigOptions() {
    MqttConnectOptions o;
    o.url = BrokerUrl::parse(rigMqttPlainUrl());
    return o;
}

// Every row the view can show (expanded or not), as full topics, depth first.
QStringList visibleTopics(const QAbstractItemModel* model, const QModelIndex& parent = {}) {
    QStringList out;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        out << index.data(TopicTreeModel::FullTopicRole).toString();
        out << visibleTopics(model, index);
    }
    return out;
}

// What the broker retains under a filter, read by mosquitto_sub (topic per line).
QStringList retainedOnBroker(const QString& filter) {
    const ProcessResult r = runProcess(QStringLiteral("mosquitto_sub"),
                                       rigMosquittoPlainArgs() << "-t" << filter << "--retained-only" << "-F" << "%t"
                                                               << "-W" << "2",
                                       10000);
    QStringList topics = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
    topics.sort();
    return topics;
}

void select(MqttView& view, const QString& topic) {
    QTRY_VERIFY_WITH_TIMEOUT(view.topicModel()->indexForTopic(topic).isValid(), 10000);
    view.topicView()->setCurrentIndex(view.topicModel()->indexForTopic(topic));
}

} // namespace

class TestMqttView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void searchKeepsTopicOrPayloadMatchesWithTheirAncestors();
    void retainedOnlyShowsOnlyRetainedTopics();
    void retainedPublishedWhileSubscribedIsKnownOnMqtt5();
    void pauseHoldsUpdatesAndResumeAppliesThem();
    void copiesTopicAndPayload();
    void subscribeToMoreFiltersBringsTheirMessages();
    void deleteRetainedPreviewsAndClearsOnlyAfterConfirm();
    void diffShowsTheChangedJsonKey();
    void viewKeptForAFilterAppliesToNewTopicsAndNewViews();

private:
    // A connection subscribed to `filters`, open and connected.
    std::unique_ptr<MqttConnection> openConnection(const QStringList& filters);
    QTemporaryDir m_settings;
};

void TestMqttView::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    QCoreApplication::setOrganizationName(QStringLiteral("mqkit-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mqtt_view"));
}

std::unique_ptr<MqttConnection> TestMqttView::openConnection(const QStringList& filters) {
    auto connection = std::make_unique<MqttConnection>();
    QSignalSpy connected(connection.get(), &MqttConnection::connected);
    connection->open(rigOptions(), filters);
    [&] { QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 10000); }();
    return connection;
}

void TestMqttView::searchKeepsTopicOrPayloadMatchesWithTheirAncestors() {
    const QString base = uniqueName("gui-view-search");
    auto connection = openConnection({base + "/#"});
    MqttView view(connection.get());
    view.show();
    MqttSession pub(rigOptions());
    pub.connect();
    pub.publish(base + "/sensors/a/temp", R"({"t":21})", 1, false);
    pub.publish(base + "/sensors/b/temp", "ALARM: too hot", 1, false);
    pub.publish(base + "/sensors/b/raw", "x", 1, false);
    pub.publish(base + "/office/light", "on", 1, false);
    QTRY_VERIFY_WITH_TIMEOUT(view.topicModel()->indexForTopic(base + "/office/light").isValid(), 10000);

    QTest::keyClicks(view.searchEdit(), base + "/sensors/+/temp");
    QTRY_COMPARE(visibleTopics(view.topicModel()),
                 (QStringList{base, base + "/sensors", base + "/sensors/a", base + "/sensors/a/temp", base + "/sensors/b",
                              base + "/sensors/b/temp"}));
    // A new match arrives under the search: it shows up in its place.
    pub.publish(base + "/sensors/c/temp", "1", 1, false);
    QTRY_VERIFY_WITH_TIMEOUT(visibleTopics(view.topicModel()).contains(base + "/sensors/c/temp"), 10000);
    QVERIFY(!visibleTopics(view.topicModel()).contains(base + "/sensors/b/raw"));

    view.searchField()->setCurrentIndex(1); // payload text
    view.searchEdit()->clear();
    QTest::keyClicks(view.searchEdit(), "alarm");
    QTRY_COMPARE(visibleTopics(view.topicModel()),
                 (QStringList{base, base + "/sensors", base + "/sensors/b", base + "/sensors/b/temp"}));
    QVERIFY2(view.statusLabel()->text().contains("1 matching"), qPrintable(view.statusLabel()->text()));

    view.searchEdit()->clear();
    QTRY_VERIFY(visibleTopics(view.topicModel()).contains(base + "/office/light"));
}

void TestMqttView::retainedOnlyShowsOnlyRetainedTopics() {
    const QString base = uniqueName("gui-view-retained");
    MqttSession pub(rigOptions());
    pub.connect();
    pub.publish(base + "/kept/1", "r", 1, true);
    auto connection = openConnection({base + "/#"});
    MqttView view(connection.get());
    view.show();
    pub.publish(base + "/live/1", "l", 1, false);
    QTRY_VERIFY_WITH_TIMEOUT(view.topicModel()->indexForTopic(base + "/live/1").isValid(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(view.topicModel()->indexForTopic(base + "/kept/1").isValid(), 10000);
    QVERIFY(!view.topicModel()->indexForTopic(base + "/kept/1").data(Qt::DecorationRole).isNull()); // marked

    QTest::mouseClick(view.retainedOnlyBox(), Qt::LeftButton, {}, QPoint(5, view.retainedOnlyBox()->height() / 2));
    QVERIFY(view.retainedOnlyBox()->isChecked());
    QCOMPARE(visibleTopics(view.topicModel()), (QStringList{base, base + "/kept", base + "/kept/1"}));
    QCOMPARE(retainedOnBroker(base + "/#"), QStringList{base + "/kept/1"}); // the referee agrees
    pub.publish(base + "/live/2", "l2", 1, false);
    QTRY_VERIFY_WITH_TIMEOUT(view.topicModel()->tree().find(base + "/live/2"), 10000);
    QVERIFY(!visibleTopics(view.topicModel()).contains(base + "/live/2"));
    QTest::mouseClick(view.retainedOnlyBox(), Qt::LeftButton, {}, QPoint(5, view.retainedOnlyBox()->height() / 2));
    QVERIFY(visibleTopics(view.topicModel()).contains(base + "/live/2"));
    pub.publish(base + "/kept/1", QByteArray(), 1, true); // clean up
}

// MQTT 5: the view subscribes with retain-as-published, so a retained message published after it
// subscribed arrives marked retained and the retained-only filter shows it.
void TestMqttView::retainedPublishedWhileSubscribedIsKnownOnMqtt5() {
    const QString base = uniqueName("gui-view-rap");
    MqttConnectOptions v5 = rigOptions();
    v5.protocolVersion = 5;
    MqttConnection connection;
    QSignalSpy connected(&connection, &MqttConnection::connected);
    connection.open(v5, {base + "/#"});
    QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 10000);
    MqttView view(&connection);
    view.show();
    MqttSession pub(rigOptions()); // an MQTT 3.1.1 publisher: the flag is the broker's business
    pub.connect();
    pub.publish(base + "/live", "l", 1, false);
    pub.publish(base + "/later/state", "on", 1, true);
    QTRY_VERIFY_WITH_TIMEOUT(view.topicModel()->indexForTopic(base + "/later/state").isValid(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(view.topicModel()->indexForTopic(base + "/live").isValid(), 10000);
    QCOMPARE(retainedOnBroker(base + "/#"), QStringList{base + "/later/state"}); // the referee
    QVERIFY(view.topicModel()->tree().find(base + "/later/state")->isRetained());

    QTest::mouseClick(view.retainedOnlyBox(), Qt::LeftButton, {}, QPoint(5, view.retainedOnlyBox()->height() / 2));
    QTRY_COMPARE(visibleTopics(view.topicModel()), (QStringList{base, base + "/later", base + "/later/state"}));
    pub.publish(base + "/later/state", QByteArray(), 1, true); // clean up
}

void TestMqttView::pauseHoldsUpdatesAndResumeAppliesThem() {
    const QString base = uniqueName("gui-view-pause");
    auto connection = openConnection({base + "/#"});
    MqttView view(connection.get());
    view.show();
    MqttSession pub(rigOptions());
    pub.connect();
    pub.publish(base + "/t", "1", 1, false);
    select(view, base + "/t");

    QTest::mouseClick(view.pauseButton(), Qt::LeftButton);
    QVERIFY(view.topicModel()->isPaused());
    pub.publish(base + "/t", "2", 1, false);
    pub.publish(base + "/new", "n", 1, false);
    QTRY_VERIFY_WITH_TIMEOUT(view.statusLabel()->text().contains("paused, 2 new"), 10000);
    QVERIFY(!view.topicModel()->indexForTopic(base + "/new").isValid());
    QCOMPARE(view.payloadPane()->payloadText(), QStringLiteral("1"));

    QTest::mouseClick(view.pauseButton(), Qt::LeftButton);
    QVERIFY(view.topicModel()->indexForTopic(base + "/new").isValid());
    QCOMPARE(view.payloadPane()->payloadText(), QStringLiteral("2"));
    QVERIFY(!view.statusLabel()->text().contains("paused"));
}

void TestMqttView::copiesTopicAndPayload() {
    const QString base = uniqueName("gui-view-copy");
    auto connection = openConnection({base + "/#"});
    MqttView view(connection.get());
    view.show();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    MqttSession pub(rigOptions());
    pub.connect();
    pub.publish(base + "/x/y", "payload text", 1, false);
    select(view, base + "/x/y");
    view.topicView()->setFocus();
    QApplication::clipboard()->clear();
    QTest::keyClick(view.topicView(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), base + "/x/y");
    view.copyPayloadAction()->trigger();
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("payload text"));
}

void TestMqttView::subscribeToMoreFiltersBringsTheirMessages() {
    const QString base = uniqueName("gui-view-more");
    auto connection = openConnection({base + "/a/#"});
    MqttView view(connection.get());
    view.show();
    MqttSession pub(rigOptions());
    pub.connect();
    pub.publish(base + "/a/1", "a", 1, false);
    pub.publish(base + "/b/1", "not yet", 1, false);
    QTRY_VERIFY_WITH_TIMEOUT(view.topicModel()->indexForTopic(base + "/a/1").isValid(), 10000);

    view.subscribeAction()->trigger();
    QInputDialog* dialog = view.subscribeDialog();
    QVERIFY(dialog);
    dialog->setTextValue(base + "/b/#");
    QSignalSpy subscribed(connection.get(), &MqttConnection::subscribed);
    dialog->accept();
    QTRY_COMPARE_WITH_TIMEOUT(subscribed.count(), 1, 10000);
    QVERIFY(connection->filters().contains(base + "/b/#"));
    QVERIFY(!view.topicModel()->indexForTopic(base + "/b/1").isValid()); // sent before: not retained
    pub.publish(base + "/b/2", "now", 1, false);
    QTRY_VERIFY_WITH_TIMEOUT(view.topicModel()->indexForTopic(base + "/b/2").isValid(), 10000);
    QVERIFY(view.statusLabel()->text().contains("subscribed to " + base + "/b/#"));
}

void TestMqttView::deleteRetainedPreviewsAndClearsOnlyAfterConfirm() {
    const QString base = uniqueName("gui-view-clear");
    MqttSession pub(rigOptions());
    pub.connect();
    pub.publish(base + "/d/x/1", "r1", 1, true);
    pub.publish(base + "/d/x/2/deep", "r2", 1, true);
    pub.publish(base + "/d/other", "r3", 1, true); // outside the subtree
    auto connection = openConnection({base + "/#"});
    MqttView view(connection.get());
    view.show();
    pub.publish(base + "/d/x/live", "l", 1, false);
    QTRY_VERIFY_WITH_TIMEOUT(view.topicModel()->indexForTopic(base + "/d/x/2/deep").isValid(), 10000);
    select(view, base + "/d/x");

    view.deleteRetainedAction()->trigger();
    RetainedClearDialog* dialog = view.retainedClearDialog();
    QVERIFY(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->stage(), RetainedClearDialog::Stage::Preview, 20000);
    QCOMPARE(dialog->previewTopics(), (QStringList{base + "/d/x/1", base + "/d/x/2/deep"}));
    QVERIFY(dialog->confirmButton()->isEnabled());
    // Nothing changed yet: the broker still retains every one.
    QCOMPARE(retainedOnBroker(base + "/d/#"), (QStringList{base + "/d/other", base + "/d/x/1", base + "/d/x/2/deep"}));

    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->stage(), RetainedClearDialog::Stage::Done, 40000);
    QVERIFY2(dialog->summaryText().contains("Cleared 2 of 2"), qPrintable(dialog->summaryText()));
    QCOMPARE(retainedOnBroker(base + "/d/#"), QStringList{base + "/d/other"});
    QTRY_VERIFY_WITH_TIMEOUT(!view.topicModel()->tree().find(base + "/d/x/1")->isRetained(), 10000);
    pub.publish(base + "/d/other", QByteArray(), 1, true);
}

void TestMqttView::diffShowsTheChangedJsonKey() {
    const QString base = uniqueName("gui-view-diff");
    auto connection = openConnection({base + "/#"});
    MqttView view(connection.get());
    view.show();
    MqttSession pub(rigOptions());
    pub.connect();
    pub.publish(base + "/j", R"({"t":1,"unit":"C"})", 1, false);
    pub.publish(base + "/j", R"({"t":2,"unit":"C"})", 1, false);
    pub.publish(base + "/j", R"({"t":3,"unit":"C","ok":true})", 1, false);
    select(view, base + "/j");
    PayloadPane* pane = view.payloadPane();
    QTRY_COMPARE_WITH_TIMEOUT(pane->historyRowCount(), 3, 10000);

    pane->setDiffMode(true);
    QCOMPARE(pane->payloadText(), QStringLiteral("~ $.t: 2 -> 3\n+ $.ok: true"));
    pane->compareHistoryRows(2, 1); // the first two messages
    QCOMPARE(pane->payloadText(), QStringLiteral("~ $.t: 1 -> 2"));
    QVERIFY2(pane->noteText().contains("JSON"), qPrintable(pane->noteText()));
    pane->setDiffMode(false);
    pane->compareHistoryRows(0, 0);
    QCOMPARE(pane->payloadText(), QStringLiteral(R"({"t":3,"unit":"C","ok":true})"));
}

void TestMqttView::viewKeptForAFilterAppliesToNewTopicsAndNewViews() {
    const QString base = uniqueName("gui-view-decoder");
    const QString filter = base + "/sensors/+/raw";
    auto connection = openConnection({base + "/#"});
    auto view = std::make_unique<MqttView>(connection.get());
    view->show();
    MqttSession pub(rigOptions());
    pub.connect();
    pub.publish(base + "/sensors/one/raw", QByteArray("\x01\x02\x03", 3), 1, false);
    select(*view, base + "/sensors/one/raw");
    PayloadPane* pane = view->payloadPane();
    pane->setViewKind(PayloadViewKind::Hex);
    QTest::mouseClick(pane->keepViewButton(), Qt::LeftButton);
    QInputDialog* dialog = pane->keepViewDialog();
    QVERIFY(dialog);
    dialog->setTextValue(filter);
    dialog->accept();
    QCOMPARE(pane->viewRuleFilter(), filter);

    pane->setViewKind(PayloadViewKind::Text);
    pub.publish(base + "/sensors/two/raw", QByteArray("\x0a\x0b", 2), 1, false);
    pub.publish(base + "/sensors/two/temp", "21", 1, false);
    select(*view, base + "/sensors/two/raw");
    QCOMPARE(pane->viewKind(), PayloadViewKind::Hex);
    QVERIFY2(pane->payloadText().contains("0a 0b"), qPrintable(pane->payloadText()));
    QVERIFY(pane->noteText().contains(filter));

    view.reset(); // a new view (as after a restart) reads the kept views from the settings
    MqttView again(connection.get());
    again.show();
    pub.publish(base + "/sensors/three/raw", QByteArray("\xff", 1), 1, false);
    select(again, base + "/sensors/three/raw");
    QCOMPARE(again.payloadPane()->viewKind(), PayloadViewKind::Hex);
    QCOMPARE(again.payloadPane()->viewRuleFilter(), filter);
    QVERIFY(QSettings().value(PayloadPane::kViewRulesKey).toStringList().contains("hex " + filter));
}

QTEST_MAIN(TestMqttView)
#include "tst_mqtt_view.moc"
