// TopicTreeModel on the offscreen platform: batches become one insert per grown parent, the
// model stays consistent for views (QAbstractItemModelTester), retained topics are marked.

#include "models/TopicTreeModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace mqkit;

namespace {
MqttBatchPtr batchOf(const std::vector<std::pair<QString, bool>>& topics) {
    auto b = std::make_shared<MqttBatch>();
    for (const auto& [topic, retained] : topics) {
        MqttMessage m;
        m.topic = topic;
        m.payload = "p:" + topic.toUtf8();
        m.retained = retained;
        b->push_back(m);
    }
    return b;
}
} // namespace

class TestTopicTreeModel : public QObject {
    Q_OBJECT
private slots:
    void staysConsistentUnderModelTester();
    void insertsOneRangePerGrownParentPerBatch();
    void marksRetainedTopics();
    void coalescesUpdatesIntoOneDataChangedPerParent();
    void viewShowsRowsAfterBatch();
    void clearForgetsEveryTopic();
};

void TestTopicTreeModel::staysConsistentUnderModelTester() {
    TopicTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.applyBatch(batchOf({{"a/b/c", false}, {"a/b/d", true}, {"/lead", false}, {"x//y", false}}));
    model.applyBatch(batchOf({{"a/b/c", false}, {"a/e", false}, {"$SYS/uptime", false}}));
    QCOMPARE(model.rowCount(), 4); // a, "", x, $SYS
    QVERIFY(model.indexForTopic("x//y").isValid());
}

void TestTopicTreeModel::insertsOneRangePerGrownParentPerBatch() {
    TopicTreeModel model;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    std::vector<std::pair<QString, bool>> topics;
    for (int i = 0; i < 1000; ++i)
        topics.emplace_back(QStringLiteral("plant/line%1/temp").arg(i % 10), false);
    model.applyBatch(batchOf(topics));
    // root grew (plant), plant grew (10 lines), each line grew (temp): 1 + 1 + 10 signals, not 1000.
    QCOMPARE(inserted.count(), 12);
    const QModelIndex plant = model.index(0, 0);
    QCOMPARE(model.rowCount(plant), 10);
    QCOMPARE(model.data(plant.siblingAtColumn(TopicTreeModel::MessagesColumn)).toULongLong(), 1000ull);
}

void TestTopicTreeModel::marksRetainedTopics() {
    TopicTreeModel model;
    model.applyBatch(batchOf({{"dev/1", true}, {"dev/2", false}}));
    const QModelIndex retained = model.indexForTopic("dev/1");
    const QModelIndex live = model.indexForTopic("dev/2");
    QVERIFY(retained.isValid());
    QCOMPARE(retained.data(TopicTreeModel::RetainedRole).toBool(), true);
    QCOMPARE(live.data(TopicTreeModel::RetainedRole).toBool(), false);
    QVERIFY(!retained.siblingAtColumn(TopicTreeModel::RetainedColumn).data().toString().isEmpty());
    QVERIFY(retained.data(Qt::FontRole).value<QFont>().bold());
    // Clearing the retained message (empty retained publish) removes the mark.
    auto clear = std::make_shared<MqttBatch>();
    MqttMessage m;
    m.topic = "dev/1";
    m.retained = true;
    clear->push_back(m);
    model.applyBatch(clear);
    QCOMPARE(model.indexForTopic("dev/1").data(TopicTreeModel::RetainedRole).toBool(), false);
}

void TestTopicTreeModel::coalescesUpdatesIntoOneDataChangedPerParent() {
    TopicTreeModel model;
    model.applyBatch(batchOf({{"s/a", false}, {"s/b", false}, {"s/c", false}}));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    std::vector<std::pair<QString, bool>> updates;
    for (int i = 0; i < 300; ++i)
        updates.emplace_back(QStringList{"s/a", "s/b", "s/c"}[i % 3], false);
    model.applyBatch(batchOf(updates));
    QCOMPARE(changed.count(), 2); // s/{a..c} under s, and s under the root
}

void TestTopicTreeModel::viewShowsRowsAfterBatch() {
    TopicTreeModel model;
    QTreeView view;
    view.setModel(&model);
    view.show();
    model.applyBatch(batchOf({{"v/1", false}, {"v/2", false}}));
    view.expandAll();
    QVERIFY(view.visualRect(model.indexForTopic("v/2")).isValid());
}

void TestTopicTreeModel::clearForgetsEveryTopic() {
    TopicTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.applyBatch(batchOf({{"a/b", false}, {"c", true}}));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.indexForTopic("a/b").isValid());
    QCOMPARE(model.tree().topicCount(), 0u);
    model.applyBatch(batchOf({{"a/x", false}}));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowCount(model.index(0, 0)), 1); // a has x only
}

QTEST_MAIN(TestTopicTreeModel)
#include "tst_topic_tree_model.moc"
