#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace logscope::core {

/// Appends a decimal integer.
void appendInt(std::string& out, std::int64_t value);
/// Appends an IPv4 address in dotted form.
void appendIp(std::string& out, std::uint32_t ip);
/// Appends value with the given number of decimals (0..6, rounded half away from zero),
/// using integer arithmetic: fast, and the same text on every platform.
void appendFixed(std::string& out, double value, int decimals);

// Raw-pointer forms for the output writers: each writes at p (the caller has made room) and
// returns the end of what it wrote.

/// Copies text.
inline char* putText(char* p, std::string_view text) noexcept {
    std::memcpy(p, text.data(), text.size());
    return p + text.size();
}
/// A decimal integer (at most 20 characters).
char* putInt(char* p, std::int64_t value) noexcept;
/// A fixed-point number (see appendFixed; at most 32 characters).
char* putFixed(char* p, double value, int decimals) noexcept;
/// A quoted JSON string (at most 6 * size + 2 characters).
char* putJsonString(char* p, std::string_view text) noexcept;
/// A dotted IPv4 address (at most 15 characters).
char* putIp(char* p, std::uint32_t ip) noexcept;

} // namespace logscope::core
