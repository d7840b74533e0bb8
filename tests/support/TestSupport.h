#pragma once

#include "kafka/KafkaClientConfig.h"
#include "mqtt/MqttSession.h"

#include <QByteArray>
#include <QProcess>
#include <QHash>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// What the rig (tests/rig/rig.sh) wrote to $MQKIT_RIG_ENV. A test that needs the rig and finds
// no rig fails loudly: integration tests are never skipped.
class RigEnv {
public:
    static const RigEnv& get();
    QString value(const QString& key) const; // aborts the test binary if key is missing
    int port(const QString& key) const { return value(key).toInt(); }

private:
    QHash<QString, QString> m_values;
};

struct ProcessResult {
    int exitCode = -1;
    bool finished = false; // false: killed after the timeout
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;
};

// Runs a program to completion (or kills it after timeoutMs), feeding stdinData.
ProcessResult runProcess(const QString& program, const QStringList& args, int timeoutMs = 30000,
                         const QByteArray& stdinData = {}, const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());

// The mqkit binary under test ($MQKIT_CLI).
QString cliPath();
// Runs mqkit with MQKIT_DATA_DIR pointing at dataDir (an empty dataDir keeps the environment's).
ProcessResult runCli(const QStringList& args, const QString& dataDir = {}, int timeoutMs = 30000,
                     const QByteArray& stdinData = {}, const QHash<QString, QString>& extraEnv = {});

// Starts mqkit in the background (for commands that run until a broker sends something).
void startCli(QProcess& process, const QStringList& args, const QString& dataDir);

// The rig's anonymous Mosquitto listener: as an mqkit URL, and as mosquitto_pub/sub arguments.
QString rigMqttPlainUrl();
QStringList rigMosquittoPlainArgs();

// The rig's PLAINTEXT Kafka listener, host:port.
QString rigKafkaBootstrap();
// Runs one of Kafka's own tools (tests/rig/kafka-tool.sh NAME ...) for the rig's Kafka version.
ProcessResult runKafkaTool(const QStringList& args, int timeoutMs = 120000);
// Aborts the test binary with the tool's output when r failed: for set-up steps.
void requireSuccess(const ProcessResult& r, const char* what);
// Creates a topic with Kafka's own kafka-topics (replication factor 1); aborts on failure.
void createKafkaTopic(const QString& topic, int partitions);
// Appends `count` records "m0".."m<count-1>" to one partition with kcat.
void kcatProduce(const QString& topic, int partition, int count);

// The rig's PLAINTEXT Kafka listener as a client config, requests bounded by 15 s.
mqkit::KafkaClientConfig rigKafkaPlainConfig();

// Takes messages from a session until `count` arrived or timeoutMs passed.
mqkit::MqttBatch collectMessages(mqkit::MqttSession& session, std::size_t count, int timeoutMs = 5000);

// A topic name no other test run uses.
QString uniqueName(const QString& prefix);

// A free TCP port on 127.0.0.1 (picked by the kernel, closed again at once).
int freeLoopbackPort();

// A Mosquitto of a test's own on one free loopback port (anonymous, no persistence), started and
// stopped by that test through its QProcess (never by name), so it can be restarted on the same port.
class PrivateMosquitto {
public:
    // websockets: also a websockets listener. Mosquitto 2.0.11 binds that one on every interface,
    // so only use it inside tests/rig/isolated-net.sh (a namespace with nothing but loopback).
    explicit PrivateMosquitto(const QString& dir, bool websockets = false);
    ~PrivateMosquitto();
    PrivateMosquitto(const PrivateMosquitto&) = delete;
    PrivateMosquitto& operator=(const PrivateMosquitto&) = delete;
    int port() const { return m_port; }
    QString url() const; // mqtt://127.0.0.1:PORT
    QString wsUrl() const; // ws://127.0.0.1:WSPORT (constructed with websockets)
    bool start();        // true once it answers mosquitto_pub
    void stop();         // SIGTERM, waits; SIGKILL after 10 s
    void kill();         // SIGKILL (kill -9), waits: the broker goes away without a word to its clients
    void pause();        // SIGSTOP: the broker hangs, its connections stay open and nothing answers
    void resume();       // SIGCONT

private:
    int m_port;
    int m_wsPort = 0;
    QString m_conf;
    QProcess m_process;
};

#include "common/Error.h"
#include "common/Plan.h"

namespace mqkit {
// Found by QTest through ADL, so QCOMPARE prints names instead of refusing enum classes.
char* toString(ErrorKind kind);
char* toString(PlanAction action);
char* toString(PlanOutcome outcome);
char* toString(PlanMode mode);
} // namespace mqkit
