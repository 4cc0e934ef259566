#pragma once

// Test support (not part of the product): a table of generated lines and a fully populated
// AnalysisResult for it. The real analysis fills what it computes today; everything else of
// the contract is filled here from the same lines by simple, plausible rules, so every panel
// has data and every drill-down can be checked against exact row sets.

#include "core/analysis/analyzer.h"
#include "core/formats/log_loader.h"
#include "core/generator/generate_json_lines.h"
#include "core/time/civil_time.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <string>

namespace logscope::test {

struct Fixture {
    std::shared_ptr<core::LogTable> table;
    std::shared_ptr<core::AnalysisResult> result;
};

/// Generated JSON lines (seed 003's microservices, 7 days).
inline std::string generatedLines(std::uint64_t lines, std::uint64_t seed = 42) {
    core::GeneratorOptions options;
    options.total = lines;
    options.seed = seed;
    std::string bytes;
    core::generateJsonLines(options, true, [&bytes](std::string_view chunk) {
        bytes.append(chunk);
        return true;
    });
    return bytes;
}

/// A message with its numbers masked: the template of this fixture.
inline std::string maskDigits(std::string_view message) {
    std::string out;
    bool inNumber = false;
    for (const char c : message) {
        const bool digit = c >= '0' && c <= '9';
        if (digit && !inNumber)
            out += "<*>";
        else if (!digit)
            out += c;
        inNumber = digit || (inNumber && c == '.');
    }
    return out;
}

/// The score this fixture gives a line (0..1): level, latency and a deterministic jitter.
inline float fixtureScore(const core::LogTable& t, core::RowId r) {
    double s = 0.05 + 0.11 * std::max(0, static_cast<int>(t.level(r)) - 3);
    if (t.hasLatency(r))
        s += 0.32 * std::clamp(std::log10(std::max(1.0f, t.latencyMs(r))) / 4.0, 0.0, 1.0);
    s += static_cast<double>((r * 2654435761u) % 1000) / 1000.0 * 0.22;
    return static_cast<float>(std::clamp(s, 0.0, 1.0));
}

/// Fills every part of the contract the real analysis leaves empty, from the table's lines.
inline void populate(const core::LogTable& t, core::AnalysisResult& r) {
    // Replaces what the engine computed with these hand-made figures (no double counting).
    r.dayHour = {};
    r.timeline.clear();
    r.topAnomalies.clear();
    r.incidents.clear();
    r.lineTemplates.clear();
    r.templateTexts.clear();
    r.lineScores.clear();
    r.topTemplates.clear();
    r.errorPatterns = {};
    r.latency = {};
    using namespace core;
    const std::size_t n = t.size();
    // Latency: exact percentiles and a log-binned histogram with [lower, upper) bins.
    std::vector<float> latencies;
    for (RowId i = 0; i < n; ++i)
        if (t.hasLatency(i))
            latencies.push_back(t.latencyMs(i));
    std::sort(latencies.begin(), latencies.end());
    if (!latencies.empty()) {
        LatencyStats& l = r.latency;
        l.count = latencies.size();
        double sum = 0;
        for (const float v : latencies)
            sum += v;
        l.meanMs = sum / static_cast<double>(l.count);
        auto pct = [&](double p) {
            return static_cast<double>(latencies[std::min(
                latencies.size() - 1, static_cast<std::size_t>(p * static_cast<double>(l.count)))]);
        };
        l.p50Ms = pct(0.5);
        l.p95Ms = pct(0.95);
        l.p99Ms = pct(0.99);
        l.maxMs = latencies.back();
        const double lo = std::max(0.5, static_cast<double>(latencies.front()));
        const double hi = static_cast<double>(latencies.back()) * 1.0001;
        constexpr int kBins = 32;
        std::vector<double> edges;
        for (int b = 0; b <= kBins; ++b)
            edges.push_back(lo * std::pow(hi / lo, b / static_cast<double>(kBins)));
        for (int b = 0; b < kBins; ++b)
            l.histogram.push_back({edges[b], edges[b + 1], 0});
        for (const float v : latencies) {
            const auto it = std::upper_bound(edges.begin(), edges.end(), static_cast<double>(v));
            const auto bin = std::clamp<long>(it - edges.begin() - 1, 0, kBins - 1);
            ++l.histogram[static_cast<std::size_t>(bin)].count;
        }
    }
    // Per service latency, success and status.
    std::map<std::string, std::pair<double, std::uint64_t>> perService;
    std::map<std::string, std::pair<std::uint64_t, std::uint64_t>> statuses;
    for (RowId i = 0; i < n; ++i) {
        const std::string name(t.service(i));
        if (t.hasLatency(i)) {
            perService[name].first += t.latencyMs(i);
            ++perService[name].second;
        }
        if (t.statusCode(i) != 0) {
            ++statuses[name].first;
            statuses[name].second += t.statusCode(i) < 500 ? 1 : 0;
        }
    }
    for (ServiceStats& s : r.services) {
        const auto& [sum, count] = perService[s.name];
        s.latencyLines = count;
        s.avgLatencyMs = count == 0 ? 0.0 : sum / static_cast<double>(count);
        const auto& [all, ok] = statuses[s.name];
        s.successRate = all == 0 ? 1.0 : static_cast<double>(ok) / static_cast<double>(all);
        const double errorShare = static_cast<double>(s.errors) / std::max<double>(1, s.lines);
        s.status = errorShare < 0.01   ? HealthStatus::Excellent
                   : errorShare < 0.02 ? HealthStatus::Good
                   : errorShare < 0.05 ? HealthStatus::Fair
                                       : HealthStatus::Poor;
    }
    // Day × hour.
    for (RowId i = 0; i < n; ++i) {
        const std::int64_t ts = t.timestampNs(i);
        if (ts == kNoTimestamp)
            continue;
        const std::int64_t intoDay = ((ts % kNanosPerDay) + kNanosPerDay) % kNanosPerDay;
        ++r.dayHour[static_cast<std::size_t>(weekdayOf(ts))]
                   [static_cast<std::size_t>(intoDay / kNanosPerHour)];
    }
    // Templates: messages with numbers masked.
    std::map<std::string, std::uint32_t> ids;
    r.lineTemplates.resize(n);
    std::vector<std::uint64_t> warnCount;
    std::vector<Level> worst;
    std::vector<std::map<std::string, std::uint64_t>> services;
    for (RowId i = 0; i < n; ++i) {
        const std::string text = maskDigits(t.message(i));
        auto [it, added] = ids.try_emplace(text, static_cast<std::uint32_t>(ids.size()));
        if (added) {
            r.templateTexts.push_back(text);
            warnCount.push_back(0);
            worst.push_back(Level::Unknown);
            services.emplace_back();
        }
        const std::uint32_t id = it->second;
        r.lineTemplates[i] = id;
        if (t.level(i) >= Level::Warning) {
            ++warnCount[id];
            worst[id] = std::max(worst[id], t.level(i));
            ++services[id][std::string(t.service(i))];
        }
    }
    std::vector<std::uint32_t> order;
    for (std::uint32_t id = 0; id < warnCount.size(); ++id)
        if (warnCount[id] > 0)
            order.push_back(id);
    std::stable_sort(order.begin(), order.end(),
                     [&](auto a, auto b) { return warnCount[a] > warnCount[b]; });
    r.errorPatterns.uniqueErrorTypes = order.size();
    for (std::size_t k = 0; k < std::min<std::size_t>(order.size(), 10); ++k) {
        const std::uint32_t id = order[k];
        TemplateStats stats{id, r.templateTexts[id], warnCount[id], worst[id], {}};
        for (const auto& [name, count] : services[id])
            stats.services.push_back(name);
        r.errorPatterns.topErrors.push_back(std::move(stats));
    }
    // Scores, the timeline (every 40th line and every anomaly) and the top anomalies.
    r.lineScores.resize(n);
    std::vector<RowId> anomalies;
    for (RowId i = 0; i < n; ++i) {
        const float s = fixtureScore(t, i);
        r.lineScores[i] = s;
        const bool anomaly = s >= 0.62F;
        if (anomaly)
            anomalies.push_back(i);
        if ((anomaly || i % 40 == 0) && t.timestampNs(i) != kNoTimestamp)
            r.timeline.push_back({t.timestampNs(i), s,
                                  r.lineTemplates[i] % 6 == 5 ? 0u : r.lineTemplates[i] % 6 + 1,
                                  anomaly, i});
    }
    r.anomalyCount = anomalies.size();
    r.anomalyRate = n == 0 ? 0.0 : static_cast<double>(anomalies.size()) / static_cast<double>(n);
    std::stable_sort(anomalies.begin(), anomalies.end(),
                     [&](RowId a, RowId b) { return r.lineScores[a] > r.lineScores[b]; });
    for (std::size_t k = 0; k < std::min<std::size_t>(anomalies.size(), 10); ++k)
        r.topAnomalies.push_back({anomalies[k],
                                  r.lineScores[anomalies[k]],
                                  "latency far above the service's usual; level ERROR",
                                  {}});
    // Incidents: the hours with the most error lines.
    std::map<std::int64_t, std::vector<RowId>> errorsPerHour;
    for (RowId i = 0; i < n; ++i)
        if (isErrorLevel(t.level(i)) && t.timestampNs(i) != kNoTimestamp)
            errorsPerHour[t.timestampNs(i) / kNanosPerHour].push_back(i);
    std::vector<std::pair<std::int64_t, std::vector<RowId>>> hours(errorsPerHour.begin(),
                                                                   errorsPerHour.end());
    std::stable_sort(hours.begin(), hours.end(), [](const auto& a, const auto& b) {
        return a.second.size() > b.second.size();
    });
    static const IncidentType kTypes[] = {
        IncidentType::CascadingFailure,        IncidentType::HighErrorRate,
        IncidentType::ResponseTimeDegradation, IncidentType::ResourceExhaustion,
        IncidentType::ServiceUnavailable,      IncidentType::SecurityThreat};
    for (std::size_t k = 0; k < std::min<std::size_t>(hours.size(), 14); ++k) {
        Incident incident;
        incident.type = kTypes[k % 6];
        incident.severity = k < 2 ? Severity::Critical : k < 6 ? Severity::High : Severity::Medium;
        incident.startNs = hours[k].first * kNanosPerHour;
        incident.endNs = incident.startNs + kNanosPerHour;
        std::map<std::string, int> names;
        for (const RowId row : hours[k].second)
            ++names[std::string(t.service(row))];
        for (const auto& [name, count] : names)
            incident.services.push_back(name);
        incident.evidence.assign(hours[k].second.begin(),
                                 hours[k].second.begin() + static_cast<long>(std::min<std::size_t>(
                                                               hours[k].second.size(), 50)));
        incident.rootCauseService = incident.services.front();
        incident.description = "Error rate exceeded 30% threshold";
        incident.recommendation = "Investigate service logs, check dependencies";
        r.incidents.push_back(std::move(incident));
    }
    std::sort(r.incidents.begin(), r.incidents.end(),
              [](const Incident& a, const Incident& b) { return a.startNs < b.startNs; });
    r.successRate = 0.9785;
    r.health.score = 78.5;
    r.health.status = HealthStatus::Good;
    r.health.factors = {{"Error rate", 6.4, 30},        {"Slow responses", 4.1, 20},
                        {"Low success rate", 4.3, 20},  {"Anomaly rate", 0.7, 15},
                        {"Critical incidents", 4.0, 0}, {"High incidents", 2.0, 0}};
}

/// A generated table and its fully populated result.
inline Fixture makeFixture(std::uint64_t lines = 20'000, std::uint64_t seed = 42) {
    const std::string bytes = generatedLines(lines, seed);
    core::LoadResult loaded = core::loadLogBuffer(bytes);
    Fixture f;
    f.table = loaded.table;
    f.result = std::make_shared<core::AnalysisResult>(*core::analyze(*f.table));
    populate(*f.table, *f.result);
    return f;
}

} // namespace logscope::test
