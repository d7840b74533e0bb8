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

QTEST_GUILESS_MAIN(TestTopicTree)
#include "tst_topic_tree.moc"
