#include "core/analysis/statistics/daily_trends.h"

#include "core/analysis/statistics/latency_ceiling.h"
#include "core/time/civil_time.h"

#include <cmath>

namespace logscope::core {
namespace {

double rateOf(const DailyTrend& day) {
    return day.lines == 0 ? 0.0 : static_cast<double>(day.errors) / static_cast<double>(day.lines);
}

} // namespace

Trend classifyChange(double before, double now, double tolerance, double floor) {
    const double change = now - before;
    if (std::abs(change) < floor || std::abs(change) <= tolerance * std::abs(before))
        return Trend::Stable;
    return change > 0 ? Trend::Degrading : Trend::Improving;
}

void computeDailyTrends(const AnalysisContext& context, AnalysisResult& result) {
    if (!context.hasTime)
        return;
    const auto dayOf = [](std::int64_t ns) {
        return ns >= 0 ? ns / kNanosPerDay : (ns - kNanosPerDay + 1) / kNanosPerDay;
    };
    const std::int64_t firstDay = dayOf(context.firstNs);
    const auto days = static_cast<std::size_t>(dayOf(context.lastNs) - firstDay + 1);
    if (days > 100000)
        return; // a corrupt timestamp spans centuries: no daily view is meaningful
    std::vector<DailyTrend> daily(days);
    std::vector<double> latencySum(days, 0.0);
    std::vector<std::uint64_t> latencyLines(days, 0);
    for (std::size_t d = 0; d < days; ++d)
        daily[d].dayStartNs = (firstDay + static_cast<std::int64_t>(d)) * kNanosPerDay;
    const LogTable& table = context.table;
    for (std::size_t i = 0; i < context.count; ++i) {
        const RowId row = context.row(i);
        const std::int64_t ts = table.timestampNs(row);
        if (ts == kNoTimestamp)
            continue;
        const auto d = static_cast<std::size_t>(dayOf(ts) - firstDay);
        ++daily[d].lines;
        daily[d].errors += isErrorLevel(table.level(row)) ? 1 : 0;
        if (hasPlausibleLatency(context, i)) {
            latencySum[d] += table.latencyMs(row);
            ++latencyLines[d];
        }
    }
    constexpr double kFloor = 0.002; // a fifth of a percentage point is noise
    double priorRateSum = 0.0;
    std::size_t priorDays = 0;
    for (std::size_t d = 0; d < days; ++d) {
        DailyTrend& day = daily[d];
        day.avgLatencyMs =
            latencyLines[d] == 0 ? 0.0 : latencySum[d] / static_cast<double>(latencyLines[d]);
        if (day.lines == 0)
            continue;
        if (priorDays > 0)
            day.trend = classifyChange(priorRateSum / static_cast<double>(priorDays), rateOf(day),
                                       context.options.trendTolerance, kFloor);
        priorRateSum += rateOf(day);
        ++priorDays;
    }
    // Overall: slope of the daily error rate, projected over the span. The first and last
    // days are partial (their hours differ from a whole day's mix): left out when at least
    // three whole days remain.
    const bool skipEdges = days >= 5;
    double n = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (std::size_t d = 0; d < days; ++d) {
        if (daily[d].lines == 0 || (skipEdges && (d == 0 || d + 1 == days)))
            continue;
        const double x = static_cast<double>(d);
        const double y = rateOf(daily[d]);
        n += 1;
        sx += x;
        sy += y;
        sxx += x * x;
        sxy += x * y;
    }
    if (n >= 2 && n * sxx - sx * sx > 0) {
        const double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        const double mean = sy / n;
        const double span = static_cast<double>(days - 1);
        result.overallTrend =
            classifyChange(mean, mean + slope * span, context.options.trendTolerance, kFloor);
    }
    result.daily = std::move(daily);
}

} // namespace logscope::core
