#include "core/analysis/incidents/count_excess.h"
#include "core/analysis/incidents/incident_rules.h"

namespace logscope::core {

std::vector<Incident> detectRateLimiting(const IncidentInputs& in) {
    const AnalysisOptions& o = in.context.options;
    const CountExcess excess{&GridCell::throttled, &in.throttledRate, o.throttledMinLines, 0.0,
                             o.throttledFactor};
    std::vector<Incident> incidents;
    for (const WindowRun& run : findCountExcess(in, excess)) {
        Incident incident = incidentForRun(in.grid, in.context, IncidentType::RateLimiting,
                                           run.service, run.firstSlot, run.lastSlot);
        const GridCell& w = run.peakWindow;
        const double share = w.lines == 0 ? 0.0 : static_cast<double>(w.throttled) / w.lines;
        incident.peakValue = w.throttled;
        incident.threshold = o.throttledMinLines;
        // Refusing a third of all requests hurts every client, not only the noisy ones.
        incident.severity = share >= 0.3 ? Severity::High : Severity::Medium;
        incident.description =
            std::to_string(w.throttled) + " requests to " + in.context.serviceNames[run.service] +
            " refused by rate limiting in " + std::to_string(o.errorWindowMinutes) + " minutes (" +
            percentText(share) + " of its traffic, " + numberText(run.peak, 1) +
            "x its usual rate)";
        incidents.push_back(std::move(incident));
    }
    return incidents;
}

} // namespace logscope::core
