#pragma once

#include "core/analysis/analysis_context.h"
#include "core/analysis/incidents/service_grid.h"

#include <vector>

namespace logscope::core {

/// Runs every incident rule, then gives each incident its root cause (the earliest abnormal
/// line of the chain: its service and template), evidence lines and recommendation; sorts
/// them by start. Marks in `flags` (per analysed line, set to 1) every abnormal line inside an
/// incident's window and services.
std::vector<Incident> detectIncidents(const AnalysisContext& context, const ServiceGrid& grid,
                                      const std::vector<std::uint8_t>& signals,
                                      std::vector<std::uint8_t>& flags);

} // namespace logscope::core
