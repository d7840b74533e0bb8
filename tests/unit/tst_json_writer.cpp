// The one JSON writer: valid JSON in both styles, bytes never lost, times in one format.

#include "common/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <limits>

using namespace mqkit;

class TestJsonWriter : public QObject {
    Q_OBJECT

private:
    static QJsonObject parseObject(const QByteArray& json) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
        if (error.error != QJsonParseError::NoError)
            qFatal("invalid JSON (%s): %s", qPrintable(error.errorString()), json.constData());
        return doc.object();
    }

    static QByteArray sample(JsonWriter::Style style) {
        QByteArray out;
        JsonWriter w(out, style);
        w.beginObject().field("name", QStringLiteral("caf\u00e9 \"q\"\n")).field("count", 42).field("big", std::int64_t(1) << 60);
        w.field("ratio", 0.25).field("flag", true).field("missing", std::optional<int>());
        w.key("empty_list").beginArray().endArray();
        w.key("empty_object").beginObject().endObject();
        w.key("nested").beginArray().value(1).beginObject().field("a", "b").endObject().endArray();
        w.endObject();
        return out;
    }

private slots:
    void bothStylesProduceTheSameValidDocument_data() {
        QTest::addColumn<int>("style");
        QTest::newRow("compact") << int(JsonWriter::Style::Compact);
        QTest::newRow("indented") << int(JsonWriter::Style::Indented);
    }
    void bothStylesProduceTheSameValidDocument() {
        QFETCH(int, style);
        const QJsonObject o = parseObject(sample(JsonWriter::Style(style)));
        QCOMPARE(o.value("name").toString(), QStringLiteral("caf\u00e9 \"q\"\n"));
        QCOMPARE(o.value("count").toInt(), 42);
        QCOMPARE(o.value("big").toInteger(), std::int64_t(1) << 60);
        QCOMPARE(o.value("ratio").toDouble(), 0.25);
        QCOMPARE(o.value("flag").toBool(), true);
        QVERIFY(o.value("missing").isNull());
        QVERIFY(o.value("empty_list").toArray().isEmpty());
        QVERIFY(o.value("empty_object").toObject().isEmpty());
        QCOMPARE(o.value("nested").toArray().at(1).toObject().value("a").toString(), QStringLiteral("b"));
    }

    void compactHasNoWhitespaceAndIndentedHasOneKeyPerLine() {
        const QByteArray compact = sample(JsonWriter::Style::Compact);
        QVERIFY(!compact.contains('\n'));
        QVERIFY(compact.startsWith("{\"name\":"));
        const QByteArray indented = sample(JsonWriter::Style::Indented);
        QVERIFY(indented.contains("\n    \"count\": 42,\n"));
        QVERIFY(indented.contains("\"empty_list\": []"));
    }

    void invalidUtf8BytesAreBase64WithTheirEncoding() {
        QByteArray out;
        JsonWriter w(out);
        const QByteArray binary("\xff\x00\x01", 3);
        w.beginObject().bytesField("payload", binary).bytesField("key", QByteArray("k"), "key_encoding");
        w.bytesField("none", std::optional<QByteArray>()).endObject();
        const QJsonObject o = parseObject(out);
        QCOMPARE(o.value("encoding").toString(), QStringLiteral("base64"));
        QCOMPARE(QByteArray::fromBase64(o.value("payload").toString().toLatin1()), binary);
        QCOMPARE(o.value("key").toString(), QStringLiteral("k"));
        QCOMPARE(o.value("key_encoding").toString(), QStringLiteral("utf8"));
        QVERIFY(o.value("none").isNull());
    }

    void controlCharactersAreEscaped() {
        QByteArray out;
        JsonWriter(out).value(std::string_view("a\x01\x1b\t\\", 5));
        QCOMPARE(out, QByteArray("\"a\\u0001\\u001b\\t\\\\\""));
    }

    void longAndShortStringsRoundTripWithEveryEscape_data() {
        QTest::addColumn<int>("length");
        QTest::newRow("short (stack buffer)") << 200;
        QTest::newRow("long (runs)") << 5000;
    }
    void longAndShortStringsRoundTripWithEveryEscape() {
        QFETCH(int, length);
        QByteArray text;
        for (int i = 0; text.size() < length; ++i)
            text += i % 7 == 0 ? QByteArray("\"\\\n\r\t\b\f\x01\x1f") : QByteArray("ab\xc3\xa9");
        QByteArray out;
        JsonWriter w(out);
        w.beginObject().key(std::string_view("k\n\"")).value(std::string_view(text.constData(), text.size())).endObject();
        const QJsonObject o = parseObject(out);
        QCOMPARE(o.value("k\n\"").toString().toUtf8(), text);
    }

    void nonFiniteNumbersBecomeNull() {
        QByteArray out;
        JsonWriter w(out);
        w.beginArray().value(std::nan("")).value(std::numeric_limits<double>::infinity()).value(1.5).endArray();
        QCOMPARE(out, QByteArray("[null,null,1.5]"));
    }

    void timesAreIsoUtcWithMilliseconds() {
        QCOMPARE(isoTimeUtc(1763884800123), QStringLiteral("2025-11-23T08:00:00.123Z"));
    }

    void jsonLinesEndEachRecord() {
        QByteArray out;
        JsonWriter w(out);
        w.beginObject().field("n", 1).endObject().endLine();
        w.beginObject().field("n", 2).endObject().endLine();
        QCOMPARE(out, QByteArray("{\"n\":1}\n{\"n\":2}\n"));
    }

    void qJsonValuesAreWrittenFaithfully() {
        QByteArray out;
        JsonWriter w(out);
        w.value(QJsonValue(QJsonObject{{"a", QJsonArray{1, "x", QJsonValue()}}, {"b", 2.5}}));
        QCOMPARE(out, QByteArray("{\"a\":[1,\"x\",null],\"b\":2.5}"));
    }
};

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_json_writer.moc"
