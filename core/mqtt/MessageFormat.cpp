#include "mqtt/MessageFormat.h"

#include "common/CoreTr.h"
#include "common/Error.h"
#include "common/FormatEscapes.h"
#include "common/JsonWriter.h"
#include "mqtt/MqttMessageJson.h"

#include <cstdio>
#include <ctime>

namespace mqkit {

namespace {

[[noreturn]] void badFormat(const QString& what) {
    throw Error(ErrorKind::Usage, CoreTr::tr("bad output format: %1").arg(what));
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

// Reads a format string left to right into segments; one method per kind of sequence.
class MessageFormatParser {
public:
    explicit MessageFormatParser(const QString& format) : m_fmt(format.toUtf8()) {}

    std::vector<MessageFormat::Segment> run() {
        for (m_i = 0; m_i < m_fmt.size(); ++m_i) {
            const char c = m_fmt[m_i];
            if (c == '\\')
                m_i = formatescapes::appendEscape(m_literal, m_fmt, m_i);
            else if (c == '@')
                readTimeSequence();
            else if (c == '%')
                readDirective();
            else
                m_literal += c;
        }
        flushLiteral();
        return std::move(m_segments);
    }

private:
    using Field = MessageFormat::Field;
    using Segment = MessageFormat::Segment;

    void flushLiteral() {
        if (!m_literal.isEmpty())
            m_segments.push_back({Field::Literal, m_literal, 0, -1, false, false});
        m_literal.clear();
    }

    void push(Segment s) {
        flushLiteral();
        m_segments.push_back(std::move(s));
    }

    // @X (strftime), @N (nanoseconds), @@ (a literal @).
    void readTimeSequence() {
        if (m_i + 1 >= m_fmt.size())
            badFormat(CoreTr::tr("a lone @ at the end (@@ is a literal @)"));
        const char t = m_fmt[++m_i];
        if (t == '@')
            m_literal += '@';
        else if (t == 'N')
            push({Field::Nanoseconds, {}, 0, -1, false, false});
        else if ((t >= 'a' && t <= 'z') || (t >= 'A' && t <= 'Z'))
            push({Field::Strftime, QByteArray("%") + t, 0, -1, false, false});
        else
            badFormat(CoreTr::tr("unknown time sequence %1").arg(QLatin1Char('@') + QChar::fromLatin1(t)));
    }

    int readNumber() {
        int value = 0;
        for (; m_i < m_fmt.size() && m_fmt[m_i] >= '0' && m_fmt[m_i] <= '9'; ++m_i)
            value = std::min(value * 10 + (m_fmt[m_i] - '0'), 10000);
        return value;
    }

    // %[-0][width][.precision]code
    void readDirective() {
        Segment s;
        const qsizetype start = m_i++;
        for (; m_i < m_fmt.size() && (m_fmt[m_i] == '-' || m_fmt[m_i] == '0'); ++m_i)
            (m_fmt[m_i] == '-' ? s.leftAlign : s.zeroPad) = true;
        s.width = readNumber();
        if (m_i < m_fmt.size() && m_fmt[m_i] == '.') {
            ++m_i;
            s.precision = readNumber();
        }
        if (m_i >= m_fmt.size())
            badFormat(CoreTr::tr("'%1' at the end is incomplete (%% is a literal %)")
                          .arg(QString::fromUtf8(m_fmt.mid(start))));
        const char code = m_fmt[m_i];
        const bool decorated = m_i - start > 1;
        if (code == '%' && !decorated) {
            m_literal += '%';
            return;
        }
        if (decorated && !takesFlags(code))
            badFormat(CoreTr::tr("%1 takes no flags or width").arg(sequence(code)));
        s.field = fieldFor(code);
        if (s.zeroPad && !isNumeric(s.field))
            s.zeroPad = false; // as mosquitto_sub: 0 pads numbers only
        push(std::move(s));
    }

    static bool isNumeric(Field f) {
        return f == Field::Length || f == Field::MessageExpiry || f == Field::PayloadFormat ||
               f == Field::SubscriptionIds || f == Field::HexLower || f == Field::HexUpper;
    }

    static QString sequence(char code) { return QLatin1Char('%') + QString::fromUtf8(&code, 1); }

    static Field fieldFor(char code) {
        switch (code) {
        case 't': return Field::Topic;
        case 'p': return Field::Payload;
        case 'q': return Field::Qos;
        case 'r': return Field::Retain;
        case 'l': return Field::Length;
        case 'x': return Field::HexLower;
        case 'X': return Field::HexUpper;
        case 'I': return Field::IsoTime;
        case 'U': return Field::UnixTime;
        case 'j': return Field::Json;
        case 'P': return Field::UserProperties;
        case 'C': return Field::ContentType;
        case 'E': return Field::MessageExpiry;
        case 'F': return Field::PayloadFormat;
        case 'R': return Field::ResponseTopic;
        case 'D': return Field::CorrelationData;
        case 'S': return Field::SubscriptionIds;
        case 'm':
            badFormat(CoreTr::tr("%1 is not available: the MQTT client library does not pass the packet id on")
                          .arg(sequence(code)));
        case 'A':
            badFormat(CoreTr::tr("%1 is not available: the MQTT client library does not pass the topic alias on")
                          .arg(sequence(code)));
        case 'J':
            badFormat(CoreTr::tr("%J is not supported; use %j (payload as text or base64)"));
        default:
            badFormat(CoreTr::tr("unknown sequence %1").arg(sequence(code)));
        }
    }

    const QByteArray m_fmt;
    qsizetype m_i = 0;
    QByteArray m_literal;
    std::vector<Segment> m_segments;
};

MessageFormat MessageFormat::parse(const QString& formatString) {
    MessageFormat f;
    f.m_segments = MessageFormatParser(formatString).run();
    return f;
}

void MessageFormat::appendField(QByteArray& out, const Segment& s, const MqttMessage& m) const {
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
    case Field::Json: {
        JsonWriter w(out);
        writeMessageJson(w, m);
        break;
    }
    case Field::IsoTime:
    case Field::UnixTime:
    case Field::Strftime:
    case Field::Nanoseconds:
        appendTimeField(out, s, m.receivedAtMs);
        break;
    default:
        appendPropertyField(out, s.field, m.properties);
        break;
    }
}

void MessageFormat::appendTimeField(QByteArray& out, const Segment& s, std::int64_t receivedAtMs) {
    switch (s.field) {
    case Field::IsoTime:
        appendIsoTime(out, receivedAtMs);
        break;
    case Field::UnixTime:
        appendUnixTime(out, receivedAtMs);
        break;
    case Field::Strftime:
        appendStrftime(out, receivedAtMs, s.literal);
        break;
    case Field::Nanoseconds: {
        char buf[16];
        const int n = std::snprintf(buf, sizeof buf, "%09d", static_cast<int>(receivedAtMs % 1000) * 1000000);
        out.append(buf, n);
        break;
    }
    default:
        break;
    }
}

void MessageFormat::appendPropertyField(QByteArray& out, Field field, const MqttProperties& p) {
    switch (field) {
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
    case Field::PropertiesBracket:
        if (!p.isEmpty()) {
            out += '[';
            out += propertiesText(p);
            out += "] ";
        }
        break;
    default:
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
