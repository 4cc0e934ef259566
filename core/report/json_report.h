#pragma once

#include "core/analysis/analysis_result.h"
#include "core/formats/load_report.h"

#include <string>

namespace logscope::core {

/// Renders the analysis (and the load report, when given) as the JSON document
/// `logscope analyze --json` prints. Schema: README "JSON output".
std::string formatJsonReport(const AnalysisResult& result, const LoadReport* load,
                             const std::string& input);

} // namespace logscope::core
