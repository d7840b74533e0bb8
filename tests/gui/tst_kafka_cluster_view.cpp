// The Kafka cluster view (app/views/kafkacluster) driven as a user would, against the real rig;
// Kafka's own kafka-topics and kafka-configs are the referees.

#include "TestSupport.h"
#include "backend/KafkaConnection.h"
#include "models/KafkaTopicsModel.h"
#include "views/kafkacluster/KafkaClusterView.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace mqkit;

namespace {

QString kafkaTopics(const QStringList& args) {
    const auto r = runKafkaTool(QStringList{"topics", "--bootstrap-server", rigKafkaBootstrap()} + args);
    return QString::fromUtf8(r.out + r.err);
}

QString kafkaConfigsDescribe(const QString& topic) {
    const auto r = runKafkaTool({"configs", "--bootstrap-server", rigKafkaBootstrap(), "--describe", "--entity-type", "topics",
                                 "--entity-name", topic});
    requireSuccess(r, "kafka-configs --describe");
    return QString::fromUtf8(r.out);
}

// The row of `topic` in the view's (filtered, sorted) topics table, -1 when absent.
int tableRow(const KafkaClusterView& view, const QString& topic) {
    const auto* model = view.topicsTable()->model();
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, KafkaTopicsModel::NameColumn).data().toString() == topic)
            return r;
    return -1;
}

QVariant cell(const KafkaClusterView& view, const QString& topic, int column, int role = Qt::EditRole) {
    const int r = tableRow(view, topic);
    return r < 0 ? QVariant() : view.topicsTable()->model()->index(r, column).data(role);
}

int column(const QTableWidget* table, const QString& header) {
    for (int c = 0; c < table->columnCount(); ++c)
        if (table->horizontalHeaderItem(c) && table->horizontalHeaderItem(c)->text() == header)
            return c;
    return -1;
}

int configRow(const QTableWidget* table, const QString& key) {
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0) && table->item(r, 0)->text() == key)
            return r;
    return -1;
}

} // namespace

class TestKafkaClusterView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void clusterAndTopicsTableShowPartitionsAndMessageCounts();
    void createFromTheDialogMakesATopicKafkaTopicsDescribes();
    void deleteRefusesUntilTheNameIsTypedThenDeletes();
    void addPartitionsGrowsTheTopic();
    void configEditorDiffMatchesKafkaConfigsAndMarksNonDefault();

private:
    // Selects `topic` (after a refresh) and waits until its detail is shown.
    void selectAndWait(const QString& topic);

    KafkaConnection m_connection;
    std::unique_ptr<KafkaClusterView> m_view;
};

void TestKafkaClusterView::initTestCase() {
    m_view = std::make_unique<KafkaClusterView>(&m_connection);
    m_view->resize(1200, 800);
    m_view->show();
    QSignalSpy shown(m_view.get(), &KafkaClusterView::overviewShown);
    m_connection.open(rigKafkaPlainConfig());
    QVERIFY(shown.wait(30000));
}

void TestKafkaClusterView::selectAndWait(const QString& topic) {
    QSignalSpy overview(m_view.get(), &KafkaClusterView::overviewShown);
    m_view->refresh();
    QVERIFY(overview.wait(30000));
    QSignalSpy detail(m_view.get(), &KafkaClusterView::detailShown);
    m_view->selectTopic(topic);
    QCOMPARE(m_view->selectedTopic(), topic);
    QTRY_VERIFY_WITH_TIMEOUT(!detail.isEmpty() && detail.last().at(0).toString() == topic, 30000);
}

