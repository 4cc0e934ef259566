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
        incident.description = toUtf8(
            Tr::tr("%n lines of %1 with missing or impossible values in %2 (%3 of its lines)",
                   nullptr, static_cast<int>(w.suspect))
                .arg(fromUtf8(in.context.serviceNames[run.service]),
                     minutesText(o.errorWindowMinutes), localPercent(share)));
        incidents.push_back(std::move(incident));
    }
    return incidents;
}

} // namespace logscope::core
