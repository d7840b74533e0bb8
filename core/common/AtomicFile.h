#pragma once

#include <QByteArray>
#include <QString>

namespace mqkit {

// Writes `bytes` to PATH.tmp and renames it over `path`, so a process killed at any moment
// (kill -9) leaves either the old file or the new one, never half of one. No fsync: after a power
// loss the file system's rename ordering applies (ext4's default data=ordered writes the data
// before the rename). Creates the parent directory. Returns false with `error` set on failure.
bool writeFileAtomically(const QString& path, const QByteArray& bytes, QString* error);

} // namespace mqkit
