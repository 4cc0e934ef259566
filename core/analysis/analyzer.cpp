#include "core/analysis/analyzer.h"

#include "core/analysis/analysis_context.h"
#include "core/analysis/anomaly/line_anomalies.h"
#include "core/analysis/anomaly/line_features.h"
#include "core/analysis/anomaly/metric_values.h"
#include "core/analysis/anomaly/series_anomalies.h"
#include "core/analysis/anomaly/template_clusters.h"
#include "core/analysis/evaluation/ground_truth_evaluation.h"
#include "core/analysis/health/health_score.h"
#include "core/analysis/incidents/incident_detector.h"
#include "core/analysis/incidents/line_signals.h"
#include "core/analysis/incidents/recommendations.h"
#include "core/analysis/incidents/service_grid.h"
#include "core/analysis/patterns/error_patterns.h"
#include "core/analysis/patterns/line_index.h"
#include "core/analysis/row_selection.h"
#include "core/analysis/statistics/daily_trends.h"
#include "core/analysis/statistics/latency_ceiling.h"
#include "core/analysis/statistics/latency_statistics.h"
#include "core/analysis/statistics/volume_statistics.h"
#include "core/util/localized_text.h"

#include <QCoreApplication>
#include <chrono>

namespace logscope::core {
namespace {

// Times the stages into result.timings and reports progress; says when to stop.
class StageClock {
public:
    StageClock(AnalysisResult& result, const AnalysisContext& context,
               const ProgressCallback& progress)
        : m_result(result), m_context(context), m_progress(progress),
          m_last(std::chrono::steady_clock::now()) {}
    /// Records the stage that just ended; false when the analysis was cancelled.
    bool done(const char* stage) {
        const auto now = std::chrono::steady_clock::now();
        m_result.timings.push_back(
            {stage, std::chrono::duration<double, std::milli>(now - m_last).count()});
        m_last = now;
        if (m_progress)
            m_progress(++m_done, kStages);
        return !m_context.cancelled();
    }
    static constexpr std::uint64_t kStages = 11;

private:
    AnalysisResult& m_result;
    const AnalysisContext& m_context;
    const ProgressCallback& m_progress;
    std::chrono::steady_clock::time_point m_last;
    std::uint64_t m_done = 0;
};

} // namespace

std::shared_ptr<const AnalysisResult> analyze(const LogTable& table,
                                              const CancellationToken* cancel) {
    static const AnalysisOptions kDefaults;
    return analyze(table, ViewFilter{}, kDefaults, cancel);
}

std::shared_ptr<const AnalysisResult> analyze(const LogTable& table, const ViewFilter& filter,
                                              const AnalysisOptions& options,
                                              const CancellationToken* cancel,
                                              const ProgressCallback& progress) {
    auto result = std::make_shared<AnalysisResult>();
    AnalysisContext context{table, options, cancel};
    StageClock clock(*result, context, progress);
    if (context.cancelled())
        return nullptr;

    if (auto rows = selectRows(table, filter, cancel)) {
        context.subset = true;
        context.rows = std::move(*rows);
        context.count = context.rows.size();
    } else {
        context.count = table.size();
    }
    if (!clock.done("select"))
        return nullptr;
    if (!indexLines(context) || !clock.done("templates"))
        return nullptr;
    if (context.foldedServices > 0)
        result->warnings.push_back(toUtf8(
            QCoreApplication::translate("Analysis",
                                        "%1 distinct services: the %2 least busy are analysed "
                                        "together as \"(other services)\"")
                .arg(context.foldedServices + kMaxAnalysedServices - 1)
                .arg(context.foldedServices)));

    computeLatencyCeilings(context);
    computeVolumeStatistics(context, *result);
    computeLatencyStatistics(context, *result);
    computeDailyTrends(context, *result);
    if (result->latency.implausible > 0)
        result->warnings.push_back(toUtf8(
            QCoreApplication::translate("Analysis",
                                        "%n latencies of hours, a thousand times their service's "
                                        "median, are left out of the latency statistics as "
                                        "impossible (see the Data Anomaly incidents)",
                                        nullptr, pluralArgument(result->latency.implausible))));
    if (!clock.done("statistics"))
        return nullptr;

    result->patternClusters = clusterTemplates(context);
    computePatterns(context, *result);
    if (!clock.done("patterns"))
        return nullptr;

    const std::vector<std::uint8_t> signals = computeLineSignals(context);
    const std::vector<float> metricValues = collectMetricValues(context);
    // The last pass over every line's text: what follows looks at a few lines only, so the
    // mapped file need not stay resident while the forest's matrices are (a lower peak).
    table.releaseTextPages();
    const ServiceGrid grid = buildServiceGrid(context, signals);
    if (!clock.done("signals"))
        return nullptr;

    const FeatureMatrix features = computeLineFeatures(context, grid);
    if (!clock.done("features"))
        return nullptr;
    std::vector<std::uint8_t> flags;
    if (!scoreLines(context, features, *result, flags) || !clock.done("isolation_forest"))
        return nullptr;

    result->seriesAnomalies = findSeriesAnomalies(context, *result, metricValues);
    result->metricOutliers =
        flagMetricOutliers(context, metricValues, options.seriesZThreshold, flags);
    if (!clock.done("series"))
        return nullptr;

    result->incidents = detectIncidents(context, grid, signals, flags);
    if (!clock.done("incidents"))
        return nullptr;

    result->lineAnomalies = std::move(flags);
    for (const std::uint8_t flag : result->lineAnomalies)
        result->anomalyCount += flag;
    result->anomalyRate = context.count == 0 ? 0.0
                                             : static_cast<double>(result->anomalyCount) /
                                                   static_cast<double>(context.count);
    describeAnomalies(context, features, *result);

    HealthInputs health;
    health.errorRate = result->errorRate;
    health.slowShare = result->latency.count == 0 ? 0.0
                                                  : static_cast<double>(result->latency.slowLines) /
                                                        static_cast<double>(result->latency.count);
    health.successRate = result->successRate;
    health.anomalyRate = result->anomalyRate;
    for (const Incident& incident : result->incidents) {
        health.criticalIncidents += incident.severity == Severity::Critical ? 1 : 0;
        health.highIncidents += incident.severity == Severity::High ? 1 : 0;
    }
    result->health = computeHealthScore(health, options);
    result->recommendations = overallRecommendations(*result, options.slowResponseMs);
    if (!clock.done("health"))
        return nullptr;

    result->truth = evaluateAgainstTruth(context, result->lineAnomalies, result->incidents,
                                         options.episodes.get());
    // The dashboard lists the lines of a template: every line's template and every text.
    result->lineTemplates = std::move(context.templateOf);
    result->templateTexts.reserve(context.templates.size());
    for (const TemplateInfo& info : context.templates)
        result->templateTexts.push_back(info.text);
    if (context.subset)
        result->rows = std::move(context.rows);
    if (!clock.done("evaluation"))
        return nullptr;
    return result;
}

} // namespace logscope::core
