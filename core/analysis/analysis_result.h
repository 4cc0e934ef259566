#pragma once

#include "core/analysis/time_buckets.h"
#include "core/table/level.h"

#include <array>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace logscope::core {

/// Lines counted per level.
using LevelCounts = std::array<std::uint64_t, kLevelCount>;

/// A row id of the LogTable the result was computed from.
using RowId = std::size_t;

/// Health of one service or of the whole system, worst last. The system score maps to
/// Excellent (>= 90), Good (>= 75), Fair (>= 50, reported as "DEGRADED") and Critical;
/// Poor is used for services only.
enum class HealthStatus : std::uint8_t { Excellent, Good, Fair, Poor, Critical };

/// What one service did.
struct ServiceStats {
    std::string name;
    std::uint64_t lines = 0;
    std::uint64_t errors = 0;   ///< lines at ERROR or worse
    std::uint64_t warnings = 0; ///< lines at WARNING
    double avgLatencyMs = 0.0;  ///< over lines that carry a latency; 0 when none do
    std::uint64_t latencyLines = 0;
    double successRate = 1.0; ///< from status codes when present, else from levels
    HealthStatus status = HealthStatus::Excellent;
};

/// One bin of the latency histogram (log-scale bins).
struct HistogramBin {
    double lowerMs = 0.0;
    double upperMs = 0.0;
    std::uint64_t count = 0;
};

/// Response-time statistics over every line that carries a latency.
struct LatencyStats {
    std::uint64_t count = 0;
    double meanMs = 0.0;
    double p50Ms = 0.0; ///< exact percentiles
    double p95Ms = 0.0;
    double p99Ms = 0.0;
    double maxMs = 0.0;
    std::vector<HistogramBin> histogram;
    std::uint64_t slowLines = 0; ///< lines slower than AnalysisOptions::slowResponseMs
    /// Latencies left out as impossible for their service (see latency_ceiling.h).
    std::uint64_t implausible = 0;
};

/// A message template and how often it occurred.
struct TemplateStats {
    std::uint32_t templateId = 0;
    std::string text;
    std::uint64_t count = 0;
    Level worstLevel = Level::Unknown;
    std::vector<std::string> services; ///< services that logged it, most frequent first
    std::uint32_t cluster = 0;         ///< pattern cluster (DBSCAN over templates); 0 = none
    RowId exampleRow = 0;              ///< one line of this template
};

/// Two error templates that tend to occur in the same time buckets.
struct CorrelatedErrorPair {
    std::uint32_t templateA = 0;
    std::uint32_t templateB = 0;
    double strength = 0.0;           ///< 0..1 (e.g. Jaccard or phi over buckets)
    std::uint64_t sharedBuckets = 0; ///< buckets where both occur
    std::string textA;               ///< template texts, for reports
    std::string textB;
};

/// Error patterns: the templates of WARN-and-worse lines.
struct ErrorPatterns {
    std::uint64_t uniqueErrorTypes = 0;
    std::vector<TemplateStats> topErrors;             ///< most frequent first
    std::vector<CorrelatedErrorPair> correlatedPairs; ///< strongest first (listed ones)
    std::vector<TemplateStats> rareTemplates;
    std::uint64_t correlatedPairCount = 0; ///< pairs above the strength threshold
    std::uint64_t errorLines = 0;          ///< WARN-and-worse lines behind the patterns
};

/// A line the anomaly detector singled out, with why.
struct ScoredLine {
    RowId row = 0;
    double score = 0.0;      ///< higher = more anomalous, 0..1
    std::string explanation; ///< which features drove the score
    /// The features that drove the score, strongest first, as (feature name, robust z).
    std::vector<std::pair<std::string, double>> drivers;
};

/// One point of the anomaly timeline (time × score, coloured by template cluster).
struct AnomalyPoint {
    std::int64_t timestampNs = 0;
    float score = 0.0F;
    std::uint32_t cluster = 0; ///< pattern cluster of the line's template
    bool isAnomaly = false;
    RowId row = 0;
};

