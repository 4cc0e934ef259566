#include "core/analysis/evaluation/ground_truth_evaluation.h"

#include "core/time/civil_time.h"
#include "core/util/json_depth.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

namespace logscope::core {
namespace {

// Incident and episode windows are compared with this much slack: windowed rules place a
// start or an end up to a few minutes off.
constexpr std::int64_t kSlackNs = 5 * kNanosPerMinute;

bool readTime(const nlohmann::json& value, std::int64_t& ns) {
    if (value.is_string())
        return parseIso8601(value.get<std::string>(), ns);
    if (value.is_number()) {
        const double v = value.get<double>();
        // Seconds, milliseconds, microseconds or nanoseconds since the epoch, by magnitude.
        ns = v > 1e17   ? static_cast<std::int64_t>(v)
             : v > 1e14 ? static_cast<std::int64_t>(v * 1e3)
             : v > 1e11 ? static_cast<std::int64_t>(v * 1e6)
                        : static_cast<std::int64_t>(v * 1e9);
        return true;
    }
    return false;
}

bool overlaps(std::int64_t aStart, std::int64_t aEnd, std::int64_t bStart, std::int64_t bEnd) {
    return aStart <= bEnd + kSlackNs && bStart <= aEnd + kSlackNs;
}

double ratio(std::uint64_t a, std::uint64_t b) {
    return b == 0 ? 0.0 : static_cast<double>(a) / static_cast<double>(b);
}

} // namespace

std::string parseTruthEpisodes(std::string_view json, std::vector<TruthEpisode>& episodes) {
    if (std::string problem = jsonDepthProblem(json); !problem.empty())
        return problem;
    nlohmann::json doc;
    try {
        doc = nlohmann::json::parse(json.begin(), json.end());
    } catch (const nlohmann::json::exception& error) { // also out_of_range (1e999)
        return std::string("invalid JSON: ") + error.what();
    }
    if (doc.is_object() && doc.contains("episodes"))
        doc = doc["episodes"];
    if (!doc.is_array())
        return "expected an array of episodes (or an object with \"episodes\")";
    for (std::size_t i = 0; i < doc.size(); ++i) {
        const nlohmann::json& e = doc[i];
        const std::string where = "episodes[" + std::to_string(i) + "]";
        if (!e.is_object())
            return where + ": expected an object";
        TruthEpisode episode;
        if (!e.contains("start") || !readTime(e["start"], episode.startNs))
            return where + ".start: expected an ISO 8601 time or an epoch number";
        if (!e.contains("end") || !readTime(e["end"], episode.endNs))
            return where + ".end: expected an ISO 8601 time or an epoch number";
        if (e.contains("services")) {
            const auto& s = e["services"];
            if (s.is_string())
                episode.services.push_back(s.get<std::string>());
            else if (s.is_array())
                for (const auto& name : s)
                    if (name.is_string())
                        episode.services.push_back(name.get<std::string>());
        } else if (e.contains("service") && e["service"].is_string()) {
            episode.services.push_back(e["service"].get<std::string>());
        }
        if (e.contains("id"))
            episode.id = e["id"].is_string() ? e["id"].get<std::string>() : e["id"].dump();
        if (e.contains("type") && e["type"].is_string())
            episode.type = e["type"].get<std::string>();
        episodes.push_back(std::move(episode));
    }
    return {};
}

std::string loadTruthEpisodes(const std::string& path, std::vector<TruthEpisode>& episodes) {
    std::ifstream file(path, std::ios::binary);
    if (!file)
        return path + ": cannot open";
    std::ostringstream bytes;
    bytes << file.rdbuf();
    if (std::string error = parseTruthEpisodes(bytes.str(), episodes); !error.empty())
        return path + ": " + error;
    return {};
}

std::vector<TruthEpisode> episodesFromLabels(const AnalysisContext& context, std::int64_t gapNs) {
    const LogTable& table = context.table;
    // Labelled lines by anomaly type, in time order.
    std::map<std::string, std::vector<std::pair<std::int64_t, std::size_t>>> byType;
    for (std::size_t i = 0; i < context.count; ++i) {
        const RowId row = context.row(i);
        if (table.truth(row) != Truth::Anomaly || table.timestampNs(row) == kNoTimestamp)
            continue;
        byType[std::string(table.anomalyType(row))].emplace_back(table.timestampNs(row), i);
    }
    std::vector<TruthEpisode> episodes;
    for (auto& [type, lines] : byType) {
        std::sort(lines.begin(), lines.end());
        std::size_t first = 0;
        for (std::size_t k = 0; k < lines.size(); ++k) {
            if (k + 1 < lines.size() && lines[k + 1].first - lines[k].first <= gapNs)
                continue;
            TruthEpisode episode;
            episode.type = type;
            episode.startNs = lines[first].first;
            episode.endNs = lines[k].first;
            for (std::size_t j = first; j <= k; ++j) {
                const std::string& name = context.serviceNames[context.serviceOf[lines[j].second]];
                if (std::find(episode.services.begin(), episode.services.end(), name) ==
                    episode.services.end())
                    episode.services.push_back(name);
            }
            episode.id = type + "#" + std::to_string(episodes.size() + 1);
            episodes.push_back(std::move(episode));
            first = k + 1;
        }
    }
    std::sort(episodes.begin(), episodes.end(),
              [](const TruthEpisode& a, const TruthEpisode& b) { return a.startNs < b.startNs; });
    return episodes;
}

TruthEvaluation evaluateAgainstTruth(const AnalysisContext& context,
                                     const std::vector<std::uint8_t>& flags,
                                     const std::vector<Incident>& incidents,
                                     const std::vector<TruthEpisode>* givenEpisodes) {
    TruthEvaluation eval;
    const LogTable& table = context.table;
    std::uint64_t labelled = 0;
    for (std::size_t i = 0; i < context.count; ++i) {
        const Truth truth = table.truth(context.row(i));
        if (truth == Truth::Unlabelled)
            continue;
        ++labelled;
        const bool flagged = i < flags.size() && flags[i] != 0;
        const bool anomalous = truth == Truth::Anomaly;
        eval.truePositives += flagged && anomalous ? 1 : 0;
        eval.falsePositives += flagged && !anomalous ? 1 : 0;
        eval.falseNegatives += !flagged && anomalous ? 1 : 0;
    }
    if (labelled == 0 && givenEpisodes == nullptr)
        return eval;
    eval.available = true;
    eval.precision = ratio(eval.truePositives, eval.truePositives + eval.falsePositives);
    eval.recall = ratio(eval.truePositives, eval.truePositives + eval.falseNegatives);
    eval.f1 = eval.precision + eval.recall > 0
                  ? 2 * eval.precision * eval.recall / (eval.precision + eval.recall)
                  : 0.0;

    const std::vector<TruthEpisode> derived =
        givenEpisodes
            ? std::vector<TruthEpisode>{}
            : episodesFromLabels(context, context.options.errorWindowMinutes * kNanosPerMinute);
    const std::vector<TruthEpisode>& episodes = givenEpisodes ? *givenEpisodes : derived;
    eval.episodeSource = givenEpisodes ? "episodes file" : "labels";
    eval.episodes = episodes.size();
    for (const TruthEpisode& episode : episodes) {
        const bool caught =
            std::any_of(incidents.begin(), incidents.end(), [&](const Incident& in) {
                if (!overlaps(in.startNs, in.endNs, episode.startNs, episode.endNs))
                    return false;
                if (episode.services.empty())
                    return true;
                return std::any_of(
                    in.services.begin(), in.services.end(), [&](const std::string& s) {
                        return std::find(episode.services.begin(), episode.services.end(), s) !=
                               episode.services.end();
                    });
            });
        eval.episodesCaught += caught ? 1 : 0;
    }
    eval.episodeRecall = ratio(eval.episodesCaught, eval.episodes);
    for (const Incident& in : incidents) {
        const bool right =
            std::any_of(episodes.begin(), episodes.end(), [&](const TruthEpisode& e) {
                return overlaps(in.startNs, in.endNs, e.startNs, e.endNs);
            });
        eval.incidentsOnEpisodes += right ? 1 : 0;
    }
    eval.incidentPrecision = ratio(eval.incidentsOnEpisodes, incidents.size());
    return eval;
}

} // namespace logscope::core
