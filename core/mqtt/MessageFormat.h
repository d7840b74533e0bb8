#pragma once

#include "mqtt/MqttMessage.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace mqkit {

// A per-message output format in the syntax of mosquitto_sub -F, parsed once and then applied
// to each message without re-parsing (the hot path of `mqkit mqtt sub`).
//
//   %t topic   %p payload (raw)   %q QoS   %r retain (0/1)   %l payload length   %x / %X payload in hex
//   %I receive time, ISO-8601 UTC with ms ("2026-11-23T17:31:22.123Z")   %U Unix time "1763918482.123"
//   %j the message as one JSON object (the shape of `-o json`, see MqttMessageJson.h)
//   MQTT 5 properties (empty when absent): %P user properties "k:v k2:v2"   %C content type
//   %E message expiry (s)   %F payload format indicator   %R response topic   %D correlation data (raw)
//   %S subscription identifiers "1,2"   %%  a literal %
//   Flags, width and maximum width as mosquitto_sub: %-10t, %08l, %10.10t (width counts bytes).
//   @X  the receive time through strftime(3) as %X, local time; @N nanoseconds within the second;
//   @@ a literal @.   Escapes: those of common/FormatEscapes.h (\n \t \r \\ \0 \a \e \xNN).
// No newline is added here; the caller ends each message (sub does, unless -N).
class MessageFormat {
public:
    // Throws Error(Usage) naming the first sequence it does not know (%m and %A included: Paho does
    // not hand the packet id or the topic alias to mqkit).
    static MessageFormat parse(const QString& format);
    // "%p": the payload only (text output).
    static MessageFormat payloadOnly();
    // "%t %p", with "[properties] " before the payload when the message has MQTT 5 properties (-v).
    static MessageFormat verbose();

    void append(QByteArray& out, const MqttMessage& message) const;
    QByteArray format(const MqttMessage& message) const {
        QByteArray out;
        append(out, message);
        return out;
    }

    enum class Field {
        Literal, Topic, Payload, Qos, Retain, Length, HexLower, HexUpper, IsoTime, UnixTime, Json,
        UserProperties, ContentType, MessageExpiry, PayloadFormat, ResponseTopic, CorrelationData,
        SubscriptionIds, Strftime, Nanoseconds, PropertiesBracket,
    };

private:
    struct Segment {
        Field field = Field::Literal;
        QByteArray literal; // Literal; for Strftime the "%X" to pass on
        int width = 0;
        int precision = -1; // maximum width; -1: none
        bool leftAlign = false;
        bool zeroPad = false;
    };
    friend class MessageFormatParser;
    void appendField(QByteArray& out, const Segment& s, const MqttMessage& m) const;
    static void appendTimeField(QByteArray& out, const Segment& s, std::int64_t receivedAtMs);
    static void appendPropertyField(QByteArray& out, Field field, const MqttProperties& p);
    std::vector<Segment> m_segments;
};

// The MQTT 5 properties of a message on one line, as `sub -v` shows them between topic and payload:
//   content-type=application/json payload-format=1 expiry=60 response-topic=r/t correlation-data=<hex>
//   sub-id=3,4 user:key=value ...   (empty when there are none)
QByteArray propertiesText(const MqttProperties& properties);

} // namespace mqkit
