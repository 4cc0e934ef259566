#pragma once

#include "core/analysis/analysis_context.h"

namespace logscope::core {

/// Per-bucket series per service (lines, errors, mean latency) and per frequent template
/// (lines), each compared with its seasonal (hour-of-day) baseline; residuals scored with
/// robust z. Points beyond seriesZThreshold are listed, strongest first (seed 000's error
/// spikes, seed 001's metric values).
std::vector<SeriesAnomaly> findSeriesAnomalies(const AnalysisContext& context,
                                               const AnalysisResult& result);

} // namespace logscope::core
