#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace logscope::core {

/// Values a message template can refer to as `{name}`.
enum class Placeholder : std::uint8_t {
    Ms,        ///< the line's response time, whole milliseconds
    Method,    ///< HTTP method of the request
    Path,      ///< request path
    Ip,        ///< client address
    User,      ///< a user name
    Upstream,  ///< a service this one depends on (or another service)
    Id,        ///< a six-digit identifier
    N,         ///< a small count, 1..99
    Pct,       ///< a percentage, 50..99
    Table,     ///< a database table name
    Order,     ///< an order number
    Port,      ///< a port number
    RequestId, ///< the first 8 hex digits of the request id
    Bytes,     ///< the response size
    Service,   ///< the line's own service
    Status,    ///< the line's status code
};

/// A message with `{placeholder}` slots, parsed once so expansion needs no searching.
struct MessageTemplate {
    struct Segment {
        std::string literal;                    ///< text before the placeholder
        std::optional<Placeholder> placeholder; ///< none for the trailing literal
    };
    std::vector<Segment> segments;
    std::string source; ///< the text as written
};

/// Parses `text`; on an unknown or unterminated placeholder returns nothing and sets error.
std::optional<MessageTemplate> parseMessageTemplate(std::string_view text, std::string& error);

/// Names of every placeholder, for error messages and documentation.
std::string placeholderNames();

} // namespace logscope::core
