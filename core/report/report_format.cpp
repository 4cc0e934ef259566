#include "core/report/report_format.h"

#include "core/report/text_report.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace logscope::core {

std::uint64_t reportLineNumber(const LogTable* table, RowId row) {
    if (table != nullptr && row < table->size() && table->lineNumber(row) != 0)
        return table->lineNumber(row);
    return row + 1;
}

std::string percentString(double share, int decimals) {
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%.*f%%", decimals, share * 100.0);
    return buffer;
}

std::string decimalString(double value, int decimals) {
    if (!std::isfinite(value))
        return "n/a";
    decimals = std::clamp(decimals, 0, 9);
    const bool negative = value < 0;
    const double magnitude = std::abs(value);
    const double scale = std::pow(10.0, decimals);
    const auto scaled = static_cast<std::uint64_t>(std::llround(magnitude * scale));
    const auto whole = static_cast<std::uint64_t>(scaled / static_cast<std::uint64_t>(scale));
    std::string out;
    if (negative)
        out.push_back('-');
    out += withThousands(whole);
    if (decimals > 0) {
        std::string digits = std::to_string(scaled % static_cast<std::uint64_t>(scale));
        out.push_back('.');
        out.append(static_cast<std::size_t>(decimals) - digits.size(), '0');
        out += digits;
    }
    return out;
}

} // namespace logscope::core
