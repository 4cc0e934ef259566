#pragma once

#include "core/formats/load_report.h"

#include <nlohmann/json.hpp>

namespace logscope::core {

/// The `input` object of `logscope analyze --json`: the files with their format, confidence,
/// compression and counts, the overall format and confidence, `lines`, `bad_lines`, the listed
/// bad lines (`bad_line_samples`: file, line, reason) and warnings.
nlohmann::ordered_json loadReportJson(const LoadReport& report);

/// The `timings_ms` object: one member per phase that ran, in order ({"read": 1.5, ...}).
nlohmann::ordered_json timingsJson(const LoadReport& report);

} // namespace logscope::core
