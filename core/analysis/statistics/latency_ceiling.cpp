#include "core/analysis/statistics/latency_ceiling.h"

#include "core/analysis/statistics/latency_statistics.h"

#include <algorithm>

namespace logscope::core {

void computeLatencyCeilings(AnalysisContext& context) {
    // Every 16th latency of a service is enough for its median.
    constexpr std::size_t kSampleEvery = 16;
    const std::size_t services = context.serviceNames.size();
    std::vector<std::vector<float>> samples(services);
    std::vector<std::size_t> seen(services, 0);
    for (std::size_t i = 0; i < context.count; ++i) {
        const RowId row = context.row(i);
        if (!hasUsableLatency(context.table, row))
            continue;
        const std::uint32_t s = context.serviceOf[i];
        if (seen[s]++ % kSampleEvery == 0)
            samples[s].push_back(context.table.latencyMs(row));
    }
    context.latencyCeilingMs.assign(services, 0.0F);
    for (std::size_t s = 0; s < services; ++s) {
        const double median = exactPercentile(samples[s], 0.5);
        context.latencyCeilingMs[s] = static_cast<float>(
            std::max(kPlausibleLatencyFloorMs, kImplausibleLatencyFactor * median));
    }
}

} // namespace logscope::core
