#include "core/analysis/anomaly/seasonal_baseline.h"

#include "core/analysis/anomaly/robust_zscore.h"

namespace logscope::core {

std::vector<double> seasonalBaseline(const std::vector<double>& series, std::int64_t startNs,
                                     std::int64_t stepNs, std::int64_t periodNs) {
    std::vector<double> baseline(series.size(), medianOf(series));
    if (stepNs <= 0 || periodNs <= 0 || periodNs % stepNs != 0)
        return baseline;
    const auto phases = static_cast<std::size_t>(periodNs / stepNs);
    if (phases < 2 || series.size() < 2 * phases)
        return baseline;
    const auto phaseOf = [&](std::size_t i) {
        const std::int64_t t = startNs + static_cast<std::int64_t>(i) * stepNs;
        return static_cast<std::size_t>(((t % periodNs) + periodNs) % periodNs / stepNs);
    };
    std::vector<std::vector<double>> byPhase(phases);
    for (std::size_t i = 0; i < series.size(); ++i)
        byPhase[phaseOf(i)].push_back(series[i]);
    std::vector<double> medians(phases);
    for (std::size_t p = 0; p < phases; ++p)
        medians[p] = medianOf(byPhase[p]);
    for (std::size_t i = 0; i < series.size(); ++i)
        baseline[i] = medians[phaseOf(i)];
    return baseline;
}

} // namespace logscope::core
