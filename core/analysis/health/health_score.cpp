#include "core/analysis/health/health_score.h"

#include <algorithm>

namespace logscope::core {

HealthStatus healthStatusOf(double score) {
    if (score >= 90.0)
        return HealthStatus::Excellent;
    if (score >= 75.0)
        return HealthStatus::Good;
    if (score >= 50.0)
        return HealthStatus::Fair;
    return HealthStatus::Critical;
}

HealthScore computeHealthScore(const HealthInputs& in, const AnalysisOptions& o) {
    HealthScore health;
    const auto factor = [&](const char* name, double share, double perPercent, double maxPenalty) {
        const double penalty = std::clamp(share * 100.0 * perPercent, 0.0, maxPenalty);
        health.factors.push_back({name, penalty, maxPenalty});
        return penalty;
    };
    double score = 100.0;
    score -=
        factor("error rate", in.errorRate, o.errorRatePenaltyPerPercent, o.errorRatePenaltyMax);
    score -= factor("slow responses", in.slowShare, o.slowPenaltyPerPercent, o.slowPenaltyMax);
    score -= factor("low success rate", 1.0 - in.successRate, o.lowSuccessPenaltyPerPercent,
                    o.lowSuccessPenaltyMax);
    score -=
        factor("anomaly rate", in.anomalyRate, o.anomalyPenaltyPerPercent, o.anomalyPenaltyMax);
    const double critical = static_cast<double>(in.criticalIncidents) * o.criticalIncidentPenalty;
    const double high = static_cast<double>(in.highIncidents) * o.highIncidentPenalty;
    health.factors.push_back({"critical incidents", critical, 0.0});
    health.factors.push_back({"high incidents", high, 0.0});
    score -= critical + high;
    health.score = std::clamp(score, 0.0, 100.0);
    health.status = healthStatusOf(health.score);
    return health;
}

} // namespace logscope::core
