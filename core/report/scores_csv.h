#pragma once

#include "core/analysis/analysis_result.h"
#include "core/table/log_table.h"

#include <string>

namespace logscope::core {

/// `line,score,is_anomaly` for every analysed line (the header first): the line number in the
/// file, the Isolation Forest score (0..1, six decimals) and 1 when the line was flagged.
std::string formatScoresCsv(const AnalysisResult& result, const LogTable& table);

} // namespace logscope::core
