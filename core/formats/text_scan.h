#pragma once

#include <charconv>
#include <cstdint>
#include <string_view>

namespace logscope::core::scan {

/// Space or tab.
inline bool isBlank(char c) noexcept {
    return c == ' ' || c == '\t';
}
/// Text without leading blanks.
inline std::string_view skipBlanks(std::string_view s) noexcept {
    std::size_t i = 0;
    while (i < s.size() && isBlank(s[i]))
        ++i;
    return s.substr(i);
}
/// Text without leading and trailing blanks.
inline std::string_view trimmed(std::string_view s) noexcept {
    s = skipBlanks(s);
    std::size_t n = s.size();
    while (n > 0 && isBlank(s[n - 1]))
        --n;
    return s.substr(0, n);
}
/// Takes the text up to the next blank from s, and the blanks after it.
inline std::string_view token(std::string_view& s) noexcept {
    std::size_t i = 0;
    while (i < s.size() && !isBlank(s[i]))
        ++i;
    const std::string_view word = s.substr(0, i);
    s = skipBlanks(s.substr(i));
    return word;
}
/// True when s is a non-empty run of decimal digits.
inline bool allDigits(std::string_view s) noexcept {
    if (s.empty())
        return false;
    for (const char c : s) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}
/// Reads a whole unsigned number.
inline bool readUnsigned(std::string_view s, std::uint64_t& value) noexcept {
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    return !s.empty() && ec == std::errc() && end == s.data() + s.size();
}
/// Reads a whole decimal number.
inline bool readDouble(std::string_view s, double& value) noexcept {
    // Latencies and scores are short plain decimals ("0.123", "3500.50"): read those directly.
    if (!s.empty() && s.size() <= 15) {
        std::uint64_t whole = 0;
        std::uint64_t fraction = 0;
        std::uint64_t scale = 1;
        std::size_t i = 0;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9')
            whole = whole * 10 + static_cast<std::uint64_t>(s[i++] - '0');
        const std::size_t digits = i;
        if (i < s.size() && s[i] == '.') {
            ++i;
            while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
                fraction = fraction * 10 + static_cast<std::uint64_t>(s[i++] - '0');
                scale *= 10;
            }
        }
        if (i == s.size() && digits > 0) {
            value = static_cast<double>(whole) +
                    static_cast<double>(fraction) / static_cast<double>(scale);
            return true;
        }
    }
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    return !s.empty() && ec == std::errc() && end == s.data() + s.size();
}
/// The text between open and the matching close at the start of s ("[x]" -> "x"), consuming
/// it; false when s does not start with open or close is missing.
inline bool enclosed(std::string_view& s, char open, char close, std::string_view& inner) noexcept {
    if (s.empty() || s.front() != open)
        return false;
    const std::size_t end = s.find(close, 1);
    if (end == std::string_view::npos)
        return false;
    inner = s.substr(1, end - 1);
    s = s.substr(end + 1);
    return true;
}

} // namespace logscope::core::scan
