#include "replay/ReplaySchedule.h"

#include "common/CoreTr.h"
#include "common/Error.h"

#include <QString>

#include <algorithm>

namespace mqkit {

ReplaySchedule ReplaySchedule::originalTiming(double speed) {
    if (!(speed > 0))
        throw Error(ErrorKind::Usage, CoreTr::tr("the replay speed must be greater than 0"));
    return ReplaySchedule(Mode::Original, speed);
}

ReplaySchedule ReplaySchedule::maxRate(double messagesPerSecond) {
    if (!(messagesPerSecond > 0))
        throw Error(ErrorKind::Usage, CoreTr::tr("the maximum replay rate must be greater than 0 messages per second"));
    return ReplaySchedule(Mode::MaxRate, messagesPerSecond);
}

ReplaySchedule ReplaySchedule::unpaced() {
    return ReplaySchedule(Mode::Unpaced, 1.0);
}

double ReplaySchedule::dueMs(std::int64_t recordedAtMs) {
    double due = 0;
    switch (m_mode) {
    case Mode::Original:
        if (!m_firstRecordedMs)
            m_firstRecordedMs = recordedAtMs;
        due = std::max(m_lastDueMs, static_cast<double>(recordedAtMs - *m_firstRecordedMs) / m_factor);
        break;
    case Mode::MaxRate:
        due = static_cast<double>(m_index) * 1000.0 / m_factor;
        break;
    case Mode::Unpaced:
        break;
    }
    ++m_index;
    m_lastDueMs = due;
    return due;
}

} // namespace mqkit
