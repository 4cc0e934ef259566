#include "core/analysis/statistics/latency_statistics.h"

#include "core/analysis/statistics/latency_ceiling.h"

#include <algorithm>
#include <cmath>

namespace logscope::core {

double exactPercentile(std::vector<float>& values, double p) {
    if (values.empty())
        return 0.0;
    const double position = std::clamp(p, 0.0, 1.0) * static_cast<double>(values.size() - 1);
    const auto lower = static_cast<std::size_t>(std::floor(position));
    const double fraction = position - static_cast<double>(lower);
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(lower),
                     values.end());
    const double low = values[lower];
    if (fraction == 0.0 || lower + 1 >= values.size())
        return low;
    // The next rank is the smallest value above position `lower` after nth_element.
    const double high =
        *std::min_element(values.begin() + static_cast<std::ptrdiff_t>(lower) + 1, values.end());
    return low + (high - low) * fraction;
}

std::vector<HistogramBin> logHistogram(const std::vector<float>& values, std::size_t bins) {
    std::vector<HistogramBin> histogram;
    if (values.empty() || bins == 0)
        return histogram;
    float minPositive = std::numeric_limits<float>::max();
    float maxValue = 0.0F;
    for (const float v : values) {
        if (v > 0.0F)
            minPositive = std::min(minPositive, v);
        maxValue = std::max(maxValue, v);
    }
    if (maxValue <= 0.0F) {
        histogram.push_back({0.0, 0.0, values.size()});
        return histogram;
    }
    const double lo = std::log10(static_cast<double>(minPositive));
    double hi = std::log10(static_cast<double>(maxValue));
    if (hi <= lo)
        hi = lo + 1e-9;
    const double step = (hi - lo) / static_cast<double>(bins);
    histogram.resize(bins);
    for (std::size_t b = 0; b < bins; ++b) {
        histogram[b].lowerMs = std::pow(10.0, lo + step * static_cast<double>(b));
        histogram[b].upperMs = std::pow(10.0, lo + step * static_cast<double>(b + 1));
    }
    histogram.front().lowerMs = minPositive;
    histogram.back().upperMs = maxValue;
    for (const float v : values) {
        std::size_t b = 0;
        if (v > 0.0F) {
            const double position = (std::log10(static_cast<double>(v)) - lo) / step;
            b = position <= 0.0 ? 0 : std::min(bins - 1, static_cast<std::size_t>(position));
        }
        ++histogram[b].count;
    }
    return histogram;
}

void computeLatencyStatistics(AnalysisContext& context, AnalysisResult& result) {
    LatencyStats& stats = result.latency;
    std::vector<float> values;
    values.reserve(context.count);
    double sum = 0.0;
    float maxValue = 0.0F;
    for (std::size_t i = 0; i < context.count; ++i) {
        const RowId row = context.row(i);
        if (!hasPlausibleLatency(context, i)) {
            stats.implausible += hasUsableLatency(context.table, row) ? 1 : 0;
            continue;
        }
        const float v = context.table.latencyMs(row); // plausible: finite, not negative
        values.push_back(v);
        sum += v;
        stats.slowLines += v > context.options.slowResponseMs ? 1 : 0;
        maxValue = std::max(maxValue, v);
    }
    stats.count = values.size();
    if (values.empty())
        return;
    stats.meanMs = sum / static_cast<double>(values.size());
    stats.maxMs = maxValue;
    stats.histogram = logHistogram(values, context.options.histogramBins);
    // Highest first: each nth_element leaves the larger values to the right, so the next
    // (lower) percentile still sees every value.
    stats.p99Ms = exactPercentile(values, 0.99);
    stats.p95Ms = exactPercentile(values, 0.95);
    stats.p50Ms = exactPercentile(values, 0.50);
    context.p95BaselineMs = stats.p95Ms;
}

} // namespace logscope::core
