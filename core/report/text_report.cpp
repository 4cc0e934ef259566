#include "core/report/text_report.h"

#include "core/report/report_format.h"
#include "core/time/civil_time.h"

#include <algorithm>
#include <cstdio>

namespace logscope::core {
namespace {

const std::string kRule(80, '-');

std::string padRight(std::string text, std::size_t width) {
    if (text.size() < width)
        text.append(width - text.size(), ' ');
    return text;
}

std::string padLeft(std::string text, std::size_t width) {
    if (text.size() < width)
        text.insert(0, width - text.size(), ' ');
    return text;
}

std::string field(const std::string& label, const std::string& value) {
    return padRight(label, 32) + value + "\n";
}

std::string section(const std::string& title) {
    return "\n" + title + "\n" + kRule + "\n";
}

std::string shortTime(std::int64_t ns) {
    if (ns == kNoTimestamp)
        return "(no time)";
    std::string text = formatIso8601(ns, 0);
    text[10] = ' ';
    return text;
}

std::string statusMark(HealthStatus status) {
    switch (status) {
    case HealthStatus::Excellent:
    case HealthStatus::Good:
        return "[ok]  ";
    case HealthStatus::Fair:
        return "[warn]";
    case HealthStatus::Poor:
    case HealthStatus::Critical:
        break;
    }
    return "[bad] ";
}

std::string overview(const AnalysisResult& r) {
    std::string out = section("SYSTEM HEALTH OVERVIEW");
    out += field("Health Score:", decimalString(r.health.score, 1) + "/100");
    out += field("Status:", healthStatusName(r.health.status));
    out += field("Total Logs Analyzed:", withThousands(r.totalLines));
    if (r.timedLines > 0) {
        const double days = static_cast<double>(r.lastNs - r.firstNs) / kNanosPerDay;
        out += field("Time Range:", shortTime(r.firstNs) + " to " + shortTime(r.lastNs));
        out += field("Time Period:", decimalString(days, 1) + " days");
    } else {
        out += field("Time Range:", "no timestamps");
    }
    out += field("Trend:", trendName(r.overallTrend));
    for (const HealthFactor& f : r.health.factors)
        if (f.penalty > 0)
            out +=
                field("  - " + f.name + ":", std::string("-").append(decimalString(f.penalty, 1)));
    return out;
}

std::string performance(const AnalysisResult& r) {
    std::string out = section("PERFORMANCE METRICS");
    if (r.latency.count > 0) {
        out += field("Average Response Time:", decimalString(r.latency.meanMs, 2) + " ms");
        out += field("P50 Response Time:", decimalString(r.latency.p50Ms, 2) + " ms");
        out += field("P95 Response Time:", decimalString(r.latency.p95Ms, 2) + " ms");
        out += field("P99 Response Time:", decimalString(r.latency.p99Ms, 2) + " ms");
    } else {
        out += field("Response Times:", "none in this log");
    }
    out += field("Success Rate:", percentString(r.successRate));
    out += field("Error Rate:", percentString(r.errorRate) + " (" + withThousands(r.errorLines) +
                                    " lines at ERROR or worse)");
    return out;
}

std::string anomalies(const AnalysisResult& r, const LogTable* table) {
    std::string out = section("ANOMALY DETECTION");
    out += field("Anomalies Detected:", withThousands(r.anomalyCount));
    out += field("Anomaly Rate:", percentString(r.anomalyRate));
    if (r.metricOutliers > 0)
        out += field("Metric Outliers:", withThousands(r.metricOutliers));
    out += field("Isolation Forest Outliers:", withThousands(r.forestOutliers) + " (score >= " +
                                                   decimalString(r.anomalyThreshold, 4) + ")");
    if (r.topAnomalies.empty())
        return out;
    out += "\nTop " + std::to_string(std::min<std::size_t>(5, r.topAnomalies.size())) +
           " Anomalies:\n";
    for (std::size_t i = 0; i < std::min<std::size_t>(5, r.topAnomalies.size()); ++i) {
        const ScoredLine& a = r.topAnomalies[i];
        out += "\n  " + std::to_string(i + 1) + ". ";
        if (table != nullptr && a.row < table->size()) {
            out += std::string(levelName(table->level(a.row))) + " - " +
                   std::string(table->service(a.row)) + " (line " +
                   std::to_string(reportLineNumber(table, a.row)) + ")\n";
            out += "     Time: " + shortTime(table->timestampNs(a.row)) + "\n";
            out += "     Message: " + std::string(table->message(a.row).substr(0, 120)) + "\n";
            if (table->hasLatency(a.row))
                out += "     Response Time: " + decimalString(table->latencyMs(a.row), 2) + " ms\n";
        } else {
            out += "line " + std::to_string(reportLineNumber(table, a.row)) + "\n";
        }
        out += "     Anomaly Score: " + decimalString(a.score, 4) + "\n";
        out += "     Why: " + a.explanation + "\n";
    }
    if (!r.seriesAnomalies.empty()) {
        out += "\nUnusual Periods (robust z against the hour-of-day baseline):\n";
        for (std::size_t i = 0; i < std::min<std::size_t>(5, r.seriesAnomalies.size()); ++i) {
            const SeriesAnomaly& s = r.seriesAnomalies[i];
            out += "  - " + shortTime(s.startNs) + "  " + s.kind + " " + s.key.substr(0, 60) +
                   ": " + decimalString(s.value, 1) + " vs " + decimalString(s.expected, 1) +
                   " expected (z " + decimalString(s.zScore, 1) + ")\n";
        }
    }
    return out;
}

std::string patterns(const AnalysisResult& r) {
    const ErrorPatterns& p = r.errorPatterns;
    std::string out = section("ERROR PATTERNS");
    out += field("Unique Error Types:", withThousands(p.uniqueErrorTypes));
    out += field("Correlated Error Pairs:", withThousands(p.correlatedPairCount));
    out += field("Pattern Clusters:", withThousands(r.patternClusters.size()));
    if (!p.topErrors.empty()) {
        out += "\nTop " + std::to_string(std::min<std::size_t>(5, p.topErrors.size())) +
               " Most Frequent Errors:\n";
        for (std::size_t i = 0; i < std::min<std::size_t>(5, p.topErrors.size()); ++i)
            out += "  " + std::to_string(i + 1) + ". " + p.topErrors[i].text.substr(0, 90) + ": " +
                   withThousands(p.topErrors[i].count) + " occurrences\n";
    }
    if (!p.correlatedPairs.empty()) {
        out += "\nStrongest Correlations:\n";
        for (std::size_t i = 0; i < std::min<std::size_t>(3, p.correlatedPairs.size()); ++i) {
            const CorrelatedErrorPair& pair = p.correlatedPairs[i];
            out += "  - " + pair.textA.substr(0, 50) + " <-> " + pair.textB.substr(0, 50) + " (" +
                   decimalString(pair.strength, 2) + ")\n";
        }
    }
    return out;
}

std::string incidents(const AnalysisResult& r) {
    std::string out = section("INCIDENTS");
    std::array<std::size_t, 4> bySeverity{};
    for (const Incident& in : r.incidents)
        ++bySeverity[static_cast<std::size_t>(in.severity)];
    out += field("Total Incidents:", withThousands(r.incidents.size()));
    for (const Severity s : {Severity::Critical, Severity::High, Severity::Medium, Severity::Low})
        if (bySeverity[static_cast<std::size_t>(s)] > 0)
            out += field(std::string("  - ") + severityName(s) + ":",
                         withThousands(bySeverity[static_cast<std::size_t>(s)]));
    std::vector<const Incident*> listed;
    for (const Incident& in : r.incidents)
        listed.push_back(&in);
    std::stable_sort(listed.begin(), listed.end(), [](const Incident* a, const Incident* b) {
        return a->severity < b->severity;
    });
    if (listed.size() > 10)
        listed.resize(10);
    if (!listed.empty())
        out += "\nMost severe first:\n";
    for (std::size_t i = 0; i < listed.size(); ++i) {
        const Incident& in = *listed[i];
        std::string services;
        for (const std::string& s : in.services)
            services += (services.empty() ? "" : ", ") + s;
        out += "\n  " + std::to_string(i + 1) + ". " + severityName(in.severity) + " - " +
               incidentTypeName(in.type) + "\n";
        out += "     Service: " + services + "\n";
        out += "     Time: " + shortTime(in.startNs) + " to " + shortTime(in.endNs) + "\n";
        out += "     Description: " + in.description + "\n";
        if (!in.rootCauseService.empty())
            out += "     Root Cause: " + in.rootCauseService +
                   (in.rootCauseTemplate.empty() ? "" : ": " + in.rootCauseTemplate.substr(0, 90)) +
                   "\n";
        out += "     Recommendation: " + in.recommendation + "\n";
    }
    return out;
}

std::string servicesBreakdown(const AnalysisResult& r) {
    std::string out = section("SERVICE HEALTH BREAKDOWN");
    std::size_t width = 12;
    for (const ServiceStats& s : r.services)
        width = std::max(width, s.name.size());
    for (const ServiceStats& s : r.services) {
        out += statusMark(s.status) + " " + padRight(s.name, width) +
               " | Errors: " + padLeft(withThousands(s.errors), 7) +
               " | Avg RT: " + padLeft(decimalString(s.avgLatencyMs, 1) + "ms", 10) +
               " | Success: " + padLeft(percentString(s.successRate, 1), 6) + " | " +
               healthStatusName(s.status) + "\n";
    }
    return out;
}

std::string volumes(const AnalysisResult& result) {
    std::string out = section("LINES PER LEVEL");
    for (int i = kLevelCount - 1; i >= 0; --i) {
        const std::uint64_t count = result.perLevel[static_cast<std::size_t>(i)];
        if (count == 0)
            continue;
        const double share = result.totalLines == 0 ? 0.0
                                                    : static_cast<double>(count) /
                                                          static_cast<double>(result.totalLines);
        out += padRight(std::string(levelName(static_cast<Level>(i))) + ":", 32) +
               padRight(withThousands(count), 12) + percentString(share) + "\n";
    }
    out += section("LINES PER SERVICE");
    out +=
        padRight("service", 32) + padRight("lines", 12) + padRight("errors", 12) + "error rate\n";
    for (const ServiceStats& service : result.services) {
        const double rate = service.lines == 0 ? 0.0
                                               : static_cast<double>(service.errors) /
                                                     static_cast<double>(service.lines);
        out += padRight(service.name, 32) + padRight(withThousands(service.lines), 12) +
               padRight(withThousands(service.errors), 12) + percentString(rate) + "\n";
    }
    return out;
}

std::string evaluation(const TruthEvaluation& t) {
    if (!t.available)
        return {};
    std::string out = section("DETECTION QUALITY (against the log's ground truth)");
    if (t.truePositives + t.falseNegatives == 0 && t.episodes == 0)
        return out + field("Labelled anomalies:",
                           "none (" + withThousands(t.falsePositives) + " lines flagged)");
    out += field("Line precision / recall / F1:", decimalString(t.precision, 3) + " / " +
                                                      decimalString(t.recall, 3) + " / " +
                                                      decimalString(t.f1, 3));
    out += field("Episodes caught (" + t.episodeSource + "):",
                 withThousands(t.episodesCaught) + " of " + withThousands(t.episodes) + " (" +
                     percentString(t.episodeRecall, 1) + ")");
    out += field("Incidents on a true episode:", percentString(t.incidentPrecision, 1));
    return out;
}

} // namespace

std::string withThousands(std::uint64_t value) {
    std::string digits = std::to_string(value);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out.push_back(',');
        out.push_back(digits[i]);
    }
    return out;
}

std::string formatTextReport(const AnalysisResult& result, const std::string& title,
                             const LogTable* table) {
    std::string out;
    out += std::string(80, '=') + "\n";
    out += "LOGSCOPE REPORT: " + title + "\n";
    out += std::string(80, '=') + "\n";
    out += overview(result);
    out += performance(result);
    out += anomalies(result, table);
    out += patterns(result);
    out += incidents(result);
    out += servicesBreakdown(result);
    out += section("RECOMMENDATIONS");
    for (const std::string& line : result.recommendations)
        out += "  - " + line + "\n";
    out += evaluation(result.truth);
    out += volumes(result);
    return out;
}

} // namespace logscope::core
