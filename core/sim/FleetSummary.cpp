#include "sim/FleetSummary.h"

#include "common/AtomicFile.h"
#include "common/CoreTr.h"
#include "common/Error.h"
#include "common/JsonWriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mqkit {

QByteArray FleetSummary::toJson() const {
    QByteArray out;
    JsonWriter w(out, JsonWriter::Style::Indented);
    w.beginObject()
        .field("format", "mqkit-sim-summary/1")
        .field("topic_template", topicTemplate)
        .field("qos", qos)
        .timeField("started_at", startedAtMs)
        .timeField("ended_at", endedAtMs)
        .field("started_at_ms", startedAtMs)
        .field("ended_at_ms", endedAtMs)
        .field("sent", sent)
        .field("acknowledged", acknowledged)
        .field("interrupted", interrupted)
        .key("devices")
        .beginArray();
    for (const FleetDevice& d : devices) {
        w.beginObject().field("deviceId", d.deviceId).field("tenant", d.tenant).field("topic", d.topic).key("boots").beginArray();
        for (const FleetBoot& b : d.boots)
            w.beginObject()
                .field("bootId", b.bootId)
                .field("firstSeq", b.firstSeq)
                .field("lastSeq", b.lastSeq)
                .field("count", b.count)
                .endObject();
        w.endArray().endObject();
    }
    w.endArray().endObject().endLine();
    return out;
}

void FleetSummary::save(const QString& path) const {
    QString error;
    if (!writeFileAtomically(path, toJson(), &error))
        throw Error(ErrorKind::Io, CoreTr::tr("cannot write the summary %1: %2").arg(path, error));
}

namespace {

[[noreturn]] void malformed(const QString& path, const QString& why) {
    throw Error(ErrorKind::Usage, CoreTr::tr("%1 is not a simulator summary: %2").arg(path, why));
}

FleetDevice deviceFrom(const QString& path, const QJsonObject& o) {
    FleetDevice d;
    d.deviceId = o.value(QStringLiteral("deviceId")).toString();
    d.tenant = o.value(QStringLiteral("tenant")).toString();
    d.topic = o.value(QStringLiteral("topic")).toString();
    if (d.deviceId.isEmpty())
        malformed(path, CoreTr::tr("a device without a deviceId"));
    for (const QJsonValue& v : o.value(QStringLiteral("boots")).toArray()) {
        const QJsonObject b = v.toObject();
        FleetBoot boot;
        boot.bootId = b.value(QStringLiteral("bootId")).toString();
        boot.firstSeq = b.value(QStringLiteral("firstSeq")).toInteger(1);
        boot.lastSeq = b.value(QStringLiteral("lastSeq")).toInteger(0);
        boot.count = b.value(QStringLiteral("count")).toInteger(0);
        if (boot.bootId.isEmpty() || boot.lastSeq < boot.firstSeq - 1)
            malformed(path, CoreTr::tr("device %1 has a boot without a bootId or with lastSeq before firstSeq").arg(d.deviceId));
        d.boots.push_back(boot);
    }
    return d;
}

} // namespace

FleetSummary FleetSummary::load(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(ErrorKind::Usage, CoreTr::tr("cannot read the summary %1: %2").arg(path, f.errorString()));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError)
        malformed(path, err.errorString());
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != QLatin1String("mqkit-sim-summary/1"))
        malformed(path, CoreTr::tr("no \"format\": \"mqkit-sim-summary/1\""));
    FleetSummary s;
    s.topicTemplate = o.value(QStringLiteral("topic_template")).toString();
    s.qos = o.value(QStringLiteral("qos")).toInt();
    s.startedAtMs = o.value(QStringLiteral("started_at_ms")).toInteger();
    s.endedAtMs = o.value(QStringLiteral("ended_at_ms")).toInteger();
    s.sent = o.value(QStringLiteral("sent")).toInteger();
    s.acknowledged = o.value(QStringLiteral("acknowledged")).toBool(true);
    s.interrupted = o.value(QStringLiteral("interrupted")).toBool();
    for (const QJsonValue& v : o.value(QStringLiteral("devices")).toArray())
        s.devices.push_back(deviceFrom(path, v.toObject()));
    return s;
}

} // namespace mqkit
