#include "core/analysis/incidents/recommendations.h"

#include "core/analysis/incidents/incident_inputs.h"
#include "core/time/civil_time.h"
#include "core/util/localized_text.h"

#include <QCoreApplication>
#include <algorithm>

namespace logscope::core {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Recommendations)
};

QString quoted(const std::string& text) {
    return text.empty() ? Tr::tr("(no template)") : Tr::tr("'%1'").arg(fromUtf8(text));
}

QString joined(const std::vector<std::string>& items, std::size_t from) {
    QStringList out;
    for (std::size_t i = from; i < items.size(); ++i)
        out << fromUtf8(items[i]);
    return out.join(Tr::tr(", ", "list separator"));
}

QString recommendationText(const Incident& incident) {
    const QString service = incident.rootCauseService.empty()
                                ? (incident.services.empty() ? Tr::tr("the service")
                                                             : fromUtf8(incident.services.front()))
                                : fromUtf8(incident.rootCauseService);
    const QString cause = quoted(incident.rootCauseTemplate);
    switch (incident.type) {
    case IncidentType::HighErrorRate:
        return Tr::tr("Investigate %1: %2 drove its error rate to %3; check its dependencies and "
                      "the latest deployment, and roll back if a release coincides.")
            .arg(service, cause, localPercent(incident.peakValue));
    case IncidentType::ResponseTimeDegradation:
        return Tr::tr("Profile %1: requests took over %2 ms (mean %3 ms); look for slow queries, "
                      "lock contention or saturated instances, and scale out if the slowdown "
                      "follows load.")
            .arg(service, localNumber(incident.threshold), localNumber(incident.peakValue));
    case IncidentType::CascadingFailure:
        if (incident.services.size() > 1)
            return Tr::tr("IMMEDIATE: stabilise %1 first (it failed first, with %2), then %3 "
                          "followed; restart or fail it over, shed load, and put timeouts and "
                          "circuit breakers between it and its callers.")
                .arg(service, cause, joined(incident.services, 1));
        return Tr::tr("IMMEDIATE: stabilise %1 first (it failed first, with %2); restart or fail "
                      "it over, shed load, and put timeouts and circuit breakers between it and "
                      "its callers.")
            .arg(service, cause);
    case IncidentType::ResourceExhaustion:
        return Tr::tr("Free or add capacity on %1: %2 kept repeating; check memory, disk and "
                      "connection-pool usage, look for a leak or a runaway consumer before "
                      "raising limits.")
            .arg(service, cause);
    case IncidentType::SecurityThreat:
        if (incident.injection)
            return Tr::tr("Block the source of the injection attempts on %1 (e.g. %2); verify "
                          "parameterised queries and output encoding on that endpoint and tighten "
                          "the WAF rules.")
                .arg(service, cause);
        return Tr::tr("Rate-limit or block the client behind the failed logins on %1; enable "
                      "account lockout or CAPTCHA, and check whether any login from it "
                      "succeeded.")
            .arg(service);
    case IncidentType::ServiceUnavailable:
        return Tr::tr("Check that %1's instances are up and reachable (health checks, load "
                      "balancer, crash loops); restart failed instances and verify its upstream "
                      "dependencies.")
            .arg(service);
    case IncidentType::RateLimiting:
        return Tr::tr("Find the clients %1 throttled (see the evidence lines): block or slow "
                      "abusive ones, raise the quota of legitimate ones, and make callers back off "
                      "with jitter instead of retrying at once.")
            .arg(service);
    case IncidentType::DataAnomaly:
        return Tr::tr("Check what writes %1's records: fields it always fills came missing or "
                      "impossible (e.g. %2); validate records at the producer and fix its "
                      "serialisation before trusting these figures.")
            .arg(service, cause);
    }
    return {};
}

} // namespace

std::string recommendFor(const Incident& incident) {
    return toUtf8(recommendationText(incident));
}

std::string cascadeNote(const std::string& rootService) {
    return toUtf8(QCoreApplication::translate("Recommendations",
                                              "It is part of a cascading failure that started "
                                              "in %1: stabilise %1 first.")
                      .arg(fromUtf8(rootService)));
}

std::vector<std::string> overallRecommendations(const AnalysisResult& result,
                                                double slowResponseMs) {
    std::vector<std::string> out;
    std::size_t critical = 0;
    for (const Incident& incident : result.incidents)
        critical += incident.severity == Severity::Critical ? 1 : 0;
    if (critical > 0)
        out.push_back(toUtf8(Tr::tr("CRITICAL INCIDENTS: %n need immediate action; start with "
                                    "the earliest root cause listed above.",
                                    nullptr, static_cast<int>(critical))));
    if (result.latency.count > 0 && result.latency.p95Ms > slowResponseMs / 2)
        out.push_back(toUtf8(Tr::tr("PERFORMANCE DEGRADATION: P95 response time at %1 ms; "
                                    "optimise slow queries or scale infrastructure.")
                                 .arg(localNumber(result.latency.p95Ms))));
    if (result.errorRate > 0.05)
        out.push_back(toUtf8(Tr::tr("HIGH ERROR RATE: %1 of lines are errors; fix the top error "
                                    "patterns first.")
                                 .arg(localPercent(result.errorRate))));
    if (result.anomalyRate > 0.03)
        out.push_back(toUtf8(Tr::tr("HIGH ANOMALY RATE: %n anomalies detected; review anomalous "
                                    "patterns for security threats.",
                                    nullptr, static_cast<int>(result.anomalyCount))));
    const auto worst = std::max_element(
        result.services.begin(), result.services.end(),
        [](const ServiceStats& a, const ServiceStats& b) { return a.status < b.status; });
    if (worst != result.services.end() && worst->status >= HealthStatus::Fair)
        out.push_back(toUtf8(Tr::tr("UNHEALTHY SERVICE: %1 succeeds on %2 of requests; review "
                                    "its errors.")
                                 .arg(fromUtf8(worst->name), localPercent(worst->successRate))));
    if (result.overallTrend == Trend::Degrading)
        out.push_back(toUtf8(Tr::tr("DEGRADING TREND: the daily error rate is rising; compare "
                                    "recent deployments and load.")));
    if (out.empty())
        out.push_back(toUtf8(Tr::tr("System operating within normal parameters.")));
    return out;
}

} // namespace logscope::core
