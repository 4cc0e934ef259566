#pragma once

#include "core/analysis/anomaly/isolation_forest.h"
#include "core/live/live_options.h"

#include <cstdint>
#include <vector>

namespace logscope::core {

/// What the live scorer knows about one line.
struct LiveLineFeatures {
    std::int64_t timestampNs = 0;
    float level = 0.0F;
    float service = 0.0F;
    float serviceErrorRate = 0.0F; ///< the service's error share over the last minute
    float serviceLatency = 0.0F;   ///< log1p of its mean latency over the last minute
    float latency = -1.0F;         ///< log1p of the line's latency, -1 when none
    float rarity = 0.0F;           ///< -log of its template's share of the lines so far
    float statusClass = 0.0F;      ///< status / 100, 0 when none
};

/// Scores lines as they arrive with an Isolation Forest (the batch analysis' features, from
/// the live aggregates) trained on a reservoir sample of recent lines and retrained every
/// retrainEveryNs of data time, so that scoring a line costs one walk through the trees.
/// Before the first training every score is 0.
class LineScorer {
public:
    explicit LineScorer(const LiveOptions& options);

    /// Scores a batch (appends to scores) and samples it for the next training.
    void score(const std::vector<LiveLineFeatures>& lines, std::vector<float>& scores);
    /// Score at the contamination quantile of the last training (1 before any).
    [[nodiscard]] float threshold() const noexcept { return m_threshold; }
    /// Trainings so far.
    [[nodiscard]] std::uint64_t trainings() const noexcept { return m_trainings; }

private:
    void retrain(std::int64_t nowNs);

    const LiveOptions& m_options;
    IsolationForest m_forest;
    bool m_trained = false;
    float m_threshold = 1.0F;
    std::uint64_t m_trainings = 0;
    std::int64_t m_lastTrainNs = 0;
    std::vector<LiveLineFeatures> m_reservoir;
    std::uint64_t m_seen = 0;
    std::uint64_t m_random;
};

} // namespace logscope::core
