#pragma once

#include "core/analysis/analysis_context.h"

#include <vector>

namespace logscope::core {

/// Per service and time slot (1 minute, coarser for very long spans), what the incident rules
/// and the rolling features need.
struct GridCell {
    std::uint32_t lines = 0;
    std::uint32_t errors = 0;   ///< ERROR or worse
    std::uint32_t warnings = 0; ///< WARNING
    std::uint32_t server5xx = 0;
    std::uint32_t slow = 0; ///< non-error lines above latencyFactor x the service's P95 baseline
    std::uint32_t okLatencyLines = 0; ///< non-error lines that carry a latency
    std::uint32_t unavailable = 0;    ///< status 502/503/504
    std::uint32_t resource = 0;       ///< WARN-and-worse lines about resources
    std::uint32_t authFailures = 0;
    std::uint32_t injections = 0;
    std::uint32_t throttled = 0; ///< requests refused by rate limiting
    std::uint32_t suspect = 0;   ///< lines with missing or impossible data
    std::uint32_t latencyLines = 0;
    double latencySum = 0.0;

    /// Adds (sign = 1) or removes (sign = -1) another cell's counts: sliding windows.
    void add(const GridCell& other, int sign);
};

/// The grid, service-major, plus per-service latency baselines.
struct ServiceGrid {
    std::int64_t startNs = 0;
    std::int64_t slotNs = 0;
    std::size_t slots = 0;
    std::size_t services = 0;
    std::vector<GridCell> cells;
    std::vector<double> p95BaselineMs; ///< per service, over the whole analysed span
    std::vector<double> medianBaselineMs;

    [[nodiscard]] GridCell& at(std::size_t service, std::size_t slot) {
        return cells[service * slots + slot];
    }
    [[nodiscard]] const GridCell& at(std::size_t service, std::size_t slot) const {
        return cells[service * slots + slot];
    }
    [[nodiscard]] std::size_t slotOf(std::int64_t ns) const {
        const std::int64_t k = (ns - startNs) / slotNs;
        return k < 0 ? 0 : std::min(slots - 1, static_cast<std::size_t>(k));
    }
    [[nodiscard]] std::int64_t slotStart(std::size_t slot) const {
        return startNs + static_cast<std::int64_t>(slot) * slotNs;
    }
    /// Number of slots covering `minutes` (at least 1).
    [[nodiscard]] std::size_t slotsFor(std::int64_t minutes) const;
};

/// Builds the grid over the analysed lines (empty when they carry no time).
ServiceGrid buildServiceGrid(const AnalysisContext& context,
                             const std::vector<std::uint8_t>& signals);

} // namespace logscope::core
