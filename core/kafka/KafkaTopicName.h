#pragma once

#include <QString>

namespace mqkit {

// Kafka's rule for topic names (as its own Topic.validate): 1..249 characters of [a-zA-Z0-9._-],
// and neither "." nor "..". Throws Error(Usage) naming the rule broken, before any request: a
// broker answers an illegal name with errors that say nothing about it ("all brokers are down").
void checkKafkaTopicName(const QString& topic);

} // namespace mqkit
