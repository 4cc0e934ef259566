#pragma once

#include "core/analysis/analysis_result.h"
#include "core/table/log_table.h"

#include <string>

namespace logscope::core {

/// Renders the analysis as the plain-text report `logscope analyze` prints, in seed 003's
/// sections: health overview, performance, anomalies (top 5), error patterns, incidents,
/// service health, recommendations; then lines per level and per service. With the table,
/// anomalies show their time, service and message.
std::string formatTextReport(const AnalysisResult& result, const std::string& title,
                             const LogTable* table = nullptr);

/// Formats an integer with thousands separators ("100,800").
std::string withThousands(std::uint64_t value);

} // namespace logscope::core
