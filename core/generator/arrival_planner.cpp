#include "core/generator/arrival_planner.h"

#include "core/time/civil_time.h"

#include <algorithm>
#include <cmath>

namespace logscope::core {
namespace {

constexpr std::uint64_t kUniformWindow = 1024; // lines per window with uniform spacing
constexpr double kLinesPerWindow = 1024.0;     // target size of a random-spacing window

std::int64_t floorMicros(std::int64_t ns) {
    return ns >= 0 ? ns / 1000 * 1000 : -((-ns + 999) / 1000 * 1000);
}

} // namespace

ArrivalPlanner::ArrivalPlanner(const Scenario& scenario, const GeneratorSettings& settings,
                               const TrafficShape& shape)
    : m_shape(shape), m_settings(settings), m_spacing(scenario.spacing),
      m_rng(settings.seed ^ 0x5851f42d4c957f2dULL), m_rate(settings.rate),
      m_endNs(settings.startNs + settings.durationNs), m_cursor(settings.startNs),
      m_nextDue(static_cast<double>(settings.startNs)) {
    if (settings.clock != GeneratorClock::Simulated || m_spacing != Spacing::Random)
        return;
    // The weight of the whole span, minute by minute (the last minute may be partial).
    const std::int64_t minutes = (settings.durationNs + kNanosPerMinute - 1) / kNanosPerMinute;
    double peak = 0.0;
    for (std::int64_t m = 0; m < minutes; ++m) {
        const double w = minuteWeight(m);
        m_weightLeft += w;
        peak = std::max(peak, w);
    }
    // Busy minutes are cut into several windows so that no window holds too many lines.
    if (m_weightLeft > 0.0) {
        const double peakLines = static_cast<double>(settings.total) * peak / m_weightLeft;
        m_subsPerMinute =
            static_cast<int>(std::clamp(std::ceil(peakLines / kLinesPerWindow), 1.0, 60'000'000.0));
    }
}

double ArrivalPlanner::minuteWeight(std::int64_t minute) const {
    const std::int64_t from = m_settings.startNs + minute * kNanosPerMinute;
    const std::int64_t to = std::min(from + kNanosPerMinute, m_endNs);
    return m_shape.trafficWeight(from) * static_cast<double>(to - from) /
           static_cast<double>(kNanosPerMinute);
}

bool ArrivalPlanner::nextWindow(Window& window) {
    if (m_spacing == Spacing::Uniform) {
        const double period = 1e9 / m_settings.rate;
        auto timeOf = [&](std::uint64_t i) {
            return floorMicros(m_settings.startNs +
                               static_cast<std::int64_t>(static_cast<double>(i) * period));
        };
        m_windowFirst = m_index;
        window.t0 = timeOf(m_index);
        m_index += kUniformWindow;
        window.t1 = timeOf(m_index);
        return true;
    }
    const std::int64_t minuteStart = m_settings.startNs + m_minute * kNanosPerMinute;
    if (minuteStart >= m_endNs || m_lastWindow)
        return false;
    const std::int64_t minuteEnd = std::min(minuteStart + kNanosPerMinute, m_endNs);
    const std::int64_t step = floorMicros((minuteEnd - minuteStart) / m_subsPerMinute);
    window.t0 = minuteStart + step * m_sub;
    window.t1 = m_sub + 1 == m_subsPerMinute ? minuteEnd : window.t0 + step;
    m_windowWeight = minuteWeight(m_minute) / m_subsPerMinute;
    if (++m_sub == m_subsPerMinute) {
        m_sub = 0;
        ++m_minute;
    }
    m_lastWindow = window.t1 >= m_endNs;
    return true;
}

ArrivalPlanner::Window ArrivalPlanner::topUpWindow(std::int64_t fromNs) const {
    return {floorMicros(fromNs), std::max(floorMicros(fromNs) + 1000, m_endNs)};
}

bool ArrivalPlanner::windowUntil(std::int64_t untilNs, Window& window) {
    untilNs = floorMicros(untilNs);
    if (untilNs <= m_cursor)
        return false;
    // Catching up after a long pause comes in windows of bounded size, so memory stays flat.
    const double maxSpan = kLinesPerWindow * 64.0 / std::max(1e-9, m_rate.load()) * 1e9;
    if (static_cast<double>(untilNs - m_cursor) > maxSpan)
        untilNs = m_cursor +
                  std::max<std::int64_t>(1000, floorMicros(static_cast<std::int64_t>(maxSpan)));
    window = {m_cursor, untilNs};
    m_cursor = untilNs;
    return true;
}

std::uint64_t ArrivalPlanner::baseCount(const Window& window, std::uint64_t remaining) {
    if (m_settings.clock == GeneratorClock::WallClock) {
        if (m_spacing == Spacing::Uniform) {
            // Lines due at m_nextDue, m_nextDue + period, ... before the window's end.
            const double period = 1e9 / std::max(1e-9, m_rate.load());
            const double end = static_cast<double>(window.t1);
            if (m_nextDue >= end)
                return 0;
            const double n = std::ceil((end - m_nextDue) / period);
            return std::min<std::uint64_t>(remaining, static_cast<std::uint64_t>(n));
        }
        const double expected =
            m_rate.load() * static_cast<double>(window.t1 - window.t0) / 1e9 + m_carry;
        const auto n = static_cast<std::uint64_t>(expected);
        m_carry = expected - static_cast<double>(n);
        return std::min(n, remaining);
    }
    if (m_spacing == Spacing::Uniform)
        return std::min<std::uint64_t>(kUniformWindow, remaining);
    if (m_lastWindow || m_weightLeft <= m_windowWeight) {
        m_weightLeft = 0.0;
        return remaining;
    }
    const double expected =
        static_cast<double>(remaining) * m_windowWeight / m_weightLeft + m_carry;
    m_weightLeft -= m_windowWeight;
    const auto n = static_cast<std::uint64_t>(expected);
    m_carry = expected - static_cast<double>(n);
    return std::min(n, remaining);
}

void ArrivalPlanner::baseTimes(const Window& window, std::uint64_t count,
                               std::vector<std::int64_t>& out) {
    if (m_spacing == Spacing::Uniform) {
        if (m_settings.clock == GeneratorClock::WallClock) {
            const double period = 1e9 / std::max(1e-9, m_rate.load());
            for (std::uint64_t i = 0; i < count; ++i) {
                out.push_back(floorMicros(static_cast<std::int64_t>(m_nextDue)));
                m_nextDue += period;
            }
            return;
        }
        const double period = 1e9 / m_settings.rate;
        for (std::uint64_t i = 0; i < count; ++i)
            out.push_back(floorMicros(
                m_settings.startNs +
                static_cast<std::int64_t>(static_cast<double>(m_windowFirst + i) * period)));
        return;
    }
    // One arrival at a random point of each of `count` equal slices of the window: ordered
    // without sorting, and at the scale of a window (a minute at most) as good as uniform.
    const double slice = static_cast<double>(std::max<std::int64_t>(1, window.t1 - window.t0)) /
                         static_cast<double>(std::max<std::uint64_t>(1, count));
    for (std::uint64_t i = 0; i < count; ++i)
        out.push_back(floorMicros(
            window.t0 +
            static_cast<std::int64_t>((static_cast<double>(i) + m_rng.uniform()) * slice)));
}

} // namespace logscope::core
