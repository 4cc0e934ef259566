#pragma once

#include "core/analysis/analysis_options.h"
#include "core/analysis/analysis_result.h"
#include "core/analysis/view_filter.h"
#include "core/formats/log_loader.h"
#include "core/templates/template_store.h"
#include "core/util/cancellation.h"

#include <memory>

namespace logscope::core {

/// A log taken through every step: loaded, its templates mined, analysed.
struct AnalyzedLog {
    std::shared_ptr<LogTable> table;
    std::shared_ptr<const TemplateStore> templates;
    std::shared_ptr<const AnalysisResult> result; ///< null when cancelled or unreadable
    LoadReport report;                            ///< with the time of every phase
};

/// The steps after loading, shared by every front end (CLI, GUI, report): mines the message
/// templates of every row (template ids into the table, texts into the store), then analyses
/// the rows the filter selects with those template texts. Adds "templates" and "analysis"
/// timings to the report. Progress runs 0..100 over both steps.
AnalyzedLog analyzeLoadedLog(LoadResult loaded, const ViewFilter& filter = {},
                             AnalysisOptions options = {},
                             const CancellationToken* cancel = nullptr,
                             const ProgressCallback& progress = {});

} // namespace logscope::core
