#pragma once

#include "core/analysis/analysis_result.h"
#include "core/formats/load_report.h"
#include "core/table/log_table.h"

#include <string>

namespace logscope::core {

/// Renders the analysis (and the load report, when given) as the JSON document
/// `logscope analyze --json` prints. Schema: README "JSON output". With the table, anomalies
/// and incidents name file line numbers and messages; without it, rows (1-based).
std::string formatJsonReport(const AnalysisResult& result, const LoadReport* load,
                             const std::string& input, const LogTable* table = nullptr);

} // namespace logscope::core
