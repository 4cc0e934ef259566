#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace logscope::core {

struct TruthEpisode;

/// Every threshold of the analysis, seed 003's values as defaults. Loadable from JSON
/// (`logscope analyze --config FILE`); the keys are listed in the README.
struct AnalysisOptions {
    // Statistics.
    std::size_t maxBuckets = 200;    ///< time buckets for the charts
    std::size_t histogramBins = 40;  ///< log-scale latency bins
    std::size_t topTemplates = 10;   ///< top templates and top errors listed
    std::size_t rareTemplateMax = 3; ///< a template seen at most this often is rare
    std::size_t rareTemplatesListed = 10;
    std::size_t correlatedPairsListed = 20;
    double minPairStrength = 0.3;   ///< Jaccard over buckets for a correlated pair
    std::size_t minPairBuckets = 2; ///< buckets shared at least
    double slowResponseMs = 1000.0; ///< a line slower than this is slow
    double trendTolerance = 0.2;    ///< relative change of the error rate that is a trend

    // Isolation Forest.
    std::size_t forestTrees = 100;
    std::size_t forestSampleSize = 256;
    double contamination = 0.05; ///< expected share of anomalous lines (seed 003)
    std::uint64_t seed = 42;
    std::int64_t rollingWindowMinutes = 5;
    std::size_t topAnomalies = 10;
    std::size_t timelinePoints = 4000; ///< timeline sample size, anomalies excluded

    // Series (robust z-score with a seasonal baseline).
    double seriesZThreshold = 4.0;
    std::size_t seriesAnomaliesListed = 20;
    std::size_t seriesTemplates = 20; ///< most frequent templates that get a series

    // DBSCAN over template vectors.
    double dbscanEps = 0.35; ///< cosine distance
    std::size_t dbscanMinPoints = 2;
    std::size_t dbscanMaxTemplates = 2000;

    // Incidents.
    std::int64_t errorWindowMinutes = 10;
    double highErrorRate = 0.30;
    std::uint64_t minWindowLines = 10; ///< lines a window needs before a rate counts
    std::uint64_t minErrorLines = 5;
    double latencyFactor = 2.0; ///< x the service's P95 baseline
    double minSlowShare = 0.3;  ///< share of a window's lines above the factor
    std::int64_t cascadeWindowMinutes = 5;
    std::size_t cascadeMinServices = 2;
    std::uint64_t bruteForcePerMinute = 10; ///< failed logins per IP or user per minute
    std::uint64_t resourceMinLines = 5;
    double resourceFactor = 4.0;    ///< x the service's usual resource-warning rate
    double minResourceShare = 0.25; ///< share of the window's lines about resources
    double trafficCollapseRatio = 0.1;
    double burst5xxShare = 0.5;
    std::uint64_t minBurst5xx = 5;
    double significanceZ = 4.0;           ///< how far above its baseline a window rate must be
    std::uint64_t throttledMinLines = 10; ///< rate-limited requests a window needs
    double throttledFactor = 4.0;         ///< x the service's usual rate-limited share
    std::uint64_t suspectMinLines = 3;    ///< broken-data lines a window needs
    double suspectFactor = 10.0;          ///< x the service's usual broken-data share
    std::size_t maxEvidence = 50;

    // Health score (seed 003's factors).
    double errorRatePenaltyMax = 30.0;
    double errorRatePenaltyPerPercent = 3.0;
    double slowPenaltyMax = 20.0;
    double slowPenaltyPerPercent = 2.0;
    double lowSuccessPenaltyMax = 20.0;
    double lowSuccessPenaltyPerPercent = 2.0;
    double anomalyPenaltyMax = 15.0;
    double anomalyPenaltyPerPercent = 1.5;
    double criticalIncidentPenalty = 5.0;
    double highIncidentPenalty = 2.0;

    /// Text of a template id found in the table (the miner's dictionary); when unset, the
    /// analyzer shows a normalised example line of the template.
    std::function<std::string(std::uint32_t)> templateText;
    /// Known anomaly episodes (`--episodes`) to score incidents against; when unset, episodes
    /// are derived from the lines' labels.
    std::shared_ptr<const std::vector<TruthEpisode>> episodes;
};

/// Reads options from a JSON object, starting from the defaults. Returns an empty string on
/// success, else an error naming the key path and what was expected.
std::string parseAnalysisOptions(std::string_view json, AnalysisOptions& options);

/// Reads options from a JSON file (same rules; the error names the file).
std::string loadAnalysisOptions(const std::string& path, AnalysisOptions& options);

} // namespace logscope::core
