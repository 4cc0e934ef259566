#include "core/analysis/incidents/count_excess.h"
#include "core/analysis/incidents/incident_rules.h"

namespace logscope::core {

std::vector<Incident> detectResourceExhaustion(const IncidentInputs& in) {
    const AnalysisOptions& o = in.context.options;
    const CountExcess excess{&GridCell::resource, &in.resourceRate, o.resourceMinLines,
                             o.minResourceShare, o.resourceFactor};
    std::vector<Incident> incidents;
    for (const WindowRun& run : findCountExcess(in, excess)) {
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
