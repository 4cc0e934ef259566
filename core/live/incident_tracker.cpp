#include "core/live/incident_tracker.h"

#include "core/analysis/incidents/incident_rules.h"
#include "core/analysis/incidents/recommendations.h"

#include <algorithm>

namespace logscope::core {
namespace {

bool isFailure(IncidentType type) {
    return type == IncidentType::HighErrorRate || type == IncidentType::ServiceUnavailable;
}

} // namespace

RaisedIncident* IncidentTracker::openIncident(IncidentType type, const std::string& service) {
    for (RaisedIncident& r : m_incidents)
        if (r.open && r.incident.type == type && !r.incident.services.empty() &&
            r.incident.services.front() == service)
            return &r;
    return nullptr;
}

const RaisedIncident* IncidentTracker::find(std::uint64_t id) const {
    for (const RaisedIncident& r : m_incidents)
        if (r.id == id)
            return &r;
    return nullptr;
}

std::vector<std::uint64_t> IncidentTracker::update(const std::vector<LiveFinding>& findings,
                                                   const std::vector<std::string>& serviceNames,
                                                   std::int64_t dataNs, std::int64_t wallNs) {
    std::vector<std::uint64_t> raised;
    for (const LiveFinding& f : findings) {
        const std::string& service = serviceNames[f.service];
        if (RaisedIncident* r = openIncident(f.type, service)) {
            r->incident.endNs = std::max(r->incident.endNs, f.endNs);
            if (f.value > r->incident.peakValue) {
                r->incident.peakValue = f.value;
                r->incident.description = f.description;
                r->incident.severity = std::min(r->incident.severity, f.severity);
            }
            r->lastFiringNs = dataNs;
            continue;
        }
        RaisedIncident r;
        r.id = m_nextId++;
        r.incident.type = f.type;
        r.incident.severity = f.severity;
        r.incident.startNs = f.startNs;
        r.incident.endNs = f.endNs;
        r.incident.services = {service};
        r.incident.rootCauseService = service;
        r.incident.description = f.description;
        r.incident.injection = f.injection;
        r.incident.rootCauseTemplate = f.rootCauseTemplate;
        r.incident.peakValue = f.value;
        r.incident.threshold = f.threshold;
        r.incident.recommendation = recommendFor(r.incident);
        r.raisedWallNs = wallNs;
        r.raisedDataNs = dataNs;
        r.windowNs = f.windowNs;
        r.lastFiringNs = dataNs;
        raised.push_back(r.id);
        m_incidents.push_back(std::move(r));
    }
    raiseCascade(serviceNames, dataNs, wallNs, raised);
    for (RaisedIncident& r : m_incidents)
        if (r.open && dataNs - r.lastFiringNs > m_options.closeAfterNs)
            r.open = false;
    return raised;
}

void IncidentTracker::raiseCascade(const std::vector<std::string>& serviceNames,
                                   std::int64_t dataNs, std::int64_t wallNs,
                                   std::vector<std::uint64_t>& raised) {
    (void)serviceNames;
    const AnalysisOptions& o = m_options.analysis;
    const std::int64_t span = o.cascadeWindowMinutes * kNanosPerMinute;
    // Open failures, earliest onset first; one entry per service.
    std::vector<const RaisedIncident*> failures;
    for (const RaisedIncident& r : m_incidents)
        if (r.open && isFailure(r.incident.type))
            failures.push_back(&r);
    std::sort(failures.begin(), failures.end(), [](const auto* a, const auto* b) {
        return a->incident.startNs < b->incident.startNs;
    });
    std::vector<std::string> chain;
    std::int64_t firstNs = 0;
    std::int64_t endNs = 0;
    for (const RaisedIncident* r : failures) {
        const std::string& service = r->incident.services.front();
        if (std::find(chain.begin(), chain.end(), service) != chain.end())
            continue;
        if (!chain.empty() && r->incident.startNs - firstNs > span)
            break;
        if (chain.empty())
            firstNs = r->incident.startNs;
        chain.push_back(service);
        endNs = std::max(endNs, r->incident.endNs);
    }
    if (chain.size() < o.cascadeMinServices)
        return;
    for (RaisedIncident& r : m_incidents) {
        if (!r.open || r.incident.type != IncidentType::CascadingFailure)
            continue;
        // The cascade in progress grows; its root stays.
        for (const std::string& s : chain)
            if (std::find(r.incident.services.begin(), r.incident.services.end(), s) ==
                r.incident.services.end())
                r.incident.services.push_back(s);
        r.incident.endNs = std::max(r.incident.endNs, endNs);
        r.incident.description = cascadeDescription(r.incident.services, o.cascadeWindowMinutes);
        r.lastFiringNs = dataNs;
        return;
    }
    RaisedIncident r;
    r.id = m_nextId++;
    r.incident.type = IncidentType::CascadingFailure;
    r.incident.severity = Severity::Critical;
    r.incident.startNs = firstNs;
    r.incident.endNs = endNs;
    r.incident.services = chain;
    r.incident.rootCauseService = chain.front();
    // The root's own failure names the message the cascade started with.
    for (const RaisedIncident& failure : m_incidents)
        if (failure.incident.type != IncidentType::CascadingFailure &&
            failure.incident.services.front() == chain.front() &&
            !failure.incident.rootCauseTemplate.empty()) {
            r.incident.rootCauseTemplate = failure.incident.rootCauseTemplate;
            break;
        }
    r.incident.description = cascadeDescription(chain, o.cascadeWindowMinutes);
    r.incident.peakValue = static_cast<double>(chain.size());
    r.incident.threshold = static_cast<double>(o.cascadeMinServices);
    r.incident.recommendation = recommendFor(r.incident);
    r.raisedWallNs = wallNs;
    r.raisedDataNs = dataNs;
    r.windowNs = span;
    r.lastFiringNs = dataNs;
    raised.push_back(r.id);
    m_incidents.push_back(std::move(r));
}

void IncidentTracker::evictBefore(std::int64_t fromNs) {
    std::erase_if(m_incidents, [fromNs](const RaisedIncident& r) {
        return !r.open && r.incident.endNs < fromNs;
    });
}

} // namespace logscope::core
