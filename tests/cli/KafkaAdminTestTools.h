#pragma once

// Shared by the kafka topics / configs / acls CLI tests: the rig's Kafka and Kafka's own tools.

#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace kafkatest {

inline QString bootstrap() {
    return RigEnv::get().value("MQKIT_RIG_KAFKA_PLAIN");
}

inline ProcessResult kafkaTool(const QStringList& args) {
    const RigEnv& rig = RigEnv::get();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("MQKIT_KAFKA_VERSION", rig.value("MQKIT_RIG_KAFKA_VERSION"));
    return runProcess(rig.value("MQKIT_RIG_KAFKA_TOOL"), args, 120000, {}, env);
}

inline void mustSucceed(const ProcessResult& r, const char* what) {
    if (r.exitCode != 0)
        qFatal("%s failed (%d): %s %s", what, r.exitCode, r.out.constData(), r.err.constData());
}

// mqkit kafka ARGS -b <plain listener>
inline ProcessResult mqkitKafka(const QStringList& args, const QByteArray& stdinData = {}) {
    return runCli(QStringList{"kafka"} + args + QStringList{"-b", bootstrap()}, {}, 60000, stdinData);
}

inline QString diag(const ProcessResult& r) {
    return QStringLiteral("exit %1, stdout: %2, stderr: %3")
        .arg(r.exitCode)
        .arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err));
}

} // namespace kafkatest
