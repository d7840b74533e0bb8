// Searching the topic tree (core/mqtt/TopicTreeFilter) and per-topic payload views
// (core/mqtt/PayloadViewRules).

#include "common/Error.h"
#include "mqtt/PayloadViewRules.h"
#include "mqtt/TopicTreeFilter.h"

#include <QTest>

#include <functional>

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

// Every kept node's full topic, depth first in kept order.
QStringList keptTopics(const TopicTreeSelection& s, const TopicTree& tree) {
    QStringList out;
    std::function<void(const TopicNode*)> visit = [&](const TopicNode* n) {
        for (const TopicNode* c : s.children(n)) {
            QCOMPARE_EQ(s.children(c->parent()).at(static_cast<std::size_t>(s.row(c))), c);
            out << c->path();
            visit(c);
        }
    };
    visit(tree.root());
    return out;
}

void fill(TopicTree& tree) {
    tree.apply({msg("home/kitchen/temp", R"({"t":21})"), msg("home/kitchen/raw", "\x01\x02"),
                msg("home/garden/temp", R"({"t":15})", true), msg("office/temp", "ALARM high"),
                msg("$SYS/broker/uptime", "5 s")});
}
} // namespace

class TestTopicTreeFilter : public QObject {
    Q_OBJECT
private slots:
    void keepsMatchesWithTheirAncestors_data();
    void keepsMatchesWithTheirAncestors();
    void admitsMatchesOfLaterBatchesAndReportsGrownParents();
    void keptNodesStayWhenTheyStopMatching();
    void queryMatchesSingleNodesLikeTheWalk();
    void viewRulesPickTheMostSpecificFilter();
    void viewRulesRoundTripThroughStrings();
};

void TestTopicTreeFilter::keepsMatchesWithTheirAncestors_data() {
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("retainedOnly");
    QTest::addColumn<QStringList>("kept");
    const int topic = int(TopicTreeQuery::Field::Topic), payload = int(TopicTreeQuery::Field::Payload);
    QTest::newRow("substring, any case") << topic << "KITCHEN" << false
                                         << QStringList{"home", "home/kitchen", "home/kitchen/temp", "home/kitchen/raw"};
    QTest::newRow("filter +") << topic << "home/+/temp" << false
                              << QStringList{"home", "home/kitchen", "home/kitchen/temp", "home/garden", "home/garden/temp"};
    QTest::newRow("filter # matches its parent level") << topic << "office/#" << false
                                                       << QStringList{"office", "office/temp"};
    QTest::newRow("leading wildcard skips $SYS") << topic << "+/temp" << false << QStringList{"office", "office/temp"};
    QTest::newRow("payload text") << payload << "alarm" << false << QStringList{"office", "office/temp"};
    QTest::newRow("payload json") << payload << "\"t\":1" << false
                                  << QStringList{"home", "home/garden", "home/garden/temp"};
    QTest::newRow("retained only") << topic << "" << true << QStringList{"home", "home/garden", "home/garden/temp"};
    QTest::newRow("retained and text") << topic << "kitchen" << true << QStringList{};
    QTest::newRow("nothing") << topic << "nope" << false << QStringList{};
}

void TestTopicTreeFilter::keepsMatchesWithTheirAncestors() {
    QFETCH(int, field);
    QFETCH(QString, text);
    QFETCH(bool, retainedOnly);
    QFETCH(QStringList, kept);
    TopicTree tree;
    fill(tree);
    const TopicTreeSelection s(tree, {TopicTreeQuery::Field(field), text, retainedOnly});
    QCOMPARE(keptTopics(s, tree), kept);
}

void TestTopicTreeFilter::admitsMatchesOfLaterBatchesAndReportsGrownParents() {
    TopicTree tree;
    fill(tree);
    TopicTreeSelection s(tree, {TopicTreeQuery::Field::Topic, "temp", false});
    QCOMPARE(s.matchCount(), std::size_t(3));
    const auto changes = tree.apply({msg("lab/a/temp"), msg("lab/b/humidity"), msg("home/cellar/temp"),
                                     msg("home/kitchen/temp")});
    const auto grown = s.admit(changes);
    QCOMPARE(s.matchCount(), std::size_t(5));
    QStringList grownText;
    for (const auto& [parent, before] : grown)
        grownText << QStringLiteral("%1:%2").arg(parent->path()).arg(before);
    // shallow first, then in the order they grew; each with the number of kept children it had before
    QCOMPARE(grownText, (QStringList{":2", "lab:0", "home:2", "lab/a:0", "home/cellar:0"}));
    QVERIFY(!s.contains(tree.find("lab/b/humidity")));
    QCOMPARE(s.row(tree.find("lab")), 2);
}

void TestTopicTreeFilter::keptNodesStayWhenTheyStopMatching() {
    TopicTree tree;
    fill(tree);
    TopicTreeSelection s(tree, {TopicTreeQuery::Field::Payload, "alarm", false});
    QVERIFY(s.admit(tree.apply({msg("office/temp", "calm")})).empty());
    QVERIFY(s.contains(tree.find("office/temp")));
    const TopicTreeSelection again(tree, s.query());
    QVERIFY(!again.contains(tree.find("office/temp")));
}

void TestTopicTreeFilter::queryMatchesSingleNodesLikeTheWalk() {
    TopicTree tree;
    fill(tree);
    const TopicTreeQuery q{TopicTreeQuery::Field::Topic, "home/#", false};
    QVERIFY(q.matches(*tree.find("home")));
    QVERIFY(q.matches(*tree.find("home/kitchen/raw")));
    QVERIFY(!q.matches(*tree.find("office/temp")));
    const TopicTreeQuery retained{TopicTreeQuery::Field::Topic, "", true};
    QVERIFY(retained.matches(*tree.find("home/garden/temp")));
    QVERIFY(!retained.matches(*tree.find("home/garden")));
}

void TestTopicTreeFilter::viewRulesPickTheMostSpecificFilter() {
    PayloadViewRules rules;
    rules.set("sensors/#", PayloadViewKind::Json);
    rules.set("sensors/+/raw", PayloadViewKind::Hex);
    QCOMPARE(rules.kindFor("sensors/new/raw"), std::optional(PayloadViewKind::Hex));
    QCOMPARE(rules.kindFor("sensors/new/temp"), std::optional(PayloadViewKind::Json));
    QCOMPARE(rules.kindFor("other"), std::nullopt);
    rules.set("sensors/+/raw", PayloadViewKind::Base64); // replaces, does not add
    QCOMPARE(rules.rules().size(), std::size_t(2));
    QCOMPARE(rules.kindFor("sensors/x/raw"), std::optional(PayloadViewKind::Base64));
    QVERIFY_THROWS_EXCEPTION(Error, rules.set("bad/#/x", PayloadViewKind::Hex));
}

void TestTopicTreeFilter::viewRulesRoundTripThroughStrings() {
    PayloadViewRules rules;
    rules.set("a/+/b", PayloadViewKind::Hex);
    rules.set("c", PayloadViewKind::Json);
    QCOMPARE(rules.toStrings(), (QStringList{"hex a/+/b", "json c"}));
    const PayloadViewRules back = PayloadViewRules::fromStrings(rules.toStrings() << "bogus line" << "hex bad/#/x");
    QCOMPARE(back.toStrings(), rules.toStrings());
}

QTEST_GUILESS_MAIN(TestTopicTreeFilter)
#include "tst_topic_tree_filter.moc"
