// Payload views: text with invalid UTF-8 escaped (never silently replaced), JSON re-indented as
// written, hex dump, base64, one-line summaries, truncation notes, JSON paths for charts.

#include "common/Error.h"
#include "mqtt/PayloadView.h"

#include <QTest>

#include <cmath>

using namespace mqkit;

Q_DECLARE_METATYPE(std::optional<double>)
Q_DECLARE_METATYPE(mqkit::PayloadViewKind)

class TestPayloadView : public QObject {
    Q_OBJECT
private slots:
    void textViewShowsBytesSafely_data();
    void textViewShowsBytesSafely();
    void textViewTruncatesWithNoteAndWholeCharacters();
    void jsonViewKeepsKeyOrderAndNumberSpelling();
    void jsonViewOfNonJsonFallsBackToTextWithReason_data();
    void jsonViewOfNonJsonFallsBackToTextWithReason();
    void hexViewDumpsOffsetsBytesAndAscii();
    void hexViewTruncatesWithNote();
    void base64ViewRoundTrips_data();
    void base64ViewRoundTrips();
    void summaryIsOneSafeLine_data();
    void summaryIsOneSafeLine();
    void jsonPathSelectsNumbers_data();
    void jsonPathSelectsNumbers();
    void jsonPathRejectsBadSyntax_data();
    void jsonPathRejectsBadSyntax();
    void jsonSyntaxNamesLineAndColumn_data();
    void jsonSyntaxNamesLineAndColumn();
    void typedPayloadDecodesToBytes_data();
    void typedPayloadDecodesToBytes();
    void typedPayloadRefusesMalformedInput_data();
    void typedPayloadRefusesMalformedInput();
};

void TestPayloadView::textViewShowsBytesSafely_data() {
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("escaped");
    QTest::addColumn<bool>("invalidUtf8");
    QTest::newRow("ascii") << QByteArray("21.5") << "21.5" << false << false;
    QTest::newRow("utf8 kept") << QByteArray("küche 温度 😀") << QStringLiteral("küche 温度 😀") << false << false;
    QTest::newRow("newlines and tabs kept") << QByteArray("a\n\tb") << "a\n\tb" << false << false;
    QTest::newRow("invalid byte escaped") << QByteArray("ok\xff!") << "ok\\xff!" << true << true;
    QTest::newRow("truncated sequence escaped") << QByteArray("x\xe6\xb8") << "x\\xe6\\xb8" << true << true;
    QTest::newRow("overlong escaped") << QByteArray("\xc0\xaf") << "\\xc0\\xaf" << true << true;
    QTest::newRow("surrogate escaped") << QByteArray("\xed\xa0\x80") << "\\xed\\xa0\\x80" << true << true;
    QTest::newRow("NUL and ESC escaped") << QByteArray("a\0b\x1b[0m", 7) << "a\\x00b\\x1b[0m" << true << false;
    QTest::newRow("backslash doubled once escaping") << QByteArray("\\x41\x01") << "\\\\x41\\x01" << true << false;
    QTest::newRow("backslash alone untouched") << QByteArray("C:\\dir") << "C:\\dir" << false << false;
    QTest::newRow("empty") << QByteArray() << "" << false << false;
}

void TestPayloadView::textViewShowsBytesSafely() {
    QFETCH(QByteArray, payload);
    QFETCH(QString, text);
    QFETCH(bool, escaped);
    QFETCH(bool, invalidUtf8);
    const PayloadRendering r = renderText(payload);
    QCOMPARE(r.text, text);
    QCOMPARE(r.escaped, escaped);
    QCOMPARE(r.invalidUtf8, invalidUtf8);
    QVERIFY(!r.truncated);
}

void TestPayloadView::textViewTruncatesWithNoteAndWholeCharacters() {
    const QByteArray payload = QByteArray("ab") + QByteArray("温").repeated(10); // 2 + 30 bytes
    const PayloadRendering r = renderText(payload, 6); // "ab", one 温 (3 bytes), 1 byte of the next
    QVERIFY(r.truncated);
    QVERIFY(!r.escaped);
    QCOMPARE(r.text, QStringLiteral("ab温\n… truncated: showing 6 of 32 bytes"));
    const PayloadRendering whole = renderText(payload, 32);
    QVERIFY(!whole.truncated);
}

