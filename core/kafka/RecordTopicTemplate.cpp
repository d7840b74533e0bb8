#include "kafka/RecordTopicTemplate.h"

#include "common/CoreTr.h"
#include "common/Error.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <algorithm>

namespace mqkit {

namespace {

QString jsonText(const QJsonValue& v) {
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d == static_cast<double>(static_cast<qint64>(d)))
            return QString::number(static_cast<qint64>(d));
        return QString::number(d, 'g', 17);
    }
    if (v.isNull())
        return QStringLiteral("null");
    const QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

} // namespace

RecordTopicTemplate RecordTopicTemplate::parse(const QString& text) {
    RecordTopicTemplate t;
    t.m_text = text;
    auto bad = [&](const QString& why) {
        return Error(ErrorKind::Usage, CoreTr::tr("bad topic template '%1': %2").arg(text, why));
    };
    QString literal;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if ((c == QLatin1Char('{') || c == QLatin1Char('}')) && i + 1 < text.size() && text.at(i + 1) == c) {
            literal += c;
            ++i;
            continue;
        }
        if (c == QLatin1Char('}'))
            throw bad(CoreTr::tr("'}' without '{' (write '}}' for a brace)"));
        if (c != QLatin1Char('{')) {
            literal += c;
            continue;
        }
        const qsizetype close = text.indexOf(QLatin1Char('}'), i + 1);
        if (close < 0)
            throw bad(CoreTr::tr("'{' is not closed"));
        const QString name = text.mid(i + 1, close - i - 1);
        Part part;
        if (name == QLatin1String("key")) {
            part.field = Field::Key;
        } else if (name == QLatin1String("partition")) {
            part.field = Field::Partition;
        } else if (name == QLatin1String("topic")) {
            part.field = Field::Topic;
        } else if (name.startsWith(QLatin1String("header:")) && name.size() > 7) {
            part.field = Field::Header;
            part.text = name.mid(7);
        } else if (name.startsWith(QLatin1String("json:"))) {
            part.field = Field::Json;
            QString path = name.mid(5);
            if (!path.startsWith(QLatin1Char('$')))
                path.prepend(path.startsWith(QLatin1Char('[')) ? QStringLiteral("$") : QStringLiteral("$."));
            part.path = JsonPath::parse(path);
        } else {
            throw bad(CoreTr::tr("unknown placeholder {%1} (known: {key}, {partition}, {topic}, {header:NAME}, "
                                 "{json:PATH})")
                          .arg(name));
        }
        if (!literal.isEmpty())
            t.m_parts.push_back({Field::Literal, literal, std::nullopt});
        literal.clear();
        t.m_parts.push_back(std::move(part));
        i = close;
    }
    if (!literal.isEmpty())
        t.m_parts.push_back({Field::Literal, literal, std::nullopt});
    return t;
}

bool RecordTopicTemplate::usesJson() const {
    return std::any_of(m_parts.begin(), m_parts.end(), [](const Part& p) { return p.field == Field::Json; });
}

std::optional<QString> RecordTopicTemplate::render(const KafkaRecord& record, QString* why) const {
    auto fail = [&](const QString& reason) -> std::optional<QString> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    QString out;
    std::optional<QJsonValue> document;
    for (const Part& part : m_parts) {
        QString value;
        switch (part.field) {
        case Field::Literal:
            out += part.text;
            continue;
        case Field::Key:
            if (!record.key)
                return fail(CoreTr::tr("the record has no key"));
            value = QString::fromUtf8(*record.key);
            break;
        case Field::Partition:
            value = QString::number(record.partition);
            break;
        case Field::Topic:
            value = record.topic;
            break;
        case Field::Header: {
            const auto h = std::find_if(record.headers.begin(), record.headers.end(),
                                        [&](const KafkaHeader& header) { return header.name == part.text; });
            if (h == record.headers.end() || !h->value)
                return fail(CoreTr::tr("the record has no header '%1' with a value").arg(part.text));
            value = QString::fromUtf8(*h->value);
            break;
        }
        case Field::Json: {
            std::optional<QJsonValue> selected = part.path->select(record.value.value_or(QByteArray()));
            if (!selected)
                return fail(CoreTr::tr("%1 selects nothing in the record value").arg(part.path->expression()));
            value = jsonText(*selected);
            break;
        }
        }
        if (value.contains(QLatin1Char('+')) || value.contains(QLatin1Char('#')) || value.contains(QChar(0)))
            return fail(CoreTr::tr("the value '%1' would put a wildcard or NUL into the topic").arg(value));
        out += value;
    }
    if (out.isEmpty())
        return fail(CoreTr::tr("the topic would be empty"));
    return out;
}

} // namespace mqkit
