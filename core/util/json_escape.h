#pragma once

#include <string>
#include <string_view>

namespace logscope::core {

/// Appends text to out as a quoted JSON string, escaping quotes, backslashes and control
/// characters. Bytes >= 0x80 are copied as they are.
void appendJsonString(std::string& out, std::string_view text);

} // namespace logscope::core
