#include "common/Error.h"

namespace mqkit {

Error::Error(ErrorKind kind, const QString& message) : std::runtime_error(message.toStdString()), m_kind(kind) {}

int exitCodeFor(ErrorKind kind) {
    return kind == ErrorKind::Usage ? exitcode::Usage : exitcode::Failure;
}

} // namespace mqkit
