#pragma once

#include "core/generator/scenario/episode_types.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace logscope::core {

/// One anomaly episode: what, when, where, and how strongly.
struct Episode {
    std::uint32_t id = 0;
    EpisodeType type = EpisodeType::ErrorSpike;
    int variant = -1; ///< index into episodeVariants(type); -1 for types without variants
    EpisodeOrigin origin = EpisodeOrigin::Random;
    std::int64_t startNs = 0;
    std::int64_t endNs = 0;
    std::vector<std::uint16_t> services; ///< in the order they are hit
    std::vector<std::int64_t> onsetNs;   ///< when each service is hit (cascades lag)
    std::uint64_t serviceMask = 0;       ///< bit i: services contains i
    EpisodeParams params;
    // Drawn when the episode starts, so that its lines agree with each other.
    std::uint32_t attackerIp = 0;
    std::string victimUser;
    std::int64_t victimContext = 0;
    std::vector<std::uint32_t> clientIps;
    int component = -1;      ///< metric component a resource episode drives
    std::uint64_t lines = 0; ///< lines labelled with this episode so far
};

/// A request to inject an episode while the generator runs (or before it starts).
struct InjectRequest {
    std::string type;                  ///< a type name or a variant name ("brute_force")
    std::string variant;               ///< optional; overrides a variant implied by type
    std::vector<std::string> services; ///< optional; empty = chosen as for random episodes
    std::optional<std::int64_t> atNs;  ///< absolute start; empty = now (the next line)
    std::int64_t delayNs = 0;          ///< added to "now" when atNs is empty
    std::int64_t durationNs = 0;       ///< 0 = the middle of the type's duration range
    std::optional<double> intensity;   ///< sets the type's main knob (e.g. error_rate)
    std::vector<std::pair<std::string, double>> params; ///< other knobs by JSON name
};

/// The outcome of inject(): the new episode's id, or why the request was refused.
struct InjectResult {
    std::uint32_t episodeId = 0;
    std::string error;
    /// True when the episode was accepted.
    [[nodiscard]] bool ok() const noexcept { return error.empty(); }
};

} // namespace logscope::core
