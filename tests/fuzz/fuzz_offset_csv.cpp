// The offset-reset CSV (kafka groups reset --from-file, and mqkit's own undo files).
#include "FuzzSupport.h"
#include "kafka/OffsetReset.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fuzz::refusalAllowed([&] { (void)mqkit::OffsetResetTarget::parseCsv(fuzz::bytes(data, size), QStringLiteral("g")); });
    return 0;
}
