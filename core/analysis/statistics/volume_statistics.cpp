#include "core/analysis/statistics/volume_statistics.h"

#include "core/analysis/parallel_chunks.h"
#include "core/analysis/statistics/latency_ceiling.h"
#include "core/time/civil_time.h"

#include <algorithm>
#include <limits>

namespace logscope::core {
namespace {

constexpr std::size_t kMinChunk = 65536;

struct ServiceAccumulator {
    std::uint64_t lines = 0;
    std::uint64_t errors = 0;
    std::uint64_t warnings = 0;
    std::uint64_t latencyLines = 0;
    double latencySum = 0.0;
    std::uint64_t statusLines = 0;
    std::uint64_t statusOk = 0;
    std::uint64_t levelOk = 0;
};

struct ChunkCounts {
    LevelCounts perLevel{};
    std::vector<LevelCounts> levelsOverTime;
    std::array<std::array<std::uint64_t, 24>, 7> dayHour{};
    std::vector<ServiceAccumulator> services;
};

double successOf(const ServiceAccumulator& s) {
    if (s.statusLines > 0)
        return static_cast<double>(s.statusOk) / static_cast<double>(s.statusLines);
    return s.lines == 0 ? 1.0 : static_cast<double>(s.levelOk) / static_cast<double>(s.lines);
}

} // namespace

bool isSuccessfulLine(const LogTable& table, RowId row) {
    const std::uint16_t status = table.statusCode(row);
    if (status != 0)
        return status < 500;
    return !isErrorLevel(table.level(row));
}

HealthStatus serviceStatus(double errorRate, double successRate) {
    const double worst = std::min(1.0 - errorRate, successRate);
    if (worst >= 0.99)
        return HealthStatus::Excellent;
    if (worst >= 0.97)
        return HealthStatus::Good;
    if (worst >= 0.95)
        return HealthStatus::Fair;
    if (worst >= 0.90)
        return HealthStatus::Poor;
    return HealthStatus::Critical;
}

void computeVolumeStatistics(AnalysisContext& context, AnalysisResult& result) {
    const LogTable& table = context.table;
    const std::size_t n = context.count;
    result.totalLines = n;

    // Pass 1: the time range.
    const std::size_t chunks = chunkCountFor(n, kMinChunk);
    std::vector<std::int64_t> firsts(chunks, std::numeric_limits<std::int64_t>::max());
    std::vector<std::int64_t> lasts(chunks, std::numeric_limits<std::int64_t>::min());
    std::vector<std::uint64_t> timed(chunks, 0);
    parallelChunks(n, kMinChunk, [&](std::size_t c, std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i) {
            const std::int64_t ts = table.timestampNs(context.row(i));
            if (ts == kNoTimestamp)
                continue;
            ++timed[c];
            firsts[c] = std::min(firsts[c], ts);
            lasts[c] = std::max(lasts[c], ts);
        }
    });
    for (std::size_t c = 0; c < chunks; ++c) {
        result.timedLines += timed[c];
        if (timed[c] > 0) {
            context.firstNs = context.hasTime ? std::min(context.firstNs, firsts[c]) : firsts[c];
            context.lastNs = context.hasTime ? std::max(context.lastNs, lasts[c]) : lasts[c];
            context.hasTime = true;
        }
    }
    if (context.hasTime) {
        result.firstNs = context.firstNs;
        result.lastNs = context.lastNs;
        result.buckets =
            chooseTimeBuckets(context.firstNs, context.lastNs, context.options.maxBuckets);
    }

