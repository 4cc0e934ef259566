#include "core/analysis/incidents/incident_inputs.h"

#include <cstdio>

namespace logscope::core {

IncidentInputs makeIncidentInputs(const AnalysisContext& context, const ServiceGrid& grid,
                                  const std::vector<std::uint8_t>& signals) {
    IncidentInputs inputs{context, grid, signals, {}, {}, {}, {}, {}, {}};
    inputs.errorRate.assign(grid.services, 0.0);
    inputs.resourceRate.assign(grid.services, 0.0);
    inputs.authFailureRate.assign(grid.services, 0.0);
    inputs.unavailableRate.assign(grid.services, 0.0);
    inputs.throttledRate.assign(grid.services, 0.0);
    inputs.suspectRate.assign(grid.services, 0.0);
    for (std::size_t s = 0; s < grid.services; ++s) {
        GridCell total;
        for (std::size_t k = 0; k < grid.slots; ++k)
            total.add(grid.at(s, k), 1);
        if (total.lines == 0)
            continue;
        const double lines = total.lines;
        inputs.errorRate[s] = total.errors / lines;
        inputs.resourceRate[s] = total.resource / lines;
        inputs.authFailureRate[s] = total.authFailures / lines;
        inputs.unavailableRate[s] = total.unavailable / lines;
        inputs.throttledRate[s] = total.throttled / lines;
        inputs.suspectRate[s] = total.suspect / lines;
    }
    return inputs;
}

Incident incidentForRun(const ServiceGrid& grid, const AnalysisContext& context, IncidentType type,
                        std::size_t service, std::size_t firstSlot, std::size_t lastSlot) {
    Incident incident;
    incident.type = type;
    incident.startNs = std::max(grid.slotStart(firstSlot), context.firstNs);
    incident.endNs = std::min(grid.slotStart(lastSlot + 1) - 1, context.lastNs); // inclusive
    incident.services.push_back(context.serviceNames[service]);
    return incident;
}

std::string percentText(double share) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f%%", share * 100.0);
    return buffer;
}

std::string numberText(double value, int decimals) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return buffer;
}

} // namespace logscope::core
