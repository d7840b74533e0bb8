#pragma once

#include "common/Plan.h"
#include "kafka/KafkaAdminApi.h"

#include <QString>
#include <QStringList>

#include <map>

namespace mqkit {

// What the user asked to change on one resource.
struct KafkaConfigAlterRequest {
    std::map<QString, QString> set;
    QStringList remove;
    // Send broker keys Kafka does not list. Off by default: Kafka stores an unknown broker key as a
    // sensitive value, which later alters cannot carry over (so they refuse).
    bool allowUnknownKeys = false;
};

// Reads the resource's configs and merges the request into its dynamic set (librdkafka 2.0.2's
// AlterConfigs replaces the whole set). Throws Usage for keys the resource does not have (broker
// keys only unless allowUnknownKeys; listener-prefixed broker keys count as known when the key
// they prefix is), for read-only topic keys, for removing a key that is not set dynamically, and
// when a sensitive dynamic key would be lost (Kafka never reveals its value).
KafkaConfigPlan planConfigAlter(KafkaAdminApi& admin, const KafkaConfigResource& resource,
                                const KafkaConfigAlterRequest& request);

// The changes as a Plan: one item per key ("retention.ms: 300000 -> 400000"); sensitive values
// show as "(sensitive)" and are null in JSON.
Plan configChangePlan(const KafkaConfigPlan& plan);

} // namespace mqkit