void TestPayloadView::jsonViewKeepsKeyOrderAndNumberSpelling() {
    const QByteArray payload = R"({"z":1,"a":[1.50,{"k":"v, \"q\" {"}],"e":{},"n":[],"big":12345678901234567890})";
    const PayloadRendering r = renderJson(payload);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.text, QStringLiteral("{\n"
                                    "  \"z\": 1,\n"
                                    "  \"a\": [\n"
                                    "    1.50,\n"
                                    "    {\n"
                                    "      \"k\": \"v, \\\"q\\\" {\"\n"
                                    "    }\n"
                                    "  ],\n"
                                    "  \"e\": {},\n"
                                    "  \"n\": [],\n"
                                    "  \"big\": 12345678901234567890\n"
                                    "}"));
    QCOMPARE(renderJson("42").text, QStringLiteral("42"));
    QVERIFY(isJsonPayload("\"str\""));
}

void TestPayloadView::jsonViewOfNonJsonFallsBackToTextWithReason_data() {
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("reason");
    QTest::newRow("plain text") << QByteArray("hello") << "not JSON";
    QTest::newRow("two values") << QByteArray("1,2") << "not JSON";
    QTest::newRow("unclosed") << QByteArray("{\"a\":") << "not JSON";
    QTest::newRow("binary") << QByteArray("\xff\xfe") << "not valid UTF-8";
    QTest::newRow("bracket injection") << QByteArray("1],[2") << "not JSON";
}

void TestPayloadView::jsonViewOfNonJsonFallsBackToTextWithReason() {
    QFETCH(QByteArray, payload);
    QFETCH(QString, reason);
    const PayloadRendering r = renderJson(payload);
    QVERIFY2(r.error.contains(reason), qPrintable(r.error));
    QCOMPARE(r.text, renderText(payload).text);
    QVERIFY(!isJsonPayload(payload));
}

void TestPayloadView::hexViewDumpsOffsetsBytesAndAscii() {
    QByteArray payload("{\"a\":1}\n");
    payload += QByteArray("\x00\xff", 2) + QByteArray("0123456789");
    const PayloadRendering r = renderHex(payload);
    QCOMPARE(r.text, QStringLiteral("00000000  7b 22 61 22 3a 31 7d 0a  00 ff 30 31 32 33 34 35  |{\"a\":1}...012345|\n"
                                    "00000010  36 37 38 39                                       |6789|\n"
                                    "00000014"));
    QVERIFY(r.invalidUtf8);
}

void TestPayloadView::hexViewTruncatesWithNote() {
    const PayloadRendering r = renderHex(QByteArray(100, 'x'), 32);
    QVERIFY(r.truncated);
    QCOMPARE(r.text.count(QLatin1Char('|')), 4); // two full lines
    QVERIFY(r.text.endsWith(QStringLiteral("showing 32 of 100 bytes")));
}

void TestPayloadView::base64ViewRoundTrips_data() {
    QTest::addColumn<QByteArray>("payload");
    QTest::newRow("text") << QByteArray("hello");
    QTest::newRow("binary") << QByteArray("\x00\x01\xff\xfe\x80", 5);
    QTest::newRow("empty") << QByteArray();
}

void TestPayloadView::base64ViewRoundTrips() {
    QFETCH(QByteArray, payload);
    const PayloadRendering r = renderBase64(payload);
    QCOMPARE(QByteArray::fromBase64(r.text.toLatin1()), payload);
    const PayloadRendering cut = renderBase64(QByteArray(10, 'x'), 4);
    QVERIFY(cut.truncated);
    QVERIFY(cut.text.startsWith(QStringLiteral("eHh4\n"))); // 3 whole bytes, then the note
}

