// The offset reset wizard (app/views/kafkareset) against the real rig, driven as a user would:
// its dry-run plan equals `mqkit kafka groups reset` and kafka-consumer-groups --reset-offsets
// --dry-run for the same inputs; Execute (after the confirmation) moves the committed offsets as
// kafka-consumer-groups --describe sees them; an active group is refused with its members named;
// the exported undo file restores the offsets.

#include "GroupOffsetsReferees.h"
#include "TestSupport.h"
#include "backend/KafkaConnection.h"
#include "views/kafkareset/KafkaResetView.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace mqkit;
using Kind = OffsetResetTarget::Kind;

namespace {

Offsets planShown(const QTableWidget* table) {
    Offsets out;
    for (int r = 0; r < table->rowCount(); ++r)
        out[{table->item(r, KafkaResetView::TopicCol)->text(), table->item(r, KafkaResetView::PartitionCol)->text().toInt()}] =
            table->item(r, KafkaResetView::NewCol)->text().toLongLong();
    return out;
}
} // namespace

class TestKafkaResetView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void planEqualsCliAndKafkaConsumerGroups_data();
    void planEqualsCliAndKafkaConsumerGroups();
    void executeMovesOffsetsAndUndoFileRestoresThem();
    void executeOnAnActiveGroupIsRefusedNamingItsMembers();

private:
    // Fills the wizard for `group`, a whole topic and a target, clicks Plan and waits for the table.
    void planInView(KafkaResetView& view, const QString& group, Kind kind, const QString& value = {});

    QTemporaryDir m_tmp;
    QString m_topic;
    QString m_group; // committed 3 on every partition
};

void TestKafkaResetView::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    qputenv("MQKIT_DATA_DIR", m_tmp.path().toUtf8());
    m_topic = uniqueName("gui-reset");
    m_group = uniqueName("gui-reset-g");
    createKafkaTopic(m_topic, 3);
    kcatProduce(m_topic, 0, 10);
    kcatProduce(m_topic, 1, 20);
    kcatProduce(m_topic, 2, 30);
    commitWithKafkaTool(m_group, m_topic, 3);
}

void TestKafkaResetView::planInView(KafkaResetView& view, const QString& group, Kind kind, const QString& value) {
    view.groupChooser()->setCurrentText(group);
    view.scopeChooser()->setCurrentIndex(view.scopeChooser()->findData(KafkaResetView::Topics));
    view.scopeEdit()->clear();
    QTest::keyClicks(view.scopeEdit(), m_topic);
    view.setTargetKind(kind);
    view.targetEdit()->setText(value);
    QSignalSpy ready(&view, &KafkaResetView::planReady);
    QSignalSpy failed(&view, &KafkaResetView::failed);
    QTest::mouseClick(view.planButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !failed.isEmpty(), 30000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
}

void TestKafkaResetView::planEqualsCliAndKafkaConsumerGroups_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("target");
    QTest::newRow("to-earliest") << int(Kind::ToEarliest) << QString() << QStringList{"--to-earliest"};
    QTest::newRow("shift-by -2") << int(Kind::ShiftBy) << QStringLiteral("-2") << QStringList{"--shift-by", "-2"};
}

void TestKafkaResetView::planEqualsCliAndKafkaConsumerGroups() {
    QFETCH(int, kind);
    QFETCH(QString, value);
    QFETCH(QStringList, target);
    KafkaConnection connection;
    connection.open(rigKafkaPlainConfig());
    KafkaResetView view(&connection);
    view.show();
    const Offsets before = committedByKafkaTool(m_group);
    planInView(view, m_group, static_cast<Kind>(kind), value);
    if (QTest::currentTestFailed())
        return;
    const Offsets shown = planShown(view.planTable());
    const QStringList scope{"--topic", m_topic};
    QCOMPARE(shown.size(), 3u);
    QCOMPARE(shown, kafkaToolPlan(m_group, scope + target));
    QCOMPARE(shown, mqkitPlan(m_group, scope + target));
    // Re-read column: what the plan says the group reads again.
    QCOMPARE(view.planTable()->item(0, KafkaResetView::RereadCol)->text(), kind == int(Kind::ToEarliest) ? "3" : "2");
    QCOMPARE(committedByKafkaTool(m_group), before); // a plan changes nothing
}

