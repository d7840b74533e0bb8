#include "common/IsoTime.h"

#include <QDateTime>

namespace mqkit {

std::optional<std::int64_t> parseIsoTime(const QString& text) {
    const QDateTime t = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!t.isValid())
        return std::nullopt;
    return t.toMSecsSinceEpoch();
}

} // namespace mqkit
