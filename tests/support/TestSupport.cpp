#include "TestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <cstdio>
#include <cstdlib>

#include <csignal>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

const RigEnv& RigEnv::get() {
    static const RigEnv env = [] {
        RigEnv e;
        const QString path = qEnvironmentVariable("MQKIT_RIG_ENV");
        QFile f(path);
        if (path.isEmpty() || !f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "FATAL: this test needs the broker rig, but %s cannot be read. Run it through "
                                 "ctest (fixture 'rig') or start tests/rig/rig.sh start DIR and set MQKIT_RIG_ENV.\n",
                         qPrintable(path.isEmpty() ? QStringLiteral("$MQKIT_RIG_ENV") : path));
            std::abort();
        }
        for (const QByteArray& line : f.readAll().split('\n')) {
            const qsizetype eq = line.indexOf('=');
            if (eq > 0 && !line.startsWith('#'))
                e.m_values.insert(QString::fromUtf8(line.left(eq)).trimmed(), QString::fromUtf8(line.mid(eq + 1)).trimmed());
        }
        return e;
    }();
    return env;
}

QString RigEnv::value(const QString& key) const {
    const auto it = m_values.constFind(key);
    if (it == m_values.constEnd()) {
        std::fprintf(stderr, "FATAL: rig.env has no %s\n", qPrintable(key));
        std::abort();
    }
    return *it;
}

ProcessResult runProcess(const QString& program, const QStringList& args, int timeoutMs, const QByteArray& stdinData,
                         const QProcessEnvironment& env) {
    ProcessResult r;
    QProcess p;
    p.setProcessEnvironment(env);
    QElapsedTimer clock;
    clock.start();
    p.start(program, args);
    if (!p.waitForStarted(10000)) {
        r.err = "failed to start " + program.toUtf8() + ": " + p.errorString().toUtf8();
        return r;
    }
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    r.finished = p.waitForFinished(timeoutMs);
    if (!r.finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    r.elapsedMs = clock.elapsed();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString cliPath() {
    const QString path = qEnvironmentVariable("MQKIT_CLI");
    if (path.isEmpty()) {
        std::fprintf(stderr, "FATAL: MQKIT_CLI is not set (run through ctest)\n");
        std::abort();
    }
    return path;
}

ProcessResult runCli(const QStringList& args, const QString& dataDir, int timeoutMs, const QByteArray& stdinData,
                     const QHash<QString, QString>& extraEnv) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!dataDir.isEmpty())
        env.insert(QStringLiteral("MQKIT_DATA_DIR"), dataDir);
    env.remove(QStringLiteral("MQKIT_PASSWORD"));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // no keyring in tests unless a test asks
    for (auto it = extraEnv.begin(); it != extraEnv.end(); ++it)
        env.insert(it.key(), it.value());
    return runProcess(cliPath(), args, timeoutMs, stdinData, env);
}

void startCli(QProcess& process, const QStringList& args, const QString& dataDir) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MQKIT_DATA_DIR"), dataDir);
    process.setProcessEnvironment(env);
    process.start(cliPath(), args);
}

QString rigMqttPlainUrl() {
    return QStringLiteral("mqtt://127.0.0.1:%1").arg(RigEnv::get().port(QStringLiteral("MQKIT_RIG_MQTT_PLAIN_PORT")));
}

QStringList rigMosquittoPlainArgs() {
    return {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
            QString::number(RigEnv::get().port(QStringLiteral("MQKIT_RIG_MQTT_PLAIN_PORT")))};
}

QString rigKafkaBootstrap() {
    return RigEnv::get().value(QStringLiteral("MQKIT_RIG_KAFKA_PLAIN"));
}

ProcessResult runKafkaTool(const QStringList& args, int timeoutMs) {
    const RigEnv& rig = RigEnv::get();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MQKIT_KAFKA_VERSION"), rig.value(QStringLiteral("MQKIT_RIG_KAFKA_VERSION")));
    return runProcess(rig.value(QStringLiteral("MQKIT_RIG_KAFKA_TOOL")), args, timeoutMs, {}, env);
}

void requireSuccess(const ProcessResult& r, const char* what) {
    if (r.exitCode != 0 || !r.finished)
        qFatal("%s failed (%d): %s %s", what, r.exitCode, r.out.constData(), r.err.constData());
}

void createKafkaTopic(const QString& topic, int partitions) {
    requireSuccess(runKafkaTool({QStringLiteral("topics"), QStringLiteral("--bootstrap-server"), rigKafkaBootstrap(),
                                 QStringLiteral("--create"), QStringLiteral("--topic"), topic, QStringLiteral("--partitions"),
                                 QString::number(partitions), QStringLiteral("--replication-factor"), QStringLiteral("1")}),
                   "kafka-topics --create");
}

