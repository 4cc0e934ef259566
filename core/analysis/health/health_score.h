#pragma once

#include "core/analysis/analysis_options.h"
#include "core/analysis/analysis_result.h"

namespace logscope::core {

/// The figures the health score is made from.
struct HealthInputs {
    double errorRate = 0.0;   ///< share of lines at ERROR or worse
    double slowShare = 0.0;   ///< share of latency-carrying lines slower than slowResponseMs
    double successRate = 1.0; ///< share of successful requests
    double anomalyRate = 0.0; ///< share of lines flagged anomalous
    std::size_t criticalIncidents = 0;
    std::size_t highIncidents = 0;
};

/// Seed 003's score: 100 minus, per factor, (its percentage x the per-percent weight) capped
/// at the factor's maximum (error rate 30, slow responses 20, low success 20 counted on the
/// failed share, anomaly rate 15), minus 5 per critical and 2 per high incident; clamped to
/// 0..100. Status: EXCELLENT >= 90, GOOD >= 75, DEGRADED (Fair) >= 50, else CRITICAL.
HealthScore computeHealthScore(const HealthInputs& inputs, const AnalysisOptions& options);

/// The system status of a score.
HealthStatus healthStatusOf(double score);

} // namespace logscope::core
