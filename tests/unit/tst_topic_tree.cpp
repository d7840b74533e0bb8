#include "mqtt/TopicTree.h"

#include <QTest>

using namespace mqkit;

namespace {
MqttMessage msg(const QString& topic, const QByteArray& payload = "x", bool retained = false) {
    MqttMessage m;
    m.topic = topic;
    m.payload = payload;
    m.retained = retained;
    m.receivedAtMs = 1000;
    return m;
}
QStringList childNames(const TopicNode* n) {
    QStringList names;
    for (const auto& c : n->children())
        names << c->name();
    return names;
}
} // namespace

class TestTopicTree : public QObject {
    Q_OBJECT
private slots:
    void splitsLevelsLikeTheBroker_data();
    void splitsLevelsLikeTheBroker();
    void countsMessagesPerTopicAndSubtree();
    void emptyRetainedMessageClearsRetainedState();
    void reportsGrownParentsShallowFirstAndUpdatesOnce();
    void keepsLongAndUtf8TopicsIntact();
    void findsEdgeCaseTopicsExactly_data();
    void findsEdgeCaseTopicsExactly();
    void keepsLastMessageStatePerNode();
    void boundsHistoryByCount();
    void boundsHistoryByBytes();
    void keepsNoHistoryByDefault();
    void historyKeepsOrderThroughEvictionsAndWraparound();
    void rateFollowsSteadyTrafficAndDecays();
    void subtreeAggregatesCountRetainedAndRate();
    void leafThatGainsChildrenKeepsItsCounts();
    void innerNodeWithOneChildKeepsExactCountsAsItGainsAMessageAndASibling();
    void emptyLiveMessageClearsRetainedMark();
    void reportsUpdatedNodesOnceAcrossManyMessages();
    void memoryUsageGrowsWithTopicsAndPayloads();
    void reportsLeavesThatGainChildrenAndRetainMarkChanges();
    void topicWithOneMessageKeepsNoHistoryCopy();
    void boundsMemoryPerTopicAtTheGuiShape();
    void childListsGrowPastTheirRoomInOrder();
    void repeatedLevelNamesAreStoredOnce();
    void findsEveryTopicWhileTheIndexGrows();
};

void TestTopicTree::splitsLevelsLikeTheBroker_data() {
    QTest::addColumn<QString>("topic");
    QTest::addColumn<QStringList>("levels");
    QTest::newRow("plain") << "a/b/c" << QStringList{"a", "b", "c"};
    QTest::newRow("leading slash") << "/a" << QStringList{"", "a"};
    QTest::newRow("empty middle level") << "a//b" << QStringList{"a", "", "b"};
    QTest::newRow("trailing slash") << "a/" << QStringList{"a", ""};
    QTest::newRow("$SYS") << "$SYS/broker/uptime" << QStringList{"$SYS", "broker", "uptime"};
    QTest::newRow("single level") << "solo" << QStringList{"solo"};
}

void TestTopicTree::splitsLevelsLikeTheBroker() {
    QFETCH(QString, topic);
    QFETCH(QStringList, levels);
    TopicTree tree;
    tree.apply({msg(topic)});
    const TopicNode* node = tree.root();
    for (const QString& level : levels) {
        QCOMPARE(childNames(node), QStringList{level});
        node = node->children().front();
    }
    QVERIFY(node->hasMessage());
    QCOMPARE(node->path(), topic);
    QCOMPARE(tree.find(topic), node);
}

void TestTopicTree::countsMessagesPerTopicAndSubtree() {
    TopicTree tree;
    tree.apply({msg("home/kitchen/temp"), msg("home/kitchen/temp"), msg("home/garage/door"), msg("home")});
    QCOMPARE(tree.messageCount(), 4u);
    QCOMPARE(tree.topicCount(), 3u);
    QCOMPARE(tree.find("home/kitchen/temp")->messageCount(), 2u);
    QCOMPARE(tree.find("home")->messageCount(), 1u);
    QCOMPARE(tree.find("home")->subtreeMessageCount(), 4u);
    QCOMPARE(tree.find("home")->subtreeTopicCount(), 3u);
    QCOMPARE(tree.find("home/kitchen")->hasMessage(), false);
    QCOMPARE(tree.nodeCount(), 5u); // home, kitchen, temp, garage, door
}

