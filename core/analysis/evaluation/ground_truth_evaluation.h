#pragma once

#include "core/analysis/analysis_context.h"

#include <string>
#include <vector>

namespace logscope::core {

/// A labelled anomaly episode (from the generator's episodes file, or runs of labelled lines).
struct TruthEpisode {
    std::string id;
    std::string type;
    std::int64_t startNs = 0;
    std::int64_t endNs = 0;
    std::vector<std::string> services;
};

/// Reads an episodes file: a JSON array (or an object with an "episodes" array) of objects
/// with `start` and `end` (ISO 8601 or epoch numbers), `services` (array or string), and
/// optionally `id` and `type`. Returns an empty string on success, else the error.
std::string loadTruthEpisodes(const std::string& path, std::vector<TruthEpisode>& episodes);
/// The same from JSON text.
std::string parseTruthEpisodes(std::string_view json, std::vector<TruthEpisode>& episodes);

/// Episodes from the labels: labelled lines of one anomaly type, split where they pause for
/// longer than `gapNs`; each episode names the services of its lines.
std::vector<TruthEpisode> episodesFromLabels(const AnalysisContext& context, std::int64_t gapNs);

/// Precision, recall and F1 of the flagged lines against the labels, and per episode: an
/// episode is caught when an incident overlaps its window and names one of its services; an
/// incident is right when it overlaps some episode's window. Not available when no analysed
/// line carries a label and no episodes are given.
TruthEvaluation evaluateAgainstTruth(const AnalysisContext& context,
                                     const std::vector<std::uint8_t>& flags,
                                     const std::vector<Incident>& incidents,
                                     const std::vector<TruthEpisode>* givenEpisodes);

} // namespace logscope::core
