#pragma once

// The values the GUI backend (app/backend/) hands to models and views, and the core value types
// that cross thread boundaries in queued signals. Models and views include this, never core's
// session or admin classes for their own sake.

#include "kafka/KafkaAdmin.h"
#include "kafka/KafkaClientConfig.h"
#include "lag/LagInspector.h"
#include "mqtt/MqttMessage.h"
#include "mqtt/MqttSession.h"

#include <QMetaType>
#include <QString>

#include <memory>
#include <vector>

using MqttBatchPtr = std::shared_ptr<const mqkit::MqttBatch>;

// The request a Kafka result answers. A result is delivered only while its request is current:
// same connection generation (the cluster it was asked of is still the open one) and the newest
// request of its slot (a newer request of the same kind supersedes it).
struct KafkaRequest {
    quint64 id = 0;
    quint64 generation = 0; // KafkaConnection::generation() when it was asked
    QString slot;           // the kind of request, e.g. "topics"; a newer one of a slot supersedes older ones
    QString cluster;        // the bootstrap list it was asked of
};

Q_DECLARE_METATYPE(MqttBatchPtr)
Q_DECLARE_METATYPE(mqkit::MqttConnectOptions)
Q_DECLARE_METATYPE(mqkit::KafkaClientConfig)
Q_DECLARE_METATYPE(std::vector<mqkit::KafkaTopicInfo>)
Q_DECLARE_METATYPE(mqkit::LagReport)
Q_DECLARE_METATYPE(KafkaRequest)
