#pragma once

#include <cstdint>
#include <optional>

namespace mqkit {

// When each replayed message is due, in milliseconds after the replay started. Pure arithmetic
// (no clock, no broker), fed the selected messages' receive times in replay order.
//   original timing: (t - t_first) / speed; a message recorded earlier than its predecessor
//                    (clock step) is due with it, never before it
//   max rate:        the recorded timing is ignored; message i is due at i * 1000 / rate
//   unpaced:         everything is due at once (dry runs)
class ReplaySchedule {
public:
    static ReplaySchedule originalTiming(double speed = 1.0);
    static ReplaySchedule maxRate(double messagesPerSecond);
    static ReplaySchedule unpaced();

    double dueMs(std::int64_t recordedAtMs);

    bool isPaced() const { return m_mode != Mode::Unpaced; }

private:
    enum class Mode { Original, MaxRate, Unpaced };
    ReplaySchedule(Mode mode, double factor) : m_mode(mode), m_factor(factor) {}

    Mode m_mode;
    double m_factor; // speed, or messages per second
    std::optional<std::int64_t> m_firstRecordedMs;
    std::int64_t m_index = 0;
    double m_lastDueMs = 0;
};

} // namespace mqkit
