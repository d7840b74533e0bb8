#pragma once

#include "workers/MetaTypes.h"

#include <QObject>

#include <vector>

// Runs Kafka admin calls in its own thread; results come back as signals.
class KafkaWorker : public QObject {
    Q_OBJECT
public:
    KafkaWorker();

public slots:
    void listTopics(const mqkit::KafkaClientConfig& config, bool includeInternal);

signals:
    void topicsReady(const std::vector<mqkit::KafkaTopicInfo>& topics);
    void failed(const QString& message);
};