enum class Severity : std::uint8_t { Critical, High, Medium, Low };

enum class IncidentType : std::uint8_t {
    HighErrorRate,
    ResponseTimeDegradation,
    CascadingFailure,
    ResourceExhaustion,
    SecurityThreat,
    ServiceUnavailable,
    RateLimiting, ///< clients refused en masse (HTTP 429): a flood, a retry storm, a low quota
    DataAnomaly   ///< a producer writing records with missing or impossible values
};

/// A detected incident.
struct Incident {
    IncidentType type = IncidentType::HighErrorRate;
    Severity severity = Severity::Medium;
    std::int64_t startNs = 0;
    std::int64_t endNs = 0;
    std::vector<std::string> services;
    std::vector<RowId> evidence; ///< the lines behind it (capped)
    std::string rootCauseService;
    std::string rootCauseTemplate;
    std::string description;
    std::string recommendation;
    std::uint32_t rootCauseTemplateId = 0; ///< analysis-local template index of the root cause
    RowId rootCauseRow = 0;                ///< the first failing line of the chain
    double peakValue = 0.0; ///< the figure that crossed the threshold (rate, ms, count)
    double threshold = 0.0; ///< the threshold it crossed
    bool injection = false; ///< a security threat of injection payloads, not failed logins
};

/// A point of a per-bucket series (per service, template or metric) far from its baseline:
/// robust z-score (median/MAD) against a seasonal (hour-of-day) baseline.
struct SeriesAnomaly {
    std::string series; ///< e.g. "errors:database", "lines:api-gateway", "template:12"
    std::string kind;   ///< "errors", "lines", "latency" or "template"
    std::string key;    ///< the service or template text
    std::size_t bucket = 0;
    std::int64_t startNs = 0;
    double value = 0.0;
    double expected = 0.0; ///< seasonal baseline
    double zScore = 0.0;   ///< robust z of the residual; positive = above the baseline
};

/// A cluster of similar templates (DBSCAN over template token vectors, seed 004).
struct PatternCluster {
    std::uint32_t id = 0; ///< 1..n; 0 is "unclustered"
    std::uint64_t lines = 0;
    std::vector<std::uint32_t> templates; ///< analysis-local template indexes
    std::string representative;           ///< text of its most frequent template
};

/// How long each stage took, for `timings_ms`.
struct StageTiming {
    std::string stage;
    double ms = 0.0;
};

/// One factor of the health score and the points it took off.
struct HealthFactor {
    std::string name;
    double penalty = 0.0;
    double maxPenalty = 0.0;
};

/// The 0-100 health score with seed 003's factors.
struct HealthScore {
    double score = 100.0;
    HealthStatus status = HealthStatus::Excellent;
    std::vector<HealthFactor> factors;
};

enum class Trend : std::uint8_t { Improving, Stable, Degrading };

/// One day's figures and its direction compared with the days before.
struct DailyTrend {
    std::int64_t dayStartNs = 0;
    std::uint64_t lines = 0;
    std::uint64_t errors = 0;
    double avgLatencyMs = 0.0;
    Trend trend = Trend::Stable;
};

/// Detection quality against ground truth carried by the log (`_labels`, `anomalous`).
struct TruthEvaluation {
    bool available = false;
    std::uint64_t truePositives = 0;
    std::uint64_t falsePositives = 0;
    std::uint64_t falseNegatives = 0;
    double precision = 0.0;
    double recall = 0.0;
    double f1 = 0.0;
    // Per episode (an episode is caught when an incident overlaps its window and names one of
    // its services); episodes come from an episodes file or from runs of labelled lines.
    std::uint64_t episodes = 0;
    std::uint64_t episodesCaught = 0;
    double episodeRecall = 0.0;
    std::uint64_t incidentsOnEpisodes = 0; ///< incidents overlapping some true episode
    double incidentPrecision = 0.0;        ///< incidentsOnEpisodes / incidents
    std::string episodeSource;             ///< "episodes file" or "labels"
};

