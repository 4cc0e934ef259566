#pragma once

#include "core/analysis/evaluation/ground_truth_evaluation.h"
#include "core/live/incident_tracker.h"

#include <optional>
#include <vector>

namespace logscope::core {

/// How one injected (or otherwise known) episode fared.
struct EpisodeScore {
    enum class State : std::uint8_t { Pending, Caught, Missed };
    TruthEpisode episode;
    State state = State::Pending;
    std::uint64_t incidentId = 0; ///< the first matching incident
    double latencySeconds = 0.0;  ///< injection -> that incident's raise
};

/// Caught / missed / false alarms against the truth.
struct ScoreboardCounts {
    std::uint64_t episodes = 0;
    std::uint64_t caught = 0;
    std::uint64_t missed = 0;
    std::uint64_t pending = 0;
    std::uint64_t falseAlarms = 0;
    std::uint64_t incidents = 0;
    /// Detection latency of the most recently caught episode.
    std::optional<double> lastLatencySeconds;
};

/// Scores raised incidents against known episodes. An incident matches an episode when it
/// names one of its services (any, when the episode names none), its span overlaps the
/// episode's, widened by matchSlackNs, and it was raised no earlier than matchSlackNs before
/// the episode started. An episode is caught by its first match (latency:
/// the incident's raise time minus the episode's start), missed when nothing matched by
/// missGraceNs after its end. An incident no episode explains, once matchSlackNs has passed,
/// is a false alarm.
class EpisodeScoreboard {
public:
    /// wallClock: episode times are wall-clock times (a live generator), so latency is
    /// measured on the wall clock (it includes ingestion lag); otherwise in data time.
    EpisodeScoreboard(const LiveOptions& options, bool wallClock)
        : m_options(options), m_wallClock(wallClock) {}

    /// Replaces the known episodes (kept scores stay with their ids).
    void setEpisodes(const std::vector<TruthEpisode>& episodes);
    /// Records an incident as raised (call once per id) or updated.
    void noteIncident(const RaisedIncident& incident);
    /// Re-judges at data time dataNs.
    void update(std::int64_t dataNs);

    [[nodiscard]] const std::vector<EpisodeScore>& episodes() const { return m_scores; }
    [[nodiscard]] ScoreboardCounts counts() const;
    /// The episode an incident matches, with that incident's own latency (raise time minus
    /// the episode's start) and id; nothing when it matches none (yet).
    [[nodiscard]] std::optional<EpisodeScore> matchOf(std::uint64_t incidentId) const;

private:
    struct Seen {
        std::uint64_t id = 0;
        std::vector<std::string> services;
        std::int64_t startNs = 0;
        std::int64_t endNs = 0;
        std::int64_t raisedNs = 0; ///< on the scoring clock
        bool explained = false;
        std::size_t episode = 0; ///< index into m_scores of the first episode it matched
        bool falseAlarm = false;
    };
    [[nodiscard]] bool matches(const Seen& seen, const TruthEpisode& episode) const;

    const LiveOptions& m_options;
    bool m_wallClock;
    std::vector<EpisodeScore> m_scores;
    std::vector<Seen> m_seen;
    std::uint64_t m_falseAlarms = 0;
    std::optional<double> m_lastLatency;
};

} // namespace logscope::core
