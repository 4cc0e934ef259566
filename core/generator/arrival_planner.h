#pragma once

#include "core/generator/generator_settings.h"
#include "core/generator/rng.h"
#include "core/generator/traffic_shape.h"

#include <atomic>
#include <vector>

namespace logscope::core {

/// Decides when normal lines happen. Simulated time is cut into windows of at most a minute;
/// each window gets the share of the lines still to produce that its traffic weight is of the
/// weight still ahead, so the total is exact and the lines follow the daily and weekly shape.
/// Uniform spacing places line i at start + i / rate. On the wall clock, windows end at the
/// time the caller asks for and hold rate x their length lines.
class ArrivalPlanner {
public:
    /// A span of time whose normal lines are planned together.
    struct Window {
        std::int64_t t0 = 0;
        std::int64_t t1 = 0;
    };

    ArrivalPlanner(const Scenario& scenario, const GeneratorSettings& settings,
                   const TrafficShape& shape);

    /// Simulated clock: the next window; false when simulated time is used up (uniform
    /// spacing never runs out: the caller stops at the total).
    bool nextWindow(Window& window);
    /// Simulated clock, after the last window: a window from `fromNs` to the end of the span
    /// (to make up for lines an outage swallowed at the very end).
    Window topUpWindow(std::int64_t fromNs) const;
    /// Wall clock: the window from the last one's end to untilNs; false when it is empty.
    bool windowUntil(std::int64_t untilNs, Window& window);

    /// Number of normal lines in window, when `remaining` lines are still wanted.
    std::uint64_t baseCount(const Window& window, std::uint64_t remaining);
    /// Their timestamps, ascending and microsecond aligned, appended to out.
    void baseTimes(const Window& window, std::uint64_t count, std::vector<std::int64_t>& out);

    /// Changes the wall-clock pace; thread-safe.
    void setRate(double linesPerSecond) noexcept { m_rate.store(linesPerSecond); }
    /// The current pace.
    [[nodiscard]] double rate() const noexcept { return m_rate.load(); }
    /// End of the simulated span (start + duration).
    [[nodiscard]] std::int64_t endNs() const noexcept { return m_endNs; }

private:
    [[nodiscard]] double minuteWeight(std::int64_t minute) const;

    const TrafficShape& m_shape;
    GeneratorSettings m_settings;
    Spacing m_spacing;
    Rng m_rng;
    std::atomic<double> m_rate;
    std::int64_t m_endNs;
    // Simulated, random spacing.
    std::int64_t m_minute = 0;
    int m_sub = 0;
    int m_subsPerMinute = 1;
    double m_weightLeft = 0.0;
    double m_windowWeight = 0.0;
    double m_carry = 0.0;
    bool m_lastWindow = false;
    // Uniform spacing.
    std::uint64_t m_index = 0;
    std::uint64_t m_windowFirst = 0;
    // Wall clock.
    std::int64_t m_cursor = 0;
    double m_nextDue = 0.0;
};

} // namespace logscope::core
