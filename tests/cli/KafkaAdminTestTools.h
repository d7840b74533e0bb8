#pragma once

// Shared by the kafka topics / configs / acls CLI tests: the rig's Kafka and Kafka's own tools.

#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace kafkatest {

// mqkit kafka ARGS -b <plain listener>
inline ProcessResult mqkitKafka(const QStringList& args, const QByteArray& stdinData = {}) {
    return runCli(QStringList{"kafka"} + args + QStringList{"-b", rigKafkaBootstrap()}, {}, 60000, stdinData);
}

inline QString diag(const ProcessResult& r) {
    return QStringLiteral("exit %1, stdout: %2, stderr: %3")
        .arg(r.exitCode)
        .arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err));
}

} // namespace kafkatest
