// The message pane's diff (core/mqtt/PayloadDiff): by JSON path when both payloads are JSON,
// by line otherwise.

#include "mqtt/PayloadDiff.h"

#include <QTest>

using namespace mqkit;

class TestPayloadDiff : public QObject {
    Q_OBJECT
private slots:
    void jsonDiffNamesChangedAddedAndRemovedPaths();
    void jsonDiffIgnoresKeyOrderAndReportsNoDifferences();
    void jsonDiffWalksArraysByIndex();
    void jsonDiffQuotesOddKeys();
    void scalarsAndTypeChangesAreOneChange();
    void lineDiffKeepsCommonLinesAndMarksTheRest_data();
    void lineDiffKeepsCommonLinesAndMarksTheRest();
    void oneJsonOneTextFallsBackToLines();
    void longInputsAreCutWithANote();
};

void TestPayloadDiff::jsonDiffNamesChangedAddedAndRemovedPaths() {
    const PayloadDiff d = diffPayloads(R"({"t":21.5,"unit":"C","old":true,"nested":{"a":1,"b":2}})",
                                       R"({"t":22,"unit":"C","nested":{"a":1,"b":3},"new":[1]})");
    QVERIFY(d.json);
    QCOMPARE(d.changes(), std::size_t(4));
    // keys in JSON object order (alphabetical), additions last
    QCOMPARE(d.lines(), (QStringList{"~ $.nested.b: 2 -> 3", "- $.old: true", "~ $.t: 21.5 -> 22", "+ $.new: [1]"}));
}

void TestPayloadDiff::jsonDiffIgnoresKeyOrderAndReportsNoDifferences() {
    const PayloadDiff d = diffPayloads(R"({"a":1,"b":"x"})", R"({ "b" : "x", "a" : 1.0 })");
    QVERIFY(d.json);
    QCOMPARE(d.changes(), std::size_t(0));
    QCOMPARE(d.lines(), QStringList{"(no differences)"});
}

void TestPayloadDiff::jsonDiffWalksArraysByIndex() {
    const PayloadDiff d = diffPayloads(R"([1,{"v":2},3])", R"([1,{"v":5}])");
    QCOMPARE(d.lines(), (QStringList{"~ $[1].v: 2 -> 5", "- $[2]: 3"}));
}

void TestPayloadDiff::jsonDiffQuotesOddKeys() {
    const PayloadDiff d = diffPayloads(R"({"odd.key":1})", R"({"odd.key":2})");
    QCOMPARE(d.lines(), QStringList{"~ $['odd.key']: 1 -> 2"});
}

void TestPayloadDiff::scalarsAndTypeChangesAreOneChange() {
    QCOMPARE(diffPayloads("5", "6").lines(), QStringList{"~ $: 5 -> 6"});
    QCOMPARE(diffPayloads(R"({"a":{"b":1}})", R"({"a":"s"})").lines(), QStringList{R"(~ $.a: {"b":1} -> "s")"});
}

void TestPayloadDiff::lineDiffKeepsCommonLinesAndMarksTheRest_data() {
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<QStringList>("lines");
    QTest::newRow("changed middle line") << QByteArray("a\nb\nc") << QByteArray("a\nB\nc")
                                         << QStringList{"  a", "- b", "+ B", "  c"};
    QTest::newRow("inserted line") << QByteArray("a\nc") << QByteArray("a\nb\nc") << QStringList{"  a", "+ b", "  c"};
    QTest::newRow("removed line") << QByteArray("a\nb\nc\n") << QByteArray("a\nc\n") << QStringList{"  a", "- b", "  c"};
    QTest::newRow("same") << QByteArray("x y") << QByteArray("x y") << QStringList{"  x y", "(no differences)"};
    QTest::newRow("reordered") << QByteArray("1\n2\n3") << QByteArray("3\n1\n2")
                               << QStringList{"+ 3", "  1", "  2", "- 3"};
}

void TestPayloadDiff::lineDiffKeepsCommonLinesAndMarksTheRest() {
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(QStringList, lines);
    const PayloadDiff d = diffPayloads(before, after);
    QVERIFY(!d.json);
    QCOMPARE(d.lines(), lines);
}

void TestPayloadDiff::oneJsonOneTextFallsBackToLines() {
    const PayloadDiff d = diffPayloads(R"({"a":1})", "not json");
    QVERIFY(!d.json);
    QCOMPARE(d.lines(), (QStringList{R"(- {"a":1})", "+ not json"}));
}

void TestPayloadDiff::longInputsAreCutWithANote() {
    QStringList a, b;
    for (int i = 0; i < 50; ++i) {
        a << QString::number(i);
        b << QString::number(i * 2);
    }
    const PayloadDiff d = diffLines(a, b, 10);
    QVERIFY(d.truncated);
    QVERIFY(d.entries.size() <= 20);
}

QTEST_GUILESS_MAIN(TestPayloadDiff)
#include "tst_payload_diff.moc"
