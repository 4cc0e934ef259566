#pragma once

#include "core/analysis/analysis_context.h"

namespace logscope::core {

/// Counts per level, time bucket, weekday × hour and service; error and warning lines; the
/// time range; per-service latency and success rate (status codes when present, else
/// levels) and the overall success rate. Fills context.hasTime/firstNs/lastNs too.
void computeVolumeStatistics(AnalysisContext& context, AnalysisResult& result);

/// True when a line counts as successful: a status code below 500 when it has one (a 4xx is
/// the client's mistake, not the service failing), else a level below ERROR.
bool isSuccessfulLine(const LogTable& table, RowId row);

/// Health of one service from its error share and success rate.
HealthStatus serviceStatus(double errorRate, double successRate);

} // namespace logscope::core