/// A period the time panels shade (live mode: an injected episode and whether it was caught).
struct MarkedPeriod {
    std::int64_t startNs = 0;
    std::int64_t endNs = 0;
    std::string label;
    bool caught = false;
};

/// The outcome of analysing a table (or the part of it a view filter selects): an immutable
/// snapshot that every panel, list and export renders from.
struct AnalysisResult {
    /// Limits the analysis applied to pathological input (e.g. services folded together).
    std::vector<std::string> warnings;

    // Volume and time.
    std::uint64_t totalLines = 0;
    std::uint64_t timedLines = 0; ///< lines with a readable timestamp
    std::int64_t firstNs = 0;
    std::int64_t lastNs = 0;
    LevelCounts perLevel{};
    TimeBuckets buckets;
    std::vector<LevelCounts> levelsOverTime; ///< per bucket
    /// Lines per weekday (0 = Monday) and hour of day (UTC).
    std::array<std::array<std::uint64_t, 24>, 7> dayHour{};

    // Rates.
    std::uint64_t errorLines = 0;
    double errorRate = 0.0;   ///< errorLines / totalLines
    double successRate = 1.0; ///< from status codes when present, else from levels

    // Breakdown.
    std::vector<ServiceStats> services; ///< most active first
    LatencyStats latency;
    std::vector<TemplateStats> topTemplates;
    /// Per analysed row: its template (TemplateStats::templateId numbering), so the dashboard
    /// can list the lines of a template; empty when not computed.
    std::vector<std::uint32_t> lineTemplates;
    /// Text of every template, indexed by TemplateStats::templateId; empty when not computed.
    std::vector<std::string> templateTexts;
    ErrorPatterns errorPatterns;
    std::vector<DailyTrend> daily;

    // Anomalies.
    std::vector<float> lineScores; ///< per analysed row (empty when not computed)
    /// Per analysed row: 1 when the line is flagged anomalous: it belongs to a detected
    /// incident (its services and window; for attacks, the attack's lines), or the Isolation
    /// Forest puts it above the contamination threshold and its template is rare.
    std::vector<std::uint8_t> lineAnomalies;
    float anomalyThreshold = 1.0F; ///< Isolation Forest score at the contamination quantile
    /// Lines at or above anomalyThreshold (seed 003's "contamination" share); only those of
    /// them that are rare (or inside an incident) are flagged in lineAnomalies.
    std::uint64_t forestOutliers = 0;
    /// Lines whose numeric `value` field (seed 001's metrics) is beyond the series z threshold
    /// of its service's values; they are flagged in lineAnomalies.
    std::uint64_t metricOutliers = 0;
    std::vector<RowId> rows; ///< the analysed rows, when a filter selected a subset
    std::uint64_t anomalyCount = 0;
    double anomalyRate = 0.0;
    std::vector<ScoredLine> topAnomalies;
    std::vector<AnomalyPoint> timeline;         ///< sampled for drawing; every anomaly kept
    std::vector<SeriesAnomaly> seriesAnomalies; ///< strongest first
    std::vector<PatternCluster> patternClusters;

    // Incidents and health.
    std::vector<Incident> incidents; ///< by start time
    HealthScore health;
    TruthEvaluation truth;

    // Summary extras.
    std::uint64_t warningLines = 0;
    std::uint64_t statusLines = 0;      ///< lines that carry an HTTP status code
    Trend overallTrend = Trend::Stable; ///< direction of the daily error rate
    std::vector<std::string> recommendations;
    std::vector<StageTiming> timings;
    std::vector<MarkedPeriod> markedPeriods; ///< shaded on the time panels (live episodes)
};

/// Upper-case names used in reports ("CRITICAL", "HIGH", ...).
const char* severityName(Severity severity) noexcept;
const char* incidentTypeName(IncidentType type) noexcept;
const char* healthStatusName(HealthStatus status) noexcept;
const char* trendName(Trend trend) noexcept;

} // namespace logscope::core
