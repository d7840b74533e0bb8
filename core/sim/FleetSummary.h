#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <vector>

namespace mqkit {

// What a simulated device sent during one boot: seq runs from firstSeq to lastSeq without gaps.
struct FleetBoot {
    QString bootId;
    std::int64_t firstSeq = 1;
    std::int64_t lastSeq = 0;
    std::int64_t count = 0;
};

struct FleetDevice {
    QString deviceId;
    QString tenant;
    QString topic;
    std::vector<FleetBoot> boots; // in boot order
};

// The simulator's account of what it sent, for the verifier: written by `sim` at its end (also
// after an interruption), read by `verify`. JSON, one document.
struct FleetSummary {
    QString topicTemplate;
    int qos = 0;
    std::int64_t startedAtMs = 0;
    std::int64_t endedAtMs = 0;
    std::int64_t sent = 0;     // telemetry messages, all devices
    bool acknowledged = true;  // the broker acknowledged every one (QoS 0: written to the socket)
    bool interrupted = false;
    std::vector<FleetDevice> devices;

    QByteArray toJson() const;
    // Writes the file whole and renames it into place (a kill leaves the old file or the new one).
    // Throws Error(Io).
    void save(const QString& path) const;
    // Throws Error(Usage) naming the file for a missing, unreadable or malformed summary.
    static FleetSummary load(const QString& path);
};

} // namespace mqkit
