#pragma once

#include "core/table/level.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace logscope::core {

/// One synthetic log line before it is written in some output format.
struct GeneratedRecord {
    std::int64_t timestampNs = 0;
    Level level = Level::Info;
    std::string_view service;
    std::string message;
    double responseTimeMs = 0.0;
    int statusCode = 200;
    bool isAnomaly = false;
    std::string_view anomalyType; ///< empty for normal lines
    double anomalyScore = 0.0;
};

} // namespace logscope::core
