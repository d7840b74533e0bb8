#pragma once

#include <QString>

namespace mqkit {

// Why Kafka would refuse `topic` as a topic name (empty, ".", "..", longer than 249 characters,
// or a character other than ASCII letters, digits, '.', '_' and '-'), naming it; empty when legal.
// Checked before asking a broker: an illegal name gets no clear answer from it.
QString kafkaTopicNameProblem(const QString& topic);

} // namespace mqkit
