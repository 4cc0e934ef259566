#include "core/analysis/analysis_result.h"

namespace logscope::core {

const char* severityName(Severity severity) noexcept {
    switch (severity) {
    case Severity::Critical:
        return "CRITICAL";
    case Severity::High:
        return "HIGH";
    case Severity::Medium:
        return "MEDIUM";
    case Severity::Low:
        return "LOW";
    }
    return "UNKNOWN";
}

const char* incidentTypeName(IncidentType type) noexcept {
    switch (type) {
    case IncidentType::HighErrorRate:
        return "High Error Rate";
    case IncidentType::ResponseTimeDegradation:
        return "Response Time Degradation";
    case IncidentType::CascadingFailure:
        return "Cascading Failure";
    case IncidentType::ResourceExhaustion:
        return "Resource Exhaustion";
    case IncidentType::SecurityThreat:
        return "Security Threat";
    case IncidentType::ServiceUnavailable:
        return "Service Unavailable";
    case IncidentType::RateLimiting:
        return "Rate Limiting";
    case IncidentType::DataAnomaly:
        return "Data Anomaly";
    }
    return "Unknown";
}

const char* healthStatusName(HealthStatus status) noexcept {
    switch (status) {
    case HealthStatus::Excellent:
        return "EXCELLENT";
    case HealthStatus::Good:
        return "GOOD";
    case HealthStatus::Fair:
        return "DEGRADED";
    case HealthStatus::Poor:
        return "POOR";
    case HealthStatus::Critical:
        return "CRITICAL";
    }
    return "UNKNOWN";
}

const char* trendName(Trend trend) noexcept {
    switch (trend) {
    case Trend::Improving:
        return "IMPROVING";
    case Trend::Stable:
        return "STABLE";
    case Trend::Degrading:
        return "DEGRADING";
    }
    return "UNKNOWN";
}

} // namespace logscope::core
