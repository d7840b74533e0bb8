#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace mqkit {

// An ISO-8601 date-time as Unix ms: "2026-11-23T10:00:00Z", "...00.250+01:00", or without an
// offset in local time; surrounding spaces ignored. std::nullopt when it is not one.
// (The other direction, ms -> "…Z", is isoTimeUtc in common/JsonWriter.h.)
std::optional<std::int64_t> parseIsoTime(const QString& text);

} // namespace mqkit
