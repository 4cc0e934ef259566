#pragma once

#include "core/analysis/analysis_result.h"

#include <string>

namespace logscope::core {

/// Renders the analysis as the plain-text report `logscope analyze` prints.
std::string formatTextReport(const AnalysisResult& result, const std::string& title);

/// Formats an integer with thousands separators ("100,800").
std::string withThousands(std::uint64_t value);

} // namespace logscope::core
