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
        incident.description =
            toUtf8(Tr::tr("%n resource warnings from %1 in %2, %3x its usual rate", nullptr,
                          static_cast<int>(run.peakWindow.resource))
                       .arg(fromUtf8(in.context.serviceNames[run.service]),
                            minutesText(o.errorWindowMinutes), localNumber(run.peak, 1)));
        incidents.push_back(std::move(incident));
    }
    return incidents;
}

} // namespace logscope::core
