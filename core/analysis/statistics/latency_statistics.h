#pragma once

#include "core/analysis/analysis_context.h"

#include <vector>

namespace logscope::core {

/// The exact p-quantile (0..1) of values, interpolating linearly between the two nearest
/// ranks (numpy's default). Reorders values; 0 when empty.
double exactPercentile(std::vector<float>& values, double p);

/// Log-scale histogram of latencies: `bins` bins spaced evenly in log10 between the smallest
/// positive and the largest value; zeros fall in the first bin.
std::vector<HistogramBin> logHistogram(const std::vector<float>& values, std::size_t bins);

/// Latency statistics over the analysed lines that carry one: mean, exact P50/P95/P99, max,
/// histogram. Sets context.p95BaselineMs.
void computeLatencyStatistics(AnalysisContext& context, AnalysisResult& result);

} // namespace logscope::core
