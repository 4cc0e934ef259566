#pragma once

#include "core/live/episode_scoreboard.h"
#include "core/live/incident_tracker.h"

#include <string>

namespace logscope::core {

/// One raised incident as a single JSON line (the headless monitor's output, schema in the
/// README): type, severity, services, start/end (data time), raised_at (wall clock), the
/// newest line time when it was raised, the window the rule judged, description, value and
/// threshold, and the episode it caught with the detection latency when one is known.
std::string formatLiveIncidentJson(const RaisedIncident& incident, const EpisodeScore* episode);

/// The final summary line: lines, incidents, and the scoreboard.
std::string formatLiveSummaryJson(std::uint64_t lines, const ScoreboardCounts& score,
                                  std::uint64_t badLines);

} // namespace logscope::core
