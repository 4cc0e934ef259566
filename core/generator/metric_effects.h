#pragma once

#include "core/generator/episode.h"
#include "core/generator/metric_composer.h"

namespace logscope::core {

/// Turns metric samples inside an episode into the samples of the incident: a resource
/// climbing into its anomaly range (a slow leak, or a sudden CPU spike), a server that stops
/// reporting, and damaged samples.
class MetricEffects {
public:
    MetricEffects(const Scenario& scenario, MetricComposer& composer, std::uint64_t seed);

    /// Applies episode to a sample; false when the sample vanishes.
    bool apply(const Episode& episode, GeneratedRecord& record);

private:
    const Scenario& m_scenario;
    MetricComposer& m_composer;
    Rng m_rng;
};

} // namespace logscope::core
