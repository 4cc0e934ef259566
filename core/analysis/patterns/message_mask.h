#pragma once

#include <string>
#include <string_view>

namespace logscope::core {

/// A cheap stand-in for a template when no miner ran: the message with every run of digits
/// (and the hex or alphanumeric token around it) replaced by `<*>`, cut to 160 bytes.
/// "Connection timeout after 5012 ms" and "... after 87 ms" give the same text.
void maskMessage(std::string_view message, std::string& out);

} // namespace logscope::core
