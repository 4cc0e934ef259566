#pragma once

#include "core/generator/generated_record.h"
#include "core/generator/rng.h"
#include "core/generator/scenario/scenario.h"
#include "core/generator/traffic_shape.h"

#include <vector>

namespace logscope::core {

/// Builds the samples of the metrics shape (seed 001): every server reports every component
/// in turn; values sit in the component's peak range during peak hours and its off range
/// otherwise.
class MetricComposer {
public:
    MetricComposer(const Scenario& scenario, const TrafficShape& shape, std::uint64_t seed);

    /// Fills record with the sample number `sequence` (servers x components, round robin).
    void compose(GeneratedRecord& record, std::int64_t ns, std::uint64_t sequence);
    /// A normal value of component at ns.
    double normalValue(int component, std::int64_t ns) noexcept;
    /// Rewrites the message after an episode changed the value.
    void refreshMessage(GeneratedRecord& record);
    /// The random stream of sample values.
    Rng& rng() noexcept { return m_rng; }

private:
    const Scenario& m_scenario;
    const TrafficShape& m_shape;
    Rng m_rng;
    std::vector<double> m_previous; // last value per (server, component): samples drift, not jump
};

} // namespace logscope::core
