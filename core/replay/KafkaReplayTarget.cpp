#include "replay/KafkaReplayTarget.h"

#include "common/CoreTr.h"
#include "common/Error.h"
#include "kafka/KafkaAdmin.h"

namespace mqkit {

namespace {

KafkaClientConfig withJavaPartitioner(KafkaClientConfig config) {
    if (config.get(QStringLiteral("partitioner")).isEmpty())
        config.set(QStringLiteral("partitioner"), QStringLiteral("murmur2_random"));
    return config;
}

// An MQTT message seen as a Kafka record (for the key template and the produced record).
KafkaRecord recordOfMqtt(const MqttMessage& m) {
    KafkaRecord r;
    r.topic = m.topic;
    r.value = m.payload;
    r.timestamp = m.receivedAtMs;
    r.timestampType = KafkaTimestampType::CreateTime;
    for (const auto& [name, value] : m.properties.user)
        r.headers.push_back({name, value.toUtf8()});
    return r;
}

} // namespace

KafkaReplayTarget::KafkaReplayTarget(const KafkaClientConfig& config, KafkaReplayOptions options)
    : m_config(withJavaPartitioner(config)), m_options(std::move(options)) {
    m_admin = std::make_unique<KafkaAdmin>(m_config);
    m_producer = std::make_unique<KafkaProducer>(m_config);
}

KafkaReplayTarget::~KafkaReplayTarget() = default;

int KafkaReplayTarget::partitionCount(const QString& topic) {
    auto it = m_partitionCounts.find(topic);
    if (it != m_partitionCounts.end())
        return it->second;
    const auto counts = m_admin->partitionCounts({topic});
    const auto found = counts.find(topic);
    if (found == counts.end())
        throw Error(ErrorKind::NotFound, CoreTr::tr("the target cluster %1 has no topic '%2' (create it first)")
                                             .arg(m_config.bootstrap, topic));
    return m_partitionCounts[topic] = found->second;
}

KafkaRecord KafkaReplayTarget::toRecord(const RecordedMessage& recorded) {
    KafkaRecord r;
    if (recorded.kafka) {
        r = *recorded.kafka;
    } else {
        r = recordOfMqtt(recorded.message);
        if (m_options.keyTemplate) {
            if (auto key = m_options.keyTemplate->render(r))
                r.key = key->toUtf8();
        }
        r.partition = -1;
    }
    r.topic = m_options.toTopic.isEmpty() ? m_options.topicMap.map(r.topic) : m_options.toTopic;
    r.offset = -1;
    if (m_options.newTimestamps || r.timestampType == KafkaTimestampType::NotAvailable)
        r.timestamp = 0;
    r.timestampType = KafkaTimestampType::CreateTime;
    if (r.partition >= 0 && r.partition >= partitionCount(r.topic)) {
        r.partition = -1;
        ++m_placedByKey;
    } else if (r.partition < 0) {
        (void)partitionCount(r.topic); // an unknown target topic fails before anything is sent
    }
    return r;
}

void KafkaReplayTarget::send(const RecordedMessage& recorded) {
    m_producer->send(toRecord(recorded), ++m_sent);
}

KafkaDeliveryReport KafkaReplayTarget::flush() {
    return m_producer->flush();
}

} // namespace mqkit
