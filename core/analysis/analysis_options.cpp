#include "core/analysis/analysis_options.h"

#include "core/util/json_depth.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <variant>
#include <vector>

namespace logscope::core {
namespace {

static_assert(std::is_same_v<std::size_t, std::uint64_t>,
              "the options table assumes 64-bit size_t");

// One settable key: where it lives in the JSON, which member it sets, and its valid range.
struct Key {
    const char* section;
    const char* name;
    // std::uint64_t members are std::size_t here (checked below).
    std::variant<double AnalysisOptions::*, std::size_t AnalysisOptions::*,
                 std::int64_t AnalysisOptions::*>
        member;
    double min;
    double max;
};

const std::vector<Key>& keys() {
    using O = AnalysisOptions;
    static const std::vector<Key> kKeys{
        {"statistics", "max_buckets", &O::maxBuckets, 1, 100000},
        {"statistics", "histogram_bins", &O::histogramBins, 1, 1000},
        {"statistics", "top_templates", &O::topTemplates, 1, 10000},
        {"statistics", "rare_template_max", &O::rareTemplateMax, 0, 1e9},
        {"statistics", "rare_templates_listed", &O::rareTemplatesListed, 0, 10000},
        {"statistics", "correlated_pairs_listed", &O::correlatedPairsListed, 0, 10000},
        {"statistics", "min_pair_strength", &O::minPairStrength, 0, 1},
        {"statistics", "min_pair_buckets", &O::minPairBuckets, 1, 1e9},
        {"statistics", "slow_response_ms", &O::slowResponseMs, 0, 1e12},
        {"statistics", "trend_tolerance", &O::trendTolerance, 0, 100},
        {"isolation_forest", "trees", &O::forestTrees, 1, 10000},
        {"isolation_forest", "sample_size", &O::forestSampleSize, 2, 1e7},
        {"isolation_forest", "contamination", &O::contamination, 0, 0.5},
        {"isolation_forest", "seed", &O::seed, 0, 1.8e19},
        {"isolation_forest", "rolling_window_minutes", &O::rollingWindowMinutes, 1, 1440},
        {"isolation_forest", "top_anomalies", &O::topAnomalies, 0, 100000},
        {"isolation_forest", "timeline_points", &O::timelinePoints, 0, 1e7},
        {"series", "z_threshold", &O::seriesZThreshold, 0, 1000},
        {"series", "listed", &O::seriesAnomaliesListed, 0, 100000},
        {"series", "templates", &O::seriesTemplates, 0, 10000},
        {"clusters", "eps", &O::dbscanEps, 0, 2},
        {"clusters", "min_points", &O::dbscanMinPoints, 1, 10000},
        {"clusters", "max_templates", &O::dbscanMaxTemplates, 1, 100000},
        {"incidents", "error_window_minutes", &O::errorWindowMinutes, 1, 1440},
        {"incidents", "high_error_rate", &O::highErrorRate, 0, 1},
        {"incidents", "min_window_lines", &O::minWindowLines, 1, 1e12},
        {"incidents", "min_error_lines", &O::minErrorLines, 1, 1e12},
        {"incidents", "latency_factor", &O::latencyFactor, 1, 1000},
        {"incidents", "min_slow_share", &O::minSlowShare, 0, 1},
        {"incidents", "cascade_window_minutes", &O::cascadeWindowMinutes, 1, 1440},
        {"incidents", "cascade_min_services", &O::cascadeMinServices, 2, 10000},
        {"incidents", "brute_force_per_minute", &O::bruteForcePerMinute, 1, 1e12},
        {"incidents", "resource_min_lines", &O::resourceMinLines, 1, 1e12},
        {"incidents", "resource_factor", &O::resourceFactor, 1, 1e6},
        {"incidents", "min_resource_share", &O::minResourceShare, 0, 1},
        {"incidents", "traffic_collapse_ratio", &O::trafficCollapseRatio, 0, 1},
        {"incidents", "burst_5xx_share", &O::burst5xxShare, 0, 1},
        {"incidents", "min_burst_5xx", &O::minBurst5xx, 1, 1e12},
        {"incidents", "significance_z", &O::significanceZ, 0, 1000},
        {"incidents", "max_evidence", &O::maxEvidence, 1, 1e9},
        {"incidents", "throttled_min_lines", &O::throttledMinLines, 1, 1e12},
        {"incidents", "throttled_factor", &O::throttledFactor, 1, 1e6},
        {"incidents", "suspect_min_lines", &O::suspectMinLines, 1, 1e12},
        {"incidents", "suspect_factor", &O::suspectFactor, 1, 1e6},
        {"health", "error_rate_penalty_max", &O::errorRatePenaltyMax, 0, 100},
        {"health", "error_rate_penalty_per_percent", &O::errorRatePenaltyPerPercent, 0, 100},
        {"health", "slow_penalty_max", &O::slowPenaltyMax, 0, 100},
        {"health", "slow_penalty_per_percent", &O::slowPenaltyPerPercent, 0, 100},
        {"health", "low_success_penalty_max", &O::lowSuccessPenaltyMax, 0, 100},
        {"health", "low_success_penalty_per_percent", &O::lowSuccessPenaltyPerPercent, 0, 100},
        {"health", "anomaly_penalty_max", &O::anomalyPenaltyMax, 0, 100},
        {"health", "anomaly_penalty_per_percent", &O::anomalyPenaltyPerPercent, 0, 100},
        {"health", "critical_incident_penalty", &O::criticalIncidentPenalty, 0, 100},
        {"health", "high_incident_penalty", &O::highIncidentPenalty, 0, 100},
    };
    return kKeys;
}

std::string setKey(const Key& key, const nlohmann::json& value, AnalysisOptions& options) {
    const std::string path = std::string(key.section) + "." + key.name;
    if (!value.is_number())
        return path + ": expected a number, got " + std::string(value.type_name());
    const double number = value.get<double>();
    if (number < key.min || number > key.max) {
        std::ostringstream text;
        text << path << ": expected a value in [" << key.min << ", " << key.max << "], got "
             << number;
        return text.str();
    }
    const bool integral = !std::holds_alternative<double AnalysisOptions::*>(key.member);
    if (integral && !value.is_number_integer() && !value.is_number_unsigned())
        return path + ": expected an integer, got " + value.dump();
    std::visit(
        [&](auto member) {
            using T = std::remove_reference_t<decltype(options.*member)>;
            if constexpr (std::is_same_v<T, double>)
                options.*member = number;
            else if constexpr (std::is_same_v<T, std::int64_t>)
                options.*member = value.get<std::int64_t>();
            else
                options.*member = static_cast<T>(value.get<std::uint64_t>());
        },
        key.member);
    return {};
}

} // namespace

std::string parseAnalysisOptions(std::string_view json, AnalysisOptions& options) {
    if (std::string problem = jsonDepthProblem(json); !problem.empty())
        return problem;
    nlohmann::json doc;
    try {
        doc = nlohmann::json::parse(json.begin(), json.end());
    } catch (const nlohmann::json::exception& error) { // also out_of_range (1e999)
        return std::string("invalid JSON: ") + error.what();
    }
    if (!doc.is_object())
        return "expected a JSON object at the top level, got " + std::string(doc.type_name());
    AnalysisOptions updated = options;
    for (const auto& [section, body] : doc.items()) {
        bool knownSection = false;
        for (const Key& key : keys())
            knownSection = knownSection || section == key.section;
        if (!knownSection)
            return section + ": unknown section (expected statistics, isolation_forest, "
                             "series, clusters, incidents or health)";
        if (!body.is_object())
            return section + ": expected an object, got " + std::string(body.type_name());
        for (const auto& [name, value] : body.items()) {
            const Key* found = nullptr;
            for (const Key& key : keys()) {
                if (section == key.section && name == key.name)
                    found = &key;
            }
            if (found == nullptr) {
                std::string known;
                for (const Key& key : keys()) {
                    if (section == key.section)
                        known += (known.empty() ? "" : ", ") + std::string(key.name);
                }
                return section + "." + name + ": unknown key (known: " + known + ")";
            }
            if (std::string error = setKey(*found, value, updated); !error.empty())
                return error;
        }
    }
    options = std::move(updated);
    return {};
}

std::string loadAnalysisOptions(const std::string& path, AnalysisOptions& options) {
    std::ifstream file(path, std::ios::binary);
    if (!file)
        return path + ": cannot open";
    std::ostringstream bytes;
    bytes << file.rdbuf();
    if (std::string error = parseAnalysisOptions(bytes.str(), options); !error.empty())
        return path + ": " + error;
    return {};
}

} // namespace logscope::core
