#pragma once

#include <QByteArray>
#include <QString>

#include <concepts>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

class QJsonValue;

namespace mqkit {

// The one JSON writer: every `-o json`, every stream and every report goes through it.
//
// Policy: streams (sub, consume, lag --watch, ...) are JSON lines, one Compact value per line
// ended by endLine(); reports (listings, plans, describe) are one Indented document.
// Bytes that are valid UTF-8 stay text, anything else is base64 with an encoding field beside
// it, so no byte is ever lost; times are ISO-8601 UTC with milliseconds.
//
// The writer streams straight into a QByteArray (no intermediate tree), so it is the fast path too:
//   JsonWriter w(out);
//   w.beginObject().field("topic", t).bytesField("payload", p).field("qos", 1).endObject().endLine();
// Containers must be balanced; keys are given before every value inside an object.
class JsonWriter {
public:
    enum class Style { Compact, Indented };
    explicit JsonWriter(QByteArray& out, Style style = Style::Compact);

    JsonWriter& beginObject();
    JsonWriter& endObject();
    JsonWriter& beginArray();
    JsonWriter& endArray();
    JsonWriter& key(std::string_view name); // UTF-8
    JsonWriter& key(const char* name) { return key(std::string_view(name)); }
    JsonWriter& key(const QString& name);

    JsonWriter& value(const QString& text);
    JsonWriter& value(std::string_view utf8);
    JsonWriter& value(const char* utf8) { return value(std::string_view(utf8)); }
    JsonWriter& value(bool b);
    JsonWriter& value(double d); // NaN and infinities are written as null
    template <std::integral T>
        requires(!std::same_as<T, bool>)
    JsonWriter& value(T n) {
        if constexpr (std::is_signed_v<T>)
            return integer(static_cast<std::int64_t>(n));
        else
            return unsignedInteger(static_cast<std::uint64_t>(n));
    }
    template <typename T> JsonWriter& value(const std::optional<T>& v) { return v ? value(*v) : null(); }
    JsonWriter& value(const QStringList& list);
    JsonWriter& value(const QJsonValue& v); // for the few places that already hold a QJsonValue
    JsonWriter& null();

    template <typename T> JsonWriter& field(std::string_view name, const T& v) {
        key(name);
        return value(v);
    }
    // `name`: the bytes as text when valid UTF-8, else base64; then `encodingKey`: "utf8" or "base64".
    // An empty encodingKey writes the encoding only when it is base64 (as "encoding").
    JsonWriter& bytesField(std::string_view name, const QByteArray& bytes, std::string_view encodingKey = "encoding");
    // null (and no encoding field) when absent.
    JsonWriter& bytesField(std::string_view name, const std::optional<QByteArray>& bytes,
                           std::string_view encodingKey = "encoding");
    // ISO-8601 UTC with milliseconds ("2026-11-23T08:00:00.123Z").
    JsonWriter& timeField(std::string_view name, std::int64_t msSinceEpoch);

    // Ends one JSON line (a stream record). The writer is ready for the next top-level value.
    JsonWriter& endLine();
    // Appends already-encoded JSON (e.g. a cached string literal) as the next value.
    JsonWriter& raw(const QByteArray& json);

    QByteArray& buffer() { return m_out; }

private:
    JsonWriter& integer(std::int64_t n);
    JsonWriter& unsignedInteger(std::uint64_t n);
    void beforeValue();
    void open(char bracket);
    void close(char bracket);
    void newline();

    QByteArray& m_out;
    Style m_style;
    // One entry per open container: true while it has no element yet.
    std::vector<bool> m_empty;
    bool m_afterKey = false;
};

// Appends `text` as a JSON string literal (quotes included), escaping '"', '\\' and control
// characters; `text` must be valid UTF-8.
void appendJsonString(QByteArray& out, const char* text, qsizetype size);
// The same into a buffer with room for size * 6 + 2 bytes; returns the end of what it wrote.
char* writeJsonString(char* out, const char* text, std::size_t size);

// A value as one compact JSON text, by the writer (for JSON stored in a database column).
QByteArray compactJson(const QJsonValue& value);

// "2026-11-23T08:00:00.123Z": the one time format of every JSON output.
QString isoTimeUtc(std::int64_t msSinceEpoch);

} // namespace mqkit
