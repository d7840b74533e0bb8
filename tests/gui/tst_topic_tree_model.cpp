// TopicTreeModel on the offscreen platform: rows are populated lazily (a parent's rows exist once a
// view fetched them), batches become one insert per grown fetched parent, the model stays
// consistent for views (QAbstractItemModelTester) under batches that create many topics at once,
// retained topics are marked, and a search of a large tree runs in a worker whose stale results
// are dropped.

#include "models/TopicTreeModel.h"

#include "mqtt/TopicTreeFilter.h"

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

// dev/<n>/<p>/telemetry for n in [first, first + count) and 10 publishers: the bench's shape.
std::shared_ptr<MqttBatch> fleetBatch(int first, int count) {
    auto b = std::make_shared<MqttBatch>();
    for (int n = first; n < first + count; ++n)
        for (int p = 0; p < 10; ++p) {
            MqttMessage m;
            m.topic = QStringLiteral("dev/%1/%2/telemetry").arg(n).arg(p);
            m.payload = "{}";
            b->push_back(m);
        }
    return b;
}

// Every fetched row agrees with the tree: children in the tree's order, each index's parent is
// the index it came from, and a parent that has rows has all of them. Returns the rows checked.
int checkFetchedRows(TopicTreeModel& model, const QModelIndex& parent = {}) {
    const TopicNode* node = parent.isValid() ? model.node(parent) : model.tree().root();
    const int rows = model.rowCount(parent);
    if (rows > 0 && rows != static_cast<int>(node->children().size()))
        return -1;
    int checked = rows;
    for (int row = 0; row < rows; ++row) {
        const QModelIndex child = model.index(row, 0, parent);
        if (model.node(child) != node->children()[static_cast<size_t>(row)] || model.parent(child) != parent)
            return -1;
        const int below = checkFetchedRows(model, child);
        if (below < 0)
            return -1;
        checked += below;
    }
    return checked;
}
} // namespace

class TestTopicTreeModel : public QObject {
    Q_OBJECT
private slots:
    void staysConsistentUnderModelTester();
    void insertsOneRangePerGrownFetchedParentPerBatch();
    void staysConsistentUnderBatchesThatCreateManyTopics();
    void unopenedParentsCostNoSignals();
    void expandingANodeShowsItsChildren();
    void searchOfALargeTreeRunsInAWorkerAndDropsStaleResults();
    void marksRetainedTopics();
    void coalescesUpdatesIntoOneDataChangedPerParent();
    void viewShowsRowsAfterBatch();
    void clearForgetsEveryTopic();
    void largeViewGetsNewRowsInOneInsertPerFlush();
    void topicCellChangesOnlyWithExpanderOrRetainedMark();
};

void TestTopicTreeModel::staysConsistentUnderModelTester() {
    TopicTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.applyBatch(batchOf({{"a/b/c", false}, {"a/b/d", true}, {"/lead", false}, {"x//y", false}}));
    model.applyBatch(batchOf({{"a/b/c", false}, {"a/e", false}, {"$SYS/uptime", false}}));
    QCOMPARE(model.rowCount(), 4); // a, "", x, $SYS
    QVERIFY(model.indexForTopic("x//y").isValid());
}

void TestTopicTreeModel::insertsOneRangePerGrownFetchedParentPerBatch() {
    TopicTreeModel model;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    std::vector<std::pair<QString, bool>> topics;
    for (int i = 0; i < 1000; ++i)
        topics.emplace_back(QStringLiteral("plant/line%1/temp").arg(i % 10), false);
    model.applyBatch(batchOf(topics));
    // Only the root is fetched: one signal (plant), not 1000; plant's lines wait for a view.
    QCOMPARE(inserted.count(), 1);
    const QModelIndex plant = model.index(0, 0);
    QCOMPARE(model.rowCount(plant), 0);
    QVERIFY(model.hasChildren(plant));
    QVERIFY(model.canFetchMore(plant));
    model.fetchMore(plant);
    QCOMPARE(model.rowCount(plant), 10);
    QCOMPARE(model.data(plant.siblingAtColumn(TopicTreeModel::MessagesColumn)).toULongLong(), 1000ull);
    for (int line = 0; line < 10; ++line)
        model.fetchMore(model.index(line, 0, plant));
    // Everything fetched: a batch that grows the root, plant and every line is 1 + 1 + 10 signals.
    inserted.clear();
    topics.clear();
    for (int i = 0; i < 1000; ++i)
        topics.emplace_back(QStringLiteral("plant/line%1/humidity").arg(i % 10), false);
    topics.emplace_back(QStringLiteral("plant/line10/temp"), false);
    topics.emplace_back(QStringLiteral("office/light"), false);
    model.applyBatch(batchOf(topics));
    QCOMPARE(inserted.count(), 12);
    QCOMPARE(model.rowCount(plant), 11);
    QCOMPARE(checkFetchedRows(model), 2 + 11 + 20);
}

