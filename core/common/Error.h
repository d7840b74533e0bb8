#pragma once

#include <QString>

#include <stdexcept>

namespace mqkit {

// What went wrong, coarse enough for a front end to pick an exit code or an icon.
enum class ErrorKind {
    Usage,      // bad arguments, malformed URL or file, unknown profile: detected before any broker I/O
    Connection, // broker unreachable, TLS handshake failed, connection lost
    Auth,       // broker refused the credentials or the operation
    Timeout,    // the broker did not answer in time
    NotFound,   // the broker does not know the topic, group, ...
    Broker,     // any other error the broker reported
    Io,         // local files, database
};

// The one exception type core throws. The message is a complete sentence fragment meant
// for a human on one line: "cannot connect to mqtt://127.0.0.1:1883: connection refused".
class Error : public std::runtime_error {
public:
    Error(ErrorKind kind, const QString& message);

    ErrorKind kind() const { return m_kind; }
    QString message() const { return QString::fromUtf8(what()); }

private:
    ErrorKind m_kind;
};

// Documented process exit codes shared by every front end.
namespace exitcode {
constexpr int Ok = 0;
constexpr int Failure = 1; // runtime failure: broker, network, auth, timeout, I/O
constexpr int Usage = 2;   // the command line or its inputs are wrong
constexpr int Changes = 3; // `provision plan --exit-code`: the plan has changes (0: none)
// A check ran and its answer is "no" (the same code as Changes): `verify` found messages missing
// or out of order.
constexpr int CheckFailed = 3;
} // namespace exitcode

int exitCodeFor(ErrorKind kind);

} // namespace mqkit
