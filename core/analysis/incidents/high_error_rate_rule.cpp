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

std::vector<Incident> detectHighErrorRate(const IncidentInputs& in) {
    const AnalysisOptions& o = in.context.options;
    const auto test = [&](std::size_t s, const GridCell& w, std::size_t) -> std::optional<double> {
        if (w.lines < o.minWindowLines || w.errors < o.minErrorLines)
            return std::nullopt;
        const double rate = static_cast<double>(w.errors) / w.lines;
        if (rate <= o.highErrorRate ||
            excessZ(w.errors, w.lines, in.errorRate[s]) < o.significanceZ)
            return std::nullopt;
        return rate;
    };
    const auto symptom = [&](std::size_t, const GridCell& c, std::size_t) {
        return c.errors > 0 && c.errors * 1.0 >= o.highErrorRate * 0.5 * c.lines;
    };
    std::vector<Incident> incidents;
    const std::size_t width = in.grid.slotsFor(o.errorWindowMinutes);
    for (const WindowRun& run : findWindowRuns(in.grid, width, test, symptom)) {
        Incident incident = incidentForRun(in.grid, in.context, IncidentType::HighErrorRate,
                                           run.service, run.firstSlot, run.lastSlot);
        incident.peakValue = run.peak;
        incident.threshold = o.highErrorRate;
        incident.severity = run.peak >= 0.6   ? Severity::Critical
                            : run.peak >= 0.4 ? Severity::High
                                              : Severity::Medium;
        incident.description =
            toUtf8(Tr::tr("Error rate of %1 reached %2 in a %3-minute window (threshold %4, usual "
                          "%5)")
                       .arg(fromUtf8(in.context.serviceNames[run.service]), localPercent(run.peak),
                            QString::number(o.errorWindowMinutes), localPercent(o.highErrorRate),
                            localPercent(in.errorRate[run.service])));
        incidents.push_back(std::move(incident));
    }
    return incidents;
}

} // namespace logscope::core
