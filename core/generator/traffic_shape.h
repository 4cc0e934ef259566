#pragma once

#include "core/generator/scenario/scenario.h"

#include <cstdint>

namespace logscope::core {

/// The time-of-day and day-of-week shape of a scenario: traffic weight, error factor and the
/// metric peak factor, interpolated between hourly points so charts show no steps.
class TrafficShape {
public:
    explicit TrafficShape(const Scenario& scenario) : m_scenario(&scenario) {}

    /// Relative traffic at ns (hourly curve, times the weekend factor on Saturday and Sunday).
    [[nodiscard]] double trafficWeight(std::int64_t ns) const noexcept;
    /// Multiplier of the base error rate at ns.
    [[nodiscard]] double errorFactor(std::int64_t ns) const noexcept;
    /// 1 in peak hours, 0 off hours (and at weekends when they are off-peak), ramping over an
    /// hour at each edge.
    [[nodiscard]] double peakFactor(std::int64_t ns) const noexcept;

private:
    const Scenario* m_scenario;
};

/// Caches TrafficShape::errorFactor per minute: lines are far denser than its changes.
class ErrorFactorCache {
public:
    explicit ErrorFactorCache(const TrafficShape& shape) : m_shape(&shape) {}
    /// The error factor of the minute containing ns.
    double at(std::int64_t ns) noexcept;

private:
    const TrafficShape* m_shape;
    std::int64_t m_minute = INT64_MIN;
    double m_value = 1.0;
};

} // namespace logscope::core
