#include "ui/format/display_names.h"

#include <QCoreApplication>

namespace logscope::ui {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DisplayNames)
};
// The factors core/analysis/health/health_score.cpp names, for lupdate.
[[maybe_unused]] constexpr const char* kHealthFactors[] = {
    QT_TRANSLATE_NOOP("HealthFactors", "error rate"),
    QT_TRANSLATE_NOOP("HealthFactors", "slow responses"),
    QT_TRANSLATE_NOOP("HealthFactors", "low success rate"),
    QT_TRANSLATE_NOOP("HealthFactors", "anomaly rate"),
    QT_TRANSLATE_NOOP("HealthFactors", "critical incidents"),
    QT_TRANSLATE_NOOP("HealthFactors", "high incidents")};
} // namespace

QString healthFactorDisplayName(const std::string& name) {
    return QCoreApplication::translate("HealthFactors", name.c_str());
}

QString severityDisplayName(core::Severity severity) {
    switch (severity) {
    case core::Severity::Critical:
        return Tr::tr("CRITICAL", "incident severity");
    case core::Severity::High:
        return Tr::tr("HIGH", "incident severity");
    case core::Severity::Medium:
        return Tr::tr("MEDIUM", "incident severity");
    case core::Severity::Low:
        return Tr::tr("LOW", "incident severity");
    }
    return QString::fromLatin1(core::severityName(severity));
}

QString incidentTypeDisplayName(core::IncidentType type) {
    switch (type) {
    case core::IncidentType::HighErrorRate:
        return Tr::tr("High Error Rate");
    case core::IncidentType::ResponseTimeDegradation:
        return Tr::tr("Response Time Degradation");
    case core::IncidentType::CascadingFailure:
        return Tr::tr("Cascading Failure");
    case core::IncidentType::ResourceExhaustion:
        return Tr::tr("Resource Exhaustion");
    case core::IncidentType::SecurityThreat:
        return Tr::tr("Security Threat");
    case core::IncidentType::ServiceUnavailable:
        return Tr::tr("Service Unavailable");
    case core::IncidentType::RateLimiting:
        return Tr::tr("Rate Limiting");
    case core::IncidentType::DataAnomaly:
        return Tr::tr("Data Anomaly");
    }
    return QString::fromLatin1(core::incidentTypeName(type));
}

QString healthStatusDisplayName(core::HealthStatus status) {
    switch (status) {
    case core::HealthStatus::Excellent:
        return Tr::tr("EXCELLENT", "health status");
    case core::HealthStatus::Good:
        return Tr::tr("GOOD", "health status");
    case core::HealthStatus::Fair:
        return Tr::tr("DEGRADED", "health status");
    case core::HealthStatus::Poor:
        return Tr::tr("POOR", "health status");
    case core::HealthStatus::Critical:
        return Tr::tr("CRITICAL", "health status");
    }
    return QString::fromLatin1(core::healthStatusName(status));
}

} // namespace logscope::ui
