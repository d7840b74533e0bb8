#include "kafka/KafkaCopy.h"

#include "common/CoreTr.h"
#include "kafka/KafkaAdmin.h"
#include "kafka/KafkaClientPrivate.h"
#include "kafka/KafkaCopyTransport.h"
#include "kafka/KafkaNames.h"
#include "profile/ProfileStore.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>

namespace mqkit {

std::int64_t KafkaCopyPlan::records() const {
    std::int64_t n = 0;
    for (const auto& p : partitions)
        n += p.records();
    return n;
}

Plan KafkaCopyPlan::toPlan() const {
    Plan plan(CoreTr::tr("copy of topic '%1' to '%2'").arg(sourceTopic, targetTopic));
    for (const auto& p : partitions) {
        PlanItem item;
        const QString target = p.targetPartition < 0 ? CoreTr::tr("by key") : QString::number(p.targetPartition);
        item.target = QStringLiteral("%1[%2] -> %3[%4]").arg(sourceTopic).arg(p.sourcePartition).arg(targetTopic, target);
        item.after = QStringLiteral("%1 records").arg(p.records());
        item.action = p.records() > 0 ? PlanAction::Create : PlanAction::Keep;
        item.note = p.note;
        item.details = {{QStringLiteral("source_partition"), p.sourcePartition},
                        {QStringLiteral("target_partition"), p.targetPartition < 0 ? QJsonValue() : QJsonValue(p.targetPartition)},
                        {QStringLiteral("from"), static_cast<qint64>(p.from)},
                        {QStringLiteral("until"), static_cast<qint64>(p.until)},
                        {QStringLiteral("records"), static_cast<qint64>(p.records())}};
        plan.add(item);
    }
    return plan;
}

struct KafkaCopy::Impl {
    KafkaCopyOptions options;
    KafkaCopyCheckpoint checkpoint; // the one being written by run()

    KafkaCopyCheckpoint freshCheckpoint() const {
        KafkaCopyCheckpoint c;
        c.sourceCluster = options.source.bootstrap;
        c.sourceTopic = options.sourceTopic;
        c.targetCluster = options.target.bootstrap;
        c.targetTopic = options.targetTopic;
        c.transactional = options.transactional;
        return c;
    }

    // Where each source partition's records go; Error(Usage) when the rule cannot be kept.
    int targetFor(int sourcePartition, int sourceCount, int targetCount) const {
        const KafkaPartitionRule& rule = options.partitioning;
        switch (rule.mode) {
        case KafkaPartitionRule::Mode::Key:
            return -1;
        case KafkaPartitionRule::Mode::Preserve:
            if (targetCount < sourceCount)
                throw Error(ErrorKind::Usage,
                            CoreTr::tr("cannot keep partitions: target topic '%1' has %2 partition(s), fewer than the %3 of "
                                       "source topic '%4'; copy by key or with a partition map, or add partitions to "
                                       "the target first")
                                .arg(options.targetTopic)
                                .arg(targetCount)
                                .arg(sourceCount)
                                .arg(options.sourceTopic));
            return sourcePartition;
        case KafkaPartitionRule::Mode::Map:
            break;
        }
        const auto it = rule.map.find(sourcePartition);
        if (it == rule.map.end())
            throw Error(ErrorKind::Usage, CoreTr::tr("the partition map has no target for source partition %1 (the source "
                                                     "topic has %2 partitions)")
                                              .arg(sourcePartition)
                                              .arg(sourceCount));
        if (it->second >= targetCount)
            throw Error(ErrorKind::Usage, CoreTr::tr("the partition map sends partition %1 to %2, but target topic '%3' "
                                                     "has %4 partition(s)")
                                              .arg(sourcePartition)
                                              .arg(it->second)
                                              .arg(options.targetTopic)
                                              .arg(targetCount));
        return it->second;
    }

