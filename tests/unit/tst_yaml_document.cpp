// YamlDocument (core/common/YamlDocument): the subset reader gives exactly the nodes yaml-cpp
// gives (kinds, scalars, lines, structure), reads the shapes specs are written in, and leaves
// everything else, errors included, to yaml-cpp.

#include "TestSupport.h"
#include "YamlTreeText.h"
#include "common/Error.h"
#include "common/YamlDocument.h"

#include <QTest>

using namespace mqkit;

namespace {

struct Reading {
    std::string tree;  // or "error: …"
    bool bySubset = false;
};

Reading read(const QByteArray& yaml, YamlDocument::Reader reader) {
    try {
        const YamlDocument doc(yaml, QStringLiteral("in.yaml"), reader);
        return {test::yamlTreeText(doc.root()), doc.readBySubsetReader()};
    } catch (const Error& e) {
        return {"error: " + e.message().toStdString(), false};
    }
}

} // namespace

class TestYamlDocument : public QObject {
    Q_OBJECT

private slots:
    void subsetReaderGivesYamlCppsNodes_data() {
        QTest::addColumn<QByteArray>("yaml");
        QTest::newRow("spec shape") << QByteArray(
            "# a spec\n"
            "managed: {topics: [bench-prov-], principals: ['User:bench-']}\n"
            "kafka:\n"
            "  topics:\n"
            "    - {name: t-1, partitions: 1, replication_factor: 1, configs: {retention.ms: '86400000', cleanup.policy: delete}}\n"
            "    - name: t-2   # block style\n"
            "      configs:\n"
            "        max.message.bytes: \"2000000\"\n"
            "  acls:\n"
            "    - {principal: 'User:p', producer: [t-1]}\n"
            "    - {principal: 'User:c', resource: {type: topic, name: t-1}, operations: [Read]}\n"
            "mqtt:\n"
            "  dynsec:\n"
            "    roles:\n"
            "      - {name: r, acls: [{type: publishClientSend, topic: 'b/+/telemetry', allow: true}]}\n"
            "    clients:\n"
            "      - {username: d0, password: 'env:PW', roles: [r]}\n");
        QTest::newRow("sequence at its key's indentation") << QByteArray("a:\n- x\n- y: 1\n  z: 2\nb: 3\n");
        QTest::newRow("nested blocks and blank lines") << QByteArray("a:\n\n  b:\n    - 1\n\n    - 2\n  c: x\n");
        QTest::newRow("compact maps in a sequence") << QByteArray("-   a: 1\n    b: [x, 'y']\n- c: {}\n- []\n");
        QTest::newRow("plain scalars with indicators inside") << QByteArray("a: User:alice\nb: x#y\nc: b/1/cmd/#\nd: -1\ne: a,b[0]\nf: x y  \n");
        QTest::newRow("nulls and strings that look like them") << QByteArray("a: ~\nb: null\nc: 'null'\nd: NULL\ne: \"~\"\n~: k\n");
        QTest::newRow("quotes") << QByteArray("'it''s': 'a ''b'' c'\n\"d e\": \"x # y\"\nf: ''\n");
        QTest::newRow("comments after values") << QByteArray("a: 1 # one\nb: 'x' # two\nc: [1, 2] # three\n# end\n");
        QTest::newRow("flow scalars with colons") << QByteArray("- {a: b:c, d: 'e'}\n- [x:y, z]\n");
        QTest::newRow("space before the colon") << QByteArray("a : 1\nb  : 2\n");
        QTest::newRow("no final newline") << QByteArray("a: 1\nb: [2]");
        QTest::newRow("root scalar") << QByteArray("hello\n");
        QTest::newRow("only comments") << QByteArray("# nothing\n\n  # here\n");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("indented root") << QByteArray("  a: 1\n  b: 2\n");
        QTest::newRow("duplicate keys") << QByteArray("a: 1\na: 2\n");
        // outside the subset: yaml-cpp reads these
        QTest::newRow("anchor and alias") << QByteArray("a: &x {b: 1}\nc: *x\n");
        QTest::newRow("tag") << QByteArray("a: !!str 1\n");
        QTest::newRow("block scalar") << QByteArray("a: |\n  text\n");
        QTest::newRow("multi-line plain scalar") << QByteArray("a: one\n  two\n");
        QTest::newRow("multi-line flow") << QByteArray("a: [1,\n  2]\n");
        QTest::newRow("empty value") << QByteArray("a:\nb: 1\n");
        QTest::newRow("escape") << QByteArray("a: \"x\\ty\"\n");
        QTest::newRow("tab") << QByteArray("a:\t1\n");
        QTest::newRow("space after a quoted key") << QByteArray("'b' : 2\n");
        QTest::newRow("non-ASCII") << QByteArray("a: Ger\xc3\xa4t\n");
        QTest::newRow("document marker") << QByteArray("---\na: 1\n");
        QTest::newRow("JSON pair") << QByteArray("{\"a\":1}\n");
        QTest::newRow("trailing comma") << QByteArray("[1, 2,]\n");
        QTest::newRow("single pair in a sequence") << QByteArray("[a: 1]\n");
        QTest::newRow("quote closed by the end of the text") << QByteArray("a: 'x\n");
        QTest::newRow("error: key after value") << QByteArray("a: b: c\n");
        QTest::newRow("error: bad indentation") << QByteArray("a:\n  b: 1\n c: 2\n");
        QTest::newRow("error: unclosed flow") << QByteArray("a: [1, 2\n");
        QTest::newRow("error: sequence after value") << QByteArray("a: 1\n- b\n");
    }
    void subsetReaderGivesYamlCppsNodes() {
        QFETCH(QByteArray, yaml);
        const Reading ours = read(yaml, YamlDocument::Reader::SubsetFirst);
        const Reading reference = read(yaml, YamlDocument::Reader::YamlCppOnly);
        QCOMPARE(QString::fromStdString(ours.tree), QString::fromStdString(reference.tree));
        const bool outside = QByteArray(QTest::currentDataTag()).startsWith("error") ||
                             QList<QByteArray>{"anchor and alias", "tag", "block scalar", "multi-line plain scalar",
                                               "multi-line flow", "empty value", "escape", "tab", "non-ASCII",
                                               "document marker", "JSON pair", "space after a quoted key", "quote closed by the end of the text", "trailing comma", "single pair in a sequence"}
                                 .contains(QTest::currentDataTag());
        QCOMPARE(ours.bySubset, !outside);
    }

