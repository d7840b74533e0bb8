#pragma once

#include "kafka/KafkaClientConfig.h"
#include "kafka/KafkaRecord.h"

#include <QString>

#include <functional>
#include <vector>

namespace mqkit {

// Every record of `topic` from the beginning of each partition to the end it had when reading
// started, in each partition's order: a live topic is never at its end in every partition at once,
// so "read to the end" (kcat -e) may not finish on it; this does. Returns every partition of the
// topic (the empty ones too). Throws Error as KafkaConsumer does (NotFound for an unknown topic).
std::vector<int> readTopicToCurrentEnd(const KafkaClientConfig& config, const QString& topic,
                                       const std::function<void(const KafkaRecord&)>& onRecord);

} // namespace mqkit
