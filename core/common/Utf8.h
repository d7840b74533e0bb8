#pragma once

#include <QByteArray>

namespace mqkit {

// Strict UTF-8 validation (no overlongs, no surrogates, nothing above U+10FFFF).
bool isValidUtf8(const char* data, qsizetype size);
inline bool isValidUtf8(const QByteArray& bytes) { return isValidUtf8(bytes.constData(), bytes.size()); }

} // namespace mqkit
