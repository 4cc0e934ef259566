#pragma once

#include "core/analysis/analysis_result.h"
#include "core/live/incident_tracker.h"
#include "core/live/live_grid.h"
#include "core/live/live_top_lines.h"
#include "core/templates/template_miner.h"

#include <memory>

namespace logscope::core {

/// Builds the dashboard's AnalysisResult of the live window from the grid's slots (volume,
/// levels over time, weekday × hour, per-service figures, latency histogram and percentiles
/// from log-scale bins, templates and error patterns, timeline points), the raised incidents,
/// the top anomalies (topLines' best of the window) and the health score. There is no table
/// behind it: per-line vectors are empty, and a top anomaly's row is its number in the stream.
std::shared_ptr<AnalysisResult> buildLiveResult(const LiveGrid& grid, const TemplateMiner& miner,
                                                const std::vector<RaisedIncident>& incidents,
                                                const LiveTopLines& topLines,
                                                float anomalyThreshold, const LiveOptions& options);

} // namespace logscope::core