    // The offset a bound stands for in one partition, within [logStart, logEnd].
    static std::int64_t resolve(const KafkaCopyBound& bound, int partition, const KafkaWatermarks& w,
                                const std::map<KafkaTopicPartition, std::optional<std::int64_t>>& byTime,
                                const QString& topic) {
        switch (bound.kind) {
        case KafkaCopyBound::Kind::Beginning:
            return w.logStart;
        case KafkaCopyBound::Kind::End:
            return w.logEnd;
        case KafkaCopyBound::Kind::Offsets:
            return std::clamp(bound.offsetFor(partition).value_or(w.logEnd), w.logStart, w.logEnd);
        case KafkaCopyBound::Kind::Timestamp:
            break;
        }
        const auto it = byTime.find({topic, partition});
        return it != byTime.end() && it->second ? std::clamp(*it->second, w.logStart, w.logEnd) : w.logEnd;
    }

    std::vector<KafkaCopyPartition> partitionsFromCluster(int targetCount) {
        KafkaAdmin admin(options.source);
        const auto counts = admin.partitionCounts({options.sourceTopic});
        if (counts.find(options.sourceTopic) == counts.end())
            throw Error(ErrorKind::NotFound, CoreTr::tr("unknown source topic '%1' on %2")
                                                 .arg(options.sourceTopic, options.source.bootstrap));
        const int sourceCount = counts.at(options.sourceTopic);
        std::vector<KafkaTopicPartition> tps;
        for (int p = 0; p < sourceCount; ++p)
            tps.push_back({options.sourceTopic, p});
        const auto marks = admin.watermarks(tps);
        std::map<KafkaTopicPartition, std::optional<std::int64_t>> fromTimes, untilTimes;
        if (options.from.kind == KafkaCopyBound::Kind::Timestamp)
            fromTimes = admin.offsetsForTimestamp(tps, options.from.timestampMs);
        if (options.until.kind == KafkaCopyBound::Kind::Timestamp)
            untilTimes = admin.offsetsForTimestamp(tps, options.until.timestampMs);
        std::vector<KafkaCopyPartition> out;
        for (const auto& tp : tps) {
            const KafkaWatermarks& w = marks.at(tp);
            if (!w.error.isEmpty())
                throw Error(ErrorKind::Broker, CoreTr::tr("cannot read the offsets of %1 [%2]: %3")
                                                   .arg(tp.topic)
                                                   .arg(tp.partition)
                                                   .arg(w.error));
            KafkaCopyPartition p;
            p.sourcePartition = tp.partition;
            p.targetPartition = targetFor(tp.partition, sourceCount, targetCount);
            p.from = resolve(options.from, tp.partition, w, fromTimes, tp.topic);
            p.until = std::max(p.from, resolve(options.until, tp.partition, w, untilTimes, tp.topic));
            if (options.from.offsetFor(tp.partition).value_or(w.logStart) < w.logStart)
                p.note = CoreTr::tr("start raised to the log start %1").arg(w.logStart);
            out.push_back(p);
        }
        return out;
    }

    int targetPartitionCount() {
        KafkaAdmin admin(options.target);
        const auto counts = admin.partitionCounts({options.targetTopic});
        const auto it = counts.find(options.targetTopic);
        if (it == counts.end())
            throw Error(ErrorKind::NotFound, CoreTr::tr("unknown target topic '%1' on %2: create it first (with the "
                                                        "partitions and configs it needs)")
                                                 .arg(options.targetTopic, options.target.bootstrap));
        return it->second;
    }

