// The consumer groups view (app/views/kafkagroups) against the real rig: for a group made by
// Kafka's console consumer (offsets committed, then more produced), the lag per partition the
// view shows equals `mqkit kafka lag -o json` and kafka-consumer-groups --describe; the status
// column judges the group over the lag history, and the chart reads that history.

#include "TestSupport.h"
#include "backend/KafkaConnection.h"
#include "charts/ValueChart.h"
#include "models/KafkaGroupsModel.h"
#include "views/kafkagroups/KafkaGroupsView.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <tuple>

using namespace mqkit;

namespace {
// topic, partition -> committed, log end, lag ("-" where Kafka prints it)
using LagRows = std::map<std::pair<QString, int>, std::tuple<QString, QString, QString>>;

LagRows kafkaToolLag(const QString& group) {
    const auto r = runKafkaTool({"consumer-groups", "--bootstrap-server", rigKafkaBootstrap(), "--describe", "--group", group});
    requireSuccess(r, "kafka-consumer-groups --describe");
    LagRows rows;
    for (const QByteArray& line : r.out.split('\n')) {
        const QStringList cells = QString::fromUtf8(line).simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (cells.size() >= 6 && cells.at(0) == group)
            rows[{cells.at(1), cells.at(2).toInt()}] = {cells.at(3), cells.at(4), cells.at(5)};
    }
    return rows;
}

QString dashIfNull(const QJsonValue& v) {
    return v.isNull() || v.isUndefined() ? QStringLiteral("-") : QString::number(v.toInteger());
}

LagRows mqkitLag(const QString& group) {
    const auto r = runCli({"kafka", "lag", "-b", rigKafkaBootstrap(), "-o", "json", group}, {}, 60000);
    if (r.exitCode != 0)
        qFatal("mqkit kafka lag failed (%d): %s", r.exitCode, r.err.constData());
    LagRows rows;
    for (const auto& g : QJsonDocument::fromJson(r.out).object().value("groups").toArray())
        for (const auto& p : g.toObject().value("partitions").toArray()) {
            const QJsonObject o = p.toObject();
            rows[{o.value("topic").toString(), o.value("partition").toInt()}] = {
                dashIfNull(o.value("committed")), dashIfNull(o.value("log_end")), dashIfNull(o.value("lag"))};
        }
    return rows;
}

LagRows viewLag(const QTableWidget* table) {
    LagRows rows;
    for (int r = 0; r < table->rowCount(); ++r) {
        const auto cell = [&](int c) { return table->item(r, c)->text(); };
        rows[{cell(KafkaGroupsView::TopicCol), cell(KafkaGroupsView::PartitionCol).toInt()}] = {
            cell(KafkaGroupsView::CommittedCol), cell(KafkaGroupsView::LogEndCol), cell(KafkaGroupsView::LagCol)};
    }
    return rows;
}

QString modelCell(const KafkaGroupsModel* model, const QString& group, int column) {
    const int row = model->rowOf(group);
    return row < 0 ? QString() : model->index(row, column).data().toString();
}
} // namespace

class TestKafkaGroupsView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void lagPerPartitionEqualsMqkitLagAndKafkaConsumerGroups();

private:
    QTemporaryDir m_data;
    QString m_topic;
    QString m_group;
};

void TestKafkaGroupsView::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    qputenv("MQKIT_DATA_DIR", m_data.path().toUtf8()); // the lag history goes here
    m_topic = uniqueName("gui-groups");
    m_group = uniqueName("gui-groups-g");
    createKafkaTopic(m_topic, 2);
    kcatProduce(m_topic, 0, 8);
    kcatProduce(m_topic, 1, 6);
    // A real consumer group: Kafka's console consumer reads 10 messages and commits them on close.
    const auto consumed = runKafkaTool({"console-consumer", "--bootstrap-server", rigKafkaBootstrap(), "--topic", m_topic,
                                        "--group", m_group, "--from-beginning", "--max-messages", "10", "--timeout-ms",
                                        "30000"});
    requireSuccess(consumed, "kafka-console-consumer");
    kcatProduce(m_topic, 0, 3); // and more after the commit
    kcatProduce(m_topic, 1, 2);
}

void TestKafkaGroupsView::lagPerPartitionEqualsMqkitLagAndKafkaConsumerGroups() {
    KafkaConnection connection;
    connection.open(rigKafkaPlainConfig());
    KafkaGroupsView view(&connection);
    view.resize(1000, 700);
    view.show();
    QTRY_VERIFY_WITH_TIMEOUT(view.model()->rowOf(m_group) >= 0, 30000);
    view.selectGroup(m_group);
    QCOMPARE(view.selectedGroup(), m_group);
    QTRY_VERIFY_WITH_TIMEOUT(view.detailCount() >= 1 && view.partitionsTable()->rowCount() > 0, 30000);

    const LagRows shown = viewLag(view.partitionsTable());
    const LagRows theirs = kafkaToolLag(m_group);
    QVERIFY(!theirs.empty());
    QCOMPARE(shown, theirs);
    QCOMPARE(shown, mqkitLag(m_group));
    qint64 total = 0;
    for (const auto& [tp, row] : shown)
        total += std::get<2>(row).toLongLong();
    QCOMPARE(modelCell(view.model(), m_group, KafkaGroupsModel::TotalLagColumn).toLongLong(), total);
    QVERIFY(total > 0);
    QCOMPARE(modelCell(view.model(), m_group, KafkaGroupsModel::TopicsColumn), m_topic);
    // Lag in time: the next unread records exist, so their age is known.
    for (int r = 0; r < view.partitionsTable()->rowCount(); ++r)
        QVERIFY2(view.partitionsTable()->item(r, KafkaGroupsView::TimeLagCol)->text() != QStringLiteral("-"),
                 qPrintable(view.partitionsTable()->item(r, KafkaGroupsView::TopicCol)->text()));

    // One sample says OK (too few to judge); a second with no progress, lag and no members: STOP.
    const int before = view.refreshCount();
    QTRY_VERIFY_WITH_TIMEOUT(view.refreshCount() > before, 30000); // the 5 s timer's next pass
    QCOMPARE(modelCell(view.model(), m_group, KafkaGroupsModel::StatusColumn), QStringLiteral("STOP"));
    QCOMPARE(modelCell(view.model(), m_group, KafkaGroupsModel::MembersColumn), QStringLiteral("0"));
    // The selection survived the refresh, and the partitions say why.
    QCOMPARE(view.selectedGroup(), m_group);
    const int details = view.detailCount();
    QTRY_VERIFY_WITH_TIMEOUT(view.detailCount() > details, 30000);
    QCOMPARE(view.partitionsTable()->item(0, KafkaGroupsView::StatusCol)->text(), QStringLiteral("STOP"));
    // The chart is drawn from the persisted history: one point per refresh so far.
    QTRY_VERIFY_WITH_TIMEOUT(view.chart()->pointCount() >= 2, 10000);
    QCOMPARE(view.chart()->lastValue(), double(total));
}

QTEST_MAIN(TestKafkaGroupsView)
#include "tst_kafka_groups_view.moc"
