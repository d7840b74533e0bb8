#include "kafka/KafkaCopyRules.h"

#include "common/AtomicFile.h"
#include "common/CoreTr.h"
#include "common/Error.h"
#include "common/IsoTime.h"
#include "common/JsonWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

#include <cstdio>

namespace mqkit {

namespace {

// "12" -> 12; nullopt when not a whole number >= 0.
std::optional<std::int64_t> nonNegative(const QString& text) {
    bool ok = false;
    const qint64 n = text.trimmed().toLongLong(&ok);
    if (!ok || n < 0)
        return std::nullopt;
    return n;
}

} // namespace

KafkaPartitionRule KafkaPartitionRule::parse(const QString& text) {
    const QString t = text.trimmed();
    KafkaPartitionRule rule;
    if (t == QLatin1String("preserve"))
        return rule;
    if (t == QLatin1String("key")) {
        rule.mode = Mode::Key;
        return rule;
    }
    rule.mode = Mode::Map;
    for (const QString& pair : t.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList sides = pair.split(QLatin1Char('='));
        const auto from = sides.size() == 2 ? nonNegative(sides[0]) : std::nullopt;
        const auto to = sides.size() == 2 ? nonNegative(sides[1]) : std::nullopt;
        if (!from || !to || *from > INT32_MAX || *to > INT32_MAX)
            throw Error(ErrorKind::Usage, CoreTr::tr("bad partition rule '%1': expected preserve, key or a map such as "
                                                     "0=1,1=0 (source=target)")
                                              .arg(text));
        if (!rule.map.emplace(static_cast<int>(*from), static_cast<int>(*to)).second)
            throw Error(ErrorKind::Usage,
                        CoreTr::tr("bad partition rule '%1': source partition %2 is mapped twice").arg(text, QString::number(*from)));
    }
    if (rule.map.empty())
        throw Error(ErrorKind::Usage, CoreTr::tr("bad partition rule '%1': expected preserve, key or a map such as "
                                                 "0=1,1=0 (source=target)")
                                          .arg(text));
    return rule;
}

QString KafkaPartitionRule::describe() const {
    if (mode == Mode::Preserve)
        return QStringLiteral("preserve");
    if (mode == Mode::Key)
        return QStringLiteral("key");
    QStringList pairs;
    for (const auto& [from, to] : map)
        pairs << QStringLiteral("%1=%2").arg(from).arg(to);
    return pairs.join(QLatin1Char(','));
}

KafkaCopyBound KafkaCopyBound::parse(const QString& text) {
    const QString t = text.trimmed();
    KafkaCopyBound bound;
    if (t == QLatin1String("beginning") || t == QLatin1String("earliest"))
        return bound;
    if (t == QLatin1String("end") || t == QLatin1String("latest")) {
        bound.kind = Kind::End;
        return bound;
    }
    bound.kind = Kind::Offsets;
    if (const auto all = nonNegative(t)) {
        bound.offsets[-1] = *all;
        return bound;
    }
    if (t.contains(QLatin1Char(':')) && !t.contains(QLatin1Char('T'))) {
        bool good = true;
        for (const QString& pair : t.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QStringList sides = pair.split(QLatin1Char(':'));
            const auto p = sides.size() == 2 ? nonNegative(sides[0]) : std::nullopt;
            const auto o = sides.size() == 2 ? nonNegative(sides[1]) : std::nullopt;
            if (!p || !o || *p > INT32_MAX) {
                good = false;
                break;
            }
            bound.offsets[static_cast<int>(*p)] = *o;
        }
        if (good && !bound.offsets.empty())
            return bound;
    }
    if (const auto ms = parseIsoTime(t)) {
        bound.offsets.clear();
        bound.kind = Kind::Timestamp;
        bound.timestampMs = *ms;
        return bound;
    }
    throw Error(ErrorKind::Usage, CoreTr::tr("bad position '%1': expected beginning, end, an offset for every partition, "
                                             "PARTITION:OFFSET pairs (0:100,1:200) or an ISO-8601 time "
                                             "(2026-11-23T10:00:00Z)")
                                      .arg(text));
}

std::optional<std::int64_t> KafkaCopyBound::offsetFor(int partition) const {
    if (kind != Kind::Offsets)
        return std::nullopt;
    if (const auto it = offsets.find(partition); it != offsets.end())
        return it->second;
    if (const auto it = offsets.find(-1); it != offsets.end())
        return it->second;
    return std::nullopt;
}

std::int64_t KafkaCopyCheckpoint::inFlight() const {
    if (transactional)
        return 0; // the target only shows what was committed together with this checkpoint
    std::int64_t n = 0;
    for (const auto& p : partitions)
        n += std::max<std::int64_t>(0, std::min(p.limit, p.until) - p.next);
    return n;
}

std::optional<KafkaCopyCheckpoint> KafkaCopyCheckpoint::load(const QString& path) {
    QFile f(path);
    if (!f.exists())
        return std::nullopt;
    if (!f.open(QIODevice::ReadOnly))
        throw Error(ErrorKind::Io, CoreTr::tr("cannot read the copy checkpoint %1: %2").arg(path, f.errorString()));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        throw Error(ErrorKind::Io, CoreTr::tr("the copy checkpoint %1 is not valid: %2").arg(path, err.errorString()));
    const QJsonObject o = doc.object();
    KafkaCopyCheckpoint c;
    c.sourceCluster = o.value(QLatin1String("source_cluster")).toString();
    c.sourceTopic = o.value(QLatin1String("source_topic")).toString();
    c.targetCluster = o.value(QLatin1String("target_cluster")).toString();
    c.targetTopic = o.value(QLatin1String("target_topic")).toString();
    c.transactional = o.value(QLatin1String("transactional")).toBool();
    c.complete = o.value(QLatin1String("complete")).toBool();
    for (const QJsonValue& v : o.value(QLatin1String("partitions")).toArray()) {
        const QJsonObject p = v.toObject();
        c.partitions.push_back({p.value(QLatin1String("partition")).toInt(), p.value(QLatin1String("next")).toInteger(),
                                p.value(QLatin1String("until")).toInteger(),
                                p.value(QLatin1String("limit")).toInteger()});
    }
    return c;
}

void KafkaCopyCheckpoint::save(const QString& path) const {
    QByteArray out;
    JsonWriter w(out, JsonWriter::Style::Indented);
    w.beginObject()
        .field("version", 1)
        .field("source_cluster", sourceCluster)
        .field("source_topic", sourceTopic)
        .field("target_cluster", targetCluster)
        .field("target_topic", targetTopic)
        .field("transactional", transactional)
        .field("complete", complete)
        .key("partitions")
        .beginArray();
    for (const auto& p : partitions)
        w.beginObject()
            .field("partition", p.partition)
            .field("next", p.next)
            .field("until", p.until)
            .field("limit", p.limit)
            .endObject();
    w.endArray().endObject().endLine();
    // A whole new file renamed over the old one: a process killed at any moment (kill -9) leaves
    // one or the other. No fsync: it would cost more than the copy (every few thousand records).
    QString error;
    if (!writeFileAtomically(path, out, &error))
        throw Error(ErrorKind::Io, CoreTr::tr("cannot write the copy checkpoint %1: %2").arg(path, error));
}

void KafkaAckTracker::sent(std::int64_t offset) {
    m_pending.push_back(offset);
    m_sentUpTo = offset + 1;
}

void KafkaAckTracker::acknowledged(std::int64_t offset) {
    if (m_pending.empty())
        return;
    if (m_pending.front() != offset) {
        m_ackedAhead.insert(offset);
        return;
    }
    m_pending.pop_front();
    while (!m_pending.empty() && !m_ackedAhead.empty() && *m_ackedAhead.begin() == m_pending.front()) {
        m_ackedAhead.erase(m_ackedAhead.begin());
        m_pending.pop_front();
    }
}

void KafkaAckTracker::skipTo(std::int64_t offset) {
    m_sentUpTo = std::max(m_sentUpTo, offset);
}

} // namespace mqkit
