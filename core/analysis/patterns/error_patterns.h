#pragma once

#include "core/analysis/analysis_context.h"

namespace logscope::core {

/// The listing form of a template: text, count, worst level and its services (most frequent
/// first). `count` is what the caller ranks by (all lines, or WARN-and-worse lines).
TemplateStats describeTemplate(const AnalysisContext& context, std::uint32_t index,
                               std::uint64_t count,
                               const std::vector<std::vector<std::uint64_t>>& perService);

/// Top templates overall, and the error patterns: templates of WARN-and-worse lines (top N
/// by those lines), pairs whose per-bucket rates rise and fall together (Pearson correlation
/// of the template's share of each bucket's lines), and rare templates.
void computePatterns(const AnalysisContext& context, AnalysisResult& result);

} // namespace logscope::core