void TestKafkaClusterView::clusterAndTopicsTableShowPartitionsAndMessageCounts() {
    const QString topic = uniqueName("gui-cluster");
    createKafkaTopic(topic, 3);
    createKafkaTopic(topic + "-other-name", 1); // something for the filter to hide
    kcatProduce(topic, 0, 5);
    kcatProduce(topic, 2, 7);
    QSignalSpy shown(m_view.get(), &KafkaClusterView::overviewShown);
    QTest::mouseClick(m_view->refreshButton(), Qt::LeftButton);
    QVERIFY(shown.wait(30000));
    QCOMPARE(cell(*m_view, topic, KafkaTopicsModel::PartitionsColumn).toInt(), 3);
    QCOMPARE(cell(*m_view, topic, KafkaTopicsModel::ReplicationColumn).toInt(), 1);
    QCOMPARE(cell(*m_view, topic, KafkaTopicsModel::MessagesColumn).toLongLong(), 12);
    QCOMPARE(cell(*m_view, topic, KafkaTopicsModel::FlagsColumn, Qt::DisplayRole).toString(), QStringLiteral("ok"));

    const RigEnv& rig = RigEnv::get();
    QVERIFY2(m_view->clusterLabel()->text().contains(rig.value("MQKIT_RIG_KAFKA_CLUSTER_ID")), qPrintable(m_view->clusterLabel()->text()));
    QCOMPARE(m_view->brokersTable()->rowCount(), 1);
    QCOMPARE(m_view->brokersTable()->item(0, 1)->text(), rigKafkaBootstrap());

    // The filter box keeps only the matching topics, ignoring case.
    QTest::keyClicks(m_view->filterEdit(), topic.toUpper());
    QCOMPARE(m_view->topicsTable()->model()->rowCount(), 2);
    QTest::keyClicks(m_view->filterEdit(), "-O");
    QCOMPARE(m_view->topicsTable()->model()->rowCount(), 1);
    QCOMPARE(tableRow(*m_view, topic + "-other-name"), 0);
    m_view->filterEdit()->clear();
    QVERIFY(m_view->topicsTable()->model()->rowCount() >= 2);

    // The detail: per-partition watermarks.
    selectAndWait(topic);
    const QTableWidget* parts = m_view->partitionsTable();
    QCOMPARE(parts->rowCount(), 3);
    QCOMPARE(parts->item(0, KafkaClusterView::HighColumn)->text(), QStringLiteral("5"));
    QCOMPARE(parts->item(1, KafkaClusterView::HighColumn)->text(), QStringLiteral("0"));
    QCOMPARE(parts->item(2, KafkaClusterView::HighColumn)->text(), QStringLiteral("7"));
    QCOMPARE(parts->item(2, KafkaClusterView::LowColumn)->text(), QStringLiteral("0"));
    QCOMPARE(parts->item(0, KafkaClusterView::LeaderColumn)->text(), QStringLiteral("1"));
}

void TestKafkaClusterView::createFromTheDialogMakesATopicKafkaTopicsDescribes() {
    const QString topic = uniqueName("gui-created");
    QTest::mouseClick(m_view->createButton(), Qt::LeftButton);
    CreateTopicDialog* dialog = m_view->createDialog();
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(!dialog->createButton()->isEnabled()); // no name yet
    QTest::keyClicks(dialog->nameEdit(), topic);
    dialog->partitionsBox()->setValue(4);
    QTest::keyClicks(dialog->configsEdit(), "retention.ms=7777777");
    QVERIFY(dialog->createButton()->isEnabled());
    QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_view->messageLabel()->text().contains(QStringLiteral("Created topic %1").arg(topic)), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(cell(*m_view, topic, KafkaTopicsModel::PartitionsColumn).toInt(), 4, 30000);

    const QString described = kafkaTopics({"--describe", "--topic", topic});
    QVERIFY2(described.contains("PartitionCount: 4"), qPrintable(described));
    QVERIFY2(described.contains("retention.ms=7777777"), qPrintable(described));

    // Creating it again fails, and says so in one line.
    QTest::mouseClick(m_view->createButton(), Qt::LeftButton);
    QTest::keyClicks(m_view->createDialog()->nameEdit(), topic);
    QTest::mouseClick(m_view->createDialog()->createButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_view->messageLabel()->text().contains("TOPIC_ALREADY_EXISTS"), 30000);
    QVERIFY(!m_view->messageLabel()->text().contains('\n'));
}

void TestKafkaClusterView::deleteRefusesUntilTheNameIsTypedThenDeletes() {
    const QString topic = uniqueName("gui-delete");
    createKafkaTopic(topic, 1);
    kcatProduce(topic, 0, 3);
    selectAndWait(topic);
    QTest::mouseClick(m_view->deleteButton(), Qt::LeftButton);
    DeleteTopicDialog* dialog = m_view->deleteDialog();
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(!dialog->deleteButton()->isEnabled());
    QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton); // refused: nothing typed
    QVERIFY(dialog->isVisible());
    QTest::keyClicks(dialog->confirmEdit(), topic.left(topic.size() - 1)); // almost the name
    QVERIFY(!dialog->deleteButton()->isEnabled());
    QTest::keyClick(dialog->confirmEdit(), Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QVERIFY2(kafkaTopics({"--list"}).contains(topic), "the topic must still exist");

    QTest::keyClicks(dialog->confirmEdit(), topic.right(1));
    QVERIFY(dialog->deleteButton()->isEnabled());
    QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_view->messageLabel()->text().contains(QStringLiteral("Deleted topic %1").arg(topic)), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!kafkaTopics({"--list"}).split('\n').contains(topic), 30000);
}

