#include "lag/LagStatus.h"

namespace mqkit {

QString lagStatusName(LagStatus status) {
    switch (status) {
    case LagStatus::Ok:
        return QStringLiteral("OK");
    case LagStatus::Warn:
        return QStringLiteral("WARN");
    case LagStatus::Stall:
        return QStringLiteral("STALL");
    case LagStatus::Stop:
        return QStringLiteral("STOP");
    case LagStatus::Rewind:
        return QStringLiteral("REWIND");
    case LagStatus::Err:
        return QStringLiteral("ERR");
    }
    return QStringLiteral("ERR");
}

LagVerdict evaluatePartition(const std::vector<LagSample>& window) {
    if (window.empty())
        return {LagStatus::Ok, QStringLiteral("no samples yet")};
    const LagSample& newest = window.back();
    if (newest.error)
        return {LagStatus::Err, QStringLiteral("offsets could not be read")};
    for (size_t i = 1; i < window.size(); ++i) {
        const auto& a = window[i - 1];
        const auto& b = window[i];
        if (a.committed && b.committed && *b.committed < *a.committed)
            return {LagStatus::Rewind,
                    QStringLiteral("committed offset went back from %1 to %2").arg(*a.committed).arg(*b.committed)};
    }
    if (!newest.committed)
        return {LagStatus::Ok, QStringLiteral("no committed offset")};
    if (!newest.lag || *newest.lag <= 0)
        return {LagStatus::Ok, QStringLiteral("caught up")};
    if (window.size() < 2)
        return {LagStatus::Ok, QStringLiteral("one sample so far")};

    bool moved = false;
    bool alwaysLagging = true;
    for (size_t i = 0; i < window.size(); ++i) {
        if (i > 0 && window[i].committed != window[0].committed)
            moved = true;
        if (!window[i].lag || *window[i].lag <= 0)
            alwaysLagging = false;
    }
    const double spanSeconds = static_cast<double>(newest.takenAtMs - window.front().takenAtMs) / 1000.0;
    if (!moved && alwaysLagging) {
        if (newest.members == 0)
            return {LagStatus::Stop, QStringLiteral("no active consumer; offset %1 unchanged for %2 s with lag %3")
                                         .arg(*newest.committed)
                                         .arg(spanSeconds, 0, 'f', 1)
                                         .arg(*newest.lag)};
        return {LagStatus::Stall, QStringLiteral("%1 member(s) active but offset %2 unchanged for %3 s with lag %4")
                                      .arg(newest.members)
                                      .arg(*newest.committed)
                                      .arg(spanSeconds, 0, 'f', 1)
                                      .arg(*newest.lag)};
    }
    if (window.size() >= 3) {
        bool growing = true;
        for (size_t i = 1; i < window.size() && growing; ++i)
            growing = window[i].lag && window[i - 1].lag && *window[i].lag > *window[i - 1].lag;
        if (growing)
            return {LagStatus::Warn, QStringLiteral("lag grew in every sample, from %1 to %2")
                                         .arg(*window.front().lag)
                                         .arg(*newest.lag)};
    }
    return {LagStatus::Ok, QStringLiteral("consuming")};
}

} // namespace mqkit
