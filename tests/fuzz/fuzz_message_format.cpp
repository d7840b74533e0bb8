// MQTT output formats (mqtt sub -F): MessageFormat::parse, then the format applied to a message
// with every MQTT 5 property set.
#include "FuzzSupport.h"
#include "mqtt/MessageFormat.h"
#include "mqtt/MqttMessage.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fuzz::refusalAllowed([&] {
        const mqkit::MessageFormat format = mqkit::MessageFormat::parse(fuzz::text(data, size));
        mqkit::MqttMessage m;
        m.topic = QStringLiteral("plant/line-1/temp");
        m.payload = QByteArray("{\"t\":21.5}\xff\x00", 12);
        m.qos = 1;
        m.retained = true;
        m.receivedAtMs = 1763918482123;
        m.properties.user = {{QStringLiteral("k"), QStringLiteral("v")}};
        m.properties.contentType = QStringLiteral("application/json");
        m.properties.payloadFormat = 1;
        m.properties.messageExpirySeconds = 60;
        m.properties.responseTopic = QStringLiteral("r/t");
        m.properties.correlationData = QByteArray("\x01\x02", 2);
        m.properties.subscriptionIds = {3, 4};
        (void)format.format(m);
        m.receivedAtMs = -1; // before the epoch
        m.properties = {};
        (void)format.format(m);
    });
    return 0;
}
