#include "mqtt/PayloadView.h"

#include "common/CoreTr.h"
#include "common/Error.h"
#include "common/Utf8.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>
#include <cmath>

namespace mqkit {

namespace {

bool isEscapedControl(unsigned char c) {
    return (c < 0x20 && c != '\n' && c != '\t' && c != '\r') || c == 0x7f;
}

QString hexEscape(unsigned char c) {
    return QStringLiteral("\\x%1").arg(static_cast<unsigned int>(c), 2, 16, QLatin1Char('0'));
}

QString truncationNote(qsizetype shown, qsizetype total) {
    return QStringLiteral("\n… truncated: showing %1 of %2 bytes").arg(shown).arg(total);
}

// Parses any JSON value (Qt's parser takes only objects and arrays at the top).
std::optional<QJsonValue> parseJsonValue(const QByteArray& payload, QJsonParseError* error = nullptr) {
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson('[' + payload + ']', &err);
    if (error)
        *error = err;
    if (err.error != QJsonParseError::NoError || doc.array().size() != 1)
        return std::nullopt;
    return doc.array().at(0);
}

QByteArray reindentJson(const QByteArray& json) {
    QByteArray out;
    out.reserve(json.size() * 2);
    int indent = 0;
    bool inString = false;
    bool escape = false;
    auto newline = [&] {
        out += '\n';
        out.append(indent * 2, ' ');
    };
    const qsizetype n = json.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = json[i];
        if (inString) {
            out += c;
            if (escape)
                escape = false;
            else if (c == '\\')
                escape = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case ' ':
        case '\t':
        case '\n':
        case '\r':
            break;
        case '"':
            inString = true;
            out += c;
            break;
        case '{':
        case '[': {
            out += c;
            qsizetype j = i + 1;
            while (j < n && (json[j] == ' ' || json[j] == '\t' || json[j] == '\n' || json[j] == '\r'))
                ++j;
            if (j < n && json[j] == (c == '{' ? '}' : ']')) { // {} and [] stay on one line
                out += json[j];
                i = j;
            } else {
                ++indent;
                newline();
            }
            break;
        }
        case '}':
        case ']':
            --indent;
            newline();
            out += c;
            break;
        case ',':
            out += c;
            newline();
            break;
        case ':':
            out += ": ";
            break;
        default:
            out += c;
        }
    }
    return out;
}

} // namespace

PayloadRendering renderText(const QByteArray& payload, qsizetype maxBytes) {
    PayloadRendering r;
    r.invalidUtf8 = !isValidUtf8(payload);
    r.truncated = payload.size() > maxBytes;
    const qsizetype n = std::min(payload.size(), maxBytes);
    const auto* s = reinterpret_cast<const unsigned char*>(payload.constData());
    // Escaping is all or nothing: once any byte is shown as \xNN, backslashes are doubled so
    // that a literal "\x41" cannot be mistaken for an escape.
    bool needEscapes = r.invalidUtf8;
    for (qsizetype i = 0; i < n && !needEscapes; ++i)
        needEscapes = isEscapedControl(s[i]);
    r.escaped = needEscapes;
    if (!needEscapes) {
        qsizetype end = n;
        if (r.truncated) // do not cut a character in half
            while (end > 0 && (s[end] & 0xC0) == 0x80 && n - end < 3)
                --end;
        r.text = QString::fromUtf8(payload.constData(), end);
    } else {
        qsizetype runStart = 0;
        qsizetype i = 0;
        auto flush = [&] {
            r.text += QString::fromUtf8(payload.constData() + runStart, i - runStart);
        };
        while (i < n) {
            const unsigned char c = s[i];
            int len = 1;
            if (c >= 0x80) {
                len = utf8SequenceLength(s + i, n - i);
                if (len < 0 && r.truncated)
                    break; // a character cut by the truncation, not an invalid one
            }
            if (len <= 0 || isEscapedControl(c) || c == '\\') {
                flush();
                r.text += c == '\\' ? QStringLiteral("\\\\") : hexEscape(c);
                ++i;
                runStart = i;
            } else {
                i += len;
            }
        }
        flush();
    }
    if (r.truncated)
        r.text += truncationNote(n, payload.size());
    return r;
}

