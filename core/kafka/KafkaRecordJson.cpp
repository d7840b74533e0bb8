#include "kafka/KafkaRecordJson.h"

#include "common/Error.h"
#include "common/JsonWriter.h"
#include "common/Utf8.h"
#include "mqtt/MqttMessageJson.h"

#include <QJsonArray>

#include <charconv>
#include <cstring>

namespace mqkit {

namespace {

const char* timestampTypeName(KafkaTimestampType t) {
    switch (t) {
    case KafkaTimestampType::CreateTime:
        return "create";
    case KafkaTimestampType::LogAppendTime:
        return "log_append";
    case KafkaTimestampType::NotAvailable:
        break;
    }
    return "none";
}

[[noreturn]] void malformed(const QString& what) {
    throw Error(ErrorKind::Usage, QStringLiteral("malformed record JSON: %1").arg(what));
}

// Text stays text; anything else is base64 with encoding = "base64".
QJsonValue bytesToJson(const QByteArray& bytes, bool* base64) {
    *base64 = !isValidUtf8(bytes);
    return *base64 ? QString::fromLatin1(bytes.toBase64()) : QString::fromUtf8(bytes);
}

std::optional<QByteArray> bytesFromJson(const QJsonValue& v, const QJsonValue& encoding, const QString& field) {
    if (v.isNull() || v.isUndefined())
        return std::nullopt;
    if (!v.isString())
        malformed(QStringLiteral("'%1' must be a string or null").arg(field));
    const QString enc = encoding.toString(QStringLiteral("utf8"));
    if (enc == QLatin1String("utf8"))
        return v.toString().toUtf8();
    if (enc != QLatin1String("base64"))
        malformed(QStringLiteral("unknown encoding '%1' of '%2' (utf8 or base64)").arg(enc, field));
    auto decoded = QByteArray::fromBase64Encoding(v.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        malformed(QStringLiteral("'%1' is not valid base64").arg(field));
    return *decoded;
}

void appendNumber(QByteArray& out, long long n) {
    char text[24];
    const auto end = std::to_chars(text, text + sizeof text, n).ptr;
    out.append(text, end - text);
}

void appendLiteral(QByteArray& out, const char* s) {
    out.append(s, static_cast<qsizetype>(std::strlen(s)));
}

void appendBytes(QByteArray& out, const std::optional<QByteArray>& bytes, const char* valueKey, const char* encodingKey) {
    out.append(valueKey);
    if (!bytes) {
        out.append("null");
        return;
    }
    if (isValidUtf8(*bytes)) {
        appendJsonString(out, bytes->constData(), bytes->size());
        if (encodingKey) {
            out.append(encodingKey);
            out.append("\"utf8\"");
        }
    } else {
        out.append('"');
        out.append(bytes->toBase64());
        out.append('"');
        out.append(encodingKey ? encodingKey : ",\"encoding\":");
        out.append("\"base64\"");
    }
}

} // namespace

QJsonObject recordToJson(const KafkaRecord& r) {
    QJsonObject o{{"topic", r.topic},
                  {"partition", r.partition},
                  {"offset", qint64(r.offset)},
                  {"timestamp", r.timestamp >= 0 && r.timestampType != KafkaTimestampType::NotAvailable
                                    ? QJsonValue(qint64(r.timestamp))
                                    : QJsonValue()},
                  {"timestamp_type", QLatin1String(timestampTypeName(r.timestampType))}};
    if (r.key) {
        bool base64 = false;
        o.insert("key", bytesToJson(*r.key, &base64));
        o.insert("key_encoding", base64 ? "base64" : "utf8");
    } else {
        o.insert("key", QJsonValue());
    }
    if (r.value)
        insertPayload(o, *r.value);
    else
        o.insert("payload", QJsonValue());
    QJsonArray headers;
    for (const auto& h : r.headers) {
        QJsonObject ho{{"name", h.name}};
        if (h.value) {
            bool base64 = false;
            ho.insert("value", bytesToJson(*h.value, &base64));
            if (base64)
                ho.insert("encoding", "base64");
        } else {
            ho.insert("value", QJsonValue());
        }
        headers.append(ho);
    }
    o.insert("headers", headers);
    return o;
}

void appendRecordJsonLine(QByteArray& out, const KafkaRecord& r) {
    // Records of one batch share their topic: encode it once.
    thread_local QString lastTopic;
    thread_local QByteArray lastTopicJson;
    if (r.topic != lastTopic || lastTopicJson.isEmpty()) {
        lastTopic = r.topic;
        const QByteArray topic = r.topic.toUtf8();
        lastTopicJson.clear();
        appendJsonString(lastTopicJson, topic.constData(), topic.size());
    }
    out.append("{\"topic\":");
    out.append(lastTopicJson);
    out.append(",\"partition\":");
    appendNumber(out, r.partition);
    out.append(",\"offset\":");
    appendNumber(out, r.offset);
    out.append(",\"timestamp\":");
    if (r.timestamp >= 0 && r.timestampType != KafkaTimestampType::NotAvailable)
        appendNumber(out, r.timestamp);
    else
        out.append("null");
    out.append(",\"timestamp_type\":\"");
    appendLiteral(out, timestampTypeName(r.timestampType));
    out.append('"');
    appendBytes(out, r.key, ",\"key\":", ",\"key_encoding\":");
    appendBytes(out, r.value, ",\"payload\":", ",\"encoding\":");
    out.append(",\"headers\":[");
    bool first = true;
    for (const auto& h : r.headers) {
        if (!first)
            out.append(',');
        first = false;
        out.append("{\"name\":");
        const QByteArray name = h.name.toUtf8();
        appendJsonString(out, name.constData(), name.size());
        appendBytes(out, h.value, ",\"value\":", nullptr);
        out.append('}');
    }
    out.append("]}\n");
}

KafkaRecord recordFromJson(const QJsonObject& o) {
    KafkaRecord r;
    r.topic = o.value("topic").toString();
    r.partition = o.value("partition").toInt(-1);
    r.offset = static_cast<std::int64_t>(o.value("offset").toDouble(-1));
    if (o.value("timestamp").isDouble())
        r.timestamp = static_cast<std::int64_t>(o.value("timestamp").toDouble());
    const QString type = o.value("timestamp_type").toString();
    r.timestampType = type == QLatin1String("create")       ? KafkaTimestampType::CreateTime
                      : type == QLatin1String("log_append") ? KafkaTimestampType::LogAppendTime
                                                            : KafkaTimestampType::NotAvailable;
    r.key = bytesFromJson(o.value("key"), o.value("key_encoding"), QStringLiteral("key"));
    r.value = bytesFromJson(o.value("payload"), o.value("encoding"), QStringLiteral("payload"));
    const QJsonValue headers = o.value("headers");
    if (!headers.isUndefined() && !headers.isArray())
        malformed(QStringLiteral("'headers' must be an array"));
    for (const auto& hv : headers.toArray()) {
        if (!hv.isObject() || !hv.toObject().value("name").isString())
            malformed(QStringLiteral("each header must be an object with a string 'name'"));
        const QJsonObject h = hv.toObject();
        r.headers.push_back({h.value("name").toString(),
                             bytesFromJson(h.value("value"), h.value("encoding"), QStringLiteral("header value"))});
    }
    return r;
}

} // namespace mqkit
