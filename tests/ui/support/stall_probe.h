#pragma once

// Benchmark support: how long the GUI event loop was blocked, measured as the longest gap
// between ticks of a fast timer (a blocked loop delays the next tick). The wall-clock gap also
// counts time the GUI thread waited for a core (other processes, the worker threads); the gap
// in the thread's own CPU time is the work the GUI thread did in one go.

#include <QElapsedTimer>
#include <QEventLoop>
#include <QObject>
#include <QTimer>
#include <algorithm>
#include <ctime>

namespace logscope::test {

/// CPU time the calling thread has used, in milliseconds.
inline double threadCpuMs() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

class StallProbe {
public:
    StallProbe() {
        m_timer.setInterval(2);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
    }
    void start() {
        m_worst = 0;
        m_worstCpu = 0.0;
        m_clock.start();
        m_lastCpu = threadCpuMs();
        m_timer.start();
    }
    /// Stops probing; the longest wall-clock gap in milliseconds.
    qint64 stop() {
        tick();
        m_timer.stop();
        return m_worst;
    }
    /// The longest stretch of GUI-thread CPU time between two ticks, in milliseconds.
    [[nodiscard]] double worstCpuMs() const { return m_worstCpu; }

private:
    void tick() {
        m_worst = std::max(m_worst, m_clock.restart());
        const double cpu = threadCpuMs();
        m_worstCpu = std::max(m_worstCpu, cpu - m_lastCpu);
        m_lastCpu = cpu;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_worst = 0;
    double m_lastCpu = 0.0;
    double m_worstCpu = 0.0;
};

/// Runs the event loop until sender emits signal.
template <typename Signal>
void waitFor(const typename QtPrivate::FunctionPointer<Signal>::Object* sender, Signal signal) {
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace logscope::test
