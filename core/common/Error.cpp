#include "common/Error.h"

namespace mqkit {

// Trimmed: librdkafka's and OpenSSL's texts often end with a line break, which would leave a blank
// line after the one-line diagnostic.
Error::Error(ErrorKind kind, const QString& message)
    : std::runtime_error(message.trimmed().toStdString()), m_kind(kind) {}

int exitCodeFor(ErrorKind kind) {
    return kind == ErrorKind::Usage ? exitcode::Usage : exitcode::Failure;
}

} // namespace mqkit
