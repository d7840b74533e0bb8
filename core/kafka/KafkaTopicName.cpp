#include "kafka/KafkaTopicName.h"

#include "common/CoreTr.h"
#include "common/Error.h"

namespace mqkit {

namespace {

bool isLegalTopicChar(QChar c) {
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.') || c == QLatin1Char('_') ||
           c == QLatin1Char('-');
}

} // namespace

void checkKafkaTopicName(const QString& topic) {
    constexpr qsizetype kMaxLength = 249;
    const QString shown = topic.size() <= 60 ? topic : topic.left(60) + QStringLiteral("...");
    if (topic.isEmpty())
        throw Error(ErrorKind::Usage, CoreTr::tr("empty Kafka topic name"));
    if (topic.size() > kMaxLength)
        throw Error(ErrorKind::Usage, CoreTr::tr("Kafka topic name '%1' is %2 characters long: Kafka allows at most 249")
                                          .arg(shown)
                                          .arg(topic.size()));
    if (topic == QLatin1String(".") || topic == QLatin1String(".."))
        throw Error(ErrorKind::Usage, CoreTr::tr("'%1' is not a legal Kafka topic name").arg(topic));
    for (const QChar c : topic)
        if (!isLegalTopicChar(c))
            throw Error(ErrorKind::Usage, CoreTr::tr("Kafka topic name '%1' contains '%2': Kafka allows only "
                                                         "letters, digits, '.', '_' and '-'")
                                              .arg(shown, QString(c)));
}

} // namespace mqkit
