#pragma once

#include "core/generator/scenario/episode_types.h"
#include "core/table/level.h"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace logscope::core {

struct ServiceSpec;

/// Fields a data anomaly wrote as JSON null (bit flags).
enum NullField : std::uint8_t {
    kNullResponseTime = 1,
    kNullStatus = 2,
    kNullMessage = 4,
    kNullValue = 8,
    kNullService = 16,
};

/// A malformed field a data anomaly produced.
enum class FormatFault : std::uint8_t {
    None,
    Timestamp, ///< the timestamp in a foreign layout ("10/27/2024 14:30:05")
    Level,     ///< the level in lower case with a typo ("eror")
    ValueText, ///< a number written as text with its unit ("95.3 %")
};

/// One synthetic log line before it is written in some output format. Views point into the
/// generator's Scenario, which outlives every batch it produces.
struct GeneratedRecord {
    std::int64_t timestampNs = 0;
    Level level = Level::Info;
    std::uint16_t serviceIndex = 0;
    const ServiceSpec* serviceSpec = nullptr;
    std::string_view source;
    std::string_view service;
    std::string message;

    // Request-shaped lines.
    double responseTimeMs = 0.0;
    int statusCode = 200;
    std::string_view method;
    std::string path;
    std::uint32_t ip = 0; ///< IPv4 address, 0 = none
    std::uint64_t requestIdHigh = 0;
    std::uint64_t requestIdLow = 0;
    std::string_view errorCode;
    std::string user;
    std::int64_t bytes = 0;
    std::string_view userAgent;
    std::array<std::int64_t, 4> context{}; ///< values of serviceSpec->context, in order

    // Metric samples.
    std::string_view component;
    std::string_view unit;
    double value = 0.0;
    int valueDecimals = 1;

    // Data anomalies.
    std::uint8_t nullMask = 0;
    FormatFault fault = FormatFault::None;

    // Ground truth.
    bool isAnomaly = false;
    std::string_view anomalyType; ///< empty for normal lines
    double anomalyScore = 0.0;
    std::uint32_t episodeId = 0; ///< 0 for normal lines
};

} // namespace logscope::core
