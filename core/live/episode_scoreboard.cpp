#include "core/live/episode_scoreboard.h"

#include <algorithm>

namespace logscope::core {
namespace {

// Incidents remembered for matching (the oldest are dropped beyond this).
constexpr std::size_t kMaxSeen = 10'000;

} // namespace

void EpisodeScoreboard::setEpisodes(const std::vector<TruthEpisode>& episodes) {
    for (const TruthEpisode& e : episodes) {
        const auto it = std::find_if(m_scores.begin(), m_scores.end(),
                                     [&](const EpisodeScore& s) { return s.episode.id == e.id; });
        if (it != m_scores.end())
            it->episode = e; // its end may have moved (an episode in progress)
        else
            m_scores.push_back({e});
    }
}

void EpisodeScoreboard::noteIncident(const RaisedIncident& r) {
    for (Seen& s : m_seen)
        if (s.id == r.id) {
            s.endNs = r.incident.endNs;
            s.services = r.incident.services;
            return;
        }
    Seen s;
    s.id = r.id;
    s.services = r.incident.services;
    s.startNs = r.incident.startNs;
    s.endNs = r.incident.endNs;
    s.raisedNs = m_wallClock ? r.raisedWallNs : r.raisedDataNs;
    m_seen.push_back(std::move(s));
    if (m_seen.size() > kMaxSeen)
        m_seen.erase(m_seen.begin());
}

bool EpisodeScoreboard::matches(const Seen& seen, const TruthEpisode& e) const {
    const std::int64_t slack = m_options.matchSlackNs;
    // Raised around or after the injection: an alarm already open long before does not count.
    if (seen.startNs > e.endNs + slack || seen.endNs < e.startNs - slack ||
        seen.raisedNs < e.startNs - slack)
        return false;
    if (e.services.empty())
        return true;
    for (const std::string& s : seen.services)
        if (std::find(e.services.begin(), e.services.end(), s) != e.services.end())
            return true;
    return false;
}

void EpisodeScoreboard::update(std::int64_t dataNs) {
    for (std::size_t k = 0; k < m_scores.size(); ++k) {
        EpisodeScore& score = m_scores[k];
        const TruthEpisode& e = score.episode;
        for (Seen& seen : m_seen) {
            if (!matches(seen, e))
                continue;
            if (!seen.explained)
                seen.episode = k;
            seen.explained = true;
            if (score.state != EpisodeScore::State::Caught) {
                score.state = EpisodeScore::State::Caught;
                score.incidentId = seen.id;
                score.latencySeconds =
                    std::max<double>(0.0, static_cast<double>(seen.raisedNs - e.startNs) / 1e9);
                m_lastLatency = score.latencySeconds;
            }
        }
        if (score.state == EpisodeScore::State::Pending && dataNs > e.endNs + m_options.missGraceNs)
            score.state = EpisodeScore::State::Missed;
    }
    for (Seen& seen : m_seen) {
        if (!seen.explained && !seen.falseAlarm && dataNs - seen.startNs > m_options.matchSlackNs &&
            dataNs - seen.endNs > 0) {
            seen.falseAlarm = true;
            ++m_falseAlarms;
        }
        // A later episode may still explain it (an alarm just before an injection).
        if (seen.explained && seen.falseAlarm) {
            seen.falseAlarm = false;
            --m_falseAlarms;
        }
    }
}

ScoreboardCounts EpisodeScoreboard::counts() const {
    ScoreboardCounts c;
    c.episodes = m_scores.size();
    for (const EpisodeScore& s : m_scores) {
        c.caught += s.state == EpisodeScore::State::Caught ? 1 : 0;
        c.missed += s.state == EpisodeScore::State::Missed ? 1 : 0;
        c.pending += s.state == EpisodeScore::State::Pending ? 1 : 0;
    }
    c.falseAlarms = m_falseAlarms;
    c.incidents = m_seen.size();
    c.lastLatencySeconds = m_lastLatency;
    return c;
}

std::optional<EpisodeScore> EpisodeScoreboard::matchOf(std::uint64_t incidentId) const {
    for (const Seen& seen : m_seen) {
        if (seen.id != incidentId || !seen.explained)
            continue;
        EpisodeScore match = m_scores[seen.episode];
        match.incidentId = incidentId;
        match.latencySeconds =
            std::max<double>(0.0, static_cast<double>(seen.raisedNs - match.episode.startNs) / 1e9);
        return match;
    }
    return std::nullopt;
}

} // namespace logscope::core
