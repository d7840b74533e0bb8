#pragma once

#include "kafka/KafkaRecord.h"
#include "mqtt/PayloadView.h"

#include <QString>

#include <optional>
#include <variant>
#include <vector>

namespace mqkit {

// An MQTT topic made from a Kafka record, e.g. "d/{key}/cmd". Placeholders:
//   {key}           the record key (UTF-8)         {partition}  the partition number
//   {topic}         the Kafka topic                {header:NAME} the first header NAME's value
//   {json:PATH}     a value of the JSON record value, e.g. {json:$.device.id} (JsonPath syntax;
//                   a string as is, a number or true/false as written in JSON)
// "{{" and "}}" are literal braces.
class RecordTopicTemplate {
public:
    // Throws Error(Usage) naming the template for an unknown placeholder, an unclosed brace or a
    // bad JSON path.
    static RecordTopicTemplate parse(const QString& text);

    // The topic for this record, or nullopt with `why` set when a placeholder has no value (no
    // key, no such header, the path selects nothing) or the result is no valid MQTT topic name
    // (empty, or a value brought in '+', '#' or NUL).
    std::optional<QString> render(const KafkaRecord& record, QString* why = nullptr) const;

    const QString& text() const { return m_text; }
    bool usesJson() const;

private:
    enum class Field { Literal, Key, Partition, Topic, Header, Json };
    struct Part {
        Field field = Field::Literal;
        QString text; // literal text or header name
        std::optional<JsonPath> path;
    };
    QString m_text;
    std::vector<Part> m_parts;
};

} // namespace mqkit
