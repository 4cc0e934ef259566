#pragma once

#include "core/analysis/analysis_context.h"

#include <string_view>
#include <vector>

namespace logscope::core {

/// The number of a line's `"value"` field (seed 001's CPU / memory / disk readings), read from
/// the table's extra fields. False when there is none.
bool metricValueOf(std::string_view extra, double& value);

/// Per analysed line, its metric value or NaN; empty when the first lines carry none (most
/// logs), so that such logs pay nothing.
std::vector<float> collectMetricValues(const AnalysisContext& context);

/// Flags (sets to 1) lines whose metric value lies beyond zThreshold robust z-scores from the
/// median of its service at that hour of day (scaled by the service's MAD of residuals);
/// returns how many it flagged.
std::size_t flagMetricOutliers(const AnalysisContext& context, const std::vector<float>& values,
                               double zThreshold, std::vector<std::uint8_t>& flags);

} // namespace logscope::core
