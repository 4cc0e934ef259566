#include "core/analysis/incidents/incident_rules.h"
#include "core/analysis/incidents/window_runs.h"

#include <algorithm>

namespace logscope::core {

std::vector<Incident> detectResourceExhaustion(const IncidentInputs& in) {
    const AnalysisOptions& o = in.context.options;
    const auto test = [&](std::size_t s, const GridCell& w, std::size_t) -> std::optional<double> {
        if (w.resource < o.resourceMinLines || w.lines == 0 ||
            static_cast<double>(w.resource) < o.minResourceShare * w.lines)
            return std::nullopt;
        const double expected = std::max(0.5, in.resourceRate[s] * w.lines);
        const double ratio = w.resource / expected;
        if (ratio < o.resourceFactor ||
            excessZ(w.resource, w.lines, in.resourceRate[s]) < o.significanceZ)
            return std::nullopt;
        return ratio;
    };
    const auto symptom = [](std::size_t, const GridCell& c, std::size_t) {
        return c.resource > 0;
    };
    std::vector<Incident> incidents;
    const std::size_t width = in.grid.slotsFor(o.errorWindowMinutes);
    for (const WindowRun& run : findWindowRuns(in.grid, width, test, symptom)) {
        Incident incident = incidentForRun(in.grid, in.context, IncidentType::ResourceExhaustion,
                                           run.service, run.firstSlot, run.lastSlot);
        incident.peakValue = run.peakWindow.resource;
        incident.threshold = o.resourceMinLines;
        incident.severity = run.peakWindow.errors * 2 >= run.peakWindow.resource ? Severity::High
                                                                                 : Severity::Medium;
        if (run.peakWindow.lines > 0 && run.peakWindow.errors * 2 >= run.peakWindow.lines)
            incident.severity = Severity::Critical;
        incident.description = std::to_string(run.peakWindow.resource) +
                               " resource warnings from " + in.context.serviceNames[run.service] +
                               " in " + std::to_string(o.errorWindowMinutes) + " minutes, " +
                               numberText(run.peak, 1) + "x its usual rate";
        incidents.push_back(std::move(incident));
    }
    return incidents;
}

} // namespace logscope::core