void TestTopicTree::emptyRetainedMessageClearsRetainedState() {
    TopicTree tree;
    tree.apply({msg("dev/1/state", "on", true)});
    QVERIFY(tree.find("dev/1/state")->isRetained());
    tree.apply({msg("dev/1/state", "live", false)}); // a live message does not clear it
    QVERIFY(tree.find("dev/1/state")->isRetained());
    tree.apply({msg("dev/1/state", "", true)});
    QVERIFY(!tree.find("dev/1/state")->isRetained());
}

void TestTopicTree::reportsGrownParentsShallowFirstAndUpdatesOnce() {
    TopicTree tree;
    auto first = tree.apply({msg("a/b"), msg("a/c"), msg("x/y/z")});
    QCOMPARE(first.messagesApplied, 3u);
    QVERIFY(first.updatedNodes.empty()); // everything is new
    for (size_t i = 1; i < first.grownParents.size(); ++i)
        QVERIFY(first.grownParents[i - 1]->depth() <= first.grownParents[i]->depth());
    QCOMPARE(first.grownParents.front(), tree.root());

    auto second = tree.apply({msg("a/b"), msg("a/b"), msg("a/d")});
    QCOMPARE(second.grownParents.size(), 1u);
    QCOMPARE(second.grownParents.front(), tree.find("a"));
    // a and a/b changed; each listed once; the new a/d is not an "update".
    QCOMPARE(second.updatedNodes.size(), 2u);
    QVERIFY(std::count(second.updatedNodes.begin(), second.updatedNodes.end(), tree.find("a/b")) == 1);
}

void TestTopicTree::keepsLongAndUtf8TopicsIntact() {
    TopicTree tree;
    const QString utf8 = QStringLiteral("gebäude/küche/温度");
    QString longTopic;
    for (int i = 0; i < 300; ++i)
        longTopic += QStringLiteral("level%1/").arg(i);
    longTopic += QStringLiteral("leaf");
    tree.apply({msg(utf8), msg(longTopic)});
    QCOMPARE(tree.find(utf8)->path(), utf8);
    QCOMPARE(tree.find(longTopic)->path(), longTopic);
    QCOMPARE(tree.find(longTopic)->depth(), 301);
}

void TestTopicTree::findsEdgeCaseTopicsExactly_data() {
    QTest::addColumn<QString>("topic");
    QTest::addColumn<int>("depth");
    QTest::newRow("leading slash") << "/a/b" << 3;
    QTest::newRow("only slash") << "/" << 2;
    QTest::newRow("empty levels") << "a//b///c" << 6;
    QTest::newRow("trailing slashes") << "a//" << 3;
    QTest::newRow("$SYS") << "$SYS/broker/clients/connected" << 4;
    QTest::newRow("latin1 level") << QStringLiteral("café/ñ") << 2;
    QTest::newRow("cjk and emoji") << QStringLiteral("温度/😀/x") << 3;
    QTest::newRow("long level") << QString(300, QLatin1Char('q')) << 1;
    QTest::newRow("64 KiB single level") << QString(65535, QLatin1Char('z')) << 1;
    QTest::newRow("64 KiB of slashes") << QString(65535, QLatin1Char('/')) << 65536;
    QString manyLevels;
    while (manyLevels.size() < 65530)
        manyLevels += QStringLiteral("ab/");
    manyLevels += QStringLiteral("end");
    QTest::newRow("64 KiB of short levels") << manyLevels << int(manyLevels.count(QLatin1Char('/'))) + 1;
}

