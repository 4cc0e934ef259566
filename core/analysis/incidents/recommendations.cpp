#include "core/analysis/incidents/recommendations.h"

#include "core/analysis/incidents/incident_inputs.h"
#include "core/time/civil_time.h"

#include <algorithm>

namespace logscope::core {
namespace {

std::string quoted(const std::string& text) {
    return text.empty() ? std::string("(no template)") : "'" + text + "'";
}

std::string joined(const std::vector<std::string>& items, std::size_t from) {
    std::string out;
    for (std::size_t i = from; i < items.size(); ++i)
        out += (out.empty() ? "" : ", ") + items[i];
    return out;
}

} // namespace

std::string recommendFor(const Incident& incident) {
    const std::string service =
        incident.rootCauseService.empty()
            ? (incident.services.empty() ? std::string("the service") : incident.services.front())
            : incident.rootCauseService;
    const std::string cause = quoted(incident.rootCauseTemplate);
    switch (incident.type) {
    case IncidentType::HighErrorRate:
        return "Investigate " + service + ": " + cause + " drove its error rate to " +
               percentText(incident.peakValue) +
               "; check its dependencies and the latest deployment, and roll back if a release "
               "coincides.";
    case IncidentType::ResponseTimeDegradation:
        return "Profile " + service + ": requests took over " + numberText(incident.threshold) +
               " ms (mean " + numberText(incident.peakValue) +
               " ms); look for slow queries, lock contention or saturated instances, and scale "
               "out if the slowdown follows load.";
    case IncidentType::CascadingFailure:
        return "IMMEDIATE: stabilise " + service + " first (it failed first, with " + cause + ")" +
               (incident.services.size() > 1
                    ? ", then " + joined(incident.services, 1) + " followed"
                    : std::string()) +
               "; restart or fail it over, shed load, and put timeouts and circuit breakers "
               "between it and its callers.";
    case IncidentType::ResourceExhaustion:
        return "Free or add capacity on " + service + ": " + cause +
               " kept repeating; check memory, disk and connection-pool usage, look for a leak "
               "or a runaway consumer before raising limits.";
    case IncidentType::SecurityThreat:
        if (incident.description.rfind("Injection", 0) == 0)
            return "Block the source of the injection attempts on " + service + " (e.g. " + cause +
                   "); verify parameterised queries and output encoding on that endpoint and "
                   "tighten the WAF rules.";
        return "Rate-limit or block the client behind the failed logins on " + service +
               "; enable account lockout or CAPTCHA, and check whether any login from it "
               "succeeded.";
    case IncidentType::ServiceUnavailable:
        return "Check that " + service +
               "'s instances are up and reachable (health checks, load balancer, crash loops); "
               "restart failed instances and verify its upstream dependencies.";
    case IncidentType::RateLimiting:
        return "Find the clients " + service +
               " throttled (see the evidence lines): block or slow abusive ones, raise the quota "
               "of legitimate ones, and make callers back off with jitter instead of retrying "
               "at once.";
    case IncidentType::DataAnomaly:
        return "Check what writes " + service +
               "'s records: fields it always fills came missing or impossible (e.g. " + cause +
               "); validate records at the producer and fix its serialisation before trusting "
               "these figures.";
    }
    return {};
}

std::vector<std::string> overallRecommendations(const AnalysisResult& result,
                                                double slowResponseMs) {
    std::vector<std::string> out;
    std::size_t critical = 0;
    for (const Incident& incident : result.incidents)
        critical += incident.severity == Severity::Critical ? 1 : 0;
    if (critical > 0)
        out.push_back("CRITICAL INCIDENTS: " + std::to_string(critical) +
                      " need immediate action; start with the earliest root cause listed above.");
    if (result.latency.count > 0 && result.latency.p95Ms > slowResponseMs / 2)
        out.push_back("PERFORMANCE DEGRADATION: P95 response time at " +
                      numberText(result.latency.p95Ms) +
                      " ms; optimise slow queries or scale infrastructure.");
    if (result.errorRate > 0.05)
        out.push_back("HIGH ERROR RATE: " + percentText(result.errorRate) +
                      " of lines are errors; fix the top error patterns first.");
    if (result.anomalyRate > 0.03)
        out.push_back("HIGH ANOMALY RATE: " + std::to_string(result.anomalyCount) +
                      " anomalies detected; review anomalous patterns for security threats.");
    const auto worst = std::max_element(
        result.services.begin(), result.services.end(),
        [](const ServiceStats& a, const ServiceStats& b) { return a.status < b.status; });
    if (worst != result.services.end() && worst->status >= HealthStatus::Fair)
        out.push_back("UNHEALTHY SERVICE: " + worst->name + " succeeds on " +
                      percentText(worst->successRate) + " of requests; review its errors.");
    if (result.overallTrend == Trend::Degrading)
        out.push_back("DEGRADING TREND: the daily error rate is rising; compare recent "
                      "deployments and load.");
    if (out.empty())
        out.push_back("System operating within normal parameters.");
    return out;
}

} // namespace logscope::core
