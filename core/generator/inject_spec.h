#pragma once

#include "core/generator/episode.h"

#include <optional>
#include <string>
#include <string_view>

namespace logscope::core {

/// A command-line injection: `TYPE@OFFSET[:DURATION][,key=value...]`, e.g.
/// `error_spike@20s:60s`, `brute_force@1h:10m,services=auth-service`,
/// `cascading_failure@2d:30m,services=database,lag=90s,error_rate=0.9`.
struct InjectSpec {
    InjectRequest request;     ///< type, services, duration, parameters (atNs left empty)
    std::int64_t offsetNs = 0; ///< from the start of the run
};

/// Parses an injection; on failure returns nothing and explains why in error. Keys:
/// `services` (names joined by '+'), `variant`, `intensity`, and the type's own parameters
/// (durations such as `lag=90s` are accepted where the parameter is a duration).
std::optional<InjectSpec> parseInjectSpec(std::string_view text, std::string& error);

} // namespace logscope::core
