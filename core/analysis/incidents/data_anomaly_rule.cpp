#include "core/analysis/incidents/count_excess.h"
#include "core/analysis/incidents/incident_rules.h"

namespace logscope::core {

std::vector<Incident> detectDataAnomalies(const IncidentInputs& in) {
    const AnalysisOptions& o = in.context.options;
    const CountExcess excess{&GridCell::suspect, &in.suspectRate, o.suspectMinLines, 0.0,
                             o.suspectFactor};
    std::vector<Incident> incidents;
    for (const WindowRun& run : findCountExcess(in, excess)) {
        Incident incident = incidentForRun(in.grid, in.context, IncidentType::DataAnomaly,
                                           run.service, run.firstSlot, run.lastSlot);
        const GridCell& w = run.peakWindow;
        const double share = w.lines == 0 ? 0.0 : static_cast<double>(w.suspect) / w.lines;
        incident.peakValue = w.suspect;
        incident.threshold = o.suspectMinLines;
        incident.severity = share >= 0.2 ? Severity::Medium : Severity::Low;
        incident.description =
            std::to_string(w.suspect) + " lines of " + in.context.serviceNames[run.service] +
            " with missing or impossible values in " + std::to_string(o.errorWindowMinutes) +
            " minutes (" + percentText(share) + " of its lines)";
        incidents.push_back(std::move(incident));
    }
    return incidents;
}

} // namespace logscope::core