bool isJsonPayload(const QByteArray& payload) {
    return isValidUtf8(payload) && parseJsonValue(payload).has_value();
}

JsonSyntax checkJsonSyntax(const QByteArray& text) {
    JsonSyntax r;
    if (!isValidUtf8(text)) {
        r.error = CoreTr::tr("not valid UTF-8");
        return r;
    }
    QJsonParseError err;
    if (parseJsonValue(text, &err)) {
        r.valid = true;
        return r;
    }
    // parseJsonValue wraps the text in [ ]: its offsets are one past the text's.
    const qsizetype at = std::clamp<qsizetype>(err.offset - 1, 0, text.size());
    r.error = err.error == QJsonParseError::NoError ? CoreTr::tr("not exactly one value") : err.errorString();
    const qsizetype lineStart = text.lastIndexOf('\n', at - 1) + 1;
    r.line = static_cast<int>(text.left(lineStart).count('\n')) + 1;
    r.column = static_cast<int>(QString::fromUtf8(text.mid(lineStart, at - lineStart)).size()) + 1;
    return r;
}

namespace {

QByteArray bytesFromHex(const QString& text) {
    QByteArray digits;
    digits.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isSpace() || c == QLatin1Char(':'))
            continue;
        const char16_t u = c.unicode();
        if (!((u >= '0' && u <= '9') || (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F')))
            throw Error(ErrorKind::Usage, CoreTr::tr("not hex: '%1' at position %2").arg(c).arg(i + 1));
        digits += static_cast<char>(c.unicode());
    }
    if (digits.size() % 2 != 0)
        throw Error(ErrorKind::Usage, CoreTr::tr("not hex: an odd number of digits (%1)").arg(digits.size()));
    return QByteArray::fromHex(digits);
}

QByteArray bytesFromBase64(const QString& text) {
    QByteArray ascii; // line breaks of wrapped base64 are ignored
    for (const QChar c : text)
        if (!c.isSpace())
            ascii += c.unicode() < 0x80 ? static_cast<char>(c.unicode()) : '?';
    auto decoded = QByteArray::fromBase64Encoding(ascii, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        throw Error(ErrorKind::Usage, CoreTr::tr("not base64"));
    return *decoded;
}

} // namespace

QByteArray payloadFromText(const QString& text, PayloadViewKind kind) {
    switch (kind) {
    case PayloadViewKind::Text:
        return text.toUtf8();
    case PayloadViewKind::Json: {
        const QByteArray bytes = text.toUtf8();
        const JsonSyntax syntax = checkJsonSyntax(bytes);
        if (!syntax.valid)
            throw Error(ErrorKind::Usage,
                        CoreTr::tr("not JSON: %1 at line %2, column %3").arg(syntax.error).arg(syntax.line).arg(syntax.column));
        return bytes;
    }
    case PayloadViewKind::Hex:
        return bytesFromHex(text);
    case PayloadViewKind::Base64:
        return bytesFromBase64(text);
    }
    return text.toUtf8();
}

PayloadRendering renderJson(const QByteArray& payload, qsizetype maxBytes) {
    if (payload.size() > maxBytes * 16) {
        PayloadRendering r = renderText(payload, maxBytes);
        r.error = QStringLiteral("too large to pretty-print (%1 bytes)").arg(payload.size());
        return r;
    }
    QJsonParseError err;
    if (!isValidUtf8(payload) || !parseJsonValue(payload, &err)) {
        PayloadRendering r = renderText(payload, maxBytes);
        if (!isValidUtf8(payload))
            r.error = QStringLiteral("not JSON: not valid UTF-8");
        else if (err.error != QJsonParseError::NoError)
            r.error = QStringLiteral("not JSON: %1 at byte %2").arg(err.errorString()).arg(std::max(0, err.offset - 1));
        else
            r.error = QStringLiteral("not JSON: not exactly one value");
        return r;
    }
    PayloadRendering r;
    QByteArray pretty = reindentJson(payload);
    if (pretty.size() > maxBytes) {
        r.truncated = true;
        qsizetype end = maxBytes;
        while (end > 0 && (static_cast<unsigned char>(pretty[end]) & 0xC0) == 0x80)
            --end;
        r.text = QString::fromUtf8(pretty.constData(), end) +
                 QStringLiteral("\n… truncated: showing %1 of %2 bytes of the formatted JSON").arg(end).arg(pretty.size());
    } else {
        r.text = QString::fromUtf8(pretty);
    }
    return r;
}

PayloadRendering renderHex(const QByteArray& payload, qsizetype maxBytes) {
    PayloadRendering r;
    r.invalidUtf8 = !isValidUtf8(payload);
    r.truncated = payload.size() > maxBytes;
    const qsizetype n = std::min(payload.size(), maxBytes);
    const auto* s = reinterpret_cast<const unsigned char*>(payload.constData());
    static const char kHex[] = "0123456789abcdef";
    QByteArray out;
    out.reserve((n / 16 + 1) * 78);
    for (qsizetype line = 0; line < n; line += 16) {
        out += QByteArray::number(line, 16).rightJustified(8, '0');
        out += "  ";
        for (qsizetype k = 0; k < 16; ++k) {
            if (line + k < n) {
                out += kHex[s[line + k] >> 4];
                out += kHex[s[line + k] & 0xf];
                out += ' ';
            } else {
                out += "   ";
            }
            if (k == 7)
                out += ' ';
        }
        out += " |";
        for (qsizetype k = 0; k < 16 && line + k < n; ++k) {
            const unsigned char c = s[line + k];
            out += (c >= 0x20 && c < 0x7f) ? static_cast<char>(c) : '.';
        }
        out += "|\n";
    }
    if (n > 0)
        out += QByteArray::number(n, 16).rightJustified(8, '0');
    r.text = QString::fromLatin1(out);
    if (r.truncated)
        r.text += truncationNote(n, payload.size());
    return r;
}

PayloadRendering renderBase64(const QByteArray& payload, qsizetype maxBytes) {
    PayloadRendering r;
    r.invalidUtf8 = !isValidUtf8(payload);
    r.truncated = payload.size() > maxBytes;
    const qsizetype n = r.truncated ? std::max<qsizetype>(3, maxBytes - maxBytes % 3) : payload.size();
    r.text = QString::fromLatin1(payload.left(n).toBase64());
    if (r.truncated)
        r.text += truncationNote(n, payload.size());
    return r;
}

PayloadRendering renderPayload(const QByteArray& payload, PayloadViewKind kind, qsizetype maxBytes) {
    switch (kind) {
    case PayloadViewKind::Text:
        return renderText(payload, maxBytes);
    case PayloadViewKind::Json:
        return renderJson(payload, maxBytes);
    case PayloadViewKind::Hex:
        return renderHex(payload, maxBytes);
    case PayloadViewKind::Base64:
        return renderBase64(payload, maxBytes);
    }
    return renderText(payload, maxBytes);
}

QString payloadSummary(const QByteArray& payload, int maxChars) {
    if (payload.isEmpty())
        return QStringLiteral("(empty)");
    maxChars = std::max(maxChars, 8);
    if (!isValidUtf8(payload)) {
        QString hex = QString::fromLatin1(payload.left(8).toHex(' '));
        if (payload.size() > 8)
            hex += QStringLiteral(" …");
        return QStringLiteral("<binary, %1 bytes: %2>").arg(payload.size()).arg(hex);
    }
    const qsizetype sliceBytes = (static_cast<qsizetype>(maxChars) + 2) * 4;
    const bool sliced = payload.size() > sliceBytes;
    qsizetype end = std::min(payload.size(), sliceBytes);
    while (sliced && end > 0 && (static_cast<unsigned char>(payload[end]) & 0xC0) == 0x80)
        --end;
    const QString text = QString::fromUtf8(payload.constData(), end);
    QString out;
    bool pendingSpace = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out += QLatin1Char(' ');
            pendingSpace = false;
        }
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += hexEscape(static_cast<unsigned char>(c.unicode()));
        else
            out += c;
        if (out.size() > maxChars)
            break;
    }
    if (out.size() > maxChars || sliced) {
        qsizetype cut = std::min<qsizetype>(out.size(), maxChars - 1);
        if (cut > 0 && cut < out.size() && out[cut].isLowSurrogate())
            --cut;
        out = out.left(cut) + QStringLiteral("…");
    }
    return out;
}

