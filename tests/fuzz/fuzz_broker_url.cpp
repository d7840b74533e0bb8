// Broker URLs (-L, -h/-p, profiles): BrokerUrl::parse, and its canonical form parses back to itself.
#include "FuzzSupport.h"
#include "mqtt/BrokerUrl.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fuzz::refusalAllowed([&] {
        const mqkit::BrokerUrl url = mqkit::BrokerUrl::parse(fuzz::text(data, size));
        (void)url.toPahoUri();
        const mqkit::BrokerUrl again = mqkit::BrokerUrl::parse(url.toString());
        if (again.toString() != url.toString())
            std::abort(); // the canonical form must be a fixed point
    });
    return 0;
}
