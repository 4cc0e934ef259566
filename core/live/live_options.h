#pragma once

#include "core/analysis/analysis_options.h"
#include "core/time/civil_time.h"

#include <cstddef>
#include <cstdint>

namespace logscope::core {

/// Settings of live analysis (generator demos, followed files, the headless monitor).
struct LiveOptions {
    /// The sliding window the aggregates, the dashboard and the incidents cover.
    std::int64_t windowNs = 15 * kNanosPerMinute;
    /// Aggregation slot: the grain of the per-service time grid.
    std::int64_t slotNs = kNanosPerSecond;
    /// Span the incident rules judge (the newest slots): short, so that they fire in seconds.
    std::int64_t ruleWindowNs = 10 * kNanosPerSecond;
    /// Span the brute-force rule counts failed logins over (its threshold is per minute).
    std::int64_t bruteForceWindowNs = 20 * kNanosPerSecond;
    /// Row budget of the live table, a safety cap far above a window's needs (15 minutes at
    /// 5,000 lines/s is 4.5 million rows; sealed rows cost some 30 to 60 bytes each): beyond
    /// it the oldest chunks leave even inside the window (LiveTable::overBudgetRows counts them).
    std::size_t maxRows = 20'000'000;
    /// Rows per chunk of the live table (the unit of sealing and eviction).
    std::size_t chunkRows = 16'384;
    /// zstd level a full chunk is sealed with.
    int sealLevel = 3;
    /// An incident whose rule has stayed quiet this long (data time) is closed.
    std::int64_t closeAfterNs = 30 * kNanosPerSecond;
    /// An incident raised this long before an episode starts or after it ends still matches it.
    std::int64_t matchSlackNs = 30 * kNanosPerSecond;
    /// An episode with no matching incident this long after its end counts as missed.
    std::int64_t missGraceNs = 60 * kNanosPerSecond;
    /// How often the line-scoring model is retrained (data time).
    std::int64_t retrainEveryNs = 30 * kNanosPerSecond;
    /// Thresholds shared with the batch analysis (error rate, minimum lines, factors, ...).
    AnalysisOptions analysis;
};

} // namespace logscope::core
