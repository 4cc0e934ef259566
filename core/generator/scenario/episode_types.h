#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace logscope::core {

/// The kinds of anomaly episode the generator can inject.
enum class EpisodeType : std::uint8_t {
    ErrorSpike,
    LatencyDegradation,
    SecurityThreat,
    ResourceExhaustion,
    ServiceOutage,
    DataAnomaly,
    DatabaseOutage,
    RateLimiting,
    CascadingFailure,
};
/// Number of EpisodeType values.
inline constexpr int kEpisodeTypeCount = 9;

/// Where an episode came from: the scenario's random draw, its schedule, or inject().
enum class EpisodeOrigin : std::uint8_t { Random, Scheduled, Injected };

/// Every numeric knob of an episode; each type reads the ones its ParamSpec table lists.
struct EpisodeParams {
    double errorRate = 0.8;          ///< share of affected lines turned into errors
    double multiplier = 5.0;         ///< final latency factor of a degradation ramp
    double rateFactor = 1.0;         ///< extra lines (attacks, floods) per line of traffic
    double latencyFactor = 4.0;      ///< latency factor reached at the end of exhaustion
    double dropFraction = 0.6;       ///< share of an outage's lines that vanish
    double periodSeconds = 60.0;     ///< up/down cycle of an intermittent outage
    double fraction = 0.3;           ///< share of lines a data anomaly corrupts
    double dependentErrorRate = 0.5; ///< error share of services depending on the failed one
    double rejectFraction = 0.3;     ///< share of normal requests rejected while rate limiting
    double clients = 3.0;            ///< distinct client addresses of a flood
    double lagSeconds = 120.0;       ///< delay between one level of a cascade and the next
};

/// One knob of an episode type: its JSON name, the field it sets, its range and default.
struct ParamSpec {
    std::string_view name;
    double EpisodeParams::*field;
    double min;
    double max;
    double defaultValue;
    bool isDuration; ///< given in JSON as a duration text ("2m"), stored in seconds
};

/// The JSON name of a type ("error_spike").
std::string_view episodeTypeName(EpisodeType type) noexcept;
/// Parses a JSON type name.
std::optional<EpisodeType> parseEpisodeType(std::string_view name) noexcept;
/// The variants of a type ("brute_force", ...); empty for types without variants.
std::span<const std::string_view> episodeVariants(EpisodeType type) noexcept;
/// The knobs of a type, each with its default.
std::span<const ParamSpec> episodeParamSpecs(EpisodeType type) noexcept;
/// The defaults of a type's knobs.
EpisodeParams defaultEpisodeParams(EpisodeType type) noexcept;
/// The knob that stands for "intensity" in inject requests, or nullptr.
const ParamSpec* intensityParam(EpisodeType type) noexcept;
/// The default duration range of a type in seconds {min, max}.
std::pair<double, double> defaultEpisodeDuration(EpisodeType type) noexcept;

/// A type name or a variant used as a name ("brute_force" = security_threat/brute_force).
struct EpisodeKind {
    EpisodeType type;
    int variant = -1; ///< -1: no variant chosen
};
/// Resolves a type name, a variant name, or a variant alias ("memory_leak", "disk_full").
std::optional<EpisodeKind> resolveEpisodeKind(std::string_view name) noexcept;

} // namespace logscope::core
