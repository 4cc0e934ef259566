#include "core/generator/scenario/duration_text.h"

#include "core/time/civil_time.h"

#include <cctype>
#include <charconv>
#include <cmath>

namespace logscope::core {
namespace {

// Reads a non-negative decimal number at pos; false when there is none.
bool readNumber(std::string_view text, std::size_t& pos, double& value) {
    const std::size_t begin = pos;
    while (pos < text.size() &&
           (std::isdigit(static_cast<unsigned char>(text[pos])) || text[pos] == '.'))
        ++pos;
    if (pos == begin)
        return false;
    const auto result = std::from_chars(text.data() + begin, text.data() + pos, value);
    return result.ec == std::errc() && result.ptr == text.data() + pos && std::isfinite(value);
}

std::string lowerAlpha(std::string_view text, std::size_t& pos) {
    std::string unit;
    while (pos < text.size() && std::isalpha(static_cast<unsigned char>(text[pos])))
        unit.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(text[pos++]))));
    return unit;
}

} // namespace

std::optional<std::int64_t> parseDuration(std::string_view text) {
    while (!text.empty() && text.front() == ' ')
        text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ')
        text.remove_suffix(1);
    if (text.empty())
        return std::nullopt;
    std::size_t pos = 0;
    double totalNs = 0.0;
    bool any = false;
    while (pos < text.size()) {
        double value = 0.0;
        if (!readNumber(text, pos, value))
            return std::nullopt;
        const std::string unit = lowerAlpha(text, pos);
        double scale = 0.0;
        if (unit.empty() || unit == "s" || unit == "sec")
            scale = 1e9;
        else if (unit == "ms")
            scale = 1e6;
        else if (unit == "us")
            scale = 1e3;
        else if (unit == "m" || unit == "min")
            scale = 60e9;
        else if (unit == "h")
            scale = 3600e9;
        else if (unit == "d")
            scale = 86400e9;
        else if (unit == "w")
            scale = 7 * 86400e9;
        else
            return std::nullopt;
        // A bare number is only allowed alone ("90" means 90 s; "1h30" is ambiguous).
        if (unit.empty() && (any || pos != text.size()))
            return std::nullopt;
        totalNs += value * scale;
        any = true;
    }
    if (!any || totalNs > 9.2e18)
        return std::nullopt;
    return static_cast<std::int64_t>(std::llround(totalNs));
}

std::string formatDuration(std::int64_t ns) {
    if (ns == 0)
        return "0s";
    std::string out;
    if (ns < 0) {
        out.push_back('-');
        ns = -ns;
    }
    struct Unit {
        std::int64_t size;
        const char* name;
    };
    static constexpr Unit kUnits[] = {
        {kNanosPerDay, "d"}, {kNanosPerHour, "h"}, {kNanosPerMinute, "m"}};
    for (const Unit& unit : kUnits) {
        if (ns >= unit.size) {
            out += std::to_string(ns / unit.size);
            out += unit.name;
            ns %= unit.size;
        }
    }
    if (ns == 0)
        return out;
    if (ns % 1'000'000 == 0 && ns < kNanosPerSecond) {
        out += std::to_string(ns / 1'000'000);
        out += "ms";
        return out;
    }
    out += std::to_string(ns / kNanosPerSecond);
    std::int64_t fraction = ns % kNanosPerSecond;
    if (fraction != 0) {
        std::string digits = std::to_string(fraction + kNanosPerSecond).substr(1);
        while (!digits.empty() && digits.back() == '0')
            digits.pop_back();
        out += '.';
        out += digits;
    }
    out += 's';
    return out;
}

std::optional<std::uint64_t> parseByteSize(std::string_view text) {
    std::size_t pos = 0;
    double value = 0.0;
    if (!readNumber(text, pos, value))
        return std::nullopt;
    const std::string unit = lowerAlpha(text, pos);
    if (pos != text.size())
        return std::nullopt;
    double scale = 0.0;
    if (unit.empty() || unit == "b")
        scale = 1.0;
    else if (unit == "k" || unit == "kb" || unit == "kib")
        scale = 1024.0;
    else if (unit == "m" || unit == "mb" || unit == "mib")
        scale = 1024.0 * 1024.0;
    else if (unit == "g" || unit == "gb" || unit == "gib")
        scale = 1024.0 * 1024.0 * 1024.0;
    else
        return std::nullopt;
    const double bytes = value * scale;
    if (bytes < 1.0 || bytes > 1.8e19)
        return std::nullopt;
    return static_cast<std::uint64_t>(bytes);
}

} // namespace logscope::core
