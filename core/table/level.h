#pragma once

#include <cstdint>
#include <string_view>

namespace logscope::core {

/// Log severity, ordered from least to most severe; Unknown sorts first.
enum class Level : std::uint8_t { Unknown, Trace, Debug, Info, Warning, Error, Critical };

/// Number of Level values, for per-level arrays.
inline constexpr int kLevelCount = 7;

/// The canonical upper-case name of a level ("WARNING", "CRITICAL", ...).
std::string_view levelName(Level level) noexcept;

/// Parses a level name case-insensitively, accepting common aliases (WARN, ERR, FATAL, ...).
Level parseLevel(std::string_view text) noexcept;

/// The level of a syslog severity number (0 emergency .. 7 debug); Unknown outside 0..7.
Level levelFromSyslogSeverity(int severity) noexcept;

/// True for ERROR and CRITICAL: the levels that count as errors.
constexpr bool isErrorLevel(Level level) noexcept {
    return level >= Level::Error;
}

} // namespace logscope::core
