// Payload views on arbitrary bytes (what any publisher can send): text, JSON, hex and base64 with
// a byte limit taken from the first input byte, and the one-line summary.
#include "FuzzSupport.h"
#include "mqtt/PayloadView.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0)
        return 0;
    const qsizetype maxBytes = data[0] == 0 ? mqkit::kDefaultPayloadViewBytes : data[0];
    const QByteArray payload = fuzz::bytes(data + 1, size - 1);
    for (const auto kind : {mqkit::PayloadViewKind::Text, mqkit::PayloadViewKind::Json, mqkit::PayloadViewKind::Hex,
                            mqkit::PayloadViewKind::Base64}) {
        (void)mqkit::renderPayload(payload, kind, maxBytes);
        (void)mqkit::renderPayload(payload, kind);
    }
    (void)mqkit::payloadSummary(payload, data[0] % 80);
    (void)mqkit::isJsonPayload(payload);
    return 0;
}