void TestPayloadView::summaryIsOneSafeLine_data() {
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("maxChars");
    QTest::addColumn<QString>("summary");
    QTest::newRow("short text") << QByteArray("on") << 60 << "on";
    QTest::newRow("empty") << QByteArray() << 60 << "(empty)";
    QTest::newRow("whitespace collapsed") << QByteArray("{\n  \"a\": 1\n}\n") << 60 << "{ \"a\": 1 }";
    QTest::newRow("controls escaped") << QByteArray("\x1b[31mred") << 60 << "\\x1b[31mred";
    QTest::newRow("cut with ellipsis") << QByteArray("abcdefghijklmnop") << 10 << "abcdefghi…";
    QTest::newRow("exactly fits") << QByteArray("abcdefghij") << 10 << "abcdefghij";
    QTest::newRow("surrogate pair not split") << QByteArray("abcdefgh😀xyz") << 10 << "abcdefgh…";
    QTest::newRow("binary") << QByteArray("\x00\x01\xff\x02", 4) << 60 << "<binary, 4 bytes: 00 01 ff 02>";
    QTest::newRow("long binary") << (QByteArray("\xff") + QByteArray(20, 'a')) << 60
                                 << "<binary, 21 bytes: ff 61 61 61 61 61 61 61 …>";
    QTest::newRow("huge text") << QByteArray(1 << 20, 'a') << 10 << "aaaaaaaaa…";
}

void TestPayloadView::summaryIsOneSafeLine() {
    QFETCH(QByteArray, payload);
    QFETCH(int, maxChars);
    QFETCH(QString, summary);
    QCOMPARE(payloadSummary(payload, maxChars), summary);
}

void TestPayloadView::jsonPathSelectsNumbers_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<std::optional<double>>("value");
    const QByteArray doc = R"({"tempC":21.5,"ok":true,"metrics":[{"value":3},{"value":"4.25"}],"odd.key":{"x y":7},"s":"n/a"})";
    QTest::newRow("key") << "$.tempC" << doc << std::optional<double>(21.5);
    QTest::newRow("index then key") << "$.metrics[0].value" << doc << std::optional<double>(3);
    QTest::newRow("numeric string") << "$.metrics[1].value" << doc << std::optional<double>(4.25);
    QTest::newRow("bool as 1") << "$.ok" << doc << std::optional<double>(1);
    QTest::newRow("quoted keys") << "$['odd.key'][\"x y\"]" << doc << std::optional<double>(7);
    QTest::newRow("non-numeric string") << "$.s" << doc << std::optional<double>();
    QTest::newRow("object is not a number") << "$.metrics[0]" << doc << std::optional<double>();
    QTest::newRow("missing key") << "$.nope" << doc << std::optional<double>();
    QTest::newRow("index out of range") << "$.metrics[5].value" << doc << std::optional<double>();
    QTest::newRow("index on object") << "$[0]" << doc << std::optional<double>();
    QTest::newRow("root scalar") << "$" << QByteArray(" 17 ") << std::optional<double>(17);
    QTest::newRow("not json") << "$.tempC" << QByteArray("tempC=21") << std::optional<double>();
    QTest::newRow("binary") << "$" << QByteArray("\xff") << std::optional<double>();
}

void TestPayloadView::jsonPathSelectsNumbers() {
    QFETCH(QString, path);
    QFETCH(QByteArray, payload);
    QFETCH(std::optional<double>, value);
    const auto got = JsonPath::parse(path).number(payload);
    QCOMPARE(got.has_value(), value.has_value());
    if (value)
        QCOMPARE(*got, *value);
}

void TestPayloadView::jsonPathRejectsBadSyntax_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << "" << "must start with '$' at position 1";
    QTest::newRow("no dollar") << "tempC" << "must start with '$' at position 1";
    QTest::newRow("dangling dot") << "$.a." << "expected a key after '.' at position 5";
    QTest::newRow("unclosed bracket") << "$.a[0" << "expected ']' at position 6";
    QTest::newRow("negative index") << "$.a[-1]" << "expected an array index or a quoted key";
    QTest::newRow("unterminated quote") << "$['a" << "unterminated quoted key";
    QTest::newRow("garbage after") << "$.a]" << "unexpected ']'";
    QTest::newRow("space instead of dot") << "$ a" << "unexpected ' ' (expected '.' or '[') at position 2";
}