// The tester fetches every node it sees, so here every parent is populated and announced.
void TestTopicTreeModel::staysConsistentUnderBatchesThatCreateManyTopics() {
    TopicTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.applyBatch(fleetBatch(0, 300)); // 3,000 topics, 3,601 nodes in one batch
    for (int batch = 0; batch < 3; ++batch) { // 2,000 new topics per batch, and updates
        auto b = fleetBatch(300 + batch * 200, 200);
        b->push_back(fleetBatch(7, 1)->front());
        MqttMessage extra;
        extra.topic = QStringLiteral("dev/7/new%1/telemetry").arg(batch);
        b->push_back(extra);
        model.applyBatch(b);
    }
    const QModelIndex dev = model.index(0, 0);
    QCOMPARE(model.rowCount(dev), 900);
    QCOMPARE(model.index(899, 0, dev).data().toString(), QStringLiteral("899")); // appended in arrival order
    QCOMPARE(model.rowCount(model.index(7, 0, dev)), 13);
    QCOMPARE(checkFetchedRows(model), 1 + 900 + 9003 + 9003);
}

// A view that opened dev and dev/7: each batch costs one insert per opened parent that grew,
// nothing for the thousands of parents nobody opened, and the view shows what it opened.
void TestTopicTreeModel::unopenedParentsCostNoSignals() {
    TopicTreeModel model;
    QTreeView view;
    view.setModel(&model);
    view.show();
    model.applyBatch(fleetBatch(0, 300));
    const QModelIndex dev = model.index(0, 0);
    view.expand(dev); // the view fetches when it lays the node out
    QTRY_COMPARE(model.rowCount(dev), 300);
    view.expand(model.index(7, 0, dev)); // dev/7: its 10 publishers
    QTRY_COMPARE(model.rowCount(model.index(7, 0, dev)), 10);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    for (int batch = 0; batch < 5; ++batch) {
        auto b = fleetBatch(300 + batch * 200, 200);
        b->push_back(fleetBatch(7, 1)->front());
        MqttMessage extra;
        extra.topic = QStringLiteral("dev/7/new%1/telemetry").arg(batch);
        b->push_back(extra);
        model.applyBatch(b);
    }
    QCOMPARE(inserted.count(), 10); // per batch: dev's 200 new rows, dev/7's new publisher
    QCOMPARE(model.rowCount(dev), 1300);
    QCOMPARE(model.rowCount(model.index(8, 0, dev)), 0); // never opened
    QCOMPARE(model.rowCount(model.index(7, 0, dev)), 15);
    QCOMPARE(checkFetchedRows(model), 1 + 1300 + 15);
    const QModelIndex latest = model.index(14, 0, model.index(7, 0, dev));
    QCOMPARE(latest.data(TopicTreeModel::FullTopicRole).toString(), QStringLiteral("dev/7/new4"));
    view.scrollTo(latest);
    QVERIFY(view.visualRect(latest).isValid());
}

void TestTopicTreeModel::expandingANodeShowsItsChildren() {
    TopicTreeModel model;
    QTreeView view;
    view.setModel(&model);
    view.show();
    model.applyBatch(fleetBatch(0, 50));
    view.expand(model.index(0, 0));
    QTRY_COMPARE(model.rowCount(model.index(0, 0)), 50);
    const QModelIndex device = model.index(3, 0, model.index(0, 0)); // dev/3
    QCOMPARE(model.rowCount(device), 0); // nobody opened it yet
    QVERIFY(model.hasChildren(device));
    view.expand(device);
    QTRY_COMPARE(model.rowCount(device), 10);
    const QModelIndex publisher = model.index(9, 0, device);
    QCOMPARE(publisher.data(TopicTreeModel::FullTopicRole).toString(), QStringLiteral("dev/3/9"));
    QVERIFY(view.visualRect(publisher).isValid());
    // indexForTopic opens the way to a topic deep in unopened parents.
    const QModelIndex leaf = model.indexForTopic(QStringLiteral("dev/42/5/telemetry"));
    QVERIFY(leaf.isValid());
    QCOMPARE(model.node(leaf), model.tree().find(QStringLiteral("dev/42/5/telemetry")));
    QCOMPARE(model.parent(leaf).data(TopicTreeModel::FullTopicRole).toString(), QStringLiteral("dev/42/5"));
}

