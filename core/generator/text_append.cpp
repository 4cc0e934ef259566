#include "core/generator/text_append.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace logscope::core {

void appendInt(std::string& out, std::int64_t value) {
    char buf[24];
    const auto result = std::to_chars(buf, buf + sizeof buf, value);
    out.append(buf, result.ptr);
}

void appendFixed(std::string& out, double value, int decimals) {
    // Integer arithmetic: faster than printf and identical on every platform.
    static constexpr std::int64_t kScale[] = {1, 10, 100, 1000, 10000, 100000, 1000000};
    decimals = std::clamp(decimals, 0, 6);
    if (!std::isfinite(value)) {
        out += '0';
        return;
    }
    const double scaled = std::round(std::fabs(value) * static_cast<double>(kScale[decimals]));
    if (scaled > 9e15) {
        char buf[32];
        const auto r = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed, 0);
        out.append(buf, r.ptr);
        return;
    }
    auto units = static_cast<std::int64_t>(scaled);
    if (value < 0 && units != 0)
        out.push_back('-');
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, units / kScale[decimals]);
    out.append(buf, r.ptr);
    if (decimals == 0)
        return;
    out.push_back('.');
    std::int64_t fraction = units % kScale[decimals];
    char digits[8];
    for (int i = decimals - 1; i >= 0; --i) {
        digits[i] = static_cast<char>('0' + fraction % 10);
        fraction /= 10;
    }
    out.append(digits, static_cast<std::size_t>(decimals));
}

} // namespace logscope::core
