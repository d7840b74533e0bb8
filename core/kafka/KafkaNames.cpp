#include "kafka/KafkaNames.h"

#include "common/CoreTr.h"
#include "common/Error.h"

namespace mqkit {

namespace {

bool isLegalTopicChar(QChar c) {
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '.' || u == '_' ||
           u == '-';
}

} // namespace

QString kafkaTopicNameProblem(const QString& topic) {
    constexpr qsizetype kMaxLength = 249; // Kafka's Topic.MAX_NAME_LENGTH
    const QString shown = topic.size() <= 60 ? topic : topic.left(60) + QStringLiteral("...");
    if (topic.isEmpty())
        return CoreTr::tr("a Kafka topic name cannot be empty");
    if (topic == QLatin1String(".") || topic == QLatin1String(".."))
        return CoreTr::tr("'%1' is not a legal Kafka topic name").arg(topic);
    if (topic.size() > kMaxLength)
        return CoreTr::tr("Kafka topic name '%1' is %2 characters long: Kafka allows at most %3")
            .arg(shown)
            .arg(topic.size())
            .arg(kMaxLength);
    for (const QChar c : topic)
        if (!isLegalTopicChar(c))
            return CoreTr::tr("'%1' is not a legal Kafka topic name: it contains '%2' (Kafka allows only ASCII "
                              "letters, digits, '.', '_' and '-')")
                .arg(shown, QString(c));
    return {};
}

void checkKafkaTopicName(const QString& topic) {
    if (const QString problem = kafkaTopicNameProblem(topic); !problem.isEmpty())
        throw Error(ErrorKind::Usage, problem);
}

} // namespace mqkit
