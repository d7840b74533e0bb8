#pragma once

#include "kafka/KafkaRecord.h"
#include "mqtt/MqttMessage.h"
#include "mqtt/PayloadView.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

namespace mqkit {

// One route of the MQTT→Kafka bridge as written by the user (a YAML entry or the one route of
// the command line). `origin` names where it was written ("routes.yaml:12") for error messages.
struct BridgeRouteSpec {
    QString from;              // topic template: MQTT filter whose levels may be `{name}`; `$share/GROUP/` prefix allowed
    QString to;                // Kafka topic
    QString key;               // key template ("{deviceId}", "{tenant}:{deviceId}"), JSON path ("$.deviceId") or empty: no key
    bool requireJson = false;  // payloads that are not JSON go to the dead-letter topic
    QString origin;
};

// An MQTT topic template: `t/{tenant}/d/{deviceId}/telemetry` subscribes as `t/+/d/+/telemetry`
// and names the two `+` levels. Plain `+` and a trailing `#` are allowed too; a `{name}` must be a
// whole level. A `$share/GROUP/` prefix makes the subscription shared (MQTT 5; Mosquitto also
// serves it to 3.1.1 clients); matching uses the filter after the prefix.
class TopicTemplate {
public:
    // Throws Error(Usage) naming the level at fault.
    static TopicTemplate parse(const QString& text);

    const QString& text() const { return m_text; }
    QString subscription() const; // what is sent to the broker, share prefix included
    const QString& filter() const { return m_filter; } // without the share prefix
    QStringList names() const;

    // The named levels of a matching topic, in template order; nullopt when the topic does not match.
    std::optional<std::vector<std::pair<QString, QString>>> match(const QString& topic) const;

private:
    QString m_text;
    QString m_sharePrefix; // "$share/GROUP/" or empty
    QString m_filter;
    std::vector<std::pair<int, QString>> m_named; // level index → name
};

// How a record's key is made: literal text with `{name}` placeholders from the topic template,
// or a JSON path into the payload.
class KeyRule {
public:
    // Throws Error(Usage) for a placeholder the template does not name, or a malformed JSON path.
    static KeyRule parse(const QString& text, const TopicTemplate& topic);

    bool isEmpty() const { return m_kind == Kind::None; }
    bool readsPayload() const { return m_kind == Kind::JsonPath; }
    // The key, or the reason there is none (the message goes to the dead-letter topic).
    std::optional<QByteArray> make(const std::vector<std::pair<QString, QString>>& levels, const QByteArray& payload,
                                   QString* reason) const;

private:
    enum class Kind { None, Template, JsonPath };
    Kind m_kind = Kind::None;
    QString m_template;
    std::optional<JsonPath> m_path;
};

// Header names the bridge writes on every record (and on dead letters).
namespace bridgeheaders {
inline const QString kTopic = QStringLiteral("mqtt.topic");
inline const QString kQos = QStringLiteral("mqtt.qos");
inline const QString kRetain = QStringLiteral("mqtt.retain");
inline const QString kDlqReason = QStringLiteral("dlq.reason");
inline const QString kDlqOrigin = QStringLiteral("dlq.origin");
} // namespace bridgeheaders

// What becomes of one MQTT message on a route: the Kafka record, or a dead letter (the record
// goes to `<topic>.dlq` with the reason in its headers). Either way a record is produced.
struct BridgeOutcome {
    KafkaRecord record;
    bool deadLetter = false;
    QString reason; // dead letters only
};

// A parsed route. Pure logic: no I/O.
class BridgeRoute {
public:
    // Throws Error(Usage) with spec.origin in the message.
    static BridgeRoute fromSpec(const BridgeRouteSpec& spec);

    const BridgeRouteSpec& spec() const { return m_spec; }
    const TopicTemplate& topic() const { return m_topic; }
    QString deadLetterTopic() const { return m_spec.to + QStringLiteral(".dlq"); }

    bool matches(const QString& topic) const { return m_topic.match(topic).has_value(); }
    // The record for a message this route matches (value unchanged; headers: MQTT topic, QoS,
    // retain, then the MQTT 5 user properties in order; timestamp: when the bridge received it).
    // `origin` (e.g. the broker URL) goes into a dead letter's origin header.
    BridgeOutcome map(const MqttMessage& message, const QString& origin) const;

private:
    BridgeRouteSpec m_spec;
    TopicTemplate m_topic;
    KeyRule m_key;
};

// Routes from a YAML file:
//   routes:
//     - from: 't/{tenant}/d/{deviceId}/telemetry'
//       to: telemetry
//       key: '{deviceId}'        # or '$.deviceId', or absent: no key
//       require_json: true       # default false
// Throws Error(Usage) naming file:line for a YAML syntax error, an unknown field or a bad route.
std::vector<BridgeRouteSpec> loadBridgeRoutes(const QString& path);
std::vector<BridgeRouteSpec> parseBridgeRoutes(const QByteArray& yaml, const QString& fileName);

// The routes a message goes to: the first route whose template matches, so an overlap between
// routes never doubles a message. Returns -1 when none matches.
int firstMatchingRoute(const std::vector<BridgeRoute>& routes, const QString& topic);

} // namespace mqkit
