#include "core/analysis/anomaly/seasonal_baseline.h"

#include "core/analysis/anomaly/robust_zscore.h"

#include <algorithm>

namespace logscope::core {

std::vector<double> seasonalBaseline(const std::vector<double>& series, std::int64_t startNs,
                                     std::int64_t stepNs, std::int64_t periodNs,
                                     bool scaleByPeriod) {
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
    // Which period each point falls in, and each period's mean per point.
    const auto periodOf = [&](std::size_t i) {
        const std::int64_t t = startNs + static_cast<std::int64_t>(i) * stepNs;
        return t >= 0 ? t / periodNs : (t - periodNs + 1) / periodNs;
    };
    const std::int64_t firstPeriod = periodOf(0);
    const auto periods = static_cast<std::size_t>(periodOf(series.size() - 1) - firstPeriod + 1);
    std::vector<double> periodSum(periods, 0.0);
    std::vector<double> periodPoints(periods, 0.0);
    for (std::size_t i = 0; i < series.size(); ++i) {
        const auto k = static_cast<std::size_t>(periodOf(i) - firstPeriod);
        periodSum[k] += series[i];
        periodPoints[k] += 1.0;
    }
    const auto whole = [&](std::size_t k) {
        return periodPoints[k] == static_cast<double>(phases);
    };
    std::size_t wholePeriods = 0;
    for (std::size_t k = 0; k < periods; ++k)
        wholePeriods += whole(k) ? 1 : 0;
    std::vector<double> level(periods, 1.0);
    if (scaleByPeriod && wholePeriods >= 2) {
        // A whole period's level: its mean point against the median of the periods' means.
        std::vector<double> means;
        for (std::size_t k = 0; k < periods; ++k)
            if (whole(k))
                means.push_back(periodSum[k] / periodPoints[k]);
        const double typical = medianOf(means);
        for (std::size_t k = 0; k < periods; ++k)
            if (typical > 0 && whole(k))
                level[k] = std::max(periodSum[k] / periodPoints[k] / typical, 1e-3);
    }
    // The profile: per phase, the median of the level-adjusted points of whole periods.
    std::vector<std::vector<double>> byPhase(phases);
    for (std::size_t i = 0; i < series.size(); ++i) {
        const auto k = static_cast<std::size_t>(periodOf(i) - firstPeriod);
        if (!scaleByPeriod || wholePeriods < 2 || whole(k))
            byPhase[phaseOf(i)].push_back(series[i] / level[k]);
    }
    std::vector<double> profile(phases);
    for (std::size_t p = 0; p < phases; ++p)
        profile[p] = medianOf(byPhase[p]);
    if (scaleByPeriod && wholePeriods >= 2) {
        // A partial period's level: what it holds against what the profile expects of it.
        std::vector<double> expected(periods, 0.0);
        for (std::size_t i = 0; i < series.size(); ++i)
            expected[static_cast<std::size_t>(periodOf(i) - firstPeriod)] += profile[phaseOf(i)];
        for (std::size_t k = 0; k < periods; ++k)
            if (!whole(k) && expected[k] > 0)
                level[k] = std::max(periodSum[k] / expected[k], 1e-3);
    }
    for (std::size_t i = 0; i < series.size(); ++i)
        baseline[i] =
            profile[phaseOf(i)] * level[static_cast<std::size_t>(periodOf(i) - firstPeriod)];
    return baseline;
}

} // namespace logscope::core