void TestTopicTreeModel::searchOfALargeTreeRunsInAWorkerAndDropsStaleResults() {
    TopicTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int first = 0; first < 6000; first += 1000)
        model.applyBatch(fleetBatch(first, 1000)); // 60,000 topics: above kInlineSearchNodes
    QVERIFY(model.tree().nodeCount() > TopicTreeModel::kInlineSearchNodes);
    QSignalSpy applied(&model, &TopicTreeModel::queryApplied);

    TopicTreeQuery stale;
    stale.text = QStringLiteral("dev/1");
    model.setQuery(stale);
    // setQuery returned at once: the rows still show the whole tree while the worker walks it.
    QVERIFY(model.isSearching());
    QCOMPARE(applied.count(), 0);
    QVERIFY(model.query().isEmpty());
    QCOMPARE(model.rowCount(), 1);
    TopicTreeQuery wanted;
    wanted.text = QStringLiteral("dev/+/3/telemetry");
    model.setQuery(wanted); // makes the first search's result stale
    model.applyBatch(fleetBatch(9000, 1)); // arrives during the search: held, the tree stays still
    QVERIFY(!model.tree().find(QStringLiteral("dev/9000/3/telemetry")));

    QTRY_VERIFY_WITH_TIMEOUT(!model.isSearching(), 30000);
    QCOMPARE(applied.count(), 1); // only the newest query was shown
    QCOMPARE(model.query().text, wanted.text);
    // The held batch was applied after the result: its match joined the selection.
    QVERIFY(model.tree().find(QStringLiteral("dev/9000/3/telemetry")));
    QCOMPARE(model.matchCount(), std::size_t(6001));
    QCOMPARE(model.matchCount(), TopicTreeSelection(model.tree(), wanted).matchCount());
    QVERIFY(model.indexForTopic(QStringLiteral("dev/9000/3/telemetry")).isValid());
    QVERIFY(!model.indexForTopic(QStringLiteral("dev/9000/4/telemetry")).isValid());

    model.setQuery({}); // an empty query is shown at once
    QCOMPARE(applied.count(), 2);
    QVERIFY(!model.isSearching());
    QVERIFY(model.indexForTopic(QStringLiteral("dev/9000/4/telemetry")).isValid());
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
    model.fetchMore(model.index(0, 0)); // a view opened s
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
    model.fetchMore(model.index(0, 0)); // a view opened a
    QCOMPARE(model.rowCount(model.index(0, 0)), 1); // a has x only
}

// Past kLiveRows shown rows a view would lay out all of them per batch: the new rows and changed
// cells of several batches come in one insert and one dataChanged per parent when the flush timer
// fires, and rows stay consistent.
void TestTopicTreeModel::largeViewGetsNewRowsInOneInsertPerFlush() {
    TopicTreeModel model;
    const int devices = TopicTreeModel::kLiveRows + 100;
    auto many = std::make_shared<MqttBatch>();
    for (int n = 0; n < devices; ++n) {
        MqttMessage m;
        m.topic = QStringLiteral("dev/%1").arg(n);
        many->push_back(m);
    }
    model.applyBatch(many);
    const QModelIndex dev = model.index(0, 0);
    model.fetchMore(dev);
    QCOMPARE(model.rowCount(dev), devices);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    for (int batch = 0; batch < 3; ++batch)
        model.applyBatch(batchOf({{QStringLiteral("dev/new%1").arg(batch), false}, {QStringLiteral("top%1").arg(batch), false}}));
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(changed.count(), 0); // dev's counts changed: held with the rows
    QCOMPARE(model.rowCount(dev), devices); // held: the view still has its rows
    QCOMPARE(model.index(devices - 1, 0, dev).data().toString(), QString::number(devices - 1));
    QTRY_COMPARE(inserted.count(), 2); // the root's three rows, then dev's three
    QCOMPARE(inserted.at(0).at(0).value<QModelIndex>(), QModelIndex());
    QCOMPARE(inserted.at(1).at(0).value<QModelIndex>(), dev);
    QCOMPARE(changed.count(), 1); // dev's row under the root, once for the three batches
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), model.index(0, TopicTreeModel::MessagesColumn));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.rowCount(dev), devices + 3);
    QCOMPARE(checkFetchedRows(model), 4 + devices + 3);
    // A topic asked for by name is shown at once, held rows or not.
    model.applyBatch(batchOf({{"dev/last", false}}));
    QCOMPARE(model.indexForTopic("dev/last").row(), devices + 3);
}

// Messages change the count and payload columns; the topic cell only when a row gets its first
// children (the expander) or its retained mark changes, so a view re-reads hasChildren only there.
void TestTopicTreeModel::topicCellChangesOnlyWithExpanderOrRetainedMark() {
    TopicTreeModel model;
    model.applyBatch(batchOf({{"s/a", false}, {"s/b", false}, {"s/c", false}}));
    const QModelIndex s = model.index(0, 0);
    model.fetchMore(s);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.applyBatch(batchOf({{"s/a", false}, {"s/c", false}}));
    QCOMPARE(changed.count(), 2); // s/a..s/c under s, and s under the root
    for (const auto& args : changed)
        QCOMPARE(args.at(0).value<QModelIndex>().column(), int(TopicTreeModel::MessagesColumn));
    changed.clear();
    model.applyBatch(batchOf({{"s/b/x", false}, {"s/c", true}}));
    QModelIndex topicFirst, topicLast;
    for (const auto& args : changed)
        if (args.at(0).value<QModelIndex>().column() == TopicTreeModel::TopicColumn) {
            QVERIFY(!topicFirst.isValid());
            topicFirst = args.at(0).value<QModelIndex>();
            topicLast = args.at(1).value<QModelIndex>();
        }
    QCOMPARE(topicFirst, model.index(1, 0, s)); // s/b got its first child, s/c became retained
    QCOMPARE(topicLast, model.index(2, 0, s));
    QVERIFY(model.hasChildren(model.index(1, 0, s)));
}

QTEST_MAIN(TestTopicTreeModel)
#include "tst_topic_tree_model.moc"
