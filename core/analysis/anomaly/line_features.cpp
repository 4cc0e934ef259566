#include "core/analysis/anomaly/line_features.h"

#include "core/analysis/parallel_chunks.h"
#include "core/analysis/statistics/latency_ceiling.h"
#include "core/time/civil_time.h"

#include <cmath>
#include <numbers>

namespace logscope::core {
namespace {

float levelCode(Level level) {
    switch (level) {
    case Level::Info:
        return 1.0F;
    case Level::Warning:
        return 2.0F;
    case Level::Error:
        return 3.0F;
    case Level::Critical:
        return 4.0F;
    case Level::Unknown:
    case Level::Trace:
    case Level::Debug:
        break;
    }
    return 0.0F;
}

} // namespace

const std::array<std::string, kFeatureCount>& lineFeatureNames() {
    static const std::array<std::string, kFeatureCount> kNames{
        "hour (sin)",    "hour (cos)", "level",           "service",     "5-min error rate",
        "5-min latency", "latency",    "template rarity", "status class"};
    return kNames;
}

FeatureMatrix computeLineFeatures(const AnalysisContext& context, const ServiceGrid& grid) {
    const std::size_t n = context.count;
    FeatureMatrix x(static_cast<Eigen::Index>(n), static_cast<Eigen::Index>(kFeatureCount));
    const LogTable& table = context.table;

    // Rolling per-service error share and mean latency over the window ending at each slot.
    const std::size_t window =
        grid.slots == 0 ? 1 : grid.slotsFor(context.options.rollingWindowMinutes);
    std::vector<float> rollingErrors(grid.cells.size(), 0.0F);
    std::vector<float> rollingLatency(grid.cells.size(), 0.0F);
    for (std::size_t s = 0; s < grid.services; ++s) {
        GridCell sum;
        for (std::size_t k = 0; k < grid.slots; ++k) {
            sum.add(grid.at(s, k), 1);
            if (k >= window)
                sum.add(grid.at(s, k - window), -1);
            rollingErrors[s * grid.slots + k] =
                sum.lines == 0 ? 0.0F
                               : static_cast<float>(sum.errors) / static_cast<float>(sum.lines);
            rollingLatency[s * grid.slots + k] =
                sum.latencyLines == 0
                    ? 0.0F
                    : static_cast<float>(std::log1p(sum.latencySum / sum.latencyLines));
        }
    }
    std::vector<float> rarity(context.templates.size());
    for (std::size_t t = 0; t < rarity.size(); ++t)
        rarity[t] =
            static_cast<float>(-std::log10(static_cast<double>(context.templates[t].count) /
                                           static_cast<double>(std::max<std::size_t>(1, n))));
    const float serviceScale = context.serviceNames.size() > 1
                                   ? 1.0F / static_cast<float>(context.serviceNames.size() - 1)
                                   : 0.0F;

    // The hour as a point on a circle, to the minute: a table instead of 2 million sin/cos.
    std::array<std::pair<float, float>, 1440> clock{};
    for (std::size_t m = 0; m < clock.size(); ++m) {
        const double angle = 2.0 * std::numbers::pi * static_cast<double>(m) / 1440.0;
        clock[m] = {static_cast<float>(std::sin(angle)), static_cast<float>(std::cos(angle))};
    }
    parallelChunks(n, 32768, [&](std::size_t, std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i) {
            const RowId row = context.row(i);
            const auto r = static_cast<Eigen::Index>(i);
            const std::size_t s = context.serviceOf[i];
            const std::int64_t ts = table.timestampNs(row);
            float hourSin = 0.0F;
            float hourCos = 0.0F;
            float rollingError = 0.0F;
            float rollingMs = 0.0F;
            if (ts != kNoTimestamp) {
                const auto minute = static_cast<std::size_t>(((ts % kNanosPerDay) + kNanosPerDay) %
                                                             kNanosPerDay / kNanosPerMinute);
                hourSin = clock[minute].first;
                hourCos = clock[minute].second;
                if (grid.slots > 0) {
                    const std::size_t cell = s * grid.slots + grid.slotOf(ts);
                    rollingError = rollingErrors[cell];
                    rollingMs = rollingLatency[cell];
                }
            }
            float latency = 0.0F;
            if (hasPlausibleLatency(context, i))
                latency = static_cast<float>(std::log1p(std::max(0.0F, table.latencyMs(row))));
            else if (s < grid.medianBaselineMs.size())
                latency = static_cast<float>(std::log1p(grid.medianBaselineMs[s]));
            x(r, kHourSin) = hourSin;
            x(r, kHourCos) = hourCos;
            x(r, kLevelCode) = levelCode(table.level(row));
            x(r, kServiceCode) = static_cast<float>(s) * serviceScale;
            x(r, kRollingErrorRate) = rollingError;
            x(r, kRollingLatency) = rollingMs;
            x(r, kLogLatency) = std::isfinite(latency) ? latency : 0.0F;
            x(r, kTemplateRarity) = rarity[context.templateOf[i]];
            x(r, kStatusClass) = static_cast<float>(table.statusCode(row) / 100);
        }
    });
    return x;
}

} // namespace logscope::core