    void readsALargeSpecWithTheSubsetReader() {
        QByteArray yaml = "kafka:\n  topics:\n";
        for (int i = 0; i < 2000; ++i)
            yaml += "    - {name: t-" + QByteArray::number(i) + ", partitions: 1, configs: {retention.ms: '86400000'}}\n";
        const YamlDocument doc(yaml, QStringLiteral("spec.yaml"));
        QVERIFY(doc.readBySubsetReader());
        const YamlNode topics = doc.root()["kafka"]["topics"];
        QCOMPARE(topics.size(), std::size_t(2000));
        QCOMPARE(topics.item(1999)["name"].text(), QStringLiteral("t-1999"));
        QCOMPARE(topics.item(1999).line(), 2002);
        QCOMPARE(test::yamlTreeText(doc.root()),
                 test::yamlTreeText(YamlDocument(yaml, QStringLiteral("spec.yaml"), YamlDocument::Reader::YamlCppOnly).root()));
    }

    void anAliasIsTheAnchoredNode() {
        const YamlDocument doc("a: &x {b: 1}\nc: *x\n", QStringLiteral("in.yaml"));
        QCOMPARE(doc.root()["c"]["b"].text(), QStringLiteral("1"));
        QCOMPARE(doc.root()["c"].line(), 1);
    }

    void anAliasInsideItsAnchorIsACycleNotACrash() {
        const YamlDocument doc("a: &x [1, *x]\n", QStringLiteral("in.yaml"));
        const YamlNode a = doc.root()["a"];
        QCOMPARE(a.item(1).item(1).item(0).text(), QStringLiteral("1"));
    }

    void missingNodesAreFalseAndEmpty() {
        const YamlDocument doc("a: [1]\n", QStringLiteral("in.yaml"));
        QVERIFY(!doc.root()["b"]);
        QVERIFY(!doc.root()["a"]["x"]);
        QVERIFY(!doc.root()["a"].item(1));
        QCOMPARE(doc.root()["b"].line(), 0);
        QCOMPARE(doc.root()["b"].size(), std::size_t(0));
        QVERIFY(doc.root()["b"].scalar().empty());
    }

    void booleansAreReadAsYamlCppReadsThem_data() {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("expected"); // 1 true, 0 false, -1 not a boolean
        for (const char* t : {"true", "True", "TRUE", "yes", "on", "y", "Y"})
            QTest::newRow(t) << QByteArray(t) << 1;
        for (const char* f : {"false", "False", "no", "OFF", "n"})
            QTest::newRow(f) << QByteArray(f) << 0;
        for (const char* x : {"tRUE", "1", "enabled", "''"})
            QTest::newRow(x) << QByteArray(x) << -1;
    }
    void booleansAreReadAsYamlCppReadsThem() {
        QFETCH(QByteArray, value);
        QFETCH(int, expected);
        const YamlDocument doc("a: " + value + "\n", QStringLiteral("in.yaml"));
        const auto b = doc.root()["a"].toBool();
        QCOMPARE(b ? int(*b) : -1, expected);
    }

    void malformedYamlNamesTheFileAndLine() {
        try {
            YamlDocument("a: 1\nb: c: d\n", QStringLiteral("spec.yaml"));
            QFAIL("no error");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), ErrorKind::Usage);
            QCOMPARE(e.message(), QStringLiteral("spec.yaml:2: illegal map value"));
        }
    }
};

QTEST_GUILESS_MAIN(TestYamlDocument)
#include "tst_yaml_document.moc"
