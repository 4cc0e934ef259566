#include "core/analysis/incidents/incident_rules.h"
#include "core/analysis/incidents/window_runs.h"
#include "core/util/localized_text.h"

#include <QCoreApplication>

namespace logscope::core {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Incidents)
};
} // namespace

std::vector<Incident> detectResponseTimeDegradation(const IncidentInputs& in) {
    const AnalysisOptions& o = in.context.options;
    const auto test = [&](std::size_t s, const GridCell& w, std::size_t) -> std::optional<double> {
        if (in.grid.p95BaselineMs[s] <= 0 || w.okLatencyLines < o.minWindowLines ||
            w.slow < o.minErrorLines)
            return std::nullopt;
        const double share = static_cast<double>(w.slow) / w.okLatencyLines;
        if (share < o.minSlowShare)
            return std::nullopt;
        return share;
    };
    const auto symptom = [&](std::size_t, const GridCell& c, std::size_t) {
        return c.slow > 0 && c.slow * 1.0 >= o.minSlowShare * 0.5 * c.okLatencyLines;
    };
    std::vector<Incident> incidents;
    const std::size_t width = in.grid.slotsFor(o.errorWindowMinutes);
    for (const WindowRun& run : findWindowRuns(in.grid, width, test, symptom)) {
        Incident incident =
            incidentForRun(in.grid, in.context, IncidentType::ResponseTimeDegradation, run.service,
                           run.firstSlot, run.lastSlot);
        const double p95 = in.grid.p95BaselineMs[run.service];
        const double mean = run.peakWindow.latencyLines == 0
                                ? 0.0
                                : run.peakWindow.latencySum / run.peakWindow.latencyLines;
        incident.peakValue = mean;
        incident.threshold = o.latencyFactor * p95;
        incident.severity = run.peak >= 0.8   ? Severity::Critical
                            : run.peak >= 0.5 ? Severity::High
                                              : Severity::Medium;
        incident.description =
            toUtf8(Tr::tr("%1 of %2's requests took more than %3 ms (%4x its P95 baseline of %5 "
                          "ms); mean %6 ms")
                       .arg(localPercent(run.peak), fromUtf8(in.context.serviceNames[run.service]),
                            localNumber(incident.threshold), localNumber(o.latencyFactor, 1),
                            localNumber(p95), localNumber(mean)));
        incidents.push_back(std::move(incident));
    }
    return incidents;
}

} // namespace logscope::core
