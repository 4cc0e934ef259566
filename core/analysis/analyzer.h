#pragma once

#include "core/analysis/analysis_result.h"
#include "core/table/log_table.h"
#include "core/util/cancellation.h"

#include <memory>

namespace logscope::core {

/// Computes the statistics of a table. Returns nullptr when cancelled.
std::shared_ptr<const AnalysisResult> analyze(const LogTable& table,
                                              const CancellationToken* cancel = nullptr);

} // namespace logscope::core