    // Continues the partitions of a checkpoint: their next offsets, their original ends.
    void applyCheckpoint(KafkaCopyPlan& plan, const KafkaCopyCheckpoint& saved) {
        if (saved.sourceTopic != options.sourceTopic || saved.targetTopic != options.targetTopic)
            throw Error(ErrorKind::Usage, CoreTr::tr("the checkpoint %1 belongs to a copy of '%2' to '%3'")
                                              .arg(plan.checkpointPath, saved.sourceTopic, saved.targetTopic));
        if (saved.transactional != options.transactional)
            throw Error(ErrorKind::Usage, CoreTr::tr("the checkpoint %1 was written by a %2 copy: resume it the same way")
                                              .arg(plan.checkpointPath,
                                                   saved.transactional ? CoreTr::tr("transactional") : CoreTr::tr("non-transactional")));
        std::map<int, std::int64_t> committed;
        if (options.transactional)
            committed = readTransactionalCheckpoint(options.target, copyId(options));
        for (auto& p : plan.partitions) {
            const auto it = std::find_if(saved.partitions.begin(), saved.partitions.end(),
                                         [&](const auto& s) { return s.partition == p.sourcePartition; });
            if (it == saved.partitions.end())
                continue;
            p.until = it->until;
            // Transactional: what the target committed with its records is authoritative (the file
            // is written after each commit and may lag behind it by one transaction).
            const auto inKafka = committed.find(p.sourcePartition);
            p.from = inKafka != committed.end() ? inKafka->second : it->next;
            p.from = std::min(p.from, p.until);
        }
        plan.resumed = true;
        plan.inFlightAtCheckpoint = saved.inFlight();
    }
};

KafkaCopy::KafkaCopy(KafkaCopyOptions options) : m_impl(std::make_unique<Impl>()) {
    options.source.validate();
    options.target.validate();
    checkKafkaTopicName(options.sourceTopic);
    checkKafkaTopicName(options.targetTopic);
    if (options.maxRate < 0)
        throw Error(ErrorKind::Usage, CoreTr::tr("the maximum rate must be >= 0"));
    if (options.checkpointPath.isEmpty())
        options.checkpointPath = defaultCheckpointPath(options);
    m_impl->options = std::move(options);
}

KafkaCopy::~KafkaCopy() = default;

QString KafkaCopy::defaultCheckpointPath(const KafkaCopyOptions& o) {
    const QString dir = QFileInfo(ProfileStore::defaultPath()).absolutePath() + QStringLiteral("/copy-checkpoints");
    return QStringLiteral("%1/%2-to-%3-%4.json").arg(dir, o.sourceTopic, o.targetTopic, copyId(o));
}

KafkaCopyPlan KafkaCopy::plan() {
    Impl& d = *m_impl;
    const KafkaCopyOptions& o = d.options;
    KafkaCopyPlan plan;
    plan.sourceTopic = o.sourceTopic;
    plan.targetTopic = o.targetTopic;
    plan.partitioning = o.partitioning.describe();
    plan.checkpointPath = o.checkpointPath;
    const int targetCount = d.targetPartitionCount();
    plan.partitions = d.partitionsFromCluster(targetCount);
    const auto saved = KafkaCopyCheckpoint::load(o.checkpointPath);
    if (o.resume) {
        if (!saved)
            throw Error(ErrorKind::Usage, CoreTr::tr("nothing to resume: no checkpoint at %1").arg(o.checkpointPath));
        d.applyCheckpoint(plan, *saved);
    } else if (saved && !saved->complete) {
        throw Error(ErrorKind::Usage, CoreTr::tr("an unfinished copy of '%1' to '%2' left a checkpoint at %3: resume "
                                                 "it, or delete the file to start over")
                                          .arg(o.sourceTopic, o.targetTopic, o.checkpointPath));
    }
    if (o.maxRecords > 0) {
        std::int64_t left = o.maxRecords;
        for (auto& p : plan.partitions) {
            const std::int64_t take = std::min(left, p.records());
            p.until = p.from + take;
            left -= take;
        }
    }
    return plan;
}

KafkaCopySummary KafkaCopy::run(const KafkaCopyPlan& plan, const std::function<void(const KafkaCopyProgress&)>& progress,
                                const std::function<bool()>& stopRequested) {
    KafkaCopyTransport transport(m_impl->options, plan, m_impl->freshCheckpoint());
    return transport.run(progress, stopRequested);
}

} // namespace mqkit
