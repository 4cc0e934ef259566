#pragma once

#include "core/analysis/analysis_result.h"
#include "core/live/episode_scoreboard.h"
#include "core/live/incident_tracker.h"
#include "core/live/line_scorer.h"
#include "core/live/live_grid.h"
#include "core/live/live_table.h"
#include "core/live/live_top_lines.h"
#include "core/live/service_symptoms.h"
#include "core/templates/template_miner.h"

#include <memory>
#include <span>
#include <vector>

namespace logscope::core {

/// What live mode shows at one moment: the dashboard's snapshot of the window plus the live
/// figures (incidents with raise times, the scoreboard, lag, memory).
struct LiveSnapshot {
    std::shared_ptr<const AnalysisResult> result; ///< never null
    std::vector<RaisedIncident> incidents;        ///< in the window, raise order
    std::vector<EpisodeScore> episodes;           ///< known episodes and how they fared
    ScoreboardCounts score;
    std::uint64_t ingested = 0;           ///< lines since the start
    std::uint64_t late = 0;               ///< lines older than the window (not aggregated)
    std::size_t rowsKept = 0;             ///< rows in the live table
    std::size_t tableBytes = 0;           ///< heap bytes of the live table
    std::uint64_t rowsOverBudget = 0;     ///< rows the row budget evicted inside the window
    std::int64_t newestNs = kNoTimestamp; ///< newest line time
    std::int64_t builtWallNs = 0;
    double lagSeconds = 0.0;    ///< builtWallNs - newestNs (generation -> snapshot)
    std::uint64_t sequence = 0; ///< 1, 2, ... per snapshot
};

/// Live analysis over a sliding window: ingest batches of rows (from a generator, a followed
/// file or stdin), get the incidents each batch raises at once, and build dashboard snapshots
/// as often as wanted (the GUI asks 4 times a second). Incremental: each line updates its
/// template (online miner), its service × slot cell, a line score from a periodically
/// retrained forest, and the live table; snapshots sum the window's slots, so their cost does
/// not grow with the rate. Single-threaded: the owner serialises calls (a worker thread).
class LiveSession {
public:
    /// wallClockTruth: episode times given to setEpisodes() are wall-clock times.
    explicit LiveSession(LiveOptions options = {}, bool wallClockTruth = false);

    /// Ingests rows at wall time wallNs; returns the incidents raised by them (rules run
    /// when a new slot starts, and at most every 100 ms of wall time otherwise).
    std::vector<RaisedIncident> ingest(std::span<const LogRow> rows, std::int64_t wallNs);
    /// Runs the rules now (e.g. when no line came for a while); returns what they raised.
    std::vector<RaisedIncident> evaluate(std::int64_t wallNs);
    /// The known episodes (injected truth) to score incidents against.
    void setEpisodes(const std::vector<TruthEpisode>& episodes);
    /// A snapshot of the window now.
    [[nodiscard]] std::shared_ptr<const LiveSnapshot> snapshot(std::int64_t wallNs);

    /// The episode an incident matches, with its latency (nothing when none).
    [[nodiscard]] std::optional<EpisodeScore> episodeOf(std::uint64_t incidentId) const {
        return m_scoreboard.matchOf(incidentId);
    }
    [[nodiscard]] const LiveOptions& options() const noexcept { return *m_options; }
    [[nodiscard]] const LiveTable& table() const noexcept { return m_table; }
    /// The per-service time grid of the window.
    [[nodiscard]] const LiveGrid& grid() const noexcept { return m_grid; }
    [[nodiscard]] const TemplateMiner& miner() const noexcept { return m_miner; }
    [[nodiscard]] std::uint64_t ingested() const noexcept { return m_ingested; }
    /// Newest line time (kNoTimestamp before any line).
    [[nodiscard]] std::int64_t newestNs() const noexcept { return m_newestNs; }

private:
    struct ServiceRecent {
        std::int64_t slot = -1;
        float errorRate = 0.0F;
        float latency = 0.0F;
    };
    const ServiceRecent& recent(std::uint16_t service);
    std::uint8_t templateSignal(std::uint32_t templateId);

    std::unique_ptr<LiveOptions> m_options; // stable address: the parts keep a reference
    LiveGrid m_grid;
    LiveTable m_table;
    TemplateMiner m_miner;
    LineScorer m_scorer;
    IncidentTracker m_tracker;
    ServiceSymptoms m_symptoms;
    EpisodeScoreboard m_scoreboard;
    LiveTopLines m_topLines; // the window's best-scoring lines (top anomalies)
    std::vector<std::uint8_t> m_templateSignals;
    std::vector<ServiceRecent> m_recent;
    std::uint64_t m_ingested = 0;
    std::uint64_t m_late = 0;
    std::int64_t m_newestNs = kNoTimestamp;
    std::int64_t m_lastEvalWallNs = 0;
    std::int64_t m_lastEvalSlot = -1;
    std::uint64_t m_sequence = 0;
    // Reused per batch.
    std::vector<LiveLineFeatures> m_features;
    std::vector<std::pair<std::int64_t, std::uint16_t>> m_places;
    std::vector<std::uint32_t> m_templatesOfBatch;
    std::vector<std::size_t> m_rowsOfBatch; // index in the batch of each scored line
    std::vector<float> m_scores;
};

} // namespace logscope::core
