// JSON paths (chart/filter expressions): first line the expression, the rest the payload it is
// applied to.
#include "FuzzSupport.h"
#include "mqtt/PayloadView.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto input = fuzz::splitFirstLine(fuzz::bytes(data, size));
    const QByteArray& expression = input.first; // clang 14: lambdas cannot capture structured bindings
    const QByteArray& payload = input.second;
    fuzz::refusalAllowed([&] {
        const mqkit::JsonPath path = mqkit::JsonPath::parse(QString::fromUtf8(expression));
        (void)path.select(payload);
        (void)path.number(payload);
    });
    return 0;
}
