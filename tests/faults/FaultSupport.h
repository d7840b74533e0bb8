#pragma once

// Shared by the fault tests (tests/faults): mqkit running in the background while a broker is
// killed, stopped, paused or restarted under it, and what a recording looks like afterwards.

#include "TestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QProcess>
#include <QTest>

// One mqkit command in the background; stdout and stderr collected as they come.
class RunningCli {
public:
    RunningCli(const QStringList& args, const QString& dataDir) { startCli(m_process, args, dataDir); }
    ~RunningCli() {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    RunningCli(const RunningCli&) = delete;
    RunningCli& operator=(const RunningCli&) = delete;

    // Until stderr (or stdout: fromStdout) contains needle; false at the timeout or when mqkit ended.
    bool waitFor(const QByteArray& needle, int timeoutMs, bool fromStdout = false) {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            collect();
            if ((fromStdout ? m_out : m_err).contains(needle))
                return true;
            if (m_process.state() == QProcess::NotRunning)
                return false;
            m_process.waitForReadyRead(100);
        }
        return false;
    }
    // Waits for the exit; -1 when it did not end within timeoutMs (it is killed then) or crashed.
    int waitForExit(int timeoutMs) {
        m_clock.start();
        const bool ended = m_process.waitForFinished(timeoutMs);
        m_exitWaitMs = m_clock.elapsed();
        if (!ended) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
        collect();
        return ended && m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }
    int terminate(int timeoutMs = 20000) {
        m_process.terminate();
        return waitForExit(timeoutMs);
    }
    void kill() {
        m_process.kill();
        m_process.waitForFinished(5000);
        collect();
    }
    QByteArray out() const { return m_out; }
    QByteArray err() const { return m_err; }
    qint64 exitWaitMs() const { return m_exitWaitMs; }
    bool running() const { return m_process.state() != QProcess::NotRunning; }

private:
    void collect() {
        m_out += m_process.readAllStandardOutput();
        m_err += m_process.readAllStandardError();
    }
    QProcess m_process;
    QByteArray m_out;
    QByteArray m_err;
    QElapsedTimer m_clock;
    qint64 m_exitWaitMs = 0;
};

// sqlite3's own answers about a file, the referee for "never corrupted".
inline QByteArray sqlite(const QString& file, const QString& sql) {
    return runProcess(QStringLiteral("sqlite3"), {file, sql}).out.trimmed();
}
inline QByteArray integrityOf(const QString& file) {
    return sqlite(file, QStringLiteral("PRAGMA integrity_check"));
}
inline qint64 messagesInRecording(const QString& file) {
    return sqlite(file, QStringLiteral("SELECT count(*) FROM messages")).toLongLong();
}

// The lines of stderr that are not progress or reconnect chatter: what a user reads as the error.
inline QList<QByteArray> lines(const QByteArray& text) {
    QList<QByteArray> out;
    for (const QByteArray& l : text.split('\n'))
        if (!l.trimmed().isEmpty())
            out << l;
    return out;
}

// A rig of a test's own (tests/rig/rig.sh in a temporary directory, $MQKIT_RIG_SCRIPT), for faults
// that would disturb every other test sharing the common rig. `environment` adds rig settings
// (MQKIT_RIG_MQTT_PERSISTENCE=1 ...).
class PrivateRig {
public:
    explicit PrivateRig(const QHash<QString, QString>& environment = {}) : m_environment(environment) {}
    ~PrivateRig() {
        if (m_started) // a test that failed half-way: the brokers go anyway
            runProcess(qEnvironmentVariable("MQKIT_RIG_SCRIPT"), {QStringLiteral("stop"), m_dir.path()}, 60000);
    }
    PrivateRig(const PrivateRig&) = delete;
    PrivateRig& operator=(const PrivateRig&) = delete;

    // start, stop, mqtt-stop, mqtt-start, kafka-stop, kafka-start, kafka-pause ... (aborts on failure)
    void run(const QString& command) {
        const QString script = qEnvironmentVariable("MQKIT_RIG_SCRIPT");
        if (script.isEmpty())
            qFatal("MQKIT_RIG_SCRIPT is not set (tests/CMakeLists.txt sets it)");
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (auto it = m_environment.cbegin(); it != m_environment.cend(); ++it)
            env.insert(it.key(), it.value());
        requireSuccess(runProcess(script, {command, m_dir.path()}, 240000, {}, env), qPrintable("rig.sh " + command));
        if (command == QStringLiteral("start") || command == QStringLiteral("stop"))
            m_started = command == QStringLiteral("start");
    }
    QString value(const QByteArray& key) const {
        QFile env(m_dir.filePath(QStringLiteral("rig.env")));
        if (!env.open(QIODevice::ReadOnly))
            return {};
        for (const QByteArray& line : env.readAll().split('\n'))
            if (line.startsWith(key + '='))
                return QString::fromUtf8(line.mid(key.size() + 1));
        return {};
    }
    QString kafka() const { return value("MQKIT_RIG_KAFKA_PLAIN"); }
    QString mqttPort() const { return value("MQKIT_RIG_MQTT_PLAIN_PORT"); }
    QString mqttUrl() const { return QStringLiteral("mqtt://127.0.0.1:") + mqttPort(); }

    void createTopic(const QString& topic, int partitions) const {
        requireSuccess(runProcess(qEnvironmentVariable("MQKIT_KAFKA_TOOL"),
                                  {QStringLiteral("topics"), QStringLiteral("--bootstrap-server"), kafka(), QStringLiteral("--create"),
                                   QStringLiteral("--topic"), topic, QStringLiteral("--partitions"), QString::number(partitions),
                                   QStringLiteral("--replication-factor"), QStringLiteral("1")},
                                  120000),
                       "kafka-topics --create");
    }
    // kcat's count of the topic's records; -1 when kcat failed.
    qint64 recordsIn(const QString& topic) const {
        const ProcessResult r = runProcess(QStringLiteral("kcat"), {QStringLiteral("-C"), QStringLiteral("-b"), kafka(), QStringLiteral("-t"), topic,
                                                                    QStringLiteral("-e"), QStringLiteral("-q"), QStringLiteral("-f"), QStringLiteral("x\n")},
                                           60000);
        return r.exitCode == 0 ? r.out.count('\n') : -1;
    }

private:
    QTemporaryDir m_dir;
    QHash<QString, QString> m_environment;
    bool m_started = false;
};
