#pragma once

#include "core/analysis/analysis_context.h"

namespace logscope::core {

/// Per-UTC-day lines, errors and mean latency, each day's direction compared with the mean
/// error rate of the days before it, and the overall direction (the least-squares slope of
/// the daily error rate over the span, relative to its mean).
void computeDailyTrends(const AnalysisContext& context, AnalysisResult& result);

/// The direction of a change from `before` to `now` given a relative tolerance; changes
/// smaller than `floor` in absolute terms are stable.
Trend classifyChange(double before, double now, double tolerance, double floor);

} // namespace logscope::core
