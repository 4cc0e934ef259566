#pragma once

#include "core/analysis/analysis_context.h"
#include "core/analysis/incidents/service_grid.h"

#include <vector>

namespace logscope::core {

/// What the incident rules look at.
struct IncidentInputs {
    const AnalysisContext& context;
    const ServiceGrid& grid;
    const std::vector<std::uint8_t>& signals; ///< per line, LineSignal bits
    std::vector<double> errorRate;            ///< per service, over the span
    std::vector<double> resourceRate;         ///< per service: resource lines per line
    std::vector<double> authFailureRate;      ///< per service: failed logins per line
    std::vector<double> unavailableRate;      ///< per service: 502-504 per line
    std::vector<double> throttledRate;        ///< per service: rate-limited requests per line
    std::vector<double> suspectRate;          ///< per service: broken-data lines per line
};

/// Builds the per-service baseline rates from the grid.
IncidentInputs makeIncidentInputs(const AnalysisContext& context, const ServiceGrid& grid,
                                  const std::vector<std::uint8_t>& signals);

/// An incident over one service and a run of slots (times from the grid).
Incident incidentForRun(const ServiceGrid& grid, const AnalysisContext& context, IncidentType type,
                        std::size_t service, std::size_t firstSlot, std::size_t lastSlot);

/// "12.3%": a share as a percentage with one decimal.
std::string percentText(double share);
/// "1,234 ms" style rounding of a figure.
std::string numberText(double value, int decimals = 0);

} // namespace logscope::core
