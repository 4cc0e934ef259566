#include "core/analysis/incidents/count_excess.h"
#include "core/analysis/incidents/incident_rules.h"
#include "core/util/localized_text.h"

#include <QCoreApplication>

namespace logscope::core {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Incidents)
};
} // namespace

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
            toUtf8(Tr::tr("%n requests to %1 refused by rate limiting in %2 (%3 of its traffic, "
                          "%4x its usual rate)",
                          nullptr, static_cast<int>(w.throttled))
                       .arg(fromUtf8(in.context.serviceNames[run.service]),
                            minutesText(o.errorWindowMinutes), localPercent(share),
                            localNumber(run.peak, 1)));
        incidents.push_back(std::move(incident));
    }
    return incidents;
}

} // namespace logscope::core
