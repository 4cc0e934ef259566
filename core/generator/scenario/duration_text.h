#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace logscope::core {

/// Parses a duration such as `7d`, `1h30m`, `20s`, `0.5s`, `250ms` or a bare number of
/// seconds (`90`, `0.25`). Units: ms, s, m, h, d, w. Nothing for malformed or negative text.
std::optional<std::int64_t> parseDuration(std::string_view text);

/// Formats nanoseconds as the shortest text parseDuration reads back (`7d`, `1h30m`, `1.5s`).
std::string formatDuration(std::int64_t ns);

/// Parses a byte size: `1048576`, `64K`, `10M`, `1G` (powers of 1024; `KB`/`KiB`/`k` accepted).
std::optional<std::uint64_t> parseByteSize(std::string_view text);

} // namespace logscope::core