void kcatProduce(const QString& topic, int partition, int count) {
    QByteArray lines;
    for (int i = 0; i < count; ++i)
        lines += "m" + QByteArray::number(i) + '\n';
    requireSuccess(runProcess(QStringLiteral("kcat"), {QStringLiteral("-P"), QStringLiteral("-b"), rigKafkaBootstrap(),
                                                        QStringLiteral("-t"), topic, QStringLiteral("-p"),
                                                        QString::number(partition)},
                              30000, lines),
                   "kcat -P");
}

mqkit::KafkaClientConfig rigKafkaPlainConfig() {
    mqkit::KafkaClientConfig c;
    c.bootstrap = rigKafkaBootstrap();
    c.timeout = std::chrono::milliseconds(15000);
    return c;
}

mqkit::MqttBatch collectMessages(mqkit::MqttSession& session, std::size_t count, int timeoutMs) {
    mqkit::MqttBatch all;
    QElapsedTimer clock;
    clock.start();
    while (all.size() < count && clock.elapsed() < timeoutMs) {
        auto batch = session.takeBatch(count - all.size(), std::chrono::milliseconds(100));
        std::move(batch.begin(), batch.end(), std::back_inserter(all));
    }
    return all;
}

QString uniqueName(const QString& prefix) {
    return QStringLiteral("%1-%2").arg(prefix).arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

int freeLoopbackPort() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    socklen_t len = sizeof addr;
    if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) != 0)
        qFatal("cannot pick a free loopback port");
    const int port = ntohs(addr.sin_port);
    ::close(fd);
    return port;
}

PrivateMosquitto::PrivateMosquitto(const QString& dir, bool websockets)
    : m_port(freeLoopbackPort()), m_conf(dir + QStringLiteral("/mosquitto.conf")) {
    QFile f(m_conf);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(m_conf));
    f.write(QStringLiteral("listener %1 127.0.0.1\nallow_anonymous true\npersistence false\n").arg(m_port).toUtf8());
    if (websockets) {
        do
            m_wsPort = freeLoopbackPort();
        while (m_wsPort == m_port);
        f.write(QStringLiteral("listener %1 127.0.0.1\nprotocol websockets\nallow_anonymous true\n").arg(m_wsPort).toUtf8());
    }
}

QString PrivateMosquitto::wsUrl() const {
    return QStringLiteral("ws://127.0.0.1:%1").arg(m_wsPort);
}

PrivateMosquitto::~PrivateMosquitto() {
    stop();
}

QString PrivateMosquitto::url() const {
    return QStringLiteral("mqtt://127.0.0.1:%1").arg(m_port);
}

bool PrivateMosquitto::start() {
    m_process.start(QStringLiteral("mosquitto"), {QStringLiteral("-c"), m_conf});
    if (!m_process.waitForStarted(5000))
        return false;
    for (int i = 0; i < 100; ++i) { // up to ~10 s until it answers
        const auto r = runProcess(QStringLiteral("mosquitto_pub"),
                                  {"-h", "127.0.0.1", "-p", QString::number(m_port), "-t", "private/check", "-m", "x"}, 5000);
        if (r.exitCode == 0)
            return true;
        QThread::msleep(100);
    }
    return false;
}

void PrivateMosquitto::stop() {
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    ::kill(static_cast<pid_t>(m_process.processId()), SIGCONT); // a paused broker acts on TERM once resumed
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void PrivateMosquitto::kill() {
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
}

void PrivateMosquitto::pause() {
    if (m_process.state() == QProcess::Running)
        ::kill(static_cast<pid_t>(m_process.processId()), SIGSTOP);
}

void PrivateMosquitto::resume() {
    if (m_process.state() == QProcess::Running)
        ::kill(static_cast<pid_t>(m_process.processId()), SIGCONT);
}

namespace mqkit {
char* toString(ErrorKind kind) {
    static const char* names[] = {"Usage", "Connection", "Auth", "Timeout", "NotFound", "Broker", "Io"};
    return qstrdup(names[static_cast<int>(kind)]);
}

char* toString(PlanAction action) {
    return qstrdup(qPrintable(planActionName(action)));
}

char* toString(PlanOutcome outcome) {
    return qstrdup(qPrintable(planOutcomeName(outcome)));
}

char* toString(PlanMode mode) {
    return qstrdup(mode == PlanMode::Execute ? "execute" : "dry-run");
}
} // namespace mqkit
