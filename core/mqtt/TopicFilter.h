#pragma once

#include <QString>

namespace mqkit {

// True when topic matches the MQTT filter (`+` one level, trailing `#` any number of levels,
// including none: `a/#` matches `a`). Topics starting with `$` match no filter starting with a
// wildcard, as brokers do.
bool topicMatchesFilter(const QString& topic, const QString& filter);

} // namespace mqkit
