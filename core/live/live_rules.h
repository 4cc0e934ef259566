#pragma once

#include "core/analysis/analysis_result.h"
#include "core/live/live_grid.h"

#include <vector>

namespace logscope::core {

/// A rule that fires on the newest window of the live grid.
struct LiveFinding {
    IncidentType type = IncidentType::HighErrorRate;
    Severity severity = Severity::Medium;
    std::uint16_t service = 0;
    std::int64_t startNs = 0;  ///< first slot of the window showing the symptom
    std::int64_t endNs = 0;    ///< end of the newest slot
    std::int64_t windowNs = 0; ///< the span the rule judged
    double value = 0.0;        ///< the figure that crossed the threshold
    double threshold = 0.0;
    std::string description;
    bool injection = false;        ///< a security threat of injection payloads, not failed logins
    std::string rootCauseTemplate; ///< the service's leading symptom template (LiveSession)
};

/// Runs the incident rules (seed 003's thresholds from options.analysis, judged over the last
/// ruleWindowNs against the rest of the window as baseline): high error rate, response-time
/// degradation, service unavailable (5xx bursts, traffic collapse), resource exhaustion,
/// security threats (failed logins per client, injection payloads). Cascades are found by the
/// IncidentTracker from the failures these raise.
std::vector<LiveFinding> evaluateLiveRules(const LiveGrid& grid, const LiveOptions& options);

} // namespace logscope::core

namespace logscope::core {
/// The key LiveSlot::authByClient counts failed logins under: service and client.
std::string authKey(std::uint16_t service, std::string_view client);
} // namespace logscope::core
