#pragma once

#include "core/analysis/incidents/incident_inputs.h"

#include <vector>

namespace logscope::core {

/// More than highErrorRate of a service's lines at ERROR or worse in an errorWindowMinutes
/// window, with enough lines and well above the service's usual rate.
std::vector<Incident> detectHighErrorRate(const IncidentInputs& in);

/// A window in which at least minSlowShare of a service's successful requests took more than
/// latencyFactor x its P95 baseline.
std::vector<Incident> detectResponseTimeDegradation(const IncidentInputs& in);

/// Resource warnings (memory, disk, CPU, pools, descriptors) well above the service's usual
/// rate.
std::vector<Incident> detectResourceExhaustion(const IncidentInputs& in);

/// Brute force (failed logins per client or per service per minute) and injection payloads.
std::vector<Incident> detectSecurityThreats(const IncidentInputs& in);

/// A service answering mostly 502-504, or whose traffic collapsed against its neighbouring
/// windows.
std::vector<Incident> detectServiceUnavailable(const IncidentInputs& in);

/// Many requests of a service refused by rate limiting (HTTP 429, "rate limit exceeded") in a
/// window, well above its usual share.
std::vector<Incident> detectRateLimiting(const IncidentInputs& in);

/// Lines of a service with missing or impossible values (see SuspectData) in a window, well
/// above its usual share.
std::vector<Incident> detectDataAnomalies(const IncidentInputs& in);

/// The description of a cascade: its services as a chain, root cause first.
std::string cascadeDescription(const std::vector<std::string>& services,
                               std::int64_t windowMinutes);
/// Failures (error-rate and unavailability incidents) of at least cascadeMinServices services
/// whose onsets follow each other within cascadeWindowMinutes.
std::vector<Incident> detectCascadingFailures(const IncidentInputs& in,
                                              const std::vector<Incident>& failures);

} // namespace logscope::core
