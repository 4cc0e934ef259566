#include "core/report/text_report.h"

#include "core/time/civil_time.h"

#include <cstdio>

namespace logscope::core {
namespace {

const std::string kRule(80, '-');

std::string padRight(std::string text, std::size_t width) {
    if (text.size() < width)
        text.append(width - text.size(), ' ');
    return text;
}

std::string percent(double share) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f%%", share * 100.0);
    return buf;
}

} // namespace

std::string withThousands(std::uint64_t value) {
    std::string digits = std::to_string(value);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out.push_back(',');
        out.push_back(digits[i]);
    }
    return out;
}

std::string formatTextReport(const AnalysisResult& result, const std::string& title) {
    std::string out;
    out += std::string(80, '=') + "\n";
    out += "LOGSCOPE REPORT: " + title + "\n";
    out += std::string(80, '=') + "\n\n";

    out += "OVERVIEW\n" + kRule + "\n";
    out += padRight("Total lines:", 32) + withThousands(result.totalLines) + "\n";
    if (result.timedLines > 0) {
        out += padRight("Time range:", 32) + formatIso8601(result.firstNs, 0) + " to " +
               formatIso8601(result.lastNs, 0) + "\n";
    } else {
        out += padRight("Time range:", 32) + "no timestamps\n";
    }
    out += padRight("Error rate:", 32) + percent(result.errorRate) + " (" +
           withThousands(result.errorLines) + " lines at ERROR or worse)\n\n";

    out += "LINES PER LEVEL\n" + kRule + "\n";
    for (int i = kLevelCount - 1; i >= 0; --i) {
        const std::uint64_t count = result.perLevel[static_cast<std::size_t>(i)];
        if (count == 0)
            continue;
        const double share = result.totalLines == 0 ? 0.0
                                                    : static_cast<double>(count) /
                                                          static_cast<double>(result.totalLines);
        out += padRight(std::string(levelName(static_cast<Level>(i))) + ":", 32) +
               padRight(withThousands(count), 12) + percent(share) + "\n";
    }
    out += "\nLINES PER SERVICE\n" + kRule + "\n";
    out +=
        padRight("service", 32) + padRight("lines", 12) + padRight("errors", 12) + "error rate\n";
    for (const ServiceStats& service : result.services) {
        const double rate = service.lines == 0 ? 0.0
                                               : static_cast<double>(service.errors) /
                                                     static_cast<double>(service.lines);
        out += padRight(service.name, 32) + padRight(withThousands(service.lines), 12) +
               padRight(withThousands(service.errors), 12) + percent(rate) + "\n";
    }
    return out;
}

} // namespace logscope::core
