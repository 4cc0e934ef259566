#pragma once

// Benchmark support: how long the GUI event loop was blocked, measured as the longest gap
// between ticks of a fast timer (a blocked loop delays the next tick).

#include <QElapsedTimer>
#include <QEventLoop>
#include <QObject>
#include <QTimer>
#include <algorithm>

namespace logscope::test {

class StallProbe {
public:
    StallProbe() {
        m_timer.setInterval(2);
        QObject::connect(&m_timer, &QTimer::timeout,
                         [this] { m_worst = std::max(m_worst, m_clock.restart()); });
    }
    void start() {
        m_worst = 0;
        m_clock.start();
        m_timer.start();
    }
    /// Stops probing; the longest gap in milliseconds.
    qint64 stop() {
        m_worst = std::max(m_worst, m_clock.elapsed());
        m_timer.stop();
        return m_worst;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_worst = 0;
};

/// Runs the event loop until sender emits signal.
template <typename Signal>
void waitFor(const typename QtPrivate::FunctionPointer<Signal>::Object* sender, Signal signal) {
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace logscope::test
