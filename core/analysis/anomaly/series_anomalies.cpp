#include "core/analysis/anomaly/series_anomalies.h"

#include "core/analysis/anomaly/robust_zscore.h"
#include "core/analysis/anomaly/seasonal_baseline.h"
#include "core/analysis/statistics/latency_ceiling.h"
#include "core/time/civil_time.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace logscope::core {
namespace {

// support: per bucket, how many lines a latency mean stands on (empty for counts).
void scoreSeries(const std::vector<double>& series, const std::string& kind, const std::string& key,
                 bool bothWays, const TimeBuckets& buckets, double threshold,
                 std::vector<SeriesAnomaly>& out, const std::vector<double>& support = {}) {
    // Counts follow the day's level (weekends are quieter); a mean latency does not.
    const bool counts = kind != "latency" && kind != "metric";
    const std::vector<double> baseline =
        seasonalBaseline(series, buckets.startNs, buckets.widthNs, kNanosPerDay, counts);
    std::vector<double> residual(series.size());
    for (std::size_t b = 0; b < series.size(); ++b)
        residual[b] = series[b] - baseline[b];
    std::vector<double> z = robustZScores(residual);
    for (std::size_t b = 0; b < series.size(); ++b) {
        if (counts && z[b] != 0.0) {
            // A count cannot be more regular than Poisson noise around its expectation.
            const double robustScale = residual[b] / z[b];
            z[b] = residual[b] / std::max(robustScale, std::sqrt(std::max(baseline[b], 1.0)));
        }
        // A mean of a handful of lines is noise, and so is a mean latency within 50 % of
        // its baseline (it shifts with the traffic mix).
        if (kind == "latency" && (support[b] < 20 || std::abs(residual[b]) < 0.5 * baseline[b]))
            z[b] = 0.0;
        if (kind == "metric" && support[b] < 3)
            z[b] = 0.0;
    }
    for (std::size_t b = 0; b < series.size(); ++b) {
        // The first and last buckets are usually partial: a short bucket is not a drop.
        if ((b == 0 || b + 1 == series.size()) && z[b] < 0)
            continue;
        if (z[b] >= threshold || (bothWays && z[b] <= -threshold)) {
            SeriesAnomaly a;
            a.kind = kind;
            a.key = key;
            a.series = kind + ":" + key;
            a.bucket = b;
            a.startNs = buckets.bucketStart(b);
            a.value = series[b];
            a.expected = baseline[b];
            a.zScore = z[b];
            out.push_back(std::move(a));
        }
    }
}

} // namespace

std::vector<SeriesAnomaly> findSeriesAnomalies(const AnalysisContext& context,
                                               const AnalysisResult& result,
                                               const std::vector<float>& metricValues) {
    std::vector<SeriesAnomaly> out;
    const TimeBuckets& buckets = result.buckets;
    const std::size_t nb = buckets.count;
    if (nb < 8)
        return out;
    const std::size_t services = context.serviceNames.size();
    // Frequent templates get their own series.
    std::vector<std::uint32_t> order(context.templates.size());
    std::iota(order.begin(), order.end(), 0U);
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        return context.templates[a].count > context.templates[b].count;
    });
    order.resize(std::min(order.size(), context.options.seriesTemplates));
    std::vector<std::int32_t> slot(context.templates.size(), -1);
    for (std::size_t k = 0; k < order.size(); ++k)
        slot[order[k]] = static_cast<std::int32_t>(k);

    std::vector<std::vector<double>> lines(services, std::vector<double>(nb, 0.0));
    std::vector<std::vector<double>> errors(services, std::vector<double>(nb, 0.0));
    std::vector<std::vector<double>> latency(services, std::vector<double>(nb, 0.0));
    std::vector<std::vector<double>> latencyLines(services, std::vector<double>(nb, 0.0));
    std::vector<std::vector<double>> templates(order.size(), std::vector<double>(nb, 0.0));
    const bool metrics = !metricValues.empty();
    std::vector<std::vector<double>> metric(metrics ? services : 0, std::vector<double>(nb, 0.0));
    std::vector<std::vector<double>> metricLines(metrics ? services : 0,
                                                 std::vector<double>(nb, 0.0));
    const LogTable& table = context.table;
    for (std::size_t i = 0; i < context.count; ++i) {
        const RowId row = context.row(i);
        const std::int64_t ts = table.timestampNs(row);
        if (ts == kNoTimestamp)
            continue;
        const std::size_t b = buckets.indexOf(ts);
        const std::size_t s = context.serviceOf[i];
        lines[s][b] += 1;
        errors[s][b] += isErrorLevel(table.level(row)) ? 1 : 0;
        // Successful requests only: a few slow error lines would swing a quiet hour's mean.
        if (hasPlausibleLatency(context, i) && !isErrorLevel(table.level(row))) {
            latency[s][b] += table.latencyMs(row);
            latencyLines[s][b] += 1;
        }
        if (const std::int32_t t = slot[context.templateOf[i]]; t >= 0)
            templates[static_cast<std::size_t>(t)][b] += 1;
        if (metrics && !std::isnan(metricValues[i])) {
            metric[s][b] += metricValues[i];
            metricLines[s][b] += 1;
        }
    }
    const double threshold = context.options.seriesZThreshold;
    for (std::size_t s = 0; s < services; ++s) {
        const std::string& name = context.serviceNames[s];
        scoreSeries(lines[s], "lines", name, true, buckets, threshold, out);
        scoreSeries(errors[s], "errors", name, false, buckets, threshold, out);
        bool anyLatency = false;
        for (std::size_t b = 0; b < nb; ++b) {
            anyLatency = anyLatency || latencyLines[s][b] > 0;
            latency[s][b] = latencyLines[s][b] > 0 ? latency[s][b] / latencyLines[s][b] : 0.0;
        }
        if (anyLatency)
            scoreSeries(latency[s], "latency", name, false, buckets, threshold, out,
                        latencyLines[s]);
        if (!metrics)
            continue;
        bool anyMetric = false;
        for (std::size_t b = 0; b < nb; ++b) {
            anyMetric = anyMetric || metricLines[s][b] > 0;
            metric[s][b] = metricLines[s][b] > 0 ? metric[s][b] / metricLines[s][b] : 0.0;
        }
        if (anyMetric)
            scoreSeries(metric[s], "metric", name, true, buckets, threshold, out, metricLines[s]);
    }
    for (std::size_t k = 0; k < order.size(); ++k)
        scoreSeries(templates[k], "template", context.templates[order[k]].text, true, buckets,
                    threshold, out);
    std::stable_sort(out.begin(), out.end(), [](const SeriesAnomaly& a, const SeriesAnomaly& b) {
        return std::abs(a.zScore) > std::abs(b.zScore);
    });
    if (out.size() > context.options.seriesAnomaliesListed)
        out.resize(context.options.seriesAnomaliesListed);
    return out;
}

} // namespace logscope::core
