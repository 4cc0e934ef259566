#pragma once

#include "core/generator/output/generate_run.h"

#include <cstdint>
#include <string>

namespace logscope::core {

/// Settings of a simple in-memory run of a built-in profile (tests, benchmarks, the demo).
struct GeneratorOptions {
    std::uint64_t seed = 42;
    std::uint64_t total = 100'800; ///< lines to produce (seed 003: one per 6 s over 7 days)
    std::int64_t startNs = 0;      ///< first timestamp; 0 = the profile's start
    std::int64_t durationNs = 0;   ///< span of simulated time; 0 = the profile's
    std::string profile = "microservices";
    /// JSON merge patch applied to the profile (e.g. kCalmScenario); empty = the profile as is.
    std::string scenarioOverride;
};

/// A scenario override that turns off every anomaly episode, random and scheduled.
inline constexpr std::string_view kCalmScenario =
    R"({"anomalies":{"probability":0,"schedule":[]}})";

/// Runs the profile to its end, writing labelled (or unlabelled) JSON lines to sink in chunks
/// of about 1 MiB. Returns false when the sink refused a chunk or the profile is unknown.
bool generateJsonLines(const GeneratorOptions& options, bool withLabels, const ChunkSink& sink);

} // namespace logscope::core
