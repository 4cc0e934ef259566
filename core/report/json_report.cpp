#include "core/report/json_report.h"

#include "core/formats/load_report_json.h"
#include "core/report/report_format.h"
#include "core/time/civil_time.h"

#include <nlohmann/json.hpp>

namespace logscope::core {
namespace {

using Json = nlohmann::ordered_json;

std::string isoTime(std::int64_t ns) {
    return formatIso8601(ns, 3, true);
}

Json templateJson(const TemplateStats& t) {
    return Json{{"template", t.text},
                {"count", t.count},
                {"worst_level", std::string(levelName(t.worstLevel))},
                {"services", t.services},
                {"cluster", t.cluster}};
}

Json patternsJson(const AnalysisResult& result) {
    const ErrorPatterns& p = result.errorPatterns;
    Json patterns;
    patterns["unique_error_types"] = p.uniqueErrorTypes;
    patterns["error_lines"] = p.errorLines;
    auto& top = patterns["top_errors"] = Json::array();
    for (const TemplateStats& t : p.topErrors)
        top.push_back(templateJson(t));
    patterns["correlated_pair_count"] = p.correlatedPairCount;
    auto& pairs = patterns["correlated_pairs"] = Json::array();
    for (const CorrelatedErrorPair& pair : p.correlatedPairs)
        pairs.push_back({{"a", pair.textA},
                         {"b", pair.textB},
                         {"strength", pair.strength},
                         {"shared_buckets", pair.sharedBuckets}});
    auto& rare = patterns["rare_templates"] = Json::array();
    for (const TemplateStats& t : p.rareTemplates)
        rare.push_back(templateJson(t));
    auto& templates = patterns["top_templates"] = Json::array();
    for (const TemplateStats& t : result.topTemplates)
        templates.push_back(templateJson(t));
    auto& clusters = patterns["clusters"] = Json::array();
    for (const PatternCluster& c : result.patternClusters)
        clusters.push_back({{"id", c.id},
                            {"lines", c.lines},
                            {"templates", c.templates.size()},
                            {"representative", c.representative}});
    return patterns;
}

Json incidentsJson(const AnalysisResult& result, const LogTable* table) {
    Json incidents = Json::array();
    for (const Incident& in : result.incidents) {
        Json evidence = Json::array();
        for (const RowId row : in.evidence)
            evidence.push_back(reportLineNumber(table, row));
        incidents.push_back({{"type", incidentTypeName(in.type)},
                             {"severity", severityName(in.severity)},
                             {"start", isoTime(in.startNs)},
                             {"end", isoTime(in.endNs)},
                             {"services", in.services},
                             {"root_cause",
                              {{"service", in.rootCauseService},
                               {"template", in.rootCauseTemplate},
                               {"line", in.rootCauseTemplate.empty()
                                            ? Json()
                                            : Json(reportLineNumber(table, in.rootCauseRow))}}},
                             {"description", in.description},
                             {"recommendation", in.recommendation},
                             {"value", in.peakValue},
                             {"threshold", in.threshold},
                             {"evidence", std::move(evidence)}});
    }
    return incidents;
}

Json anomaliesJson(const AnalysisResult& result, const LogTable* table) {
    Json anomalies = Json::array();
    for (const ScoredLine& line : result.topAnomalies) {
        Json entry{{"line", reportLineNumber(table, line.row)}};
        if (table != nullptr && line.row < table->size()) {
            const std::int64_t ts = table->timestampNs(line.row);
            entry["time"] = ts == kNoTimestamp ? Json() : Json(isoTime(ts));
            entry["service"] = std::string(table->service(line.row));
            entry["level"] = std::string(levelName(table->level(line.row)));
            entry["message"] = std::string(table->message(line.row));
            if (table->hasLatency(line.row))
                entry["response_time_ms"] = table->latencyMs(line.row);
        }
        entry["score"] = line.score;
        entry["explanation"] = line.explanation;
        Json drivers = Json::array();
        for (const auto& [feature, z] : line.drivers)
            drivers.push_back({{"feature", feature}, {"z", z}});
        entry["drivers"] = std::move(drivers);
        anomalies.push_back(std::move(entry));
    }
    return anomalies;
}

Json evaluationJson(const TruthEvaluation& t) {
    return {{"lines",
             {{"true_positives", t.truePositives},
              {"false_positives", t.falsePositives},
              {"false_negatives", t.falseNegatives},
              {"precision", t.precision},
              {"recall", t.recall},
              {"f1", t.f1}}},
            {"episodes",
             {{"source", t.episodeSource},
              {"count", t.episodes},
              {"caught", t.episodesCaught},
              {"recall", t.episodeRecall}}},
            {"incidents",
             {{"on_episodes", t.incidentsOnEpisodes}, {"precision", t.incidentPrecision}}}};
}

} // namespace

std::string formatJsonReport(const AnalysisResult& result, const LoadReport* load,
                             const std::string& input, const LogTable* table) {
    Json doc;
    doc["input"] = load != nullptr ? loadReportJson(*load) : Json(input);
    doc["total_lines"] = result.totalLines;
    doc["timed_lines"] = result.timedLines;
    doc["analysis_warnings"] = result.warnings;
    if (result.timedLines > 0) {
        doc["first_timestamp"] = formatIso8601(result.firstNs, 6, true);
        doc["last_timestamp"] = formatIso8601(result.lastNs, 6, true);
    }
    doc["error_lines"] = result.errorLines;
    doc["error_rate"] = result.errorRate;
    auto& levels = doc["levels"] = Json::object();
    for (int i = kLevelCount - 1; i >= 0; --i) {
        if (const auto count = result.perLevel[static_cast<std::size_t>(i)]; count > 0)
            levels[std::string(levelName(static_cast<Level>(i)))] = count;
    }
    doc["summary"] = {{"health", result.health.score},
                      {"status", healthStatusName(result.health.status)},
                      {"error_rate", result.errorRate},
                      {"success_rate", result.successRate},
                      {"avg_ms", result.latency.meanMs},
                      {"p50_ms", result.latency.p50Ms},
                      {"p95_ms", result.latency.p95Ms},
                      {"p99_ms", result.latency.p99Ms},
                      {"implausible_latencies", result.latency.implausible},
                      {"anomalies", result.anomalyCount},
                      {"anomaly_rate", result.anomalyRate},
                      {"forest_outliers", result.forestOutliers},
                      {"metric_outliers", result.metricOutliers},
                      {"anomaly_threshold", result.anomalyThreshold},
                      {"incidents", result.incidents.size()},
                      {"trend", trendName(result.overallTrend)}};
    auto& factors = doc["health_factors"] = Json::array();
    for (const HealthFactor& f : result.health.factors)
        factors.push_back({{"name", f.name}, {"penalty", f.penalty}, {"max", f.maxPenalty}});
    auto& services = doc["services"] = Json::array();
    for (const ServiceStats& s : result.services)
        services.push_back({{"name", s.name},
                            {"lines", s.lines},
                            {"errors", s.errors},
                            {"warnings", s.warnings},
                            {"avg_latency_ms", s.avgLatencyMs},
                            {"success_rate", s.successRate},
                            {"status", healthStatusName(s.status)}});
    auto& histogram = doc["latency_histogram"] = Json::array();
    for (const HistogramBin& bin : result.latency.histogram)
        histogram.push_back(
            {{"lower_ms", bin.lowerMs}, {"upper_ms", bin.upperMs}, {"count", bin.count}});
    doc["patterns"] = patternsJson(result);
    doc["incidents"] = incidentsJson(result, table);
    doc["anomalies"] = anomaliesJson(result, table);
    auto& series = doc["series_anomalies"] = Json::array();
    for (const SeriesAnomaly& a : result.seriesAnomalies)
        series.push_back({{"series", a.series},
                          {"start", isoTime(a.startNs)},
                          {"value", a.value},
                          {"expected", a.expected},
                          {"z", a.zScore}});
    auto& daily = doc["daily"] = Json::array();
    for (const DailyTrend& d : result.daily)
        daily.push_back({{"day", formatIso8601(d.dayStartNs, 0, true).substr(0, 10)},
                         {"lines", d.lines},
                         {"errors", d.errors},
                         {"avg_latency_ms", d.avgLatencyMs},
                         {"trend", trendName(d.trend)}});
    doc["recommendations"] = result.recommendations;
    if (result.truth.available)
        doc["evaluation"] = evaluationJson(result.truth);
    // Load phases first (read, detect, parse, ...), then the analysis stages.
    Json timings = load != nullptr ? timingsJson(*load) : Json::object();
    double total = 0.0;
    for (const auto& [phase, ms] : timings.items())
        total += ms.get<double>();
    for (const StageTiming& t : result.timings) {
        timings[t.stage] = t.ms;
        total += t.ms;
    }
    timings["total"] = total;
    doc["timings_ms"] = std::move(timings);
    // Invalid UTF-8 in service names must not abort the report: replace it.
    return doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

} // namespace logscope::core
