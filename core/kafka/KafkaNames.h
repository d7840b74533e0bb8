#pragma once

#include <QString>

namespace mqkit {

// Kafka's rule for topic names (as its own Topic.validate): 1..249 characters of [a-zA-Z0-9._-],
// and neither "." nor "..". Checked before asking a broker: a broker answers an illegal name with
// errors that say nothing about it ("all brokers are down", a 10 s wait for no answer).

// Why Kafka would refuse `topic`, naming it; empty when legal.
QString kafkaTopicNameProblem(const QString& topic);
// Throws Error(Usage) with kafkaTopicNameProblem() when the name is illegal.
void checkKafkaTopicName(const QString& topic);

} // namespace mqkit
