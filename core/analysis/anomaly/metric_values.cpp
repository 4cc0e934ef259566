#include "core/analysis/anomaly/metric_values.h"

#include "core/analysis/parallel_chunks.h"
#include "core/analysis/statistics/latency_statistics.h"
#include "core/time/civil_time.h"

#include <charconv>
#include <cmath>
#include <limits>

namespace logscope::core {

bool metricValueOf(std::string_view extra, double& value) {
    constexpr std::string_view kKey = "\"value\":";
    const std::size_t at = extra.find(kKey);
    if (at == std::string_view::npos)
        return false;
    std::size_t start = at + kKey.size();
    while (start < extra.size() && extra[start] == ' ')
        ++start;
    const char* end = extra.data() + extra.size();
    const auto [ptr, ec] = std::from_chars(extra.data() + start, end, value);
    return ec == std::errc() && ptr != extra.data() + start && std::isfinite(value);
}

namespace {
// extra() is rebuilt from the raw line on demand: only build it when the raw line names a value.
bool rowMetricValue(const LogTable& table, LogTable::Row row, double& value) {
    const std::string_view raw = table.rawLine(row);
    if (!raw.empty() && raw.find("value") == std::string_view::npos)
        return false;
    return metricValueOf(table.extra(row), value);
}
} // namespace

std::vector<float> collectMetricValues(const AnalysisContext& context) {
    const LogTable& table = context.table;
    bool any = false;
    double value = 0.0;
    for (std::size_t i = 0; i < std::min<std::size_t>(context.count, 1000) && !any; ++i)
        any = rowMetricValue(table, context.row(i), value);
    if (!any)
        return {};
    std::vector<float> values(context.count, std::numeric_limits<float>::quiet_NaN());
    parallelChunks(context.count, 65536, [&](std::size_t, std::size_t begin, std::size_t end) {
        double v = 0.0;
        for (std::size_t i = begin; i < end; ++i)
            if (rowMetricValue(table, context.row(i), v))
                values[i] = static_cast<float>(v);
    });
    return values;
}

std::size_t flagMetricOutliers(const AnalysisContext& context, const std::vector<float>& values,
                               double zThreshold, std::vector<std::uint8_t>& flags) {
    if (values.empty())
        return 0;
    // Readings follow the hour (peak and off hours, seed 001): each is compared with the median
    // of its service at that hour of day, and the residuals scaled by their MAD per service.
    const std::size_t services = context.serviceNames.size();
    const LogTable& table = context.table;
    const auto hourOf = [&](std::size_t i) -> std::size_t {
        const std::int64_t ts = table.timestampNs(context.row(i));
        if (ts == kNoTimestamp)
            return 24; // untimed: a bin of its own
        return static_cast<std::size_t>(((ts % kNanosPerDay) + kNanosPerDay) % kNanosPerDay /
                                        kNanosPerHour);
    };
    std::vector<std::vector<float>> bins(services * 25);
    for (std::size_t i = 0; i < values.size(); ++i)
        if (!std::isnan(values[i]))
            bins[context.serviceOf[i] * 25 + hourOf(i)].push_back(values[i]);
    std::vector<double> median(bins.size(), 0.0);
    for (std::size_t k = 0; k < bins.size(); ++k)
        median[k] = exactPercentile(bins[k], 0.5);
    std::vector<std::vector<float>> residuals(services);
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (std::isnan(values[i]))
            continue;
        const std::size_t s = context.serviceOf[i];
        residuals[s].push_back(
            static_cast<float>(std::abs(values[i] - median[s * 25 + hourOf(i)])));
    }
    std::vector<double> scale(services, 0.0);
    for (std::size_t s = 0; s < services; ++s)
        if (residuals[s].size() >= 10)
            scale[s] = 1.4826 * exactPercentile(residuals[s], 0.5);
    std::size_t flagged = 0;
    for (std::size_t i = 0; i < values.size(); ++i) {
        const std::size_t s = context.serviceOf[i];
        if (std::isnan(values[i]) || scale[s] <= 0.0)
            continue;
        const double z = std::abs(values[i] - median[s * 25 + hourOf(i)]) / scale[s];
        if (z >= zThreshold && flags[i] == 0) {
            flags[i] = 1;
            ++flagged;
        }
    }
    return flagged;
}

} // namespace logscope::core
