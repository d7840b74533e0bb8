#pragma once

#include <QByteArray>

namespace mqkit {

// Strict UTF-8 validation (no overlongs, no surrogates, nothing above U+10FFFF).
bool isValidUtf8(const char* data, qsizetype size);
// Length of the valid UTF-8 sequence starting at s (1..4), 0 if the byte there cannot start one
// (or the sequence is overlong, a surrogate or above U+10FFFF), -1 if a valid start is cut off by
// the end of the buffer (`left` bytes from s on).
int utf8SequenceLength(const unsigned char* s, qsizetype left);
inline bool isValidUtf8(const QByteArray& bytes) { return isValidUtf8(bytes.constData(), bytes.size()); }

} // namespace mqkit
