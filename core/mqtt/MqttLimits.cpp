#include "mqtt/MqttLimits.h"

#include "common/CoreTr.h"
#include "common/Error.h"

#include <QFile>
#include <QFileInfo>

namespace mqkit {

namespace {

[[noreturn]] void refuse(const QString& why) {
    throw Error(ErrorKind::Usage, why);
}

// A value for a message: the start of a long one is enough to recognise it.
QString shown(const QString& text) {
    return text.size() <= 60 ? text : text.left(60) + QStringLiteral("...");
}

// Bytes of the MQTT 5 properties on the wire (identifier + length-prefixed values), an upper bound.
std::int64_t propertyBytes(const MqttProperties& p) {
    std::int64_t bytes = 0;
    for (const auto& [key, value] : p.user)
        bytes += 1 + 2 + key.toUtf8().size() + 2 + value.toUtf8().size();
    if (!p.contentType.isEmpty())
        bytes += 1 + 2 + p.contentType.toUtf8().size();
    if (!p.responseTopic.isEmpty())
        bytes += 1 + 2 + p.responseTopic.toUtf8().size();
    if (!p.correlationData.isEmpty())
        bytes += 1 + 2 + p.correlationData.size();
    return bytes + 2 + 5 + 4 + 4; // payload format, expiry, length prefix
}

// "correlation data" for a message, "Last Will correlation data" for a will.
QString fieldOf(const QString& what, const QString& field) {
    return what == QLatin1String("message") ? field : QStringLiteral("%1 %2").arg(what, field);
}

void checkProperties(const MqttProperties& p, const QString& what) {
    for (const auto& [key, value] : p.user) {
        checkMqttFieldLength(key.toUtf8().size(), fieldOf(what, CoreTr::tr("user property name")));
        checkMqttFieldLength(value.toUtf8().size(), fieldOf(what, CoreTr::tr("user property '%1'").arg(shown(key))));
    }
    checkMqttFieldLength(p.contentType.toUtf8().size(), fieldOf(what, CoreTr::tr("content type")));
    if (!p.responseTopic.isEmpty())
        checkTopicName(p.responseTopic, fieldOf(what, CoreTr::tr("response topic")));
    checkMqttFieldLength(p.correlationData.size(), fieldOf(what, CoreTr::tr("correlation data")));
}

// What every topic name and filter shares: not empty, no NUL, at most 65,535 bytes of UTF-8.
void checkTopicString(const QString& topic, const QString& what) {
    if (topic.isEmpty())
        refuse(CoreTr::tr("empty %1: MQTT needs at least one character").arg(what));
    if (topic.contains(QChar(0)))
        refuse(CoreTr::tr("%1 '%2' contains a NUL character, which MQTT does not allow").arg(what, shown(topic)));
    checkMqttFieldLength(topic.toUtf8().size(), what);
}

} // namespace

void checkMqttFieldLength(std::int64_t bytes, const QString& what) {
    if (bytes > kMqttMaxFieldBytes)
        refuse(CoreTr::tr("%1 is %2 bytes long: MQTT allows at most 65,535").arg(what).arg(bytes));
}

void checkTopicName(const QString& topic, const QString& what) {
    checkTopicString(topic, what);
    if (topic.contains(QLatin1Char('+')) || topic.contains(QLatin1Char('#')))
        refuse(CoreTr::tr("invalid %1 '%2': a topic name cannot contain the wildcards '+' or '#'")
                   .arg(what, shown(topic)));
}

void checkTopicFilter(const QString& filter) {
    checkTopicString(filter, CoreTr::tr("topic filter"));
    const QStringList levels = filter.split(QLatin1Char('/'));
    for (qsizetype i = 0; i < levels.size(); ++i) {
        const QString& level = levels.at(i);
        if (level.contains(QLatin1Char('#')) && (level != QLatin1String("#") || i != levels.size() - 1))
            refuse(CoreTr::tr("invalid topic filter '%1': '#' must be a whole level and the last one (a/#)")
                       .arg(shown(filter)));
        if (level.contains(QLatin1Char('+')) && level != QLatin1String("+"))
            refuse(CoreTr::tr("invalid topic filter '%1': '+' must be a whole level (a/+/b)").arg(shown(filter)));
    }
}

void checkTopicFilters(const QStringList& filters) {
    for (const QString& filter : filters)
        checkTopicFilter(filter);
}

void checkPublishable(const MqttMessage& message, const QString& what) {
    checkTopicName(message.topic, fieldOf(what, CoreTr::tr("topic")));
    checkProperties(message.properties, what);
    const std::int64_t packet =
        2 + message.topic.toUtf8().size() + 2 + propertyBytes(message.properties) + message.payload.size();
    if (packet > kMqttMaxPacketBytes)
        refuse(CoreTr::tr("%1 of %2 bytes is too large: an MQTT packet holds at most 268,435,455 bytes")
                   .arg(what)
                   .arg(message.payload.size()));
}

QByteArray readPayloadFile(const QString& path) {
    auto tooLarge = [&](const QString& size) {
        refuse(CoreTr::tr("%1 is %2 bytes: an MQTT packet holds at most 268,435,455 bytes").arg(path, size));
    };
    const QFileInfo info(path);
    if (info.isFile() && info.size() > kMqttMaxPacketBytes)
        tooLarge(QString::number(info.size()));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        refuse(CoreTr::tr("cannot read %1: %2").arg(path, file.errorString()));
    QByteArray payload;
    constexpr qint64 kChunk = 1 << 20;
    while (payload.size() <= kMqttMaxPacketBytes) {
        const QByteArray chunk = file.read(kChunk);
        if (chunk.isEmpty())
            break;
        payload += chunk;
    }
    if (payload.size() > kMqttMaxPacketBytes)
        tooLarge(CoreTr::tr("more than %1").arg(kMqttMaxPacketBytes));
    if (file.error() != QFileDevice::NoError)
        refuse(CoreTr::tr("cannot read %1: %2").arg(path, file.errorString()));
    return payload;
}

} // namespace mqkit
