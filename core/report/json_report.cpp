#include "core/report/json_report.h"

#include "core/formats/load_report_json.h"
#include "core/time/civil_time.h"

#include <nlohmann/json.hpp>

namespace logscope::core {

std::string formatJsonReport(const AnalysisResult& result, const LoadReport* load,
                             const std::string& input) {
    nlohmann::ordered_json doc;
    doc["input"] = load != nullptr ? loadReportJson(*load) : nlohmann::ordered_json(input);
    doc["total_lines"] = result.totalLines;
    doc["timed_lines"] = result.timedLines;
    if (result.timedLines > 0) {
        doc["first_timestamp"] = formatIso8601(result.firstNs, 6, true);
        doc["last_timestamp"] = formatIso8601(result.lastNs, 6, true);
    }
    doc["error_lines"] = result.errorLines;
    doc["error_rate"] = result.errorRate;
    auto& levels = doc["levels"] = nlohmann::ordered_json::object();
    for (int i = kLevelCount - 1; i >= 0; --i) {
        if (const auto count = result.perLevel[static_cast<std::size_t>(i)]; count > 0)
            levels[std::string(levelName(static_cast<Level>(i)))] = count;
    }
    auto& services = doc["services"] = nlohmann::ordered_json::array();
    for (const ServiceStats& s : result.services)
        services.push_back({{"name", s.name}, {"lines", s.lines}, {"errors", s.errors}});
    if (load != nullptr)
        doc["timings_ms"] = timingsJson(*load);
    // Invalid UTF-8 in service names must not abort the report: replace it.
    return doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

} // namespace logscope::core
