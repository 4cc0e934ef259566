#pragma once

#include "core/generator/episode.h"
#include "core/generator/scenario/scenario.h"

#include <string>
#include <vector>

namespace logscope::core {

/// What the episodes file says about the run as a whole.
struct EpisodesFileHeader {
    std::string profile;
    std::uint64_t seed = 0;
    std::int64_t startNs = 0;
    std::int64_t endNs = 0; ///< episodes are clipped to [start, end)
    std::uint64_t lines = 0;
    bool labels = true;
    std::string format;
    /// A stream still running: episodes under way keep their planned end (and say so with
    /// "in_progress") instead of being clipped to the run's end so far.
    bool inProgress = false;
};

/// The episodes file (`<output>.episodes.json`): the run and every episode that began inside
/// it, with id, type, variant, origin, start, end, services (and when a cascade reached each),
/// labelled line count and parameters. Times are ISO 8601 UTC.
std::string formatEpisodesJson(const Scenario& scenario, const std::vector<Episode>& episodes,
                               const EpisodesFileHeader& header);

} // namespace logscope::core
