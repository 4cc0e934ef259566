#include "core/analysis/incidents/service_grid.h"

#include "core/analysis/incidents/line_signals.h"
#include "core/analysis/statistics/latency_ceiling.h"
#include "core/analysis/statistics/latency_statistics.h"
#include "core/time/civil_time.h"

#include <algorithm>
#include <cmath>

namespace logscope::core {

void GridCell::add(const GridCell& o, int sign) {
    const auto apply = [sign](std::uint32_t& a, std::uint32_t b) {
        a = sign > 0 ? a + b : a - b;
    };
    apply(lines, o.lines);
    apply(errors, o.errors);
    apply(warnings, o.warnings);
    apply(server5xx, o.server5xx);
    apply(slow, o.slow);
    apply(okLatencyLines, o.okLatencyLines);
    apply(unavailable, o.unavailable);
    apply(resource, o.resource);
    apply(authFailures, o.authFailures);
    apply(injections, o.injections);
    apply(throttled, o.throttled);
    apply(suspect, o.suspect);
    apply(latencyLines, o.latencyLines);
    latencySum += sign * o.latencySum;
}

std::size_t ServiceGrid::slotsFor(std::int64_t minutes) const {
    if (slotNs <= 0)
        return 1;
    return static_cast<std::size_t>(
        std::max<std::int64_t>(1, (minutes * kNanosPerMinute + slotNs / 2) / slotNs));
}

ServiceGrid buildServiceGrid(const AnalysisContext& context,
                             const std::vector<std::uint8_t>& signals) {
    ServiceGrid grid;
    if (!context.hasTime || context.count == 0)
        return grid;
    constexpr std::int64_t kMaxSlots = 60'000; // ~6 weeks at one minute
    // services x slots cells: many services get coarser slots rather than gigabytes.
    constexpr std::int64_t kMaxCells = 4'000'000;
    const std::int64_t span = context.lastNs - context.firstNs;
    const auto services =
        static_cast<std::int64_t>(std::max<std::size_t>(1, context.serviceNames.size()));
    grid.slotNs = kNanosPerMinute;
    while (span / grid.slotNs >= kMaxSlots || (span / grid.slotNs + 2) * services > kMaxCells)
        grid.slotNs *= 2;
    grid.startNs = context.firstNs - ((context.firstNs % grid.slotNs) + grid.slotNs) % grid.slotNs;
    grid.slots = static_cast<std::size_t>((context.lastNs - grid.startNs) / grid.slotNs + 1);
    grid.services = context.serviceNames.size();
    grid.cells.assign(grid.slots * grid.services, GridCell{});

    const LogTable& table = context.table;
    // Latency baselines per service.
    std::vector<std::vector<float>> latencies(grid.services);
    for (std::size_t i = 0; i < context.count; ++i) {
        const RowId row = context.row(i);
        if (hasPlausibleLatency(context, i))
            latencies[context.serviceOf[i]].push_back(table.latencyMs(row));
    }
    grid.p95BaselineMs.assign(grid.services, 0.0);
    grid.medianBaselineMs.assign(grid.services, 0.0);
    for (std::size_t s = 0; s < grid.services; ++s) {
        // Robust to the incidents themselves: a slow half hour in a day would move the plain
        // P95, so the P95 is estimated from the median and MAD of log latency (exact for the
        // log-normal latencies services show).
        const double median = exactPercentile(latencies[s], 0.50);
        grid.medianBaselineMs[s] = median;
        const double logMedian = std::log(std::max(median, 1e-3));
        for (float& v : latencies[s])
            v = static_cast<float>(
                std::abs(std::log(std::max(static_cast<double>(v), 1e-3)) - logMedian));
        const double mad = exactPercentile(latencies[s], 0.50);
        grid.p95BaselineMs[s] =
            latencies[s].empty() ? 0.0 : std::exp(logMedian + 1.645 * 1.4826 * mad);
        latencies[s] = {};
    }
    const double factor = context.options.latencyFactor;
    std::int64_t lastTs = kNoTimestamp;
    for (std::size_t i = 0; i < context.count; ++i) {
        const RowId row = context.row(i);
        const std::int64_t ts = table.timestampNs(row);
        const std::uint8_t bits = signals.empty() ? 0 : signals[i];
        if (ts == kNoTimestamp) {
            // A line whose time is unreadable keeps its position: broken data counts where
            // it appeared.
            if ((bits & kSuspectDataSignal) && lastTs != kNoTimestamp)
                ++grid.at(context.serviceOf[i], grid.slotOf(lastTs)).suspect;
            continue;
        }
        lastTs = ts;
        const std::size_t s = context.serviceOf[i];
        GridCell& cell = grid.at(s, grid.slotOf(ts));
        const Level level = table.level(row);
        ++cell.lines;
        cell.errors += isErrorLevel(level) ? 1 : 0;
        cell.warnings += level == Level::Warning ? 1 : 0;
        const std::uint16_t status = table.statusCode(row);
        cell.server5xx += status >= 500 ? 1 : 0;
        cell.unavailable += status >= 502 && status <= 504 ? 1 : 0;
        if (hasPlausibleLatency(context, i)) {
            const float ms = table.latencyMs(row);
            ++cell.latencyLines;
            cell.latencySum += ms;
            if (!isErrorLevel(level)) {
                ++cell.okLatencyLines;
                cell.slow += ms > factor * grid.p95BaselineMs[s] ? 1 : 0;
            }
        }
        cell.resource += (bits & kResourceSignal) && level >= Level::Warning ? 1 : 0;
        cell.authFailures += (bits & kAuthFailureSignal) ? 1 : 0;
        cell.injections += (bits & kInjectionSignal) ? 1 : 0;
        cell.throttled += (bits & kThrottledSignal) ? 1 : 0;
        cell.suspect += (bits & kSuspectDataSignal) ? 1 : 0;
    }
    return grid;
}

} // namespace logscope::core
