#include "core/report/text_report.h"

#include "core/report/report_format.h"
#include "core/time/civil_time.h"
#include "core/util/localized_text.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cstdio>

namespace logscope::core {
namespace {

const std::string kRule(80, '-');

// The report's labels in the UI language (English when no translator is installed).
QString translated(const char* text) {
    return QCoreApplication::translate("TextReport", text);
}
std::string label(const char* text) {
    return toUtf8(translated(text));
}

// Numbers: English ("1,234.50", "12.34%") unless a language's locale is the default.
bool localNumbers() {
    return QLocale().language() != QLocale::C;
}
std::string count(std::uint64_t value) {
    return localNumbers() ? toUtf8(QLocale().toString(static_cast<qulonglong>(value)))
                          : withThousands(value);
}
std::string decimal(double value, int decimals) {
    return localNumbers() ? toUtf8(QLocale().toString(value, 'f', decimals))
                          : decimalString(value, decimals);
}
std::string percent(double share, int decimals = 2) {
    return localNumbers() ? toUtf8(localPercent(share, decimals)) : percentString(share, decimals);
}

// Columns line up in a terminal: code points, East Asian wide ones counting twice.
std::size_t displayWidth(const std::string& text) {
    std::size_t width = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if ((byte & 0xC0) == 0x80)
            continue;
        ++width;
        if (byte >= 0xE0 && i + 2 < text.size()) {
            const unsigned code = ((byte & 0x0Fu) << 12) |
                                  ((static_cast<unsigned char>(text[i + 1]) & 0x3Fu) << 6) |
                                  (static_cast<unsigned char>(text[i + 2]) & 0x3Fu);
            if ((code >= 0x1100 && code <= 0x115F) || (code >= 0x2E80 && code <= 0xA4CF) ||
                (code >= 0xAC00 && code <= 0xD7A3) || (code >= 0xF900 && code <= 0xFAFF) ||
                (code >= 0xFE30 && code <= 0xFE4F) || (code >= 0xFF00 && code <= 0xFF60) ||
                (code >= 0xFFE0 && code <= 0xFFE6))
                ++width;
        }
    }
    return width;
}

std::string padRight(std::string text, std::size_t width) {
    const std::size_t have = displayWidth(text);
    if (have < width)
        text.append(width - have, ' ');
    return text;
}

std::string padLeft(std::string text, std::size_t width) {
    const std::size_t have = displayWidth(text);
    if (have < width)
        text.insert(0, width - have, ' ');
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
        return label(QT_TRANSLATE_NOOP("TextReport", "(no time)"));
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
    std::string out = section(label(QT_TRANSLATE_NOOP("TextReport", "SYSTEM HEALTH OVERVIEW")));
    out += field(label(QT_TRANSLATE_NOOP("TextReport", "Health Score:")),
                 decimal(r.health.score, 1) + "/100");
    out +=
        field(label(QT_TRANSLATE_NOOP("TextReport", "Status:")), healthStatusName(r.health.status));
    out +=
        field(label(QT_TRANSLATE_NOOP("TextReport", "Total Logs Analyzed:")), count(r.totalLines));
    if (r.timedLines > 0) {
        const double days = static_cast<double>(r.lastNs - r.firstNs) / kNanosPerDay;
        out +=
            field(label(QT_TRANSLATE_NOOP("TextReport", "Time Range:")),
                  toUtf8(translated(QT_TRANSLATE_NOOP("TextReport", "%1 to %2"))
                             .arg(fromUtf8(shortTime(r.firstNs)), fromUtf8(shortTime(r.lastNs)))));
        out += field(label(QT_TRANSLATE_NOOP("TextReport", "Time Period:")),
                     toUtf8(translated(QT_TRANSLATE_NOOP("TextReport", "%1 days"))
                                .arg(fromUtf8(decimal(days, 1)))));
    } else {
        out += field(label(QT_TRANSLATE_NOOP("TextReport", "Time Range:")),
                     label(QT_TRANSLATE_NOOP("TextReport", "no timestamps")));
    }
    out += field(label(QT_TRANSLATE_NOOP("TextReport", "Trend:")), trendName(r.overallTrend));
    for (const HealthFactor& f : r.health.factors)
        if (f.penalty > 0)
            out += field(
                "  - " + toUtf8(QCoreApplication::translate("HealthFactors", f.name.c_str())) + ":",
                std::string("-").append(decimal(f.penalty, 1)));
    return out;
}

std::string performance(const AnalysisResult& r) {
    std::string out = section(label(QT_TRANSLATE_NOOP("TextReport", "PERFORMANCE METRICS")));
    if (r.latency.count > 0) {
        out += field(label(QT_TRANSLATE_NOOP("TextReport", "Average Response Time:")),
                     decimal(r.latency.meanMs, 2) + " ms");
        out += field(label(QT_TRANSLATE_NOOP("TextReport", "P50 Response Time:")),
                     decimal(r.latency.p50Ms, 2) + " ms");
        out += field(label(QT_TRANSLATE_NOOP("TextReport", "P95 Response Time:")),
                     decimal(r.latency.p95Ms, 2) + " ms");
        out += field(label(QT_TRANSLATE_NOOP("TextReport", "P99 Response Time:")),
                     decimal(r.latency.p99Ms, 2) + " ms");
    } else {
        out += field(label(QT_TRANSLATE_NOOP("TextReport", "Response Times:")),
                     label(QT_TRANSLATE_NOOP("TextReport", "none in this log")));
    }
    out += field(label(QT_TRANSLATE_NOOP("TextReport", "Success Rate:")), percent(r.successRate));
    out += field(label(QT_TRANSLATE_NOOP("TextReport", "Error Rate:")),
                 toUtf8(QCoreApplication::translate("TextReport", "%1 (%2 lines at ERROR or worse)",
                                                    nullptr, pluralArgument(r.errorLines))
                            .arg(fromUtf8(percent(r.errorRate)), fromUtf8(count(r.errorLines)))));
    return out;
}

std::string anomalies(const AnalysisResult& r, const LogTable* table) {
    std::string out = section(label(QT_TRANSLATE_NOOP("TextReport", "ANOMALY DETECTION")));
    out +=
        field(label(QT_TRANSLATE_NOOP("TextReport", "Anomalies Detected:")), count(r.anomalyCount));
    out += field(label(QT_TRANSLATE_NOOP("TextReport", "Anomaly Rate:")), percent(r.anomalyRate));
    if (r.metricOutliers > 0)
        out += field(label(QT_TRANSLATE_NOOP("TextReport", "Metric Outliers:")),
                     count(r.metricOutliers));
    out += field(label(QT_TRANSLATE_NOOP("TextReport", "Isolation Forest Outliers:")),
                 toUtf8(translated(QT_TRANSLATE_NOOP("TextReport", "%1 (score >= %2)"))
                            .arg(fromUtf8(count(r.forestOutliers)),
                                 fromUtf8(decimal(r.anomalyThreshold, 4)))));
    if (r.topAnomalies.empty())
        return out;
    const auto shown = static_cast<int>(std::min<std::size_t>(5, r.topAnomalies.size()));
    out += "\n" +
           toUtf8(QCoreApplication::translate("TextReport", "Top %n Anomalies:", nullptr, shown)) +
           "\n";
    for (std::size_t i = 0; i < static_cast<std::size_t>(shown); ++i) {
        const ScoredLine& a = r.topAnomalies[i];
        out += "\n  " + std::to_string(i + 1) + ". ";
        const QString line = translated(QT_TRANSLATE_NOOP("TextReport", "line %1"))
                                 .arg(reportLineNumber(table, a.row));
        if (table != nullptr && a.row < table->size()) {
            out += std::string(levelName(table->level(a.row))) + " - " +
                   std::string(table->service(a.row)) + " (" + toUtf8(line) + ")\n";
            out += "     " + label(QT_TRANSLATE_NOOP("TextReport", "Time:")) + " " +
                   shortTime(table->timestampNs(a.row)) + "\n";
            out += "     " + label(QT_TRANSLATE_NOOP("TextReport", "Message:")) + " " +
                   std::string(table->message(a.row).substr(0, 120)) + "\n";
            if (table->hasLatency(a.row))
                out += "     " + label(QT_TRANSLATE_NOOP("TextReport", "Response Time:")) + " " +
                       decimal(table->latencyMs(a.row), 2) + " ms\n";
        } else {
            out += toUtf8(line) + "\n";
        }
        out += "     " + label(QT_TRANSLATE_NOOP("TextReport", "Anomaly Score:")) + " " +
               decimal(a.score, 4) + "\n";
        out +=
            "     " + label(QT_TRANSLATE_NOOP("TextReport", "Why:")) + " " + a.explanation + "\n";
    }
    if (!r.seriesAnomalies.empty()) {
        out += "\n" +
               label(QT_TRANSLATE_NOOP(
                   "TextReport", "Unusual Periods (robust z against the hour-of-day baseline):")) +
               "\n";
        for (std::size_t i = 0; i < std::min<std::size_t>(5, r.seriesAnomalies.size()); ++i) {
            const SeriesAnomaly& a = r.seriesAnomalies[i];
            out += "  - " + shortTime(a.startNs) + "  " + a.kind + " " + a.key.substr(0, 60) +
                   ": " +
                   toUtf8(translated(QT_TRANSLATE_NOOP("TextReport", "%1 vs %2 expected (z %3)"))
                              .arg(fromUtf8(decimal(a.value, 1)), fromUtf8(decimal(a.expected, 1)),
                                   fromUtf8(decimal(a.zScore, 1)))) +
                   "\n";
        }
    }
    return out;
}

std::string patterns(const AnalysisResult& r) {
    const ErrorPatterns& p = r.errorPatterns;
    std::string out = section(label(QT_TRANSLATE_NOOP("TextReport", "ERROR PATTERNS")));
    out += field(label(QT_TRANSLATE_NOOP("TextReport", "Unique Error Types:")),
                 count(p.uniqueErrorTypes));
    out += field(label(QT_TRANSLATE_NOOP("TextReport", "Correlated Error Pairs:")),
                 count(p.correlatedPairCount));
    out += field(label(QT_TRANSLATE_NOOP("TextReport", "Pattern Clusters:")),
                 count(r.patternClusters.size()));
    if (!p.topErrors.empty()) {
        const auto shown = static_cast<int>(std::min<std::size_t>(5, p.topErrors.size()));
        out += "\n" +
               toUtf8(QCoreApplication::translate("TextReport",
                                                  "Top %n Most Frequent Errors:", nullptr, shown)) +
               "\n";
        for (std::size_t i = 0; i < static_cast<std::size_t>(shown); ++i) {
            const std::uint64_t n = p.topErrors[i].count;
            out += "  " + std::to_string(i + 1) + ". " + p.topErrors[i].text.substr(0, 90) + ": " +
                   toUtf8(QCoreApplication::translate("TextReport", "%1 occurrences", nullptr,
                                                      pluralArgument(n))
                              .arg(fromUtf8(count(n)))) +
                   "\n";
        }
    }
    if (!p.correlatedPairs.empty()) {
        out += "\n" + label(QT_TRANSLATE_NOOP("TextReport", "Strongest Correlations:")) + "\n";
        for (std::size_t i = 0; i < std::min<std::size_t>(3, p.correlatedPairs.size()); ++i) {
            const CorrelatedErrorPair& pair = p.correlatedPairs[i];
            out += "  - " + pair.textA.substr(0, 50) + " <-> " + pair.textB.substr(0, 50) + " (" +
                   decimal(pair.strength, 2) + ")\n";
        }
    }
    return out;
}

std::string incidents(const AnalysisResult& r) {
    std::string out = section(label(QT_TRANSLATE_NOOP("TextReport", "INCIDENTS")));
    std::array<std::size_t, 4> bySeverity{};
    for (const Incident& in : r.incidents)
        ++bySeverity[static_cast<std::size_t>(in.severity)];
    out += field(label(QT_TRANSLATE_NOOP("TextReport", "Total Incidents:")),
                 count(r.incidents.size()));
    for (const Severity s : {Severity::Critical, Severity::High, Severity::Medium, Severity::Low})
        if (bySeverity[static_cast<std::size_t>(s)] > 0)
            out += field(std::string("  - ") + severityName(s) + ":",
                         count(bySeverity[static_cast<std::size_t>(s)]));
    std::vector<const Incident*> listed;
    for (const Incident& in : r.incidents)
        listed.push_back(&in);
    std::stable_sort(listed.begin(), listed.end(), [](const Incident* a, const Incident* b) {
        return a->severity < b->severity;
    });
    if (listed.size() > 10)
        listed.resize(10);
    if (!listed.empty())
        out += "\n" + label(QT_TRANSLATE_NOOP("TextReport", "Most severe first:")) + "\n";
    for (std::size_t i = 0; i < listed.size(); ++i) {
        const Incident& in = *listed[i];
        std::string services;
        for (const std::string& s : in.services)
            services += (services.empty() ? "" : ", ") + s;
        out += "\n  " + std::to_string(i + 1) + ". " + severityName(in.severity) + " - " +
               incidentTypeName(in.type) + "\n";
        out += "     " + label(QT_TRANSLATE_NOOP("TextReport", "Service:")) + " " + services + "\n";
        out += "     " + label(QT_TRANSLATE_NOOP("TextReport", "Time:")) + " " +
               toUtf8(translated(QT_TRANSLATE_NOOP("TextReport", "%1 to %2"))
                          .arg(fromUtf8(shortTime(in.startNs)), fromUtf8(shortTime(in.endNs)))) +
               "\n";
        out += "     " + label(QT_TRANSLATE_NOOP("TextReport", "Description:")) + " " +
               in.description + "\n";
        if (!in.rootCauseService.empty())
            out += "     " + label(QT_TRANSLATE_NOOP("TextReport", "Root Cause:")) + " " +
                   in.rootCauseService +
                   (in.rootCauseTemplate.empty() ? "" : ": " + in.rootCauseTemplate.substr(0, 90)) +
                   "\n";
        out += "     " + label(QT_TRANSLATE_NOOP("TextReport", "Recommendation:")) + " " +
               in.recommendation + "\n";
    }
    return out;
}

std::string servicesBreakdown(const AnalysisResult& r) {
    std::string out = section(label(QT_TRANSLATE_NOOP("TextReport", "SERVICE HEALTH BREAKDOWN")));
    std::size_t width = 12;
    for (const ServiceStats& s : r.services)
        width = std::max(width, displayWidth(s.name));
    for (const ServiceStats& s : r.services) {
        out += statusMark(s.status) + " " + padRight(s.name, width) + " | " +
               label(QT_TRANSLATE_NOOP("TextReport", "Errors:")) + " " +
               padLeft(count(s.errors), 7) + " | " +
               label(QT_TRANSLATE_NOOP("TextReport", "Avg RT:")) + " " +
               padLeft(decimal(s.avgLatencyMs, 1) + "ms", 10) + " | " +
               label(QT_TRANSLATE_NOOP("TextReport", "Success:")) + " " +
               padLeft(percent(s.successRate, 1), 6) + " | " + healthStatusName(s.status) + "\n";
    }
    return out;
}

std::string volumes(const AnalysisResult& result) {
    std::string out = section(label(QT_TRANSLATE_NOOP("TextReport", "LINES PER LEVEL")));
    for (int i = kLevelCount - 1; i >= 0; --i) {
        const std::uint64_t n = result.perLevel[static_cast<std::size_t>(i)];
        if (n == 0)
            continue;
        const double share = result.totalLines == 0
                                 ? 0.0
                                 : static_cast<double>(n) / static_cast<double>(result.totalLines);
        out += padRight(std::string(levelName(static_cast<Level>(i))) + ":", 32) +
               padRight(count(n), 12) + percent(share) + "\n";
    }
    out += section(label(QT_TRANSLATE_NOOP("TextReport", "LINES PER SERVICE")));
    out += padRight(label(QT_TRANSLATE_NOOP("TextReport", "service")), 32) +
           padRight(label(QT_TRANSLATE_NOOP("TextReport", "lines")), 12) +
           padRight(label(QT_TRANSLATE_NOOP("TextReport", "errors")), 12) +
           label(QT_TRANSLATE_NOOP("TextReport", "error rate")) + "\n";
    for (const ServiceStats& service : result.services) {
        const double rate = service.lines == 0 ? 0.0
                                               : static_cast<double>(service.errors) /
                                                     static_cast<double>(service.lines);
        out += padRight(service.name, 32) + padRight(count(service.lines), 12) +
               padRight(count(service.errors), 12) + percent(rate) + "\n";
    }
    return out;
}

std::string evaluation(const TruthEvaluation& e) {
    if (!e.available)
        return {};
    std::string out = section(label(
        QT_TRANSLATE_NOOP("TextReport", "DETECTION QUALITY (against the log's ground truth)")));
    if (e.truePositives + e.falseNegatives == 0 && e.episodes == 0)
        return out +
               field(label(QT_TRANSLATE_NOOP("TextReport", "Labelled anomalies:")),
                     toUtf8(translated(QT_TRANSLATE_NOOP("TextReport", "none (%1 lines flagged)"))
                                .arg(fromUtf8(count(e.falsePositives)))));
    out += field(label(QT_TRANSLATE_NOOP("TextReport", "Line precision / recall / F1:")),
                 decimal(e.precision, 3) + " / " + decimal(e.recall, 3) + " / " + decimal(e.f1, 3));
    out +=
        field(toUtf8(translated(QT_TRANSLATE_NOOP("TextReport", "Episodes caught (%1):"))
                         .arg(e.episodeSource == "labels"
                                  ? translated(QT_TRANSLATE_NOOP("TextReport", "labels"))
                                  : translated(QT_TRANSLATE_NOOP("TextReport", "episodes file")))),
              toUtf8(translated(QT_TRANSLATE_NOOP("TextReport", "%1 of %2 (%3)"))
                         .arg(fromUtf8(count(e.episodesCaught)), fromUtf8(count(e.episodes)),
                              fromUtf8(percent(e.episodeRecall, 1)))));
    out += field(label(QT_TRANSLATE_NOOP("TextReport", "Incidents on a true episode:")),
                 percent(e.incidentPrecision, 1));
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
    out += toUtf8(translated(QT_TRANSLATE_NOOP("TextReport", "LOGSCOPE REPORT: %1"))
                      .arg(fromUtf8(title))) +
           "\n";
    out += std::string(80, '=') + "\n";
    out += overview(result);
    out += performance(result);
    out += anomalies(result, table);
    out += patterns(result);
    out += incidents(result);
    out += servicesBreakdown(result);
    out += section(label(QT_TRANSLATE_NOOP("TextReport", "RECOMMENDATIONS")));
    for (const std::string& line : result.recommendations)
        out += "  - " + line + "\n";
    out += evaluation(result.truth);
    out += volumes(result);
    return out;
}

} // namespace logscope::core
