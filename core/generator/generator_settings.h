#pragma once

#include "core/generator/scenario/scenario.h"

#include <cstdint>
#include <optional>
#include <string>

namespace logscope::core {

/// Simulated time (as fast as possible, timestamps from the scenario's start) or wall-clock
/// time (lines become due at the configured pace, stamped with the current time).
enum class GeneratorClock : std::uint8_t { Simulated, WallClock };

/// The resolved settings of one generator run.
struct GeneratorSettings {
    std::uint64_t seed = 42;
    GeneratorClock clock = GeneratorClock::Simulated;
    std::int64_t startNs = 0;        ///< first possible timestamp (microsecond aligned)
    std::uint64_t total = 0;         ///< lines to produce; 0 = no limit (wall clock only)
    std::int64_t durationNs = 0;     ///< simulated span; for wall clock 0 = no limit
    double rate = 1.0;               ///< lines per second (average density, or pace)
    double anomalyProbability = 0.0; ///< chance of a random episode per batch
    std::uint64_t batchSize = 100;   ///< lines per random-episode draw
    double intervalSeconds = 1.0;    ///< wall clock: seconds between written batches
};

/// What the user asked for; unset values come from the scenario.
struct GeneratorRequest {
    std::uint64_t seed = 42;
    GeneratorClock clock = GeneratorClock::Simulated;
    std::optional<std::uint64_t> total;
    std::optional<std::int64_t> durationNs;
    std::optional<double> rate;
    std::optional<std::int64_t> startNs; ///< simulated clock only
    std::optional<double> anomalyProbability;
    std::optional<std::uint64_t> batchSize;
    std::optional<double> intervalSeconds;
};

/// Settings, or the reason the request cannot be met.
struct SettingsResolution {
    GeneratorSettings settings;
    std::string error;
    /// True when the request made sense.
    [[nodiscard]] bool ok() const noexcept { return error.empty(); }
};

/// Combines a request with its scenario. In simulated time two of total, duration and rate
/// fix the third: the request's own values first, then the scenario's (its rate, then its
/// duration, then its total). On the
/// wall clock the pace is the requested rate, else the scenario's rate, else batch size per
/// interval (seed 002's pace); the total is the request's, else the scenario's (0 = endless).
SettingsResolution resolveGeneratorSettings(const Scenario& scenario,
                                            const GeneratorRequest& request, std::int64_t nowNs);

} // namespace logscope::core
