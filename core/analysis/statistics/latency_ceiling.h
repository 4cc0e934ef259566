#pragma once

#include "core/analysis/analysis_context.h"

namespace logscope::core {

/// A latency above both an hour and a thousand times its service's median cannot be a response
/// time: it is a broken record (a unit mix-up, a corrupt field). Such values are left out of
/// every latency statistic and feature, and SuspectData reports them as a data anomaly.
constexpr double kPlausibleLatencyFloorMs = 3'600'000.0;
/// How many times its service's median a latency may reach before it counts as impossible.
constexpr double kImplausibleLatencyFactor = 1000.0;

/// Learns each service's latency ceiling (context.latencyCeilingMs) from a sample of its
/// usable latencies. Run once, after the lines are indexed by service.
void computeLatencyCeilings(AnalysisContext& context);

/// True when analysed line i has a usable latency within its service's ceiling.
inline bool hasPlausibleLatency(const AnalysisContext& context, std::size_t i) {
    const RowId row = context.row(i);
    if (!hasUsableLatency(context.table, row))
        return false;
    return context.latencyCeilingMs.empty() ||
           context.table.latencyMs(row) <= context.latencyCeilingMs[context.serviceOf[i]];
}

} // namespace logscope::core
