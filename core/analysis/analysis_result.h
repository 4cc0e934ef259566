#pragma once

#include "core/analysis/time_buckets.h"
#include "core/table/level.h"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace logscope::core {

/// Lines counted per level.
using LevelCounts = std::array<std::uint64_t, kLevelCount>;

/// A row id of the LogTable the result was computed from.
using RowId = std::size_t;

/// Health of one service or of the whole system, worst last.
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
};

/// A message template and how often it occurred.
struct TemplateStats {
    std::uint32_t templateId = 0;
    std::string text;
    std::uint64_t count = 0;
    Level worstLevel = Level::Unknown;
    std::vector<std::string> services; ///< services that logged it, most frequent first
};

/// Two error templates that tend to occur in the same time buckets.
struct CorrelatedErrorPair {
    std::uint32_t templateA = 0;
    std::uint32_t templateB = 0;
    double strength = 0.0;           ///< 0..1 (e.g. Jaccard or phi over buckets)
    std::uint64_t sharedBuckets = 0; ///< buckets where both occur
};

/// Error patterns: the templates of WARN-and-worse lines.
struct ErrorPatterns {
    std::uint64_t uniqueErrorTypes = 0;
    std::vector<TemplateStats> topErrors; ///< most frequent first
    std::vector<CorrelatedErrorPair> correlatedPairs;
    std::vector<TemplateStats> rareTemplates;
};

/// A line the anomaly detector singled out, with why.
struct ScoredLine {
    RowId row = 0;
    double score = 0.0;      ///< higher = more anomalous, 0..1
    std::string explanation; ///< which features drove the score
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
    ServiceUnavailable
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
};

/// The outcome of analysing a table (or the part of it a view filter selects): an immutable
/// snapshot that every panel, list and export renders from.
struct AnalysisResult {
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
    std::vector<RowId> rows;       ///< the analysed rows, when a filter selected a subset
    std::uint64_t anomalyCount = 0;
    double anomalyRate = 0.0;
    std::vector<ScoredLine> topAnomalies;
    std::vector<AnomalyPoint> timeline; ///< sampled for drawing; every anomaly kept

    // Incidents and health.
    std::vector<Incident> incidents; ///< by start time
    HealthScore health;
    TruthEvaluation truth;
};

/// Upper-case names used in reports ("CRITICAL", "HIGH", ...).
const char* severityName(Severity severity) noexcept;
const char* incidentTypeName(IncidentType type) noexcept;
const char* healthStatusName(HealthStatus status) noexcept;
const char* trendName(Trend trend) noexcept;

} // namespace logscope::core
