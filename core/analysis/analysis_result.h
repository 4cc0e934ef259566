#pragma once

#include "core/analysis/time_buckets.h"
#include "core/table/level.h"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace logscope::core {

/// Lines counted per level.
using LevelCounts = std::array<std::uint64_t, kLevelCount>;

/// What one service did.
struct ServiceStats {
    std::string name;
    std::uint64_t lines = 0;
    std::uint64_t errors = 0; ///< lines at ERROR or worse
};

/// The outcome of analysing a table: an immutable snapshot every view renders from.
struct AnalysisResult {
    std::uint64_t totalLines = 0;
    std::uint64_t timedLines = 0; ///< lines with a readable timestamp
    std::int64_t firstNs = 0;
    std::int64_t lastNs = 0;
    LevelCounts perLevel{};
    std::uint64_t errorLines = 0;
    double errorRate = 0.0; ///< errorLines / totalLines
    /// Services ordered by line count, most active first.
    std::vector<ServiceStats> services;
    /// Level counts per time bucket.
    TimeBuckets buckets;
    std::vector<LevelCounts> levelsOverTime;
};

} // namespace logscope::core
