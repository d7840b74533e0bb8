// Backslash escapes of every output format and separator (-F, -f, -K, -D).
#include "FuzzSupport.h"
#include "common/FormatEscapes.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fuzz::refusalAllowed([&] { (void)mqkit::formatescapes::unescape(fuzz::bytes(data, size)); });
    return 0;
}
