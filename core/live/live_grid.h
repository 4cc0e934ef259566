#pragma once

#include "core/analysis/analysis_result.h"
#include "core/analysis/incidents/service_grid.h"
#include "core/live/live_options.h"
#include "core/table/level.h"

#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace logscope::core {

/// Fixed log-scale latency bins shared by every live histogram: 10 per decade from 0.1 ms.
struct LatencyBins {
    static constexpr std::size_t kCount = 72;
    /// The bin of a latency (clamped to the range).
    static std::size_t binOf(double ms) noexcept;
    /// Lower and upper edge of bin i in ms.
    static double lower(std::size_t i) noexcept;
    static double upper(std::size_t i) noexcept { return lower(i + 1); }
};
/// Counts per latency bin.
using LatencyHistogram = std::array<std::uint32_t, LatencyBins::kCount>;

/// What one service did during one slot.
struct LiveCell {
    GridCell grid;        ///< the counts the incident rules read
    LevelCounts levels{}; ///< lines per level
    std::uint32_t statusLines = 0;
    std::uint32_t statusOk = 0;   ///< status below 500
    std::uint32_t outliers = 0;   ///< lines the scoring model put above its threshold
    std::uint32_t flagged = 0;    ///< outliers with a rare template
    LatencyHistogram okLatency{}; ///< latencies of non-error lines
    LatencyHistogram allLatency{};
    double maxLatencyMs = 0.0;
};

/// A line kept for the anomaly timeline.
struct LivePoint {
    std::int64_t timestampNs = 0;
    float score = 0.0F;
    std::uint32_t templateId = 0;
};

/// One slot of the grid: a cell per service and the keyed counts.
struct LiveSlot {
    std::int64_t index = -1; ///< absolute slot number (time / slotNs); -1 = empty
    std::vector<LiveCell> cells;
    /// Lines per (template << 16 | service), and the worst level seen.
    std::unordered_map<std::uint64_t, std::pair<std::uint32_t, Level>> templates;
    /// Failed logins per client (IP or user).
    std::unordered_map<std::string, std::uint32_t> authByClient;
    std::vector<LivePoint> points; ///< the slot's highest-scoring lines and a few others
    void clear(std::int64_t newIndex);
};

/// The per-service time grid of the sliding window: a ring of slots keyed by absolute slot
/// number, so that adding a line and evicting old time are O(1). Single-threaded.
class LiveGrid {
public:
    explicit LiveGrid(const LiveOptions& options);

    /// The dense index of a service name (new names are added).
    std::uint16_t serviceIndex(std::string_view name);
    [[nodiscard]] const std::vector<std::string>& serviceNames() const { return m_services; }

    /// The slot for a time, moving the window forward (and clearing what leaves it) when the
    /// time is newer than any before; nullptr for a time older than the window.
    LiveSlot* slotFor(std::int64_t ns);
    /// The cell of a service in a slot (grows the slot for new services).
    LiveCell& cell(LiveSlot& slot, std::uint16_t service);

    /// Newest slot number seen (-1 before the first line).
    [[nodiscard]] std::int64_t newestIndex() const noexcept { return m_newest; }
    [[nodiscard]] std::int64_t slotNs() const noexcept { return m_slotNs; }
    [[nodiscard]] std::size_t slotCount() const noexcept { return m_slots.size(); }
    /// The slot with absolute number index, or nullptr when it is not in the window.
    [[nodiscard]] const LiveSlot* slot(std::int64_t index) const;
    /// Sum of a service's cells over slots [fromIndex, toIndex].
    [[nodiscard]] LiveCell sum(std::uint16_t service, std::int64_t fromIndex,
                               std::int64_t toIndex) const;
    /// Oldest slot number in the window.
    [[nodiscard]] std::int64_t oldestIndex() const noexcept;

private:
    std::int64_t m_slotNs;
    std::vector<LiveSlot> m_slots;
    std::int64_t m_newest = -1;
    std::vector<std::string> m_services;
    std::unordered_map<std::string, std::uint16_t> m_serviceIds;
};

/// Adds a cell's counts to another's.
void addCell(LiveCell& into, const LiveCell& from);
/// The q-quantile (0..1) of a histogram, interpolated inside its bin; 0 when empty.
double histogramQuantile(const LatencyHistogram& histogram, double q);

} // namespace logscope::core
