#pragma once

// The referees of the offset-reset tests (CLI and GUI): Kafka's own kafka-consumer-groups for
// plans and committed offsets, and mqkit's own plan as JSON, each as (topic, partition) -> offset.

#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>

using Offsets = std::map<std::pair<QString, int>, qint64>;

// kafka-consumer-groups --reset-offsets ... --dry-run: GROUP TOPIC PARTITION NEW-OFFSET
inline Offsets kafkaToolPlan(const QString& group, const QStringList& scopeAndTarget) {
    const auto r = runKafkaTool(QStringList{"consumer-groups", "--bootstrap-server", rigKafkaBootstrap(), "--group",
                                            group, "--reset-offsets", "--dry-run"} +
                                scopeAndTarget);
    requireSuccess(r, "kafka-consumer-groups --reset-offsets --dry-run");
    // Read as a stream of 4-cell rows after the header: Kafka 3.9's tool prints them without line breaks.
    const QStringList cells = QString::fromUtf8(r.out).simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    Offsets out;
    for (qsizetype i = cells.indexOf(QStringLiteral("NEW-OFFSET")) + 1; i > 0 && i + 3 < cells.size(); i += 4) {
        if (cells.at(i) != group)
            break;
        out[{cells.at(i + 1), cells.at(i + 2).toInt()}] = cells.at(i + 3).toLongLong();
    }
    return out;
}

inline Offsets mqkitPlan(const QString& group, const QStringList& scopeAndTarget) {
    const auto r = runCli(QStringList{"kafka", "groups", "reset", group, "-b", rigKafkaBootstrap(), "-o", "json"} +
                          scopeAndTarget);
    if (r.exitCode != 0)
        qFatal("mqkit kafka groups reset failed (%d): %s", r.exitCode, r.err.constData());
    Offsets out;
    for (const auto& p : QJsonDocument::fromJson(r.out).object().value("partitions").toArray())
        out[{p.toObject().value("topic").toString(), p.toObject().value("partition").toInt()}] =
            p.toObject().value("new").toInteger();
    return out;
}

// The group's committed offsets as Kafka's own tool reports them.
inline Offsets committedByKafkaTool(const QString& group) {
    const auto r = runKafkaTool({"consumer-groups", "--bootstrap-server", rigKafkaBootstrap(), "--describe", "--group", group});
    requireSuccess(r, "kafka-consumer-groups --describe");
    Offsets out;
    for (const QByteArray& line : r.out.split('\n')) {
        const QStringList cells = QString::fromUtf8(line).simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (cells.size() >= 4 && cells.at(0) == group && cells.at(3) != "-")
            out[{cells.at(1), cells.at(2).toInt()}] = cells.at(3).toLongLong();
    }
    return out;
}

inline void commitWithKafkaTool(const QString& group, const QString& topicSpec, int offset) {
    requireSuccess(runKafkaTool({"consumer-groups", "--bootstrap-server", rigKafkaBootstrap(), "--group", group,
                                 "--topic", topicSpec, "--reset-offsets", "--to-offset", QString::number(offset),
                                 "--execute"}),
                   "kafka-consumer-groups --reset-offsets --execute");
}
