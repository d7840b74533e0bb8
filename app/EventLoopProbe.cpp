#include "EventLoopProbe.h"

#include <sys/resource.h>

#include <algorithm>

EventLoopProbe::EventLoopProbe(QObject* parent) : QObject(parent) {
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &EventLoopProbe::tick);
}

bool EventLoopProbe::enabledByEnvironment() {
    return qEnvironmentVariableIntValue("MQKIT_GUI_PROBE") == 1;
}

void EventLoopProbe::start() {
    m_latencyMs.reserve(1 << 20);
    m_clock.start();
    m_lastNs = m_clock.nsecsElapsed();
    m_timer.start();
    // MQKIT_GUI_PROBE_SKIP_MS=N: the figures start N ms after start-up (the steady state of a bench,
    // without the first paint and connection set-up).
    if (const int skipMs = qEnvironmentVariableIntValue("MQKIT_GUI_PROBE_SKIP_MS"); skipMs > 0)
        QTimer::singleShot(skipMs, this, &EventLoopProbe::reset);
}

void EventLoopProbe::reset() {
    m_latencyMs.clear();
    m_lastNs = m_clock.nsecsElapsed();
}

void EventLoopProbe::tick() {
    const qint64 now = m_clock.nsecsElapsed();
    const double lateMs = static_cast<double>(now - m_lastNs) / 1e6 - kIntervalMs;
    m_latencyMs.push_back(static_cast<float>(std::max(0.0, lateMs)));
    m_lastNs = now;
}

EventLoopProbe::Figures EventLoopProbe::figures() const {
    Figures f;
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) == 0)
        f.peakRssMb = static_cast<double>(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
    f.ticks = static_cast<qint64>(m_latencyMs.size());
    if (m_latencyMs.empty())
        return f;
    std::vector<float> sorted = m_latencyMs;
    std::sort(sorted.begin(), sorted.end());
    const auto at = [&](double q) { return static_cast<double>(sorted[static_cast<std::size_t>(q * static_cast<double>(sorted.size() - 1))]); };
    f.p50Ms = at(0.50);
    f.p99Ms = at(0.99);
    f.maxMs = static_cast<double>(sorted.back());
    return f;
}

QString EventLoopProbe::report() const {
    const Figures f = figures();
    QString line = QStringLiteral("event-loop probe: ticks %1, latency p50 %2 ms, p99 %3 ms, max %4 ms, peak RSS %5 MB")
                       .arg(f.ticks)
                       .arg(f.p50Ms, 0, 'f', 1)
                       .arg(f.p99Ms, 0, 'f', 1)
                       .arg(f.maxMs, 0, 'f', 1)
                       .arg(f.peakRssMb, 0, 'f', 0);
    if (m_context)
        line += QStringLiteral(", ") + m_context();
    return line;
}
