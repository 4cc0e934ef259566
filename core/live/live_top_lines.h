#pragma once

#include "core/analysis/analysis_result.h"
#include "core/table/level.h"

#include <cmath>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace logscope::core {

/// One high-scoring line of the live window, with what the top-anomalies list shows of it.
struct LiveTopLine {
    std::uint64_t sequence = 0; ///< the line's number in the stream (0 = the first ingested)
    std::int64_t timestampNs = 0;
    float score = 0.0F;
    Level level = Level::Unknown;
    std::string service;
    std::string message;             ///< its first bytes (kMaxMessageBytes)
    float latencyMs = NAN;           ///< NaN when the line has none
    float serviceLatencyMs = 0.0F;   ///< the service's mean over the last minute (0: none)
    std::uint16_t statusCode = 0;    ///< 0 when none
    std::uint64_t templateLines = 0; ///< lines of its template so far
    std::uint64_t streamLines = 0;   ///< lines of the stream so far
};

/// The live window's highest-scoring lines, for the dashboard's top-anomalies list: a few per
/// slot (the unit the window slides by), so that memory stays bounded by the window however
/// many lines arrive, and the window's top N is exact up to perSlot lines in one slot.
/// Single-threaded.
class LiveTopLines {
public:
    /// perSlot: lines kept per slot.
    explicit LiveTopLines(std::size_t perSlot = 3) : m_perSlot(perSlot) {}

    /// Longest message prefix kept.
    static constexpr std::size_t kMaxMessageBytes = 240;

    /// True when a line of this score would be kept in slot (check before building one).
    [[nodiscard]] bool wants(std::int64_t slot, float score) const;
    /// Keeps the line when it is among its slot's perSlot best (score > 0 only).
    void offer(std::int64_t slot, LiveTopLine line);
    /// Forgets the slots before firstSlot (they left the window).
    void evictBefore(std::int64_t firstSlot);
    /// The n best lines of slots >= firstSlot, best first, explained.
    [[nodiscard]] std::vector<ScoredLine> best(std::size_t n, std::int64_t firstSlot) const;
    /// Lines kept.
    [[nodiscard]] std::size_t size() const noexcept;

private:
    std::size_t m_perSlot;
    std::map<std::int64_t, std::vector<LiveTopLine>> m_slots;
};

/// Why a live line stands out, in words: which service logged what and when (time of day,
/// UTC), then the
/// features that make it unusual (latency against its service's usual, a rare template, a
/// failing status, its level).
std::string explainLiveLine(const LiveTopLine& line);

} // namespace logscope::core
