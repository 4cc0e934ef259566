#include "core/formats/load_report_json.h"

#include <cmath>

namespace logscope::core {
namespace {

double rounded(double value, double scale) {
    return std::round(value * scale) / scale;
}

} // namespace

nlohmann::ordered_json loadReportJson(const LoadReport& report) {
    nlohmann::ordered_json input;
    auto& files = input["files"] = nlohmann::ordered_json::array();
    bool forced = false;
    for (const InputSummary& file : report.inputs) {
        nlohmann::ordered_json entry;
        entry["path"] = file.path;
        entry["format"] = file.format;
        entry["confidence"] = rounded(file.confidence, 1000);
        entry["compression"] = file.compression;
        entry["stored_bytes"] = file.storedBytes;
        entry["bytes"] = file.bytes;
        entry["lines"] = file.lines;
        entry["parsed_lines"] = file.parsedLines;
        entry["bad_lines"] = file.badLines;
        if (!file.warning.empty())
            entry["warning"] = file.warning;
        files.push_back(std::move(entry));
        forced = forced || file.formatForced;
    }
    input["format"] = report.formatName;
    input["confidence"] = rounded(report.confidence, 1000);
    input["format_forced"] = forced;
    input["bytes"] = report.bytesRead;
    input["lines"] = report.totalLines;
    input["parsed_lines"] = report.parsedLines;
    input["bad_lines"] = report.badLineCount;
    auto& listed = input["bad_line_samples"] = nlohmann::ordered_json::array();
    for (const BadLine& bad : report.badLines)
        listed.push_back({{"file", bad.file}, {"line", bad.lineNumber}, {"reason", bad.reason}});
    input["warnings"] = report.warnings;
    return input;
}

nlohmann::ordered_json timingsJson(const LoadReport& report) {
    nlohmann::ordered_json timings = nlohmann::ordered_json::object();
    for (const PhaseTiming& timing : report.timings)
        timings[timing.phase] = rounded(timing.ms, 1000);
    return timings;
}

} // namespace logscope::core
