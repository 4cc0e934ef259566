#pragma once

#include "core/analysis/analysis_options.h"
#include "core/analysis/analysis_result.h"
#include "core/analysis/view_filter.h"
#include "core/table/log_table.h"
#include "core/util/cancellation.h"

#include <memory>

namespace logscope::core {

/// Analyses every line of a table with the default options. Returns nullptr when cancelled.
std::shared_ptr<const AnalysisResult> analyze(const LogTable& table,
                                              const CancellationToken* cancel = nullptr);

/// Analyses the lines a filter selects (AnalysisResult::rows lists them when it is a subset;
/// per-line vectors follow that order). Progress is reported in stages (done, total).
/// Returns nullptr when cancelled.
std::shared_ptr<const AnalysisResult> analyze(const LogTable& table, const ViewFilter& filter,
                                              const AnalysisOptions& options,
                                              const CancellationToken* cancel = nullptr,
                                              const ProgressCallback& progress = {});

} // namespace logscope::core