void TestKafkaResetView::executeMovesOffsetsAndUndoFileRestoresThem() {
    const QString group = uniqueName("gui-reset-undo");
    commitWithKafkaTool(group, m_topic, 4);
    const Offsets before = committedByKafkaTool(group);
    KafkaConnection connection;
    connection.open(rigKafkaPlainConfig());
    KafkaResetView view(&connection);
    view.show();
    planInView(view, group, Kind::ToLatest);
    if (QTest::currentTestFailed())
        return;
    const QString undo = m_tmp.filePath(group + ".csv");
    QVERIFY(view.exportUndo(undo));

    // Declined: nothing is committed.
    QString asked;
    view.setConfirmation([&asked](const QString& question) {
        asked = question;
        return false;
    });
    QTest::mouseClick(view.executeButton(), Qt::LeftButton);
    QVERIFY(asked.contains(group));
    QCOMPARE(committedByKafkaTool(group), before);

    view.setConfirmation([](const QString&) { return true; });
    QSignalSpy executed(&view, &KafkaResetView::executed);
    QTest::mouseClick(view.executeButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(executed.count(), 1, 30000);
    const Offsets latest{{{m_topic, 0}, 10}, {{m_topic, 1}, 20}, {{m_topic, 2}, 30}};
    QCOMPARE(committedByKafkaTool(group), latest);

    // Undo from the exported file: plan, then execute.
    QSignalSpy ready(&view, &KafkaResetView::planReady);
    view.undoFromFile(undo);
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 30000);
    QCOMPARE(planShown(view.planTable()), before);
    QTest::mouseClick(view.executeButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(executed.count(), 2, 30000);
    // Polled: once, under load, Kafka's tool listed no offsets for the group right after the commit.
    QTRY_COMPARE_WITH_TIMEOUT(committedByKafkaTool(group), before, 20000);
}

void TestKafkaResetView::executeOnAnActiveGroupIsRefusedNamingItsMembers() {
    const QString group = uniqueName("gui-reset-active");
    const QString clientId = uniqueName("gui-reset-client");
    commitWithKafkaTool(group, m_topic, 2);
    // Kafka's console consumer with auto commit off: a member that never commits.
    QProcess member;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("MQKIT_KAFKA_VERSION", RigEnv::get().value("MQKIT_RIG_KAFKA_VERSION"));
    member.setProcessEnvironment(env);
    member.start(RigEnv::get().value("MQKIT_RIG_KAFKA_TOOL"),
                 {"console-consumer", "--bootstrap-server", rigKafkaBootstrap(), "--topic", m_topic, "--group", group,
                  "--consumer-property", "enable.auto.commit=false", "--consumer-property", "client.id=" + clientId});
    QVERIFY(member.waitForStarted());
    QElapsedTimer clock;
    clock.start();
    while (true) {
        const auto d = runCli({"kafka", "groups", "describe", "-b", rigKafkaBootstrap(), group, "-o", "json"});
        if (d.exitCode == 0 && !QJsonDocument::fromJson(d.out).array().at(0).toObject().value("members").toArray().isEmpty())
            break;
        QVERIFY2(clock.elapsed() < 60000, "the console consumer did not join within 60 s");
        QTest::qWait(500);
    }
    const Offsets before = committedByKafkaTool(group);
    KafkaConnection connection;
    connection.open(rigKafkaPlainConfig());
    KafkaResetView view(&connection);
    view.show();
    planInView(view, group, Kind::ToEarliest);
    const QString warning = view.messageLabel()->text(); // the plan already warns
    view.setConfirmation([](const QString&) { return true; });
    QSignalSpy failed(&view, &KafkaResetView::failed);
    QTest::mouseClick(view.executeButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30000);
    const QString refusal = view.messageLabel()->text();
    const Offsets after = committedByKafkaTool(group);
    member.terminate();
    member.waitForFinished(10000);
    QVERIFY2(warning.contains(clientId), qPrintable(warning));
    QVERIFY2(refusal.contains(QStringLiteral("active members")) && refusal.contains(clientId), qPrintable(refusal));
    QCOMPARE(after, before);
}

QTEST_MAIN(TestKafkaResetView)
#include "tst_kafka_reset_view.moc"
