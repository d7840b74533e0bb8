#include "common/JsonWriter.h"

#include "common/Utf8.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>

#include <charconv>
#include <cmath>

namespace mqkit {

JsonWriter::JsonWriter(QByteArray& out, Style style) : m_out(out), m_style(style) {}

void JsonWriter::newline() {
    if (m_style != Style::Indented)
        return;
    m_out += '\n';
    m_out.append(static_cast<qsizetype>(m_empty.size()) * 4, ' ');
}

void JsonWriter::beforeValue() {
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_empty.empty())
        return;
    if (!m_empty.back())
        m_out += ',';
    m_empty.back() = false;
    newline();
}

void JsonWriter::open(char bracket) {
    beforeValue();
    m_out += bracket;
    m_empty.push_back(true);
}

void JsonWriter::close(char bracket) {
    const bool wasEmpty = m_empty.back();
    m_empty.pop_back();
    if (!wasEmpty)
        newline();
    m_out += bracket;
}

JsonWriter& JsonWriter::beginObject() {
    open('{');
    return *this;
}

JsonWriter& JsonWriter::endObject() {
    close('}');
    return *this;
}

JsonWriter& JsonWriter::beginArray() {
    open('[');
    return *this;
}

JsonWriter& JsonWriter::endArray() {
    close(']');
    return *this;
}

JsonWriter& JsonWriter::key(std::string_view name) {
    // Compact keys are the hot path of every JSON line: the separator, the quoted key and the
    // colon go out in one append (each QByteArray append costs more than the bytes it copies).
    constexpr std::size_t kShortKey = 64;
    if (m_style == Style::Compact && !m_afterKey && name.size() <= kShortKey) {
        char buffer[kShortKey * 6 + 4];
        char* p = buffer;
        if (!m_empty.empty()) {
            if (!m_empty.back())
                *p++ = ',';
            m_empty.back() = false;
        }
        p = writeJsonString(p, name.data(), name.size());
        *p++ = ':';
        m_out.append(buffer, p - buffer);
        m_afterKey = true;
        return *this;
    }
    beforeValue();
    appendJsonString(m_out, name.data(), static_cast<qsizetype>(name.size()));
    m_out += m_style == Style::Indented ? ": " : ":";
    m_afterKey = true;
    return *this;
}

JsonWriter& JsonWriter::key(const QString& name) {
    const QByteArray utf8 = name.toUtf8();
    return key(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())));
}

JsonWriter& JsonWriter::value(const QString& text) {
    const QByteArray utf8 = text.toUtf8();
    return value(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())));
}

JsonWriter& JsonWriter::value(std::string_view utf8) {
    beforeValue();
    appendJsonString(m_out, utf8.data(), static_cast<qsizetype>(utf8.size()));
    return *this;
}

JsonWriter& JsonWriter::value(bool b) {
    beforeValue();
    m_out += b ? "true" : "false";
    return *this;
}

JsonWriter& JsonWriter::value(double d) {
    if (!std::isfinite(d))
        return null();
    beforeValue();
    // As QJsonDocument writes doubles: shortest round-trip form, integral values without ".0".
    m_out += QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
    return *this;
}

JsonWriter& JsonWriter::integer(std::int64_t n) {
    beforeValue();
    char text[24];
    const auto end = std::to_chars(text, text + sizeof text, n).ptr;
    m_out.append(text, end - text);
    return *this;
}

JsonWriter& JsonWriter::unsignedInteger(std::uint64_t n) {
    beforeValue();
    char text[24];
    const auto end = std::to_chars(text, text + sizeof text, n).ptr;
    m_out.append(text, end - text);
    return *this;
}

JsonWriter& JsonWriter::value(const QStringList& list) {
    beginArray();
    for (const auto& s : list)
        value(s);
    return endArray();
}