void TestPayloadView::jsonPathRejectsBadSyntax() {
    QFETCH(QString, path);
    QFETCH(QString, message);
    try {
        JsonPath::parse(path);
        QFAIL("accepted a bad path");
    } catch (const Error& e) {
        QCOMPARE(e.kind(), ErrorKind::Usage);
        QVERIFY2(e.message().contains(message), qPrintable(e.message()));
        QVERIFY(e.message().startsWith(QStringLiteral("bad JSON path")));
    }
}

// The publish pane's hint: where the JSON a user types goes wrong.
void TestPayloadView::jsonSyntaxNamesLineAndColumn_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("object") << QByteArray("{\"a\": [1, 2]}") << true << 0 << 0;
    QTest::newRow("scalar") << QByteArray(" 42 ") << true << 0 << 0;
    // Where Qt's parser stops: just after the character it could not take.
    QTest::newRow("missing value on line 3") << QByteArray("{\n  \"a\": 1,\n  \"b\": }") << false << 3 << 9;
    QTest::newRow("umlaut counts as one column") << QByteArray("{\"\xc3\xa4\": x}") << false << 1 << 7;
    QTest::newRow("two values") << QByteArray("1 2") << false << 1 << 4;
}

void TestPayloadView::jsonSyntaxNamesLineAndColumn() {
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    QFETCH(int, line);
    QFETCH(int, column);
    const JsonSyntax s = checkJsonSyntax(text);
    QCOMPARE(s.valid, valid);
    QCOMPARE(s.error.isEmpty(), valid);
    QCOMPARE(s.line, line);
    QCOMPARE(s.column, column);
}

void TestPayloadView::typedPayloadDecodesToBytes_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<PayloadViewKind>("kind");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("text") << QStringLiteral("grüß") << PayloadViewKind::Text << QByteArray("gr\xc3\xbc\xc3\x9f");
    QTest::newRow("json kept as typed") << QStringLiteral("{ \"a\" : 1 }") << PayloadViewKind::Json << QByteArray("{ \"a\" : 1 }");
    QTest::newRow("hex with separators") << QStringLiteral("00 ff:7B\n0a") << PayloadViewKind::Hex << QByteArray("\x00\xff\x7b\x0a", 4);
    QTest::newRow("base64 wrapped") << QStringLiteral(" AAH/\n/oA= ") << PayloadViewKind::Base64 << QByteArray("\x00\x01\xff\xfe\x80", 5);
    QTest::newRow("empty hex") << QString() << PayloadViewKind::Hex << QByteArray();
}

void TestPayloadView::typedPayloadDecodesToBytes() {
    QFETCH(QString, text);
    QFETCH(PayloadViewKind, kind);
    QFETCH(QByteArray, bytes);
    QCOMPARE(payloadFromText(text, kind), bytes);
}

void TestPayloadView::typedPayloadRefusesMalformedInput_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<PayloadViewKind>("kind");
    QTest::addColumn<QString>("reason");
    QTest::newRow("json") << QStringLiteral("{\"a\":") << PayloadViewKind::Json << "line 1, column 6";
    QTest::newRow("hex letter") << QStringLiteral("0g") << PayloadViewKind::Hex << "'g' at position 2";
    QTest::newRow("hex odd") << QStringLiteral("abc") << PayloadViewKind::Hex << "odd number";
    QTest::newRow("base64") << QStringLiteral("a$b=") << PayloadViewKind::Base64 << "not base64";
}

void TestPayloadView::typedPayloadRefusesMalformedInput() {
    QFETCH(QString, text);
    QFETCH(PayloadViewKind, kind);
    QFETCH(QString, reason);
    try {
        payloadFromText(text, kind);
        QFAIL("accepted");
    } catch (const Error& e) {
        QCOMPARE(e.kind(), ErrorKind::Usage);
        QVERIFY2(e.message().contains(reason), qPrintable(e.message()));
    }
}

QTEST_GUILESS_MAIN(TestPayloadView)
#include "tst_payload_view.moc"
