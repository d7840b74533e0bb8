// The Kafka copy panel (app/views/kafkacopy) driven as a user would, against the rig: its dry run
// is core's plan per partition and copies nothing; Copy (confirmed) puts the same records on the
// same partitions of the target (kcat is the referee) and Verify says they match; at most N
// records copies N; Cancel stops a rate-limited copy early.

#include "TestSupport.h"
#include "backend/KafkaConnection.h"
#include "views/kafkacopy/KafkaCopyView.h"
#include "widgets/PlanTable.h"

#include <QLabel>
#include <QLineEdit>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mqkit;

namespace {

constexpr int kPerPartition = 25;

void produceKeyed(const QString& topic, int partition, int count) {
    QByteArray lines;
    for (int i = 0; i < count; ++i)
        lines += QStringLiteral("k%1-%2:v%1-%2\n").arg(partition).arg(i).toUtf8();
    requireSuccess(runProcess("kcat", {"-P", "-b", rigKafkaBootstrap(), "-t", topic, "-p", QString::number(partition), "-K", ":"},
                              30000, lines),
                   "kcat -P");
}

// "partition key value" per record, in partition and offset order: the referee's view of a topic.
QStringList kcatRecords(const QString& topic) {
    const ProcessResult r =
        runProcess("kcat", {"-C", "-b", rigKafkaBootstrap(), "-t", topic, "-e", "-q", "-f", "%p %k %s\\n"}, 30000);
    requireSuccess(r, "kcat -C");
    QStringList lines = QString::fromUtf8(r.out).split('\n', Qt::SkipEmptyParts);
    std::stable_sort(lines.begin(), lines.end(), [](const QString& a, const QString& b) { return a.section(' ', 0, 0) < b.section(' ', 0, 0); });
    return lines;
}

} // namespace

class TestKafkaCopyView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void dryRunThenCopyGivesTheSameRecordsAndVerifyMatches();
    void maxRecordsAndCancel();

private:
    bool clickAndWait(KafkaCopyView& view, QPushButton* button, int timeoutMs = 60000);

    QTemporaryDir m_dir;
    KafkaConnection* m_connection = nullptr;
};

void TestKafkaCopyView::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    qputenv("MQKIT_DATA_DIR", m_dir.filePath("data").toUtf8());
    m_connection = new KafkaConnection(this);
    m_connection->open(rigKafkaPlainConfig());
}

bool TestKafkaCopyView::clickAndWait(KafkaCopyView& view, QPushButton* button, int timeoutMs) {
    QTest::mouseClick(button, Qt::LeftButton);
    return QTest::qWaitFor([&] { return !view.isBusy(); }, timeoutMs);
}

void TestKafkaCopyView::dryRunThenCopyGivesTheSameRecordsAndVerifyMatches() {
    const QString src = uniqueName("gcopy-src");
    const QString dst = uniqueName("gcopy-dst");
    createKafkaTopic(src, 2);
    createKafkaTopic(dst, 2);
    produceKeyed(src, 0, kPerPartition);
    produceKeyed(src, 1, kPerPartition);

    KafkaCopyView view(m_connection);
    view.show();
    view.sourceTopicsEdit()->setText(src);
    view.targetTopicEdit()->setText(dst);
    QVERIFY(clickAndWait(view, view.dryRunButton()));
    QVERIFY2(view.statusLabel()->text().startsWith(QStringLiteral("Dry run: %1 record(s)").arg(2 * kPerPartition)),
             qPrintable(view.statusLabel()->text()));
    QCOMPARE(view.planTable()->rowCount(), 2);
    QVERIFY(view.planTable()->item(0, view.planTable()->columnOf("TARGET"))->text().contains(src + "[0] -> " + dst + "[0]"));
    QVERIFY(kcatRecords(dst).isEmpty());

    bool asked = false;
    view.setConfirmation([&](const QString& q) {
        asked = q.contains(QString::number(2 * kPerPartition));
        return true;
    });
    QVERIFY(clickAndWait(view, view.copyButton()));
    QVERIFY(asked);
    QVERIFY2(view.statusLabel()->text().startsWith(QStringLiteral("Copied %1 record(s)").arg(2 * kPerPartition)),
             qPrintable(view.statusLabel()->text()));
    const QStringList source = kcatRecords(src);
    QCOMPARE(source.size(), 2 * kPerPartition);
    QCOMPARE(kcatRecords(dst), source);

    QVERIFY(clickAndWait(view, view.verifyButton()));
    QCOMPARE(view.lastVerify().size(), std::size_t(1));
    QVERIFY2(view.lastVerify().front().matches(), qPrintable(view.statusLabel()->text()));
    QVERIFY2(view.statusLabel()->text().contains("match"), qPrintable(view.statusLabel()->text()));
}

void TestKafkaCopyView::maxRecordsAndCancel() {
    const QString src = uniqueName("gcancel-src");
    const QString dst = uniqueName("gcancel-dst");
    const QString few = uniqueName("gfew-dst");
    createKafkaTopic(src, 1);
    createKafkaTopic(dst, 1);
    createKafkaTopic(few, 1);
    produceKeyed(src, 0, 400);

    KafkaCopyView view(m_connection);
    view.show();
    view.setConfirmation([](const QString&) { return true; });
    view.sourceTopicsEdit()->setText(src);
    view.targetTopicEdit()->setText(few);
    view.maxRecordsBox()->setValue(7);
    QVERIFY(clickAndWait(view, view.copyButton()));
    QVERIFY2(view.statusLabel()->text().startsWith("Copied 7 record(s)"), qPrintable(view.statusLabel()->text()));
    QCOMPARE(kcatRecords(few), kcatRecords(src).mid(0, 7));

    view.maxRecordsBox()->setValue(0);
    view.targetTopicEdit()->setText(dst);
    view.maxRateBox()->setValue(20); // 400 records: 20 s
    QTest::mouseClick(view.copyButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(view.statusLabel()->text().startsWith("Copying topic 1 of 1:"), 20000);
    QVERIFY(view.cancelButton()->isEnabled());
    QTest::mouseClick(view.cancelButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 20000);
    QVERIFY2(view.statusLabel()->text().startsWith("Cancelled after"), qPrintable(view.statusLabel()->text()));
    QCOMPARE(view.lastSummaries().size(), std::size_t(1));
    QVERIFY(view.lastSummaries().front().interrupted);
    QVERIFY(view.lastSummaries().front().records < 400);
    QCOMPARE(int(kcatRecords(dst).size()), int(view.lastSummaries().front().records));
}

QTEST_MAIN(TestKafkaCopyView)
#include "tst_kafka_copy_view.moc"
