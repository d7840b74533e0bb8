#include "mqtt/MessageFormat.h"

#include "common/Error.h"
#include "common/JsonWriter.h"
#include "mqtt/MqttMessageJson.h"

#include <cstdio>
#include <ctime>

namespace mqkit {

namespace {

[[noreturn]] void badFormat(const QString& what) {
    throw Error(ErrorKind::Usage, QStringLiteral("bad output format: %1").arg(what));
}

void appendHex(QByteArray& out, const QByteArray& bytes, bool upper) {
    static const char lower[] = "0123456789abcdef";
    static const char upperDigits[] = "0123456789ABCDEF";
    const char* digits = upper ? upperDigits : lower;
    const qsizetype start = out.size();
    out.resize(start + bytes.size() * 2);
    char* p = out.data() + start;
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        *p++ = digits[b >> 4];
        *p++ = digits[b & 0x0f];
    }
}

void appendNumber(QByteArray& out, long long value) {
    char buf[24];
    const int n = std::snprintf(buf, sizeof buf, "%lld", value);
    out.append(buf, n);
}

// "2026-11-23T17:31:22.123Z"
void appendIsoTime(QByteArray& out, std::int64_t ms) {
    const std::time_t secs = static_cast<std::time_t>(ms / 1000);
    std::tm tm{};
    gmtime_r(&secs, &tm);
    char buf[40];
    const int n = std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900, tm.tm_mon + 1,
                                tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<int>(ms % 1000));
    out.append(buf, n);
}

void appendUnixTime(QByteArray& out, std::int64_t ms) {
    char buf[32];
    const int n = std::snprintf(buf, sizeof buf, "%lld.%03d", static_cast<long long>(ms / 1000), static_cast<int>(ms % 1000));
    out.append(buf, n);
}

void appendStrftime(QByteArray& out, std::int64_t ms, const QByteArray& spec) {
    const std::time_t secs = static_cast<std::time_t>(ms / 1000);
    std::tm tm{};
    localtime_r(&secs, &tm);
    char buf[128];
    const size_t n = std::strftime(buf, sizeof buf, spec.constData(), &tm);
    out.append(buf, static_cast<qsizetype>(n));
}

bool takesFlags(char c) {
    return QByteArrayView("ACEFIlmpRStxX").contains(c);
}

} // namespace

QByteArray propertiesText(const MqttProperties& p) {
    QByteArray out;
    auto item = [&](const char* name, const QByteArray& value) {
        if (!out.isEmpty())
            out += ' ';
        out += name;
        out += '=';
        out += value;
    };
    if (!p.contentType.isEmpty())
        item("content-type", p.contentType.toUtf8());
    if (p.payloadFormat)
        item("payload-format", QByteArray::number(*p.payloadFormat));
    if (p.messageExpirySeconds)
        item("expiry", QByteArray::number(*p.messageExpirySeconds));
    if (!p.responseTopic.isEmpty())
        item("response-topic", p.responseTopic.toUtf8());
    if (!p.correlationData.isEmpty())
        item("correlation-data", p.correlationData.toHex());
    if (!p.subscriptionIds.empty()) {
        QByteArray ids;
        for (int id : p.subscriptionIds)
            ids += (ids.isEmpty() ? "" : ",") + QByteArray::number(id);
        item("sub-id", ids);
    }
    for (const auto& [k, v] : p.user) {
        if (!out.isEmpty())
            out += ' ';
        out += "user:" + k.toUtf8() + '=' + v.toUtf8();
    }
    return out;
}

MessageFormat MessageFormat::payloadOnly() {
    MessageFormat f;
    f.m_segments.push_back({Field::Payload, {}, 0, -1, false, false});
    return f;
}

MessageFormat MessageFormat::verbose() {
    MessageFormat f;
    f.m_segments.push_back({Field::Topic, {}, 0, -1, false, false});
    f.m_segments.push_back({Field::Literal, " ", 0, -1, false, false});
    f.m_segments.push_back({Field::PropertiesBracket, {}, 0, -1, false, false});
    f.m_segments.push_back({Field::Payload, {}, 0, -1, false, false});
    return f;
}