JsonPath JsonPath::parse(const QString& expression) {
    JsonPath p;
    p.m_expression = expression;
    const QString& s = expression;
    const qsizetype n = s.size();
    auto fail = [&](const QString& what, qsizetype at) {
        throw Error(ErrorKind::Usage, QStringLiteral("bad JSON path '%1': %2 at position %3").arg(expression, what).arg(at + 1));
    };
    if (n == 0 || s[0] != QLatin1Char('$'))
        fail(QStringLiteral("it must start with '$'"), 0);
    qsizetype i = 1;
    while (i < n) {
        if (s[i] == QLatin1Char('.')) {
            const qsizetype start = ++i;
            while (i < n && s[i] != QLatin1Char('.') && s[i] != QLatin1Char('[')) {
                if (s[i] == QLatin1Char(']') || s[i] == QLatin1Char('\'') || s[i] == QLatin1Char('"'))
                    fail(QStringLiteral("unexpected '%1' in a key (quote odd keys: ['a.b'])").arg(s[i]), i);
                ++i;
            }
            if (i == start)
                fail(QStringLiteral("expected a key after '.'"), start);
            p.m_steps.emplace_back(s.mid(start, i - start));
        } else if (s[i] == QLatin1Char('[')) {
            ++i;
            if (i < n && (s[i] == QLatin1Char('\'') || s[i] == QLatin1Char('"'))) {
                const QChar quote = s[i++];
                QString key;
                while (i < n && s[i] != quote) {
                    if (s[i] == QLatin1Char('\\') && i + 1 < n)
                        ++i;
                    key += s[i++];
                }
                if (i >= n)
                    fail(QStringLiteral("unterminated quoted key"), i);
                ++i;
                p.m_steps.emplace_back(key);
            } else {
                const qsizetype start = i;
                while (i < n && s[i].isDigit() && s[i].unicode() < 0x80)
                    ++i;
                if (i == start)
                    fail(QStringLiteral("expected an array index or a quoted key after '['"), start);
                bool ok = false;
                const qsizetype index = s.mid(start, i - start).toLongLong(&ok);
                if (!ok)
                    fail(QStringLiteral("array index too large"), start);
                p.m_steps.emplace_back(index);
            }
            if (i >= n || s[i] != QLatin1Char(']'))
                fail(QStringLiteral("expected ']'"), i);
            ++i;
        } else {
            fail(QStringLiteral("unexpected '%1' (expected '.' or '[')").arg(s[i]), i);
        }
    }
    return p;
}

std::optional<QJsonValue> JsonPath::select(const QJsonValue& root) const {
    QJsonValue v = root;
    for (const Step& step : m_steps) {
        if (const QString* key = std::get_if<QString>(&step)) {
            if (!v.isObject() || !v.toObject().contains(*key))
                return std::nullopt;
            v = v.toObject().value(*key);
        } else {
            const qsizetype index = std::get<qsizetype>(step);
            if (!v.isArray() || index >= v.toArray().size())
                return std::nullopt;
            v = v.toArray().at(index);
        }
    }
    return v;
}

std::optional<QJsonValue> JsonPath::select(const QByteArray& payload) const {
    const auto root = parseJsonValue(payload);
    if (!root)
        return std::nullopt;
    return select(*root);
}

std::optional<double> JsonPath::number(const QByteArray& payload) const {
    const auto v = select(payload);
    if (!v)
        return std::nullopt;
    if (v->isDouble())
        return v->toDouble();
    if (v->isBool())
        return v->toBool() ? 1.0 : 0.0;
    if (v->isString()) {
        bool ok = false;
        const double d = v->toString().trimmed().toDouble(&ok);
        if (ok && std::isfinite(d))
            return d;
    }
    return std::nullopt;
}

} // namespace mqkit