JsonWriter& JsonWriter::value(const QJsonValue& v) {
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return null();
    case QJsonValue::Bool:
        return value(v.toBool());
    case QJsonValue::Double:
        if (v.toDouble() == std::trunc(v.toDouble()) && std::abs(v.toDouble()) < 9007199254740992.0)
            return integer(v.toInteger());
        return value(v.toDouble());
    case QJsonValue::String:
        return value(v.toString());
    case QJsonValue::Array:
        beginArray();
        for (const auto& e : v.toArray())
            value(e);
        return endArray();
    case QJsonValue::Object: {
        beginObject();
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            key(it.key());
            value(it.value());
        }
        return endObject();
    }
    }
    return null();
}

JsonWriter& JsonWriter::null() {
    beforeValue();
    m_out += "null";
    return *this;
}

JsonWriter& JsonWriter::bytesField(std::string_view name, const QByteArray& bytes, std::string_view encodingKey) {
    key(name);
    const bool text = isValidUtf8(bytes);
    if (text) {
        beforeValue();
        appendJsonString(m_out, bytes.constData(), bytes.size());
    } else {
        beforeValue();
        m_out += '"';
        m_out += bytes.toBase64();
        m_out += '"';
    }
    if (!encodingKey.empty())
        return field(encodingKey, text ? "utf8" : "base64");
    if (!text)
        field("encoding", "base64");
    return *this;
}

JsonWriter& JsonWriter::bytesField(std::string_view name, const std::optional<QByteArray>& bytes,
                                   std::string_view encodingKey) {
    if (bytes)
        return bytesField(name, *bytes, encodingKey);
    key(name);
    return null();
}

JsonWriter& JsonWriter::timeField(std::string_view name, std::int64_t msSinceEpoch) {
    return field(name, isoTimeUtc(msSinceEpoch));
}

JsonWriter& JsonWriter::endLine() {
    m_out += '\n';
    return *this;
}

JsonWriter& JsonWriter::raw(const QByteArray& json) {
    beforeValue();
    m_out += json;
    return *this;
}

char* writeJsonString(char* out, const char* text, std::size_t size) {
    static constexpr char hex[] = "0123456789abcdef";
    *out++ = '"';
    for (std::size_t i = 0; i < size; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c != '"' && c != '\\') {
            *out++ = static_cast<char>(c);
            continue;
        }
        *out++ = '\\';
        switch (c) {
        case '"':
        case '\\':
            *out++ = static_cast<char>(c);
            break;
        case '\n':
            *out++ = 'n';
            break;
        case '\r':
            *out++ = 'r';
            break;
        case '\t':
            *out++ = 't';
            break;
        case '\b':
            *out++ = 'b';
            break;
        case '\f':
            *out++ = 'f';
            break;
        default:
            *out++ = 'u';
            *out++ = '0';
            *out++ = '0';
            *out++ = hex[c >> 4];
            *out++ = hex[c & 0xf];
        }
    }
    *out++ = '"';
    return out;
}

void appendJsonString(QByteArray& out, const char* text, qsizetype size) {
    // Escaping can make a string at most six times longer, plus the quotes: short strings are
    // escaped into a stack buffer and appended once.
    constexpr qsizetype kShort = 256;
    if (size <= kShort) {
        char buffer[kShort * 6 + 2];
        const char* end = writeJsonString(buffer, text, static_cast<std::size_t>(size));
        out.append(buffer, end - buffer);
        return;
    }
    // Long: copy the runs that need no escape as they are, escape the rest piece by piece.
    out.append('"');
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(text + runStart, i - runStart);
        char escaped[8];
        const char* end = writeJsonString(escaped, text + i, 1); // "\x" with its quotes
        out.append(escaped + 1, end - escaped - 2);
        runStart = i + 1;
    }
    out.append(text + runStart, size - runStart);
    out.append('"');
}

QByteArray compactJson(const QJsonValue& value) {
    QByteArray out;
    JsonWriter(out).value(value);
    return out;
}

QString isoTimeUtc(std::int64_t msSinceEpoch) {
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace mqkit
