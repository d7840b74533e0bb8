#pragma once

#include "sim/FleetSummary.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <map>
#include <optional>
#include <unordered_set>
#include <utility>
#include <vector>

namespace mqkit {

// The idempotency keys and send time of one telemetry message as it arrived, with where it
// arrived: the partition (its order is the order within it) and the record's timestamp.
struct TelemetryArrival {
    QString deviceId;
    QString bootId;
    std::int64_t seq = 0;
    std::int64_t sentAtMs = -1;    // -1: the payload had no sentAt
    int partition = 0;             // one ordered stream of arrivals (a Kafka partition)
    std::int64_t arrivedAtMs = -1; // the record's timestamp; -1: none (no latency)

    // {deviceId, bootId, seq, sentAt} from a JSON payload; nullopt when it is not telemetry.
    static std::optional<TelemetryArrival> parse(const QByteArray& payload);
};

struct SeqRange {
    std::int64_t first = 0;
    std::int64_t last = 0;
    bool operator==(const SeqRange&) const = default;
};

struct LatencyFigures {
    std::int64_t samples = 0;
    double p50Ms = 0;
    double p99Ms = 0;
    double maxMs = 0;
};

// One device boot: what arrived against what was expected.
struct BootDelivery {
    QString deviceId;
    QString bootId;
    bool expected = false;           // named by the summary
    std::int64_t expectedFirst = 0;  // the range checked: the summary's, else first..last seen
    std::int64_t expectedLast = 0;
    std::int64_t expectedCount = 0;
    std::int64_t received = 0;       // records, duplicates included
    std::int64_t unique = 0;         // distinct seq
    std::int64_t duplicates = 0;     // received - unique
    std::int64_t missing = 0;        // seq in the expected range that never arrived
    std::vector<SeqRange> missingRanges;
    std::int64_t outOfOrder = 0;     // a seq not seen before arriving after a higher one in its partition
    int partitions = 0;
    LatencyFigures latency;
    bool ok() const { return missing == 0 && outOfOrder == 0; }
};

struct DeliveryReport {
    std::vector<BootDelivery> boots; // by device, then boot (the summary's order when there is one)
    std::int64_t devices = 0;
    std::int64_t expected = 0;       // the summary's count (0 without one)
    std::int64_t received = 0;
    std::int64_t unique = 0;
    std::int64_t duplicates = 0;
    std::int64_t missing = 0;
    std::int64_t outOfOrder = 0;
    std::int64_t notTelemetry = 0;   // records whose value is not telemetry JSON
    std::int64_t unexpected = 0;     // with a summary: records of boots it does not name (an earlier run)
    std::int64_t deadLetters = 0;
    std::int64_t bootsWithProblems = 0;
    LatencyFigures latency;
    bool ok() const { return missing == 0 && outOfOrder == 0; }
};

// The pure analysis of `verify`: feed arrivals in each partition's order; the report says per
// device and boot what is missing, duplicated or out of order, and the latency from sentAt to
// arrival. Against a simulator summary the expected range of each boot is the summary's; without
// one, the range from the first to the last seq seen.
class DeliveryCheck {
public:
    void expect(const FleetSummary& summary);
    void add(const TelemetryArrival& arrival);
    void addNotTelemetry() { ++m_notTelemetry; }
    void addDeadLetters(std::int64_t n) { m_deadLetters += n; }
    DeliveryReport report() const;

private:
    struct BootState {
        std::optional<SeqRange> expected;
        std::int64_t expectedCount = 0;
        std::unordered_set<std::int64_t> seen;
        std::int64_t received = 0;
        std::int64_t outOfOrder = 0;
        std::map<int, std::int64_t> highestByPartition;
        std::vector<std::int64_t> latenciesMs;
    };
    using BootKey = std::pair<QString, QString>; // deviceId, bootId
    BootDelivery deliveryOf(const BootKey& key, const BootState& state) const;

    bool m_haveSummary = false;
    std::vector<BootKey> m_order; // the summary's order
    std::map<BootKey, BootState> m_boots;
    std::int64_t m_expected = 0;
    std::int64_t m_notTelemetry = 0;
    std::int64_t m_unexpected = 0;
    std::int64_t m_deadLetters = 0;
};

// Percentiles (nearest rank) of latencies in ms; sorts `ms`.
LatencyFigures latencyFigures(std::vector<std::int64_t>& ms);

} // namespace mqkit