    // Pass 2: counts, chunk-local then merged.
    const std::size_t serviceCount = context.serviceNames.size();
    std::vector<ChunkCounts> parts(chunks);
    parallelChunks(n, kMinChunk, [&](std::size_t c, std::size_t begin, std::size_t end) {
        ChunkCounts& part = parts[c];
        part.levelsOverTime.assign(result.buckets.count, LevelCounts{});
        part.services.assign(serviceCount, ServiceAccumulator{});
        for (std::size_t i = begin; i < end; ++i) {
            const RowId row = context.row(i);
            const Level level = table.level(row);
            const auto levelIndex = static_cast<std::size_t>(level);
            ++part.perLevel[levelIndex];
            ServiceAccumulator& s = part.services[context.serviceOf[i]];
            ++s.lines;
            s.errors += isErrorLevel(level) ? 1 : 0;
            s.warnings += level == Level::Warning ? 1 : 0;
            s.levelOk += isErrorLevel(level) ? 0 : 1;
            if (hasPlausibleLatency(context, i)) {
                ++s.latencyLines;
                s.latencySum += table.latencyMs(row);
            }
            if (const std::uint16_t status = table.statusCode(row); status != 0) {
                ++s.statusLines;
                s.statusOk += status < 500 ? 1 : 0;
            }
            const std::int64_t ts = table.timestampNs(row);
            if (ts != kNoTimestamp) {
                ++part.levelsOverTime[result.buckets.indexOf(ts)][levelIndex];
                // Days since the epoch, floored; 1970-01-01 was a Thursday (Monday = 0).
                const std::int64_t day =
                    ts >= 0 ? ts / kNanosPerDay : (ts - kNanosPerDay + 1) / kNanosPerDay;
                const std::int64_t hour = (ts - day * kNanosPerDay) / kNanosPerHour;
                ++part.dayHour[static_cast<std::size_t>(((day + 3) % 7 + 7) % 7)]
                              [static_cast<std::size_t>(hour)];
            }
        }
    });

    result.levelsOverTime.assign(result.buckets.count, LevelCounts{});
    std::vector<ServiceAccumulator> services(serviceCount);
    for (const ChunkCounts& part : parts) {
        for (int l = 0; l < kLevelCount; ++l)
            result.perLevel[static_cast<std::size_t>(l)] +=
                part.perLevel[static_cast<std::size_t>(l)];
        for (std::size_t b = 0; b < result.buckets.count; ++b)
            for (int l = 0; l < kLevelCount; ++l)
                result.levelsOverTime[b][static_cast<std::size_t>(l)] +=
                    part.levelsOverTime[b][static_cast<std::size_t>(l)];
        for (std::size_t d = 0; d < 7; ++d)
            for (std::size_t h = 0; h < 24; ++h)
                result.dayHour[d][h] += part.dayHour[d][h];
        for (std::size_t s = 0; s < serviceCount; ++s) {
            ServiceAccumulator& total = services[s];
            const ServiceAccumulator& add = part.services[s];
            total.lines += add.lines;
            total.errors += add.errors;
            total.warnings += add.warnings;
            total.latencyLines += add.latencyLines;
            total.latencySum += add.latencySum;
            total.statusLines += add.statusLines;
            total.statusOk += add.statusOk;
            total.levelOk += add.levelOk;
        }
    }

    result.errorLines = result.perLevel[static_cast<std::size_t>(Level::Error)] +
                        result.perLevel[static_cast<std::size_t>(Level::Critical)];
    result.warningLines = result.perLevel[static_cast<std::size_t>(Level::Warning)];
    result.errorRate =
        n == 0 ? 0.0 : static_cast<double>(result.errorLines) / static_cast<double>(n);

    ServiceAccumulator all;
    result.services.clear();
    for (std::size_t s = 0; s < serviceCount; ++s) {
        const ServiceAccumulator& acc = services[s];
        all.lines += acc.lines;
        all.statusLines += acc.statusLines;
        all.statusOk += acc.statusOk;
        all.levelOk += acc.levelOk;
        if (acc.lines == 0)
            continue;
        ServiceStats stats;
        stats.name = context.serviceNames[s];
        stats.lines = acc.lines;
        stats.errors = acc.errors;
        stats.warnings = acc.warnings;
        stats.latencyLines = acc.latencyLines;
        stats.avgLatencyMs =
            acc.latencyLines == 0 ? 0.0 : acc.latencySum / static_cast<double>(acc.latencyLines);
        stats.successRate = successOf(acc);
        stats.status = serviceStatus(
            static_cast<double>(acc.errors) / static_cast<double>(acc.lines), stats.successRate);
        result.services.push_back(std::move(stats));
    }
    std::stable_sort(
        result.services.begin(), result.services.end(),
        [](const ServiceStats& a, const ServiceStats& b) { return a.lines > b.lines; });
    result.statusLines = all.statusLines;
    result.successRate = successOf(all);
}

} // namespace logscope::core
