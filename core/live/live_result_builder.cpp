#include "core/live/live_result_builder.h"

#include "core/analysis/health/health_score.h"
#include "core/analysis/incidents/recommendations.h"
#include "core/analysis/statistics/volume_statistics.h"

#include <algorithm>
#include <map>

namespace logscope::core {
namespace {

// Weekday (0 = Monday) and hour of a time, UTC.
std::pair<std::size_t, std::size_t> weekdayHour(std::int64_t ns) {
    const std::int64_t days = (ns >= 0 ? ns : ns - kNanosPerDay + 1) / kNanosPerDay;
    const auto weekday = static_cast<std::size_t>(((days + 3) % 7 + 7) % 7); // 1970-01-01: Thu
    const auto hour = static_cast<std::size_t>(((ns % kNanosPerDay + kNanosPerDay) % kNanosPerDay) /
                                               kNanosPerHour);
    return {weekday, hour};
}

struct TemplateTotals {
    std::uint64_t count = 0;
    Level worst = Level::Unknown;
    std::map<std::uint16_t, std::uint64_t> byService;
};

TemplateStats describe(std::uint32_t id, const TemplateTotals& t, const TemplateMiner& miner,
                       const std::vector<std::string>& serviceNames) {
    TemplateStats s;
    s.templateId = id;
    s.text = miner.text(id);
    s.count = t.count;
    s.worstLevel = t.worst;
    std::vector<std::pair<std::uint64_t, std::uint16_t>> services;
    for (const auto& [service, n] : t.byService)
        services.emplace_back(n, service);
    std::sort(services.rbegin(), services.rend());
    for (const auto& [n, service] : services)
        s.services.push_back(serviceNames[service]);
    return s;
}

} // namespace

std::shared_ptr<AnalysisResult> buildLiveResult(const LiveGrid& grid, const TemplateMiner& miner,
                                                const std::vector<RaisedIncident>& incidents,
                                                const LiveTopLines& topLines,
                                                float anomalyThreshold,
                                                const LiveOptions& options) {
    const AnalysisOptions& o = options.analysis;
    auto result = std::make_shared<AnalysisResult>();
    AnalysisResult& r = *result;
    r.anomalyThreshold = anomalyThreshold;
    if (grid.newestIndex() < 0)
        return result;

    // The window's occupied slots.
    std::int64_t first = -1;
    for (std::int64_t i = grid.oldestIndex(); i <= grid.newestIndex() && first < 0; ++i)
        if (const LiveSlot* s = grid.slot(i); s != nullptr && !s->cells.empty())
            first = i;
    if (first < 0)
        return result;
    r.firstNs = first * grid.slotNs();
    r.lastNs = (grid.newestIndex() + 1) * grid.slotNs() - 1;
    r.buckets = chooseTimeBuckets(r.firstNs, r.lastNs, o.maxBuckets);
    r.levelsOverTime.assign(r.buckets.count, LevelCounts{});

    const std::vector<std::string>& names = grid.serviceNames();
    std::vector<LiveCell> perService(names.size());
    LiveCell all;
    std::map<std::uint32_t, TemplateTotals> templates;
    for (std::int64_t i = first; i <= grid.newestIndex(); ++i) {
        const LiveSlot* slot = grid.slot(i);
        if (slot == nullptr)
            continue;
        const std::int64_t startNs = i * grid.slotNs();
        LevelCounts& bucket = r.levelsOverTime[r.buckets.indexOf(startNs)];
        const auto [weekday, hour] = weekdayHour(startNs);
        for (std::size_t s = 0; s < slot->cells.size(); ++s) {
            const LiveCell& c = slot->cells[s];
            addCell(perService[s], c);
            for (std::size_t l = 0; l < bucket.size(); ++l)
                bucket[l] += c.levels[l];
            r.dayHour[weekday][hour] += c.grid.lines;
        }
        for (const auto& [key, value] : slot->templates) {
            TemplateTotals& t = templates[static_cast<std::uint32_t>(key >> 16)];
            t.count += value.first;
            t.worst = std::max(t.worst, value.second);
            t.byService[static_cast<std::uint16_t>(key & 0xFFFF)] += value.first;
        }
        for (const LivePoint& p : slot->points)
            r.timeline.push_back({p.timestampNs, p.score, 0, p.score >= anomalyThreshold, 0});
    }
    for (std::size_t s = 0; s < perService.size(); ++s) {
        const LiveCell& c = perService[s];
        addCell(all, c);
        if (c.grid.lines == 0)
            continue;
        ServiceStats stats;
        stats.name = names[s];
        stats.lines = c.grid.lines;
        stats.errors = c.grid.errors;
        stats.warnings = c.grid.warnings;
        stats.latencyLines = c.grid.latencyLines;
        stats.avgLatencyMs =
            c.grid.latencyLines == 0 ? 0.0 : c.grid.latencySum / c.grid.latencyLines;
        stats.successRate = c.statusLines > 0
                                ? static_cast<double>(c.statusOk) / c.statusLines
                                : 1.0 - static_cast<double>(c.grid.errors) / c.grid.lines;
        stats.status =
            serviceStatus(static_cast<double>(c.grid.errors) / c.grid.lines, stats.successRate);
        r.services.push_back(std::move(stats));
    }
    std::stable_sort(
        r.services.begin(), r.services.end(),
        [](const ServiceStats& a, const ServiceStats& b) { return a.lines > b.lines; });

    r.totalLines = r.timedLines = all.grid.lines;
    r.perLevel = all.levels;
    r.errorLines = all.grid.errors;
    r.warningLines = all.grid.warnings;
    r.errorRate = r.totalLines == 0 ? 0.0 : static_cast<double>(r.errorLines) / r.totalLines;
    r.statusLines = all.statusLines;
    r.successRate = all.statusLines > 0 ? static_cast<double>(all.statusOk) / all.statusLines
                                        : 1.0 - r.errorRate;

    // Latency from the log-scale bins (percentiles within a bin's width, about 25 %).
    LatencyStats& lat = r.latency;
    lat.count = all.grid.latencyLines;
    lat.meanMs = lat.count == 0 ? 0.0 : all.grid.latencySum / static_cast<double>(lat.count);
    lat.p50Ms = histogramQuantile(all.allLatency, 0.50);
    lat.p95Ms = histogramQuantile(all.allLatency, 0.95);
    lat.p99Ms = histogramQuantile(all.allLatency, 0.99);
    lat.maxMs = all.maxLatencyMs;
    std::size_t lo = LatencyBins::kCount;
    std::size_t hi = 0;
    for (std::size_t i = 0; i < LatencyBins::kCount; ++i)
        if (all.allLatency[i] > 0) {
            lo = std::min(lo, i);
            hi = i;
        }
    for (std::size_t i = lo; i <= hi && lo < LatencyBins::kCount; ++i) {
        lat.histogram.push_back({LatencyBins::lower(i), LatencyBins::upper(i), all.allLatency[i]});
        if (LatencyBins::lower(i) >= o.slowResponseMs)
            lat.slowLines += all.allLatency[i];
    }

    // Templates and error patterns.
    std::vector<std::pair<std::uint64_t, std::uint32_t>> byCount;
    std::vector<std::pair<std::uint64_t, std::uint32_t>> errorsByCount;
    for (const auto& [id, t] : templates) {
        byCount.emplace_back(t.count, id);
        if (t.worst >= Level::Warning) {
            errorsByCount.emplace_back(t.count, id);
            r.errorPatterns.errorLines += t.count;
        }
    }
    std::sort(byCount.rbegin(), byCount.rend());
    std::sort(errorsByCount.rbegin(), errorsByCount.rend());
    r.errorPatterns.uniqueErrorTypes = errorsByCount.size();
    for (std::size_t k = 0; k < std::min(o.topTemplates, byCount.size()); ++k)
        r.topTemplates.push_back(
            describe(byCount[k].second, templates[byCount[k].second], miner, names));
    for (std::size_t k = 0; k < std::min(o.topTemplates, errorsByCount.size()); ++k)
        r.errorPatterns.topErrors.push_back(
            describe(errorsByCount[k].second, templates[errorsByCount[k].second], miner, names));

    // Incidents of the window, by start.
    for (const RaisedIncident& raised : incidents)
        r.incidents.push_back(raised.incident);
    std::sort(r.incidents.begin(), r.incidents.end(),
              [](const Incident& a, const Incident& b) { return a.startNs < b.startNs; });

    r.topAnomalies = topLines.best(o.topAnomalies, first);
    r.forestOutliers = all.outliers;
    r.anomalyCount = all.flagged;
    for (const Incident& incident : r.incidents)
        for (const ServiceStats& s : r.services)
            if (std::find(incident.services.begin(), incident.services.end(), s.name) !=
                incident.services.end())
                r.anomalyCount += s.errors; // the failing lines of an incident's services
    r.anomalyCount = std::min<std::uint64_t>(r.anomalyCount, r.totalLines);
    r.anomalyRate = r.totalLines == 0 ? 0.0 : static_cast<double>(r.anomalyCount) / r.totalLines;

    HealthInputs health;
    health.errorRate = r.errorRate;
    health.slowShare = lat.count == 0 ? 0.0 : static_cast<double>(lat.slowLines) / lat.count;
    health.successRate = r.successRate;
    health.anomalyRate = r.anomalyRate;
    for (const RaisedIncident& raised : incidents) {
        if (!raised.open)
            continue;
        health.criticalIncidents += raised.incident.severity == Severity::Critical ? 1 : 0;
        health.highIncidents += raised.incident.severity == Severity::High ? 1 : 0;
    }
    r.health = computeHealthScore(health, o);
    r.recommendations = overallRecommendations(r, o.slowResponseMs);
    return result;
}

} // namespace logscope::core
