#include "core/pipeline/log_pipeline.h"

#include "core/analysis/analyzer.h"
#include "core/templates/table_templates.h"
#include "core/templates/template_miner.h"

#include <chrono>

namespace logscope::core {
namespace {

double millisecondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
        .count();
}

// Template mining takes about a third of the post-load time, analysis the rest.
constexpr std::uint64_t kTemplateShare = 30;

} // namespace

AnalyzedLog analyzeLoadedLog(LoadResult loaded, const ViewFilter& filter, AnalysisOptions options,
                             const CancellationToken* cancel, const ProgressCallback& progress) {
    AnalyzedLog log;
    log.report = std::move(loaded.report);
    log.table = std::move(loaded.table);
    if (!log.table || log.report.failed())
        return log;

    auto start = std::chrono::steady_clock::now();
    TemplateMiner miner;
    const ProgressCallback minerProgress = [&progress](std::uint64_t done, std::uint64_t total) {
        if (progress)
            progress(total == 0 ? kTemplateShare : done * kTemplateShare / total, 100);
    };
    TemplateAssignment assignment = assignTemplates(*log.table, miner, 0, cancel, minerProgress);
    log.report.addTiming("templates", millisecondsSince(start));
    if (assignment.cancelled)
        return log;
    auto store = std::make_shared<const TemplateStore>(std::move(assignment.store));
    log.templates = store;

    start = std::chrono::steady_clock::now();
    if (!options.templateText) {
        options.templateText = [store](std::uint32_t id) {
            return std::string(store->text(id));
        };
    }
    const ProgressCallback analysisProgress = [&progress](std::uint64_t done, std::uint64_t total) {
        if (progress)
            progress(kTemplateShare + (total == 0 ? 0 : done * (100 - kTemplateShare) / total),
                     100);
    };
    log.result = analyze(*log.table, filter, options, cancel, analysisProgress);
    log.report.addTiming("analysis", millisecondsSince(start));
    return log;
}

} // namespace logscope::core
