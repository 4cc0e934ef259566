#include "core/generator/traffic_shape.h"

#include "core/time/civil_time.h"

#include <cmath>

namespace logscope::core {
namespace {

double hourOfDay(std::int64_t ns) {
    std::int64_t rest = ns % kNanosPerDay;
    if (rest < 0)
        rest += kNanosPerDay;
    return static_cast<double>(rest) / static_cast<double>(kNanosPerHour);
}

double interpolate(const std::array<double, 24>& hourly, double hour) {
    const auto h = static_cast<std::size_t>(hour) % 24;
    const double frac = hour - std::floor(hour);
    return hourly[h] + (hourly[(h + 1) % 24] - hourly[h]) * frac;
}

} // namespace

double TrafficShape::trafficWeight(std::int64_t ns) const noexcept {
    const double weight = interpolate(m_scenario->hourlyTraffic, hourOfDay(ns));
    return weekdayOf(ns) >= 5 ? weight * m_scenario->weekendFactor : weight;
}

double TrafficShape::errorFactor(std::int64_t ns) const noexcept {
    return interpolate(m_scenario->hourlyErrorFactor, hourOfDay(ns));
}

double TrafficShape::peakFactor(std::int64_t ns) const noexcept {
    if (m_scenario->weekendOffPeak && weekdayOf(ns) >= 5)
        return 0.0;
    const double hour = hourOfDay(ns);
    const double from = m_scenario->peakFromHour;
    const double to = m_scenario->peakToHour;
    if (to <= from)
        return 0.0;
    // Ramp up during the hour before "from" and down during the hour after "to".
    if (hour >= from && hour < to)
        return 1.0;
    if (hour >= from - 1.0 && hour < from)
        return hour - (from - 1.0);
    if (hour >= to && hour < to + 1.0)
        return 1.0 - (hour - to);
    return 0.0;
}

double ErrorFactorCache::at(std::int64_t ns) noexcept {
    const std::int64_t minute = ns / kNanosPerMinute;
    if (minute != m_minute) {
        m_minute = minute;
        m_value = m_shape->errorFactor(minute * kNanosPerMinute);
    }
    return m_value;
}

} // namespace logscope::core
