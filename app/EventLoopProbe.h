#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>
#include <vector>

// The GUI's responsiveness probe: a precise timer every kIntervalMs; how late each tick fires is
// how long the event loop was busy with something else (a model update, a repaint, a stall).
// Enabled in mqkit-gui by MQKIT_GUI_PROBE=1 (MQKIT_GUI_PROBE_SKIP_MS=N: measured from N ms after
// start); report() is printed to stderr at exit, one line, for
// tests/bench/ to parse:
//   event-loop probe: ticks N, latency p50 A ms, p99 B ms, max C ms, peak RSS D MB
class EventLoopProbe : public QObject {
    Q_OBJECT
public:
    static constexpr int kIntervalMs = 5;

    explicit EventLoopProbe(QObject* parent = nullptr);

    void start();
    void reset(); // forget what was measured so far (e.g. after start-up)

    struct Figures {
        qint64 ticks = 0;
        double p50Ms = 0;
        double p99Ms = 0;
        double maxMs = 0;
        double peakRssMb = 0; // of the whole process, since it started
    };
    Figures figures() const;
    QString report() const;
    // What the window held when the figures were taken (e.g. "topics 1000000, messages 2000000"),
    // appended to report().
    void setContext(std::function<QString()> context) { m_context = std::move(context); }

    static bool enabledByEnvironment(); // MQKIT_GUI_PROBE=1

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    std::vector<float> m_latencyMs; // lateness of each tick
    std::function<QString()> m_context;
};