void TestTopicTree::findsEdgeCaseTopicsExactly() {
    QFETCH(QString, topic);
    QFETCH(int, depth);
    TopicTree tree;
    // Neighbours that share prefixes, hashes of prefixes, or differ only in an empty level.
    tree.apply({msg(topic), msg(topic + QStringLiteral("/x")), msg(QStringLiteral("x/") + topic), msg(topic + QLatin1Char('/'))});
    const TopicNode* node = tree.find(topic);
    QVERIFY(node);
    QVERIFY(node->hasMessage());
    QCOMPARE(node->depth(), depth);
    QCOMPARE(node->path(), topic);
    QCOMPARE(node->messageCount(), 1u);
    QCOMPARE(tree.find(topic + QStringLiteral("/x"))->path(), topic + QStringLiteral("/x"));
    QCOMPARE(tree.find(QStringLiteral("x/") + topic)->depth(), depth + 1);
    QVERIFY(!tree.find(topic + QStringLiteral("/y")));
    QVERIFY(!tree.find(QStringLiteral("y/") + topic));
    QCOMPARE(tree.topicCount(), 4u);
}

void TestTopicTree::keepsLastMessageStatePerNode() {
    TopicTree tree;
    MqttMessage m = msg("dev/1/state", "first", true);
    m.qos = 1;
    m.receivedAtMs = 5000;
    m.properties.contentType = QStringLiteral("text/plain");
    m.properties.user = {{QStringLiteral("k"), QStringLiteral("v")}};
    tree.apply({m});
    const TopicNode* n = tree.find("dev/1/state");
    QCOMPARE(n->lastPayload().toByteArray(), QByteArray("first"));
    QCOMPARE(n->lastQos(), 1);
    QCOMPARE(n->lastRetainFlag(), true);
    QCOMPARE(n->lastReceivedAtMs(), 5000);
    QCOMPARE(n->lastProperties().contentType, QStringLiteral("text/plain"));
    QCOMPARE(n->lastProperties().user.size(), 1u);

    MqttMessage next = msg("dev/1/state", "second", false);
    next.qos = 2;
    next.receivedAtMs = 6000;
    tree.apply({next});
    QCOMPARE(n->lastPayload().toByteArray(), QByteArray("second"));
    QCOMPARE(n->lastQos(), 2);
    QCOMPARE(n->lastRetainFlag(), false);
    QCOMPARE(n->lastReceivedAtMs(), 6000);
    QVERIFY(n->lastProperties().isEmpty()); // properties belong to a message, not the topic
    QVERIFY(n->isRetained());               // the broker still holds "first"
}

void TestTopicTree::boundsHistoryByCount() {
    TopicTree tree(TopicTreeLimits{3, 1 << 20});
    for (int i = 0; i < 10; ++i) {
        MqttMessage m = msg("h", QByteArray::number(i));
        m.receivedAtMs = 1000 + i;
        if (i == 9)
            m.properties.responseTopic = QStringLiteral("reply");
        tree.apply({m});
    }
    const auto history = tree.find("h")->history();
    QCOMPARE(history.size(), 3u);
    QCOMPARE(history[0].payload, QByteArray("7"));
    QCOMPARE(history[2].payload, QByteArray("9"));
    QCOMPARE(history[2].receivedAtMs, 1009);
    QVERIFY(history[2].properties);
    QCOMPARE(history[2].properties->responseTopic, QStringLiteral("reply"));
    QVERIFY(!history[1].properties);
}

void TestTopicTree::boundsHistoryByBytes() {
    TopicTree tree(TopicTreeLimits{100, 250});
    for (int i = 0; i < 10; ++i)
        tree.apply({msg("h", QByteArray(100, char('a' + i)))});
    auto history = tree.find("h")->history();
    QCOMPARE(history.size(), 2u); // 200 bytes fit in 250, 300 would not
    QCOMPARE(history.back().payload.front(), 'j');
    // A payload bigger than the whole budget still is the newest entry, alone.
    tree.apply({msg("h", QByteArray(1000, 'z'))});
    history = tree.find("h")->history();
    QCOMPARE(history.size(), 1u);
    QCOMPARE(history.front().payload.size(), 1000);
    tree.apply({msg("h", "small")});
    QCOMPARE(tree.find("h")->historySize(), 1u); // the big one is dropped as soon as a newer one exists
}

