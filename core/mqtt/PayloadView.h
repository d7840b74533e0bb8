#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <optional>
#include <variant>
#include <vector>

namespace mqkit {

// Human views of a payload, shared by the CLI and the GUI. Views never change a byte silently:
// bytes that are not valid UTF-8 (and control characters) are shown as \xNN escapes and the
// result says so. Views may truncate (with a visible note); recordings never use them.

enum class PayloadViewKind { Text, Json, Hex, Base64 };

inline constexpr qsizetype kDefaultPayloadViewBytes = 64 * 1024;

struct PayloadRendering {
    QString text;
    bool truncated = false;   // only the first bytes were rendered; text ends with a note saying so
    bool escaped = false;     // some bytes are shown as \xNN (invalid UTF-8 or control characters)
    bool invalidUtf8 = false; // the payload is not valid UTF-8
    QString error;            // Json view of a payload that is not JSON: why (text is the Text view)
};

PayloadRendering renderPayload(const QByteArray& payload, PayloadViewKind kind,
                               qsizetype maxBytes = kDefaultPayloadViewBytes);
PayloadRendering renderText(const QByteArray& payload, qsizetype maxBytes = kDefaultPayloadViewBytes);
// Re-indents the JSON as it is: key order, number spelling and escapes are kept.
PayloadRendering renderJson(const QByteArray& payload, qsizetype maxBytes = kDefaultPayloadViewBytes);
// hexdump -C style: "00000000  7b 22 61 22 ...  |{"a"...|".
PayloadRendering renderHex(const QByteArray& payload, qsizetype maxBytes = kDefaultPayloadViewBytes);
PayloadRendering renderBase64(const QByteArray& payload, qsizetype maxBytes = kDefaultPayloadViewBytes);

// One line for listings: "(empty)", the text with whitespace runs collapsed and controls
// escaped, or "<binary, N bytes: 00 01 ff …>"; at most maxChars characters ("…" marks a cut).
QString payloadSummary(const QByteArray& payload, int maxChars = 60);

// Is the payload JSON (any value, scalars included)?
bool isJsonPayload(const QByteArray& payload);

// Where a JSON text goes wrong, for an editor's hint: valid, or the reason and the 1-based line
// and column (in characters) of the error. Any value counts, scalars included.
struct JsonSyntax {
    bool valid = false;
    QString error; // "unterminated object", "not valid UTF-8"...; empty when valid
    int line = 0;
    int column = 0;
};
JsonSyntax checkJsonSyntax(const QByteArray& text);

// The inverse of the views, for a payload a user types: Text as its UTF-8 bytes, Json the same
// but only when it is JSON, Hex as pairs of hex digits (spaces, newlines and ':' between them are
// ignored), Base64 strictly (surrounding whitespace ignored). Throws Error(Usage) saying what is
// wrong and where.
QByteArray payloadFromText(const QString& text, PayloadViewKind kind);

// A JSON path: "$" then any of ".key", "[index]", "['quoted key']" or "[\"quoted key\"]",
// e.g. "$.tempC", "$.metrics[0].value", "$['odd.key'][2]". parse() throws Error(Usage) naming
// the position of a syntax error.
class JsonPath {
public:
    static JsonPath parse(const QString& expression);
    const QString& expression() const { return m_expression; }

    std::optional<QJsonValue> select(const QJsonValue& root) const;
    std::optional<QJsonValue> select(const QByteArray& payload) const; // nullopt if not JSON
    // The selected value as a number for charts: a JSON number, true/false as 1/0, or a string
    // that is entirely a number ("21.5"); nullopt otherwise.
    std::optional<double> number(const QByteArray& payload) const;

private:
    using Step = std::variant<QString, qsizetype>; // object key or array index
    QString m_expression;
    std::vector<Step> m_steps;
};

} // namespace mqkit
