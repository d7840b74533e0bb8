#include "kafka/KafkaRecordJson.h"

#include "common/Error.h"
#include "common/JsonWriter.h"
#include "common/Utf8.h"

#include <QJsonArray>
#include <QJsonDocument>


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

} // namespace

void writeRecordJson(JsonWriter& w, const KafkaRecord& r) {
    // Records of one batch share their topic: encode it once.
    thread_local QString lastTopic;
    thread_local QByteArray lastTopicJson;
    if (r.topic != lastTopic || lastTopicJson.isEmpty()) {
        lastTopic = r.topic;
        const QByteArray topic = r.topic.toUtf8();
        lastTopicJson.clear();
        appendJsonString(lastTopicJson, topic.constData(), topic.size());
    }
    w.beginObject().key("topic").raw(lastTopicJson).field("partition", r.partition).field("offset", r.offset);
    const bool hasTimestamp = r.timestamp >= 0 && r.timestampType != KafkaTimestampType::NotAvailable;
    w.field("timestamp", hasTimestamp ? std::optional<std::int64_t>(r.timestamp) : std::nullopt);
    w.field("timestamp_type", timestampTypeName(r.timestampType));
    w.bytesField("key", r.key, "key_encoding").bytesField("payload", r.value, "encoding");
    w.key("headers").beginArray();
    for (const auto& h : r.headers)
        w.beginObject().field("name", h.name).bytesField("value", h.value, {}).endObject();
    w.endArray().endObject();
}

void appendRecordJsonLine(QByteArray& out, const KafkaRecord& r) {
    JsonWriter w(out);
    writeRecordJson(w, r);
    w.endLine();
}

QJsonObject recordToJson(const KafkaRecord& r) {
    QByteArray line;
    appendRecordJsonLine(line, r);
    return QJsonDocument::fromJson(line).object();
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
