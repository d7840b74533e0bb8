#include "common/FormatEscapes.h"

#include "common/CoreTr.h"
#include "common/Error.h"

namespace mqkit::formatescapes {

namespace {

int hexValue(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

[[noreturn]] void badEscape(const QString& what) {
    throw Error(ErrorKind::Usage, CoreTr::tr("bad output format: %1").arg(what));
}

// \xNN: returns the index of the last hex digit consumed.
qsizetype appendHexEscape(QByteArray& out, const QByteArray& text, qsizetype x) {
    int value = 0;
    qsizetype last = x;
    while (last - x < 2 && last + 1 < text.size() && hexValue(text[last + 1]) >= 0)
        value = value * 16 + hexValue(text[++last]);
    if (last == x)
        badEscape(CoreTr::tr("escape \\x without hex digits"));
    out += static_cast<char>(value);
    return last;
}

} // namespace

qsizetype appendEscape(QByteArray& out, const QByteArray& text, qsizetype backslash) {
    const qsizetype i = backslash + 1;
    if (i >= text.size())
        badEscape(CoreTr::tr("a lone \\ at the end"));
    switch (text[i]) {
    case '\\': out += '\\'; break;
    case 'n': out += '\n'; break;
    case 't': out += '\t'; break;
    case 'r': out += '\r'; break;
    case '0': out += '\0'; break;
    case 'a': out += '\a'; break;
    case 'e': out += '\x1b'; break;
    case 'x': return appendHexEscape(out, text, i);
    default: badEscape(CoreTr::tr("unknown escape \\%1").arg(QString::fromUtf8(text.mid(i, 1))));
    }
    return i;
}

QByteArray unescape(const QByteArray& text) {
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '\\')
            i = appendEscape(out, text, i);
        else
            out += text[i];
    }
    return out;
}

} // namespace mqkit::formatescapes
