#pragma once

#include <string_view>

namespace logscope::core {

/// A quick, conservative pre-check: false only when the text cannot hold an injection payload
/// (no quote, '<', '%', ';', backtick, backslash, ".." or "uni" in any case). Scans 16 bytes at
/// a time, because it runs over every raw line of a log.
bool mayBeInjection(std::string_view text);

} // namespace logscope::core
