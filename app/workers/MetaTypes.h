#pragma once

// Core value types that cross thread boundaries in queued signals. Included before any
// header that declares such signals, so each type is declared once, before first use.

#include "kafka/KafkaAdmin.h"
#include "kafka/KafkaClientConfig.h"
#include "mqtt/MqttMessage.h"
#include "mqtt/MqttSession.h"

#include <QMetaType>

#include <memory>
#include <vector>

using MqttBatchPtr = std::shared_ptr<const mqkit::MqttBatch>;

Q_DECLARE_METATYPE(MqttBatchPtr)
Q_DECLARE_METATYPE(mqkit::MqttConnectOptions)
Q_DECLARE_METATYPE(mqkit::KafkaClientConfig)
Q_DECLARE_METATYPE(std::vector<mqkit::KafkaTopicInfo>)
