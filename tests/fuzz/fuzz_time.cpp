// Times and durations users type: ISO-8601 date-times (parseIsoTime; --to-datetime of the offset
// reset), ISO-8601 durations (--by-duration) and replay's --from/--until time points.
#include "FuzzSupport.h"
#include "common/IsoTime.h"
#include "kafka/OffsetReset.h"
#include "replay/MessageReplayer.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QString input = fuzz::text(data, size);
    (void)mqkit::parseIsoTime(input);
    fuzz::refusalAllowed([&] { (void)mqkit::OffsetResetTarget::parseDatetime(input); });
    fuzz::refusalAllowed([&] { (void)mqkit::OffsetResetTarget::parseDuration(input); });
    fuzz::refusalAllowed([&] { (void)mqkit::MessageReplayer::parseTimePoint(input, 1763918482123, QStringLiteral("from")); });
    fuzz::refusalAllowed([&] { (void)mqkit::MessageReplayer::parseTimePoint(input, std::nullopt, QStringLiteral("until")); });
    return 0;
}
