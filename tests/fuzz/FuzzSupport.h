#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <utility>

// Shared by the libFuzzer targets of tests/fuzz (one executable per parser of outside input).
// A parser may refuse its input with mqkit::Error, which is the documented answer to bad input;
// anything else (a crash, a sanitizer report, another exception, a hang) is a finding.
namespace fuzz {

inline QByteArray bytes(const std::uint8_t* data, std::size_t size) {
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

inline QString text(const std::uint8_t* data, std::size_t size) { return QString::fromUtf8(bytes(data, size)); }

// Runs fn; mqkit::Error is the parser saying no and ends the input quietly.
template <typename Fn> void refusalAllowed(Fn&& fn) {
    try {
        std::forward<Fn>(fn)();
    } catch (const mqkit::Error&) {
    }
}

// The input split at its first newline: two strings for the targets that take a pair.
inline std::pair<QByteArray, QByteArray> splitFirstLine(const QByteArray& input) {
    const qsizetype nl = input.indexOf('\n');
    if (nl < 0)
        return {input, QByteArray()};
    return {input.left(nl), input.mid(nl + 1)};
}

} // namespace fuzz
