#pragma once

#include <cstdint>
#include <string_view>

namespace logscope::core::json_fields {

/// The column a JSON field name feeds (DESIGN §4's aliases plus common loggers' names).
enum class Field : std::uint8_t {
    Other,
    Time,
    Level,
    Service,
    Source,
    Host,
    Message,
    Latency,
    Status,
    Labels,
    Flag,
    Value,
    Server,
    Count
};

/// A field name's column and rank among that column's aliases (lower wins).
struct Key {
    Field field = Field::Other;
    std::uint8_t priority = 0;
};

/// The rank of journald's PRIORITY among the level aliases: its numbers are syslog severities.
inline constexpr std::uint8_t kPriorityPriority = 7;

/// What a field name maps to.
Key classify(std::string_view name) noexcept;

} // namespace logscope::core::json_fields
