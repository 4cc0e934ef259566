#pragma once

#include "core/analysis/analysis_context.h"
#include "core/analysis/anomaly/isolation_forest.h"
#include "core/analysis/incidents/service_grid.h"

#include <array>
#include <string>

namespace logscope::core {

/// The per-line features of seed 003, in column order.
enum LineFeature : int {
    kHourSin,
    kHourCos,
    kLevelCode,
    kServiceCode,
    kRollingErrorRate, ///< the service's error share over the last rolling window
    kRollingLatency,   ///< log1p of the service's mean latency over the last rolling window
    kLogLatency,       ///< log1p of the line's latency (the service median when it has none)
    kTemplateRarity,   ///< -log10 of the template's share of lines
    kStatusClass,      ///< status / 100 (0 when none)
    kFeatureCount
};

/// Human names of the features, for explanations.
const std::array<std::string, kFeatureCount>& lineFeatureNames();

/// One row of features per analysed line.
FeatureMatrix computeLineFeatures(const AnalysisContext& context, const ServiceGrid& grid);

} // namespace logscope::core
