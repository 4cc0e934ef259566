#pragma once

#include "core/analysis/analysis_options.h"
#include "core/formats/log_format.h"

#include <QString>
#include <cstdint>
#include <memory>

namespace logscope::app {

/// What `logscope analyze --follow` was asked for.
struct FollowMonitorSettings {
    QString path;                                  ///< a file, or "-" for standard input
    std::shared_ptr<const core::LogFormat> format; ///< null: detected from the first lines
    std::int64_t windowNs = 0;                     ///< 0: the live default (15 minutes)
    std::int64_t runForNs = 0;                     ///< stop after this long; 0 = until stopped
    bool fromEnd = false;                          ///< only lines appended from now on
    QString episodesPath; ///< episodes to score against; empty: FILE.episodes.json when present
    core::AnalysisOptions options;
};

/// Follows a growing file (tail semantics: rotation and truncation survive) or stdin through
/// live analysis and prints each incident as one JSON line the moment it is raised, then a
/// summary line when stopped (SIGINT/SIGTERM, --for, or the end of stdin). Returns the exit code.
int runFollowMonitor(const FollowMonitorSettings& settings);

} // namespace logscope::app