void TestTopicTree::historyKeepsOrderThroughEvictionsAndWraparound() {
    TopicTree tree(TopicTreeLimits{4, 250});
    auto payloads = [&] {
        QList<QByteArray> out;
        for (const auto& e : tree.find("h")->history())
            out << e.payload;
        return out;
    };
    const QByteArray a(100, 'A'), b(100, 'B'), c(100, 'C');
    tree.apply({msg("h", a), msg("h", b), msg("h", c)}); // 300 bytes: A goes
    QCOMPARE(payloads(), (QList<QByteArray>{b, c}));
    tree.apply({msg("h", "d"), msg("h", "e")});
    QCOMPARE(payloads(), (QList<QByteArray>{b, c, "d", "e"}));
    tree.apply({msg("h", "f"), msg("h", "g")}); // full by count: the oldest are overwritten
    QCOMPARE(payloads(), (QList<QByteArray>{"d", "e", "f", "g"}));
    for (int i = 0; i < 10; ++i)
        tree.apply({msg("h", QByteArray::number(i))});
    QCOMPARE(payloads(), (QList<QByteArray>{"6", "7", "8", "9"}));
    tree.apply({msg("h", QByteArray(200, 'x'))}); // 203 bytes with 7, 8, 9
    QCOMPARE(payloads(), (QList<QByteArray>{"7", "8", "9", QByteArray(200, 'x')}));
    tree.apply({msg("h", QByteArray(60, 'y'))}); // 262 bytes: the oldest go until it fits
    QCOMPARE(payloads(), (QList<QByteArray>{QByteArray(60, 'y')}));
    tree.apply({msg("h", "z")});
    QCOMPARE(payloads(), (QList<QByteArray>{QByteArray(60, 'y'), "z"}));
}

void TestTopicTree::keepsNoHistoryByDefault() {
    TopicTree tree;
    tree.apply({msg("h", "1"), msg("h", "2")});
    QCOMPARE(tree.find("h")->historySize(), 0u);
    QCOMPARE(tree.find("h")->lastPayload().toByteArray(), QByteArray("2"));
}

