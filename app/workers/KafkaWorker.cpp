#include "workers/KafkaWorker.h"

#include "common/Error.h"

KafkaWorker::KafkaWorker() {
    qRegisterMetaType<mqkit::KafkaClientConfig>();
    qRegisterMetaType<std::vector<mqkit::KafkaTopicInfo>>();
}

void KafkaWorker::listTopics(const mqkit::KafkaClientConfig& config, bool includeInternal) {
    try {
        mqkit::KafkaAdmin admin(config);
        emit topicsReady(admin.listTopics(includeInternal));
    } catch (const mqkit::Error& e) {
        emit failed(e.message());
    }
}
