#include "mqtt/MqttMessageJson.h"

#include "common/Error.h"
#include "common/IsoTime.h"
#include "common/JsonWriter.h"
#include "common/Utf8.h"

#include <QDateTime>
#include <QJsonArray>

namespace mqkit {

namespace {

[[noreturn]] void malformed(const QString& what) {
    throw Error(ErrorKind::Usage, QStringLiteral("malformed message JSON: %1").arg(what));
}

QByteArray base64Field(const QJsonValue& v, const char* name) {
    if (!v.isString())
        malformed(QStringLiteral("'%1' must be a base64 string").arg(QLatin1String(name)));
    auto decoded = QByteArray::fromBase64Encoding(v.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        malformed(QStringLiteral("'%1' is not valid base64").arg(QLatin1String(name)));
    return *decoded;
}

} // namespace

void insertPayload(QJsonObject& o, const QByteArray& payload) {
    const bool text = isValidUtf8(payload);
    o.insert("payload", text ? QString::fromUtf8(payload) : QString::fromLatin1(payload.toBase64()));
    o.insert("encoding", text ? "utf8" : "base64");
}

QJsonObject propertiesToJson(const MqttProperties& p) {
    QJsonObject o;
    if (!p.user.empty()) {
        QJsonArray user;
        for (const auto& [k, v] : p.user)
            user.append(QJsonArray{k, v});
        o.insert("user_properties", user);
    }
    if (!p.contentType.isEmpty())
        o.insert("content_type", p.contentType);
    if (p.payloadFormat)
        o.insert("payload_format", *p.payloadFormat);
    if (p.messageExpirySeconds)
        o.insert("message_expiry", qint64(*p.messageExpirySeconds));
    if (!p.responseTopic.isEmpty())
        o.insert("response_topic", p.responseTopic);
    if (!p.correlationData.isEmpty())
        o.insert("correlation_data", QString::fromLatin1(p.correlationData.toBase64()));
    if (!p.subscriptionIds.empty()) {
        QJsonArray ids;
        for (int id : p.subscriptionIds)
            ids.append(id);
        o.insert("subscription_ids", ids);
    }
    return o;
}

QJsonObject messageToJson(const MqttMessage& m) {
    QJsonObject o{{"topic", m.topic}, {"qos", m.qos}, {"retain", m.retained}};
    insertPayload(o, m.payload);
    if (m.receivedAtMs > 0)
        o.insert("received_at", QDateTime::fromMSecsSinceEpoch(m.receivedAtMs, Qt::UTC).toString(Qt::ISODateWithMs));
    if (!m.properties.isEmpty())
        o.insert("properties", propertiesToJson(m.properties));
    return o;
}

namespace {

void writePropertiesJson(JsonWriter& w, const MqttProperties& p) {
    w.beginObject();
    if (!p.user.empty()) {
        w.key("user_properties").beginArray();
        for (const auto& [k, v] : p.user)
            w.beginArray().value(k).value(v).endArray();
        w.endArray();
    }
    if (!p.contentType.isEmpty())
        w.field("content_type", p.contentType);
    if (p.payloadFormat)
        w.field("payload_format", *p.payloadFormat);
    if (p.messageExpirySeconds)
        w.field("message_expiry", *p.messageExpirySeconds);
    if (!p.responseTopic.isEmpty())
        w.field("response_topic", p.responseTopic);
    if (!p.correlationData.isEmpty())
        w.key("correlation_data").value(std::string_view(p.correlationData.toBase64().constData()));
    if (!p.subscriptionIds.empty()) {
        w.key("subscription_ids").beginArray();
        for (int id : p.subscriptionIds)
            w.value(id);
        w.endArray();
    }
    w.endObject();
}

} // namespace

void writeMessageJson(JsonWriter& w, const MqttMessage& m) {
    w.beginObject().field("topic", m.topic).bytesField("payload", m.payload).field("qos", m.qos).field("retain", m.retained);
    if (m.receivedAtMs > 0)
        w.timeField("received_at", m.receivedAtMs);
    if (!m.properties.isEmpty()) {
        w.key("properties");
        writePropertiesJson(w, m.properties);
    }
    w.endObject();
}

QByteArray payloadFromJson(const QJsonObject& o) {
    const QJsonValue payload = o.value("payload");
    if (payload.isUndefined() || payload.isNull())
        return {};
    const QString encoding = o.value("encoding").toString(QStringLiteral("utf8"));
    if (encoding == QLatin1String("base64"))
        return base64Field(payload, "payload");
    if (encoding != QLatin1String("utf8"))
        malformed(QStringLiteral("unknown encoding '%1' (utf8 or base64)").arg(encoding));
    if (!payload.isString())
        malformed(QStringLiteral("'payload' must be a string"));
    return payload.toString().toUtf8();
}

MqttProperties propertiesFromJson(const QJsonObject& o) {
    MqttProperties p;
    for (const auto& pair : o.value("user_properties").toArray()) {
        const QJsonArray kv = pair.toArray();
        if (kv.size() != 2 || !kv.at(0).isString() || !kv.at(1).isString())
            malformed(QStringLiteral("'user_properties' must be a list of [name, value] string pairs"));
        p.user.emplace_back(kv.at(0).toString(), kv.at(1).toString());
    }
    p.contentType = o.value("content_type").toString();
    if (o.contains("payload_format"))
        p.payloadFormat = o.value("payload_format").toInt();
    if (o.contains("message_expiry"))
        p.messageExpirySeconds = static_cast<std::uint32_t>(o.value("message_expiry").toInteger());
    p.responseTopic = o.value("response_topic").toString();
    if (o.contains("correlation_data"))
        p.correlationData = base64Field(o.value("correlation_data"), "correlation_data");
    for (const auto& id : o.value("subscription_ids").toArray())
        p.subscriptionIds.push_back(id.toInt());
    return p;
}

MqttMessage messageFromJson(const QJsonObject& o) {
    MqttMessage m;
    if (!o.value("topic").isString())
        malformed(QStringLiteral("'topic' must be a string"));
    m.topic = o.value("topic").toString();
    m.payload = payloadFromJson(o);
    m.qos = o.value("qos").toInt();
    if (m.qos < 0 || m.qos > 2)
        malformed(QStringLiteral("'qos' must be 0, 1 or 2"));
    m.retained = o.value("retain").toBool();
    if (o.contains("received_at")) {
        const std::optional<std::int64_t> t = parseIsoTime(o.value("received_at").toString());
        if (!t)
            malformed(QStringLiteral("'received_at' is not an ISO-8601 time"));
        m.receivedAtMs = *t;
    }
    m.properties = propertiesFromJson(o.value("properties").toObject());
    return m;
}

} // namespace mqkit
