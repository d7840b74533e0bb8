#include "kafka/KafkaRecordFormat.h"

#include "common/CoreTr.h"
#include "common/Error.h"
#include "common/FormatEscapes.h"

namespace mqkit {

namespace {

void appendHeaders(QByteArray& out, const std::vector<KafkaHeader>& headers) {
    bool first = true;
    for (const auto& h : headers) {
        if (!first)
            out.append(',');
        first = false;
        out.append(h.name.toUtf8());
        out.append('=');
        if (h.value)
            out.append(*h.value);
    }
}

void appendBigEndianLength(QByteArray& out, const std::optional<QByteArray>& bytes) {
    const auto n = static_cast<quint32>(bytes ? static_cast<qint32>(bytes->size()) : -1);
    const char be[] = {static_cast<char>(n >> 24), static_cast<char>(n >> 16), static_cast<char>(n >> 8),
                       static_cast<char>(n)};
    out.append(be, 4);
}

} // namespace

KafkaRecordFormat KafkaRecordFormat::parse(const QString& format) {
    const QByteArray text = format.toUtf8();
    KafkaRecordFormat f;
    QByteArray literal;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '\\') {
            i = formatescapes::appendEscape(literal, text, i);
            continue;
        }
        if (text[i] != '%') {
            literal.append(text[i]);
            continue;
        }
        if (i + 1 >= text.size())
            throw Error(ErrorKind::Usage, CoreTr::tr("format string ends with a lone '%'"));
        const char t = text[++i];
        if (t == '%') {
            literal.append('%');
            continue;
        }
        if (!QByteArrayView("tpokKsSRTh").contains(t))
            throw Error(ErrorKind::Usage, CoreTr::tr("unknown format token %1 (known: %t %p %o %k %K %s %S %R %T %h %%)")
                                              .arg(QLatin1Char('%') + QString::fromUtf8(&t, 1)));
        if (!literal.isEmpty())
            f.m_parts.push_back({0, literal});
        literal.clear();
        f.m_parts.push_back({t, {}});
    }
    if (!literal.isEmpty())
        f.m_parts.push_back({0, literal});
    return f;
}

void KafkaRecordFormat::append(QByteArray& out, const KafkaRecord& r) const {
    for (const auto& [token, literal] : m_parts) {
        if (token == 0)
            out.append(literal);
        else
            appendToken(out, token, r);
    }
}

void KafkaRecordFormat::appendToken(QByteArray& out, char token, const KafkaRecord& r) {
    switch (token) {
    case 't': out.append(r.topic.toUtf8()); break;
    case 'p': out.append(QByteArray::number(r.partition)); break;
    case 'o': out.append(QByteArray::number(qint64(r.offset))); break;
    case 'k':
        if (r.key)
            out.append(*r.key);
        break;
    case 'K': out.append(QByteArray::number(r.key ? r.key->size() : -1)); break;
    case 's':
        if (r.value)
            out.append(*r.value);
        break;
    case 'S': out.append(QByteArray::number(r.value ? r.value->size() : -1)); break;
    case 'R': appendBigEndianLength(out, r.value); break;
    case 'T': out.append(QByteArray::number(qint64(r.timestamp))); break;
    case 'h': appendHeaders(out, r.headers); break;
    default: break;
    }
}

KafkaHeader parseKafkaHeader(const QByteArray& text) {
    const qsizetype eq = text.indexOf('=');
    if (eq <= 0)
        throw Error(ErrorKind::Usage, CoreTr::tr("bad header '%1': expected name=value").arg(QString::fromUtf8(text)));
    return {QString::fromUtf8(text.left(eq)), text.mid(eq + 1)};
}

} // namespace mqkit
