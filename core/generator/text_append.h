#pragma once

#include <cstdint>
#include <string>

namespace logscope::core {

/// Appends a decimal integer.
void appendInt(std::string& out, std::int64_t value);
/// Appends value with the given number of decimals (0..6, rounded half away from zero),
/// using integer arithmetic: fast, and the same text on every platform.
void appendFixed(std::string& out, double value, int decimals);

} // namespace logscope::core