void TestTopicTree::rateFollowsSteadyTrafficAndDecays() {
    TopicTree tree;
    // 10 messages/s for 100 s (ten time constants): the average has settled at 10.
    for (int i = 0; i < 1000; ++i) {
        MqttMessage m = msg("r");
        m.receivedAtMs = 100 * i;
        tree.apply({m});
    }
    const TopicNode* n = tree.find("r");
    const std::int64_t last = 100 * 999;
    QVERIFY2(std::abs(n->rate(last) - 10.0) < 0.3, qPrintable(QString::number(n->rate(last))));
    // Silence for one time constant divides it by e; read time only, no message applied.
    const double later = n->rate(last + std::int64_t(kTopicRateTimeConstantSeconds * 1000));
    QVERIFY2(std::abs(later - 10.0 / std::exp(1.0)) < 0.2, qPrintable(QString::number(later)));
    QVERIFY(n->rate(last + 600'000) < 0.001);
    QCOMPARE(tree.find("x"), nullptr);
}

void TestTopicTree::subtreeAggregatesCountRetainedAndRate() {
    TopicTree tree;
    tree.apply({msg("p/a/1", "x", true), msg("p/a/2", "y", true), msg("p/b", "z", false), msg("q", "w", true)});
    QCOMPARE(tree.find("p")->subtreeRetainedCount(), 2u);
    QCOMPARE(tree.find("p/a")->subtreeRetainedCount(), 2u);
    QCOMPARE(tree.retainedCount(), 3u);
    tree.apply({msg("p/a/1", "", true)}); // cleared on the broker
    QCOMPARE(tree.find("p/a")->subtreeRetainedCount(), 1u);
    QCOMPARE(tree.retainedCount(), 2u);
    QCOMPARE(tree.find("p")->subtreeMessageCount(), 4u);
    QCOMPARE(tree.find("p")->subtreeTopicCount(), 3u);
    // Subtree rate is the sum of its topics' rates (all messages at the same instant here).
    const double sum = tree.find("p/a/1")->rate(1000) + tree.find("p/a/2")->rate(1000) + tree.find("p/b")->rate(1000);
    QVERIFY(std::abs(tree.find("p")->subtreeRate(1000) - sum) < 1e-6);
    QCOMPARE(tree.find("q")->subtreeRate(1000), tree.find("q")->rate(1000));
}

void TestTopicTree::leafThatGainsChildrenKeepsItsCounts() {
    TopicTree tree;
    tree.apply({msg("a", "1", true), msg("a", "2", true)});
    tree.apply({msg("a/b", "3")});
    const TopicNode* a = tree.find("a");
    QCOMPARE(a->messageCount(), 2u);
    QCOMPARE(a->subtreeMessageCount(), 3u);
    QCOMPARE(a->subtreeTopicCount(), 2u);
    QCOMPARE(a->subtreeRetainedCount(), 1u);
    QCOMPARE(a->children().size(), 1u);
    QCOMPARE(a->child(u"b"), tree.find("a/b"));
}

void TestTopicTree::emptyLiveMessageClearsRetainedMark() {
    // Subscribers already listening get the clearing publish with the retain flag off.
    TopicTree tree;
    tree.apply({msg("dev/2/state", "on", true)});
    tree.apply({msg("dev/2/state", "", false)});
    QVERIFY(!tree.find("dev/2/state")->isRetained());
    QCOMPARE(tree.retainedCount(), 0u);
}

void TestTopicTree::reportsUpdatedNodesOnceAcrossManyMessages() {
    TopicTree tree;
    tree.apply({msg("s/a"), msg("s/b"), msg("t/c")});
    MqttBatch batch;
    for (int i = 0; i < 300; ++i)
        batch.push_back(msg(QStringList{"s/a", "s/b", "t/c"}[i % 3]));
    const auto changes = tree.apply(batch);
    QCOMPARE(changes.messagesApplied, 300u);
    QVERIFY(changes.grownParents.empty());
    QCOMPARE(changes.updatedNodes.size(), 5u); // s, s/a, s/b, t, t/c; never the root
    std::vector<TopicNode*> sorted = changes.updatedNodes;
    std::sort(sorted.begin(), sorted.end());
    QVERIFY(std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end());
    QVERIFY(std::find(sorted.begin(), sorted.end(), tree.root()) == sorted.end());
}

void TestTopicTree::memoryUsageGrowsWithTopicsAndPayloads() {
    TopicTree tree;
    const TopicTreeMemory empty = tree.memoryUsage();
    MqttBatch batch;
    for (int i = 0; i < 10000; ++i)
        batch.push_back(msg(QStringLiteral("m/%1/v").arg(i), QByteArray(10, 'p')));
    tree.apply(batch);
    const TopicTreeMemory full = tree.memoryUsage();
    QCOMPARE(full.payloads, 100000u);
    QVERIFY(full.nodes > empty.nodes);
    // Bounded per topic: well under 250 bytes of structure per topic (two nodes each here).
    QVERIFY2((full.total() - full.payloads) / 10000 < 400, qPrintable(QString::number((full.total() - full.payloads) / 10000)));
}

// What the GUI needs to refresh a row's topic cell (its expander and its retained look).
void TestTopicTree::reportsLeavesThatGainChildrenAndRetainMarkChanges() {
    TopicTree tree;
    tree.apply({msg("a"), msg("b/c"), msg("r", "on", true)});
    auto changes = tree.apply({msg("a/x"), msg("b/d"), msg("n/m"), msg("b/c", "kept", true), msg("b/c", "", true),
                               msg("r", "", true), msg("z", "new", true)});
    QVERIFY(changes.newBranches == std::vector<TopicNode*>{tree.find("a")}); // not b (had children), not n (new)
    // b/c was marked and cleared again in the batch: listed once; z is new, so not listed.
    QVERIFY((changes.retainMarkChanged == std::vector<TopicNode*>{tree.find("b/c"), tree.find("r")}));
    changes = tree.apply({msg("a/y"), msg("b/c"), msg("r")});
    QVERIFY(changes.newBranches.empty());
    QVERIFY(changes.retainMarkChanged.empty());
}

// The node holds the last message, so history costs nothing until a topic has a second one.
// dev/1/2 above dev/1/2/telemetry has one child and no message: the tree keeps no aggregates of
// its own for it until it gets a message or a second child. Every step must read the same as a
// node that kept its own.
void TestTopicTree::innerNodeWithOneChildKeepsExactCountsAsItGainsAMessageAndASibling() {
    TopicTree tree;
    MqttMessage leaf = msg("d/1/t", "v", true);
    leaf.receivedAtMs = 2000;
    tree.apply({leaf, leaf});
    const TopicNode* inner = tree.find("d/1");
    QCOMPARE(childNames(inner), QStringList{"t"});
    QVERIFY(inner->hasChildren());
    QCOMPARE(inner->subtreeMessageCount(), 2u);
    QCOMPARE(inner->subtreeTopicCount(), 1u);
    QCOMPARE(inner->subtreeRetainedCount(), 1u);
    QCOMPARE(inner->subtreeRate(5000), tree.find("d/1/t")->rate(5000));
    QCOMPARE(tree.find("d")->subtreeMessageCount(), 2u);

    MqttMessage own = msg("d/1", "own");
    own.receivedAtMs = 3000;
    tree.apply({own});
    QCOMPARE(inner->messageCount(), 1u);
    QCOMPARE(inner->subtreeMessageCount(), 3u);
    QCOMPARE(inner->subtreeTopicCount(), 2u);
    QCOMPARE(inner->subtreeRetainedCount(), 1u);
    QVERIFY(std::abs(inner->subtreeRate(5000) - (inner->rate(5000) + tree.find("d/1/t")->rate(5000))) < 1e-6);
    QCOMPARE(tree.find("d")->subtreeMessageCount(), 3u);

    tree.apply({msg("d/2/t"), msg("d/2/u", "w", true)}); // d/2: one child, then a second
    const TopicNode* second = tree.find("d/2");
    QCOMPARE(childNames(second), (QStringList{"t", "u"}));
    QCOMPARE(second->children()[1]->row(), 1);
    QCOMPARE(second->subtreeMessageCount(), 2u);
    QCOMPARE(second->subtreeTopicCount(), 2u);
    QCOMPARE(second->subtreeRetainedCount(), 1u);
    QCOMPARE(tree.topicCount(), 4u);
    QCOMPARE(tree.retainedCount(), 2u);
    QCOMPARE(tree.messageCount(), 5u);
}

void TestTopicTree::topicWithOneMessageKeepsNoHistoryCopy() {
    TopicTree tree(TopicTreeLimits{100, 64 * 1024});
    MqttMessage first = msg("h/1", "one", true);
    first.qos = 1;
    first.properties.responseTopic = QStringLiteral("reply");
    tree.apply({msg("h/2", "solo"), msg("h/3", "solo")});
    QCOMPARE(tree.memoryUsage().history, 0u);
    tree.apply({first});
    const auto history = tree.find("h/1")->history();
    QCOMPARE(history.size(), 1u);
    QCOMPARE(history[0].payload, QByteArray("one"));
    QCOMPARE(history[0].qos, 1);
    QVERIFY(history[0].retained);
    QCOMPARE(history[0].properties->responseTopic, QStringLiteral("reply"));
    tree.apply({msg("h/1", "two")});
    const auto two = tree.find("h/1")->history();
    QCOMPARE(two.size(), 2u);
    QCOMPARE(two[0].payload, QByteArray("one"));
    QCOMPARE(two[0].properties->responseTopic, QStringLiteral("reply")); // the first message's, kept with it
    QCOMPARE(two[1].payload, QByteArray("two"));
    QVERIFY(!two[1].properties);
    QVERIFY(tree.memoryUsage().history > 0);
    QCOMPARE(tree.find("h/2")->historySize(), 1u);
}

// The GUI's tree at the bench's shape (dev/<n>/<publisher>/telemetry, 100-byte payloads, the
// message pane's history limits): the structure beside the payloads stays small per topic.
void TestTopicTree::boundsMemoryPerTopicAtTheGuiShape() {
    TopicTree tree(TopicTreeLimits{100, 64 * 1024});
    MqttBatch batch;
    for (int n = 0; n < 2000; ++n)
        for (int p = 0; p < 10; ++p)
            batch.push_back(msg(QStringLiteral("dev/%1/%2/telemetry").arg(n).arg(p), QByteArray(100, 'v')));
    tree.apply(batch);
    const TopicTreeMemory m = tree.memoryUsage();
    QCOMPARE(tree.topicCount(), 20000u);
    QCOMPARE(m.history, 0u);
    const std::size_t perTopic = (m.total() - m.payloads - m.payloadHeaders) / 20000;
    // 2.1 nodes of 72 bytes, the index and the branches of dev and dev/<n> (208 here; with 96-byte
    // nodes and a branch block for each dev/<n>/<publisher> it was over 300)
    QVERIFY2(perTopic < 240, qPrintable(QString::number(perTopic)));
}

void TestTopicTree::childListsGrowPastTheirRoomInOrder() {
    TopicTree tree;
    MqttBatch batch;
    for (int i = 0; i < 1000; ++i)
        batch.push_back(msg(QStringLiteral("p/%1").arg(i)));
    tree.apply(batch);
    tree.apply({msg("p/1000/x")});
    const TopicNode* p = tree.find("p");
    QCOMPARE(p->children().size(), 1001u);
    for (int i = 0; i <= 1000; ++i) {
        QCOMPARE(p->children()[static_cast<std::size_t>(i)]->name(), QString::number(i));
        QCOMPARE(p->children()[static_cast<std::size_t>(i)]->row(), i);
        QCOMPARE(p->children()[static_cast<std::size_t>(i)]->parent(), p);
    }
    QCOMPARE(p->subtreeTopicCount(), 1001u);
    QCOMPARE(tree.find("p/1000")->children().size(), 1u);
}

void TestTopicTree::repeatedLevelNamesAreStoredOnce() {
    TopicTree tree;
    const QString latin = QStringLiteral("telemetry-and-more");
    const QString wide = QStringLiteral("温度温度温度温度温度");
    MqttBatch batch;
    for (int i = 0; i < 5000; ++i)
        batch.push_back(msg(QStringLiteral("d/%1/%2/%3").arg(i).arg(latin, wide)));
    tree.apply(batch);
    QCOMPARE(tree.memoryUsage().names, std::size_t(64 * 1024)); // one chunk, not 5000 copies of each
    QCOMPARE(tree.find(QStringLiteral("d/4999/%1/%2").arg(latin, wide))->path(), QStringLiteral("d/4999/%1/%2").arg(latin, wide));
    QVERIFY(tree.find(QStringLiteral("d/7/%1").arg(latin))->child(wide));
    QVERIFY(!tree.find(QStringLiteral("d/7/%1").arg(latin))->child(QStringLiteral("温度温度温度温度温")));
}

// The index moves into a bigger table a slice per insert and per batch: every topic stays
// findable (and none is created twice) before, during and after each move.
void TestTopicTree::findsEveryTopicWhileTheIndexGrows() {
    TopicTree tree;
    const auto topic = [](int i) { return QStringLiteral("g/%1/%2").arg(i % 97).arg(i); };
    int inserted = 0;
    for (int round = 0; round < 120; ++round) {
        MqttBatch batch;
        for (int k = 0; k < 500; ++k)
            batch.push_back(msg(topic(inserted++)));
        batch.push_back(msg(topic(round * 7))); // an update of an old topic in every batch
        tree.apply(batch);
        for (int i = round % 13; i < inserted; i += 13)
            QVERIFY2(tree.find(topic(i)) && tree.find(topic(i))->path() == topic(i), qPrintable(topic(i)));
        QVERIFY(!tree.find(QStringLiteral("g/1/none")));
    }
    QCOMPARE(tree.topicCount(), std::size_t(inserted));
    QCOMPARE(tree.nodeCount(), std::size_t(1 + 97 + inserted));
    QCOMPARE(tree.find("g")->subtreeMessageCount(), std::uint64_t(inserted + 120));
}

QTEST_GUILESS_MAIN(TestTopicTree)
#include "tst_topic_tree.moc"