MessageFormat MessageFormat::parse(const QString& formatString) {
    const QByteArray fmt = formatString.toUtf8();
    MessageFormat f;
    QByteArray literal;
    auto flushLiteral = [&] {
        if (!literal.isEmpty())
            f.m_segments.push_back({Field::Literal, literal, 0, -1, false, false});
        literal.clear();
    };
    const qsizetype n = fmt.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = fmt[i];
        if (c == '\\') {
            if (i + 1 >= n)
                badFormat(QStringLiteral("a lone \\ at the end"));
            const char e = fmt[++i];
            switch (e) {
            case '\\': literal += '\\'; break;
            case 'n': literal += '\n'; break;
            case 't': literal += '\t'; break;
            case 'r': literal += '\r'; break;
            case '0': literal += '\0'; break;
            case 'a': literal += '\a'; break;
            case 'e': literal += '\x1b'; break;
            default: badFormat(QStringLiteral("unknown escape \\%1").arg(QChar::fromLatin1(e)));
            }
            continue;
        }
        if (c == '@') {
            if (i + 1 >= n)
                badFormat(QStringLiteral("a lone @ at the end (@@ is a literal @)"));
            const char t = fmt[++i];
            if (t == '@') {
                literal += '@';
                continue;
            }
            flushLiteral();
            if (t == 'N') {
                f.m_segments.push_back({Field::Nanoseconds, {}, 0, -1, false, false});
            } else if ((t >= 'a' && t <= 'z') || (t >= 'A' && t <= 'Z')) {
                f.m_segments.push_back({Field::Strftime, QByteArray("%") + t, 0, -1, false, false});
            } else {
                badFormat(QStringLiteral("unknown time sequence @%1").arg(QChar::fromLatin1(t)));
            }
            continue;
        }
        if (c != '%') {
            literal += c;
            continue;
        }
        // %[-0][width][.precision]code
        Segment s;
        const qsizetype start = i;
        ++i;
        for (; i < n && (fmt[i] == '-' || fmt[i] == '0'); ++i)
            (fmt[i] == '-' ? s.leftAlign : s.zeroPad) = true;
        for (; i < n && fmt[i] >= '0' && fmt[i] <= '9'; ++i)
            s.width = std::min(s.width * 10 + (fmt[i] - '0'), 10000);
        if (i < n && fmt[i] == '.') {
            s.precision = 0;
            for (++i; i < n && fmt[i] >= '0' && fmt[i] <= '9'; ++i)
                s.precision = std::min(s.precision * 10 + (fmt[i] - '0'), 10000);
        }
        if (i >= n)
            badFormat(QStringLiteral("'%1' at the end is incomplete (%% is a literal %)")
                          .arg(QString::fromUtf8(fmt.mid(start))));
        const char code = fmt[i];
        const bool decorated = i - start > 1;
        if (code == '%' && !decorated) {
            literal += '%';
            continue;
        }
        if (decorated && !takesFlags(code))
            badFormat(QStringLiteral("%%%1 takes no flags or width").arg(QChar::fromLatin1(code)));
        switch (code) {
        case 't': s.field = Field::Topic; break;
        case 'p': s.field = Field::Payload; break;
        case 'q': s.field = Field::Qos; break;
        case 'r': s.field = Field::Retain; break;
        case 'l': s.field = Field::Length; break;
        case 'x': s.field = Field::HexLower; break;
        case 'X': s.field = Field::HexUpper; break;
        case 'I': s.field = Field::IsoTime; break;
        case 'U': s.field = Field::UnixTime; break;
        case 'j': s.field = Field::Json; break;
        case 'P': s.field = Field::UserProperties; break;
        case 'C': s.field = Field::ContentType; break;
        case 'E': s.field = Field::MessageExpiry; break;
        case 'F': s.field = Field::PayloadFormat; break;
        case 'R': s.field = Field::ResponseTopic; break;
        case 'D': s.field = Field::CorrelationData; break;
        case 'S': s.field = Field::SubscriptionIds; break;
        case 'm':
        case 'A':
            badFormat(QStringLiteral("%%%1 is not available: the MQTT client library does not pass the %2 on")
                          .arg(QChar::fromLatin1(code),
                               code == 'm' ? QStringLiteral("packet id") : QStringLiteral("topic alias")));
        case 'J':
            badFormat(QStringLiteral("%J is not supported; use %j (payload as text or base64)"));
        default:
            badFormat(QStringLiteral("unknown sequence %%%1").arg(QString::fromUtf8(fmt.mid(i, 1))));
        }
        if (s.zeroPad && s.field != Field::Length && s.field != Field::MessageExpiry && s.field != Field::PayloadFormat &&
            s.field != Field::SubscriptionIds && s.field != Field::HexLower && s.field != Field::HexUpper)
            s.zeroPad = false; // as mosquitto_sub: 0 pads numbers only
        flushLiteral();
        f.m_segments.push_back(std::move(s));
    }
    flushLiteral();
    return f;
}

