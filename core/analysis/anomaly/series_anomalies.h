#pragma once

#include "core/analysis/analysis_context.h"

namespace logscope::core {

/// Per-bucket series per service (lines, errors, mean latency, mean metric value) and per frequent
/// template (lines), each compared with its seasonal (hour-of-day) baseline; residuals scored with
/// robust z. Points beyond seriesZThreshold are listed, strongest first (seed 000's error
/// spikes, seed 001's metric values).
/// metricValues (per line, NaN for none; may be empty) adds a "metric" series per service.
std::vector<SeriesAnomaly> findSeriesAnomalies(const AnalysisContext& context,
                                               const AnalysisResult& result,
                                               const std::vector<float>& metricValues = {});

} // namespace logscope::core
