#pragma once

#include "core/generator/scenario/episode_types.h"
#include "core/generator/scenario/message_template.h"
#include "core/table/level.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace logscope::core {

/// What one generated line describes: a service event (request, login, ...) or a metric sample.
enum class RecordShape : std::uint8_t { Events, Metrics };

/// How lines are placed in simulated time: random arrivals following the traffic shape, or
/// evenly spaced (one every 1/rate seconds, as seed 000 and seed 001 do).
enum class Spacing : std::uint8_t { Random, Uniform };

/// A field a JSON line may carry; the scenario lists them in output order.
enum class FieldId : std::uint8_t {
    Timestamp,
    Level,
    Source,
    Service,
    Server, ///< the service, under the key "server" (seed 001)
    Component,
    Value,
    Anomalous, ///< seed 001's ground-truth flag (left out with --no-labels)
    Message,
    RequestId,
    IpAddress,
    ResponseTimeMs,
    StatusCode,
    Endpoint,
    Method,
    ErrorCode,
    User,
    Context,
};
/// Number of FieldId values.
inline constexpr int kFieldCount = 18;
/// The JSON key of a field.
std::string_view fieldName(FieldId field) noexcept;
/// Parses a JSON key into a field.
std::optional<FieldId> parseFieldName(std::string_view name) noexcept;

/// Message classes, by the level a line is given.
enum LevelClass : std::uint8_t { kInfoClass = 0, kWarningClass = 1, kErrorClass = 2 };

/// A message template with the status code and error code it implies (0 / empty: none).
struct MessageSpec {
    MessageTemplate text;
    int status = 0;
    std::string errorCode;
};

/// An HTTP-style operation of a service.
struct EndpointSpec {
    std::string method;
    std::string path;
};

/// An integer drawn into the line's `context` object (seed 000's user_id / order_id).
struct ContextField {
    std::string key;
    std::int64_t min = 0;
    std::int64_t max = 0;
};

/// One service (or, for metrics, one server) of a scenario.
struct ServiceSpec {
    std::string name;
    std::string source;  ///< seed 002's source ("web-server", ...); may be empty
    std::string role;    ///< "edge", "auth", "database" or "service"
    std::string host;    ///< host name for syslog
    double weight = 1.0; ///< share of traffic (relative)
    double errorFactor = 1.0;
    double latencyMedianMs = 100.0;
    double latencySigma = 0.5;
    bool clients = false; ///< lines carry client addresses (edge and auth services)
    std::vector<EndpointSpec> endpoints;
    std::array<std::vector<MessageSpec>, 3> messages; ///< by LevelClass
    std::array<std::vector<int>, 3> statuses;         ///< by LevelClass
    std::vector<ContextField> context;
    std::vector<std::uint16_t> dependsOn; ///< indices into Scenario::services
};

/// One metric of the metrics shape, with seed 001's ranges and peak/off-hour behaviour.
struct ComponentSpec {
    std::string name;
    std::string unit;
    double min = 0.0;
    double max = 100.0;
    double peakLow = 50.0;
    double peakHigh = 80.0;
    double offLow = 10.0;
    double offHigh = 40.0;
    double anomalyLow = 90.0;
    double anomalyHigh = 100.0;
    int decimals = 1;
};

/// How an anomaly type is drawn at random: enabled, weight, duration range, candidates.
struct AnomalyTypeConfig {
    bool enabled = false;
    double weight = 1.0;
    double minDurationSeconds = 600.0;
    double maxDurationSeconds = 1800.0;
    std::vector<std::uint16_t> services; ///< candidate services; empty = the type's default
    std::vector<double> variantWeights;  ///< per episodeVariants(); empty = all equal
    EpisodeParams params;
};

/// An episode the scenario schedules explicitly.
struct ScheduledEpisode {
    EpisodeType type = EpisodeType::ErrorSpike;
    int variant = -1;      ///< -1: drawn by the variant weights
    bool absolute = false; ///< at is an epoch time, not an offset from the start
    std::int64_t atNs = 0;
    std::int64_t durationNs = 0;
    std::vector<std::uint16_t> services; ///< empty: chosen as for random episodes
    EpisodeParams params;
};

/// A validated scenario: everything the generator needs, with the defaults filled in.
struct Scenario {
    std::string name;
    std::string description;
    RecordShape shape = RecordShape::Events;
    Spacing spacing = Spacing::Random;
    std::vector<FieldId> fields;
    int fractionDigits = 6;
    bool utcSuffix = false;

    std::int64_t startNs = 0;
    bool startNow = false; ///< "start": "now"
    std::optional<std::uint64_t> total;
    std::optional<std::int64_t> durationNs;
    std::optional<double> rate;
    std::uint64_t batchSize = 100;
    double intervalSeconds = 1.0;

    std::array<double, 24> hourlyTraffic{};
    double weekendFactor = 1.0;
    double errorRate = 0.01;
    double warningRate = 0.05;
    double criticalShare = 0.1;
    std::array<double, 24> hourlyErrorFactor{};
    std::array<std::string, kLevelCount> levelNames;

    std::vector<ServiceSpec> services;
    std::vector<ComponentSpec> components;
    int peakFromHour = 9;
    int peakToHour = 18;
    bool weekendOffPeak = true;

    double anomalyProbability = 0.0;
    int maxConcurrent = 2;
    std::array<AnomalyTypeConfig, kEpisodeTypeCount> anomalyTypes;
    std::vector<ScheduledEpisode> schedule;

    std::string effectiveJson; ///< the merged scenario as JSON (for --print-scenario)

    /// True when the JSON lines carry field.
    [[nodiscard]] bool hasField(FieldId field) const noexcept;
    /// Index of the named service, or -1.
    [[nodiscard]] int serviceIndex(std::string_view name) const noexcept;
    /// The type's configuration.
    [[nodiscard]] const AnomalyTypeConfig& typeConfig(EpisodeType type) const noexcept {
        return anomalyTypes[static_cast<std::size_t>(type)];
    }
};

} // namespace logscope::core
