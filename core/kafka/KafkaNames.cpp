#include "kafka/KafkaNames.h"

namespace mqkit {

QString kafkaTopicNameProblem(const QString& topic) {
    constexpr qsizetype kMaxLength = 249; // Kafka's Topic.MAX_NAME_LENGTH
    if (topic.isEmpty())
        return QStringLiteral("a topic name cannot be empty");
    if (topic == QLatin1String(".") || topic == QLatin1String(".."))
        return QStringLiteral("'%1' cannot be a topic name").arg(topic);
    if (topic.size() > kMaxLength)
        return QStringLiteral("topic name '%1...' is longer than Kafka's %2 characters").arg(topic.left(20)).arg(kMaxLength);
    for (const QChar c : topic) {
        const char16_t u = c.unicode();
        const bool legal = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '.' ||
                           u == '_' || u == '-';
        if (!legal)
            return QStringLiteral("'%1' is not a legal Kafka topic name (character '%2'; Kafka allows ASCII letters, "
                                  "digits, '.', '_' and '-')")
                .arg(topic, QString(c));
    }
    return {};
}

} // namespace mqkit
