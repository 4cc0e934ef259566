#include "core/analysis/incidents/incident_rules.h"
#include "core/time/civil_time.h"
#include "core/util/localized_text.h"

#include <QCoreApplication>
#include <algorithm>

namespace logscope::core {

std::string cascadeDescription(const std::vector<std::string>& services,
                               std::int64_t windowMinutes) {
    std::string chain;
    for (const std::string& service : services)
        chain += (chain.empty() ? "" : " -> ") + service;
    return toUtf8(
        QCoreApplication::translate("Incidents", "Multiple services failing within %1: %2")
            .arg(minutesText(windowMinutes), fromUtf8(chain)));
}

std::vector<Incident> detectCascadingFailures(const IncidentInputs& in,
                                              const std::vector<Incident>& failures) {
    const AnalysisOptions& o = in.context.options;
    std::vector<const Incident*> onsets;
    for (const Incident& incident : failures)
        if (incident.type == IncidentType::HighErrorRate ||
            incident.type == IncidentType::ServiceUnavailable)
            onsets.push_back(&incident);
    std::stable_sort(onsets.begin(), onsets.end(),
                     [](const Incident* a, const Incident* b) { return a->startNs < b->startNs; });
    const std::int64_t window = o.cascadeWindowMinutes * kNanosPerMinute;
    std::vector<Incident> cascades;
    std::size_t first = 0;
    while (first < onsets.size()) {
        // A chain: each failure starts within the window of the previous one.
        std::size_t last = first;
        while (last + 1 < onsets.size() &&
               onsets[last + 1]->startNs - onsets[last]->startNs <= window)
            ++last;
        std::vector<std::string> services;
        std::int64_t end = onsets[first]->endNs;
        for (std::size_t k = first; k <= last; ++k) {
            for (const std::string& service : onsets[k]->services)
                if (std::find(services.begin(), services.end(), service) == services.end())
                    services.push_back(service);
            end = std::max(end, onsets[k]->endNs);
        }
        if (services.size() >= o.cascadeMinServices) {
            Incident cascade;
            cascade.type = IncidentType::CascadingFailure;
            cascade.severity = Severity::Critical;
            cascade.startNs = onsets[first]->startNs;
            cascade.endNs = end;
            cascade.services = services;
            cascade.peakValue = static_cast<double>(services.size());
            cascade.threshold = static_cast<double>(o.cascadeMinServices);
            cascade.description = cascadeDescription(services, o.cascadeWindowMinutes);
            cascades.push_back(std::move(cascade));
        }
        first = last + 1;
    }
    return cascades;
}

} // namespace logscope::core