void MessageFormat::appendField(QByteArray& out, const Segment& s, const MqttMessage& m) const {
    const MqttProperties& p = m.properties;
    switch (s.field) {
    case Field::Literal:
        out += s.literal;
        break;
    case Field::Topic:
        out += m.topic.toUtf8();
        break;
    case Field::Payload:
        out += m.payload;
        break;
    case Field::Qos:
        out += static_cast<char>('0' + m.qos);
        break;
    case Field::Retain:
        out += m.retained ? '1' : '0';
        break;
    case Field::Length:
        appendNumber(out, m.payload.size());
        break;
    case Field::HexLower:
    case Field::HexUpper:
        appendHex(out, m.payload, s.field == Field::HexUpper);
        break;
    case Field::IsoTime:
        appendIsoTime(out, m.receivedAtMs);
        break;
    case Field::UnixTime:
        appendUnixTime(out, m.receivedAtMs);
        break;
    case Field::Json:
    {
        JsonWriter w(out);
        writeMessageJson(w, m);
        break;
    }
    case Field::UserProperties:
        for (std::size_t i = 0; i < p.user.size(); ++i) {
            if (i > 0)
                out += ' ';
            out += p.user[i].first.toUtf8();
            out += ':';
            out += p.user[i].second.toUtf8();
        }
        break;
    case Field::ContentType:
        out += p.contentType.toUtf8();
        break;
    case Field::MessageExpiry:
        if (p.messageExpirySeconds)
            appendNumber(out, *p.messageExpirySeconds);
        break;
    case Field::PayloadFormat:
        if (p.payloadFormat)
            appendNumber(out, *p.payloadFormat);
        break;
    case Field::ResponseTopic:
        out += p.responseTopic.toUtf8();
        break;
    case Field::CorrelationData:
        out += p.correlationData;
        break;
    case Field::SubscriptionIds:
        for (std::size_t i = 0; i < p.subscriptionIds.size(); ++i) {
            if (i > 0)
                out += ',';
            appendNumber(out, p.subscriptionIds[i]);
        }
        break;
    case Field::Strftime:
        appendStrftime(out, m.receivedAtMs, s.literal);
        break;
    case Field::Nanoseconds: {
        char buf[16];
        const int n = std::snprintf(buf, sizeof buf, "%09d", static_cast<int>(m.receivedAtMs % 1000) * 1000000);
        out.append(buf, n);
        break;
    }
    case Field::PropertiesBracket:
        if (!p.isEmpty()) {
            out += '[';
            out += propertiesText(p);
            out += "] ";
        }
        break;
    }
}

void MessageFormat::append(QByteArray& out, const MqttMessage& m) const {
    for (const Segment& s : m_segments) {
        if (s.width == 0 && s.precision < 0) {
            appendField(out, s, m);
            continue;
        }
        QByteArray field;
        appendField(field, s, m);
        if (s.precision >= 0 && field.size() > s.precision)
            field.truncate(s.precision);
        const qsizetype pad = s.width - field.size();
        if (pad <= 0) {
            out += field;
        } else if (s.leftAlign) {
            out += field;
            out.append(pad, ' ');
        } else {
            out.append(pad, s.zeroPad ? '0' : ' ');
            out += field;
        }
    }
}

} // namespace mqkit
