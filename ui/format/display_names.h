#pragma once

#include "core/analysis/analysis_result.h"

#include <QString>
#include <string>

namespace logscope::ui {

/// The names the core gives severities, incident types and health states, in the UI language
/// (the core's own names stay English: they are also machine-readable output).
QString severityDisplayName(core::Severity severity);
QString incidentTypeDisplayName(core::IncidentType type);
QString healthStatusDisplayName(core::HealthStatus status);
/// A health factor's name ("error rate", ...) in the UI language; unknown names unchanged.
QString healthFactorDisplayName(const std::string& name);

} // namespace logscope::ui