void TestKafkaClusterView::addPartitionsGrowsTheTopic() {
    const QString topic = uniqueName("gui-grow");
    createKafkaTopic(topic, 1);
    selectAndWait(topic);
    QTest::mouseClick(m_view->addPartitionsButton(), Qt::LeftButton);
    AddPartitionsDialog* dialog = m_view->addPartitionsDialog();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->totalBox()->minimum(), 2); // Kafka cannot remove partitions
    dialog->totalBox()->setValue(3);
    QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_view->messageLabel()->text().contains(QStringLiteral("now has 3 partitions")), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->partitionsTable()->rowCount(), 3, 30000);
    const QString described = kafkaTopics({"--describe", "--topic", topic});
    QVERIFY2(described.contains("PartitionCount: 3"), qPrintable(described));
}

void TestKafkaClusterView::configEditorDiffMatchesKafkaConfigsAndMarksNonDefault() {
    const QString topic = uniqueName("gui-configs");
    createKafkaTopic(topic, 1);
    selectAndWait(topic);
    const int detailRow = configRow(m_view->configsTable(), "retention.ms");
    QVERIFY(detailRow >= 0);
    QVERIFY(!m_view->configsTable()->item(detailRow, 0)->font().bold()); // Kafka's default so far

    QTest::mouseClick(m_view->editConfigsButton(), Qt::LeftButton);
    TopicConfigEditor* editor = m_view->configEditor();
    QVERIFY(editor && editor->isVisible());
    QVERIFY(!editor->applyButton()->isEnabled());
    const auto change = [&](const QString& value) {
        const int row = editor->rowOf("retention.ms");
        editor->configTable()->item(row, TopicConfigEditor::ValueColumn)->setText(value);
        QTest::mouseClick(editor->previewButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(editor->applyButton()->isEnabled(), 30000);
    };
    const QTableWidget* diff = editor->diffTable();
    auto diffCell = [&](const char* header) { return diff->item(0, column(diff, header))->text(); };

    change("3600000");
    QCOMPARE(diff->rowCount(), 1);
    QCOMPARE(diffCell("TARGET"), QStringLiteral("retention.ms"));
    QCOMPARE(diffCell("BEFORE"), QStringLiteral("-")); // not set on the topic: kafka-configs shows nothing
    QCOMPARE(diffCell("AFTER"), QStringLiteral("3600000"));
    QVERIFY2(!kafkaConfigsDescribe(topic).contains("retention.ms="), "a preview changes nothing");
    QTest::mouseClick(editor->applyButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(editor->messageLabel()->text().startsWith(QStringLiteral("Applied")), 30000);
    QVERIFY2(kafkaConfigsDescribe(topic).contains("retention.ms=3600000"), qPrintable(kafkaConfigsDescribe(topic)));
    const int row = editor->rowOf("retention.ms");
    QVERIFY(editor->configTable()->item(row, 0)->font().bold());
    QCOMPARE(editor->configTable()->item(row, TopicConfigEditor::SourceColumn)->text(), QStringLiteral("dynamic-topic"));

    // The next diff starts from what kafka-configs describes.
    change("7200000");
    QCOMPARE(diffCell("BEFORE"), QStringLiteral("3600000"));
    QCOMPARE(diffCell("AFTER"), QStringLiteral("7200000"));
    QTest::mouseClick(editor->applyButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(editor->messageLabel()->text().startsWith(QStringLiteral("Applied")), 30000);
    const QString described = kafkaConfigsDescribe(topic);
    QVERIFY2(described.contains("retention.ms=7200000"), qPrintable(described));

    // The topic detail shows the new value, marked as not Kafka's default.
    const auto detailValue = [&] {
        const int r = configRow(m_view->configsTable(), "retention.ms");
        return r < 0 ? QString() : m_view->configsTable()->item(r, 1)->text();
    };
    QTRY_COMPARE_WITH_TIMEOUT(detailValue(), QStringLiteral("7200000"), 30000);
    QVERIFY(m_view->configsTable()->item(configRow(m_view->configsTable(), "retention.ms"), 0)->font().bold());
    editor->close();
}

QTEST_MAIN(TestKafkaClusterView)
#include "tst_kafka_cluster_view.moc"
