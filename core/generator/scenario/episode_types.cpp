#include "core/generator/scenario/episode_types.h"

#include <array>

namespace logscope::core {
namespace {

using P = EpisodeParams;

constexpr std::array<std::string_view, kEpisodeTypeCount> kTypeNames{
    "error_spike",         "latency_degradation", "security_threat",
    "resource_exhaustion", "service_outage",      "data_anomaly",
    "database_outage",     "rate_limiting",       "cascading_failure"};

constexpr std::array<std::string_view, 4> kSecurityVariants{"brute_force", "sql_injection", "xss",
                                                            "unauthorized_access"};
constexpr std::array<std::string_view, 4> kResourceVariants{"memory", "cpu", "disk", "connections"};
constexpr std::array<std::string_view, 2> kOutageVariants{"complete", "intermittent"};
constexpr std::array<std::string_view, 3> kDataVariants{"null_values", "out_of_range",
                                                        "format_errors"};

constexpr std::array kErrorSpike{ParamSpec{"error_rate", &P::errorRate, 0, 1, 0.8, false}};
constexpr std::array kLatency{ParamSpec{"multiplier", &P::multiplier, 1, 1000, 5, false}};
constexpr std::array kSecurity{ParamSpec{"rate_factor", &P::rateFactor, 0, 1000, 1, false}};
constexpr std::array kResource{ParamSpec{"latency_factor", &P::latencyFactor, 1, 1000, 4, false},
                               ParamSpec{"error_rate", &P::errorRate, 0, 1, 0.5, false}};
constexpr std::array kOutage{ParamSpec{"drop_fraction", &P::dropFraction, 0, 1, 0.6, false},
                             ParamSpec{"period", &P::periodSeconds, 0.002, 86400, 60, true}};
constexpr std::array kData{ParamSpec{"fraction", &P::fraction, 0, 1, 0.3, false}};
constexpr std::array kDatabase{
    ParamSpec{"error_rate", &P::errorRate, 0, 1, 0.9, false},
    ParamSpec{"dependent_error_rate", &P::dependentErrorRate, 0, 1, 0.5, false}};
constexpr std::array kRateLimit{ParamSpec{"rate_factor", &P::rateFactor, 0, 1000, 2, false},
                                ParamSpec{"reject_fraction", &P::rejectFraction, 0, 1, 0.3, false},
                                ParamSpec{"clients", &P::clients, 1, 1000, 3, false}};
constexpr std::array kCascade{ParamSpec{"error_rate", &P::errorRate, 0, 1, 0.7, false},
                              ParamSpec{"lag", &P::lagSeconds, 0, 86400, 120, true}};

struct Alias {
    std::string_view name;
    EpisodeType type;
    int variant;
};
constexpr std::array kAliases{
    Alias{"memory_leak", EpisodeType::ResourceExhaustion, 0},
    Alias{"cpu_saturation", EpisodeType::ResourceExhaustion, 1},
    Alias{"disk_full", EpisodeType::ResourceExhaustion, 2},
    Alias{"connection_pool_exhaustion", EpisodeType::ResourceExhaustion, 3},
    Alias{"outage", EpisodeType::ServiceOutage, -1},
};

} // namespace

std::string_view episodeTypeName(EpisodeType type) noexcept {
    return kTypeNames[static_cast<std::size_t>(type)];
}

std::optional<EpisodeType> parseEpisodeType(std::string_view name) noexcept {
    for (std::size_t i = 0; i < kTypeNames.size(); ++i) {
        if (kTypeNames[i] == name)
            return static_cast<EpisodeType>(i);
    }
    return std::nullopt;
}

std::span<const std::string_view> episodeVariants(EpisodeType type) noexcept {
    switch (type) {
    case EpisodeType::SecurityThreat:
        return kSecurityVariants;
    case EpisodeType::ResourceExhaustion:
        return kResourceVariants;
    case EpisodeType::ServiceOutage:
        return kOutageVariants;
    case EpisodeType::DataAnomaly:
        return kDataVariants;
    default:
        return {};
    }
}

std::span<const ParamSpec> episodeParamSpecs(EpisodeType type) noexcept {
    switch (type) {
    case EpisodeType::ErrorSpike:
        return kErrorSpike;
    case EpisodeType::LatencyDegradation:
        return kLatency;
    case EpisodeType::SecurityThreat:
        return kSecurity;
    case EpisodeType::ResourceExhaustion:
        return kResource;
    case EpisodeType::ServiceOutage:
        return kOutage;
    case EpisodeType::DataAnomaly:
        return kData;
    case EpisodeType::DatabaseOutage:
        return kDatabase;
    case EpisodeType::RateLimiting:
        return kRateLimit;
    case EpisodeType::CascadingFailure:
        return kCascade;
    }
    return {};
}

EpisodeParams defaultEpisodeParams(EpisodeType type) noexcept {
    EpisodeParams params;
    for (const ParamSpec& spec : episodeParamSpecs(type))
        params.*spec.field = spec.defaultValue;
    return params;
}

const ParamSpec* intensityParam(EpisodeType type) noexcept {
    const auto specs = episodeParamSpecs(type);
    return specs.empty() ? nullptr : &specs.front();
}

std::pair<double, double> defaultEpisodeDuration(EpisodeType type) noexcept {
    switch (type) {
    case EpisodeType::ErrorSpike:
    case EpisodeType::ServiceOutage:
        return {600, 1800};
    case EpisodeType::SecurityThreat:
        return {300, 900};
    case EpisodeType::LatencyDegradation:
    case EpisodeType::ResourceExhaustion:
        return {1800, 3600};
    case EpisodeType::CascadingFailure:
        return {1200, 2400};
    default:
        return {900, 1800};
    }
}

std::optional<EpisodeKind> resolveEpisodeKind(std::string_view name) noexcept {
    if (const auto type = parseEpisodeType(name))
        return EpisodeKind{*type, -1};
    for (int t = 0; t < kEpisodeTypeCount; ++t) {
        const auto variants = episodeVariants(static_cast<EpisodeType>(t));
        for (std::size_t v = 0; v < variants.size(); ++v) {
            if (variants[v] == name)
                return EpisodeKind{static_cast<EpisodeType>(t), static_cast<int>(v)};
        }
    }
    for (const Alias& alias : kAliases) {
        if (alias.name == name)
            return EpisodeKind{alias.type, alias.variant};
    }
    return std::nullopt;
}

} // namespace logscope::core
